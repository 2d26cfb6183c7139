#include "regiontreemodel.h"

#include "domain/names.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

namespace zx {

RegionTreeModel::RegionTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void RegionTreeModel::setRegions(const std::vector<Region> &regions)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QHash<QString, int> byCode;
    for (const Region &r : regions) {
        byCode.insert(r.code, int(m_nodes.size()));
        m_nodes.push_back({r, -1, 0, {}});
    }
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const int parent = byCode.value(m_nodes[i].region.parentCode, -1);
        m_nodes[i].parent = parent;
        auto &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        m_nodes[i].row = int(siblings.size());
        siblings.push_back(i);
    }
    endResetModel();
}

QModelIndex RegionTreeModel::indexOf(const QString &code) const
{
    for (int i = 0; i < int(m_nodes.size()); ++i)
        if (m_nodes[i].region.code == code)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const auto &siblings = parent.isValid() ? m_nodes[parent.internalId()].children : m_roots;
    if (row >= int(siblings.size()))
        return {};
    return createIndex(row, 0, quintptr(siblings[row]));
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[child.internalId()].parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes[p].row, 0, quintptr(p));
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? m_nodes[parent.internalId()].children.size() : m_roots.size());
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Region &r = m_nodes[index.internalId()].region;
    switch (role) {
    case Qt::DisplayRole:
        return displayName(r);
    case Qt::ToolTipRole:
        if (r.isRetired()) // merged or retired (村庄撤并): still shown for its history
            return QCoreApplication::translate("zx::RegionTreeModel", "%1 (%2), takes no figures from %3")
                .arg(displayName(r), r.code)
                .arg(r.retiredFrom);
        return QStringLiteral("%1 (%2)").arg(displayName(r), r.code);
    case Qt::ForegroundRole:
        return r.isRetired() ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case CodeRole:
        return r.code;
    case LevelRole:
        return int(r.level);
    default:
        return {};
    }
}

} // namespace zx
