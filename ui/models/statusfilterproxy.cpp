#include "statusfilterproxy.h"

#include "statustablemodel.h"

namespace zx {

StatusFilterProxy::StatusFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(StatusTableModel::SortRole);
    setSortLocaleAware(true);
}

void StatusFilterProxy::setStatusFilter(std::optional<TrackStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void StatusFilterProxy::setCategoryFilter(const QString &categoryCode)
{
    m_category = categoryCode;
    invalidateFilter();
}

void StatusFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool StatusFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, StatusTableModel::Name, sourceParent);
    if (m_status && name.data(StatusTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (!m_category.isEmpty() && name.data(StatusTableModel::CategoryRole).toString() != m_category)
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           name.data(StatusTableModel::CodeRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace zx
