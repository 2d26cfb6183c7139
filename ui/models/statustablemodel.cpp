#include "statustablemodel.h"

#include "domain/enums.h"
#include "domain/names.h"
#include "summary/summaryformat.h"
#include "widgets/statuspalette.h"

#include <QApplication>
#include <QPalette>

namespace zx {

QString formatChange(std::optional<double> pct)
{
    if (!pct)
        return QStringLiteral("—");
    const QString number = QString::number(std::abs(*pct), 'f', 2) + u'%';
    if (*pct > 0)
        return u'+' + number;
    return *pct < 0 ? QChar(0x2212) + number : number;
}

StatusTableModel::StatusTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StatusTableModel::setSummary(std::shared_ptr<const Dataset> data,
                                  const RegionSummary &summary)
{
    beginResetModel();
    m_data = std::move(data);
    m_rows = summary.indicators;
    endResetModel();
}

int StatusTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant StatusTableModel::display(const IndicatorSummary &s, int column) const
{
    switch (column) {
    case Name:
        return displayName(*s.indicator);
    case Unit:
        return s.indicator->unit;
    case Actual:
        return formatFigure(s.actual);
    case Target:
        return formatFigure(s.target);
    case Completion:
        return formatCompletion(s.completionPct);
    case Status:
        return statusLabel(s.status);
    case YearOverYear:
        return formatChange(s.yearOverYearPct);
    case QuarterOverQuarter:
        return formatChange(s.quarterOverQuarterPct);
    }
    return {};
}

QVariant StatusTableModel::sortValue(const IndicatorSummary &s, int column) const
{
    // Absent numbers sort below every present one.
    constexpr double absent = -1e300;
    switch (column) {
    case Actual:
        return s.actual ? s.actual->toDouble() : absent;
    case Target:
        return s.target ? s.target->toDouble() : absent;
    case Completion:
        return s.completionPct.value_or(absent);
    case Status:
        return int(s.status);
    case YearOverYear:
        return s.yearOverYearPct.value_or(absent);
    case QuarterOverQuarter:
        return s.quarterOverQuarterPct.value_or(absent);
    default:
        return display(s, column);
    }
}

QVariant StatusTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const IndicatorSummary &s = m_rows[index.row()];
    const bool dark = statuspalette::isDark(QApplication::palette());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        return index.column() == Name ? s.indicator->description : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Actual && index.column() != Status
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return index.column() == Status ? QVariant(statuspalette::fill(s.status, dark)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Status ? QVariant(statuspalette::text(s.status, dark)) : QVariant();
    case CodeRole:
        return s.indicator->code;
    case StatusRole:
        return int(s.status);
    case CategoryRole:
        return s.indicator->categoryCode;
    case SortRole:
        return sortValue(s, index.column());
    default:
        return {};
    }
}

QVariant StatusTableModel::headerToolTip(int section) const
{
    // What 同比 and 环比 compare is not what the Actual column shows for every indicator.
    switch (section) {
    case Actual:
        return tr("Year to date: flow indicators the sum of the quarters, cumulative and stock "
                  "indicators the latest figure");
    case Status:
        return tr("Done, on track, lagging or behind against time progress; not reported: a "
                  "target but no figure yet; no target: nothing to measure against");
    case YearOverYear:
        return tr("Year to date against the same period a year earlier");
    case QuarterOverQuarter:
        return tr("This quarter against the previous one, like with like: flow indicators the "
                  "quarter's own figure, stock indicators and rates the level at the quarter's "
                  "end; cumulative ones (running totals for the year) have none");
    default:
        return {};
    }
}

QVariant StatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Indicator");
    case Unit:
        return tr("Unit");
    case Actual:
        return tr("Actual");
    case Target:
        return tr("Target");
    case Completion:
        return tr("Completion");
    case Status:
        return tr("Status");
    case YearOverYear:
        return tr("Year on year");
    case QuarterOverQuarter:
        return tr("Quarter on quarter");
    }
    return {};
}

} // namespace zx
