#include "rolefilterproxy.h"

namespace zx {

RoleFilterProxy::RoleFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RoleFilterProxy::setRoleFilter(int role, const QVariant &value)
{
    if (m_filters.value(role) == value && m_filters.contains(role) == value.isValid())
        return;
    if (value.isValid())
        m_filters.insert(role, value);
    else
        m_filters.remove(role);
    invalidateFilter();
}

void RoleFilterProxy::setTextFilter(int role, const QString &text)
{
    m_textRole = role;
    m_text = text.trimmed();
    invalidateFilter();
}

bool RoleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        if (index.data(it.key()) != it.value())
            return false;
    return m_text.isEmpty() ||
           index.data(m_textRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace zx
