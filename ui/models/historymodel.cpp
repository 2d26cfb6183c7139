#include "historymodel.h"

#include "summary/summaryformat.h"

#include "analytics/accumulation.h"

namespace zx {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setIndicator(std::shared_ptr<const Dataset> data,
                                std::shared_ptr<const Evaluator> eval,
                                const QString &indicatorCode, const QString &regionCode)
{
    beginResetModel();
    m_rows.clear();
    if (const Indicator *ind = data ? data->indicator(indicatorCode) : nullptr) {
        for (int year = data->toYear(); year >= data->fromYear(); --year) {
            const QuarterValues q = eval->quarterValues(*ind, regionCode, year);
            m_rows.push_back({year, q, yearActual(ind->accumulation, q)});
        }
    }
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows[index.row()];
    const std::optional<Decimal> &v =
        index.column() == Year ? row.total : row.quarters[std::size_t(index.column())];
    return formatFigure(v);
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < int(m_rows.size()) ? QVariant(m_rows[section].year) : QVariant();
    return section == Year ? tr("Year") : tr("Q%1").arg(section + 1);
}

} // namespace zx
