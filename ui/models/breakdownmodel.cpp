#include "breakdownmodel.h"

#include "domain/enums.h"
#include "domain/names.h"
#include "summary/summaryformat.h"
#include "widgets/statuspalette.h"

#include <QApplication>
#include <QPalette>

namespace zx {

BreakdownModel::BreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

void BreakdownModel::setBreakdown(std::shared_ptr<const Dataset> data,
                                  std::shared_ptr<const Evaluator> eval,
                                  const QString &indicatorCode, const QString &regionCode,
                                  int year, int quarter)
{
    beginResetModel();
    m_rows.clear();
    m_data = std::move(data);
    if (const Indicator *ind = m_data ? m_data->indicator(indicatorCode) : nullptr) {
        for (const QString &child : m_data->children(regionCode)) {
            const zx::Region *r = m_data->region(child);
            m_rows.push_back({child, r ? displayName(*r) : child,
                              eval->summarize(*ind, child, year, quarter)});
        }
    }
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[index.row()];
    const IndicatorSummary &s = row.summary;
    const bool dark = statuspalette::isDark(QApplication::palette());
    if (role == CodeRole)
        return row.code;
    if (index.column() == Status && role == Qt::BackgroundRole)
        return statuspalette::fill(s.status, dark);
    if (index.column() == Status && role == Qt::ForegroundRole)
        return statuspalette::text(s.status, dark);
    if (role == Qt::TextAlignmentRole && index.column() != Region && index.column() != Status)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Region:
        return row.name;
    case Actual:
        return formatFigure(s.actual);
    case Target:
        return formatFigure(s.target);
    case Completion:
        return formatCompletion(s.completionPct);
    case Status:
        return statusLabel(s.status);
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case Actual:
        return tr("Actual");
    case Target:
        return tr("Target");
    case Completion:
        return tr("Completion");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace zx
