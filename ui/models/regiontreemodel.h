#pragma once

#include "domain/types.h"

#include <QAbstractItemModel>

#include <vector>

namespace zx {

// The region tree (county → sub-districts → villages) for the navigation view.
class RegionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 1, LevelRole };

    explicit RegionTreeModel(QObject *parent = nullptr);

    void setRegions(const std::vector<Region> &regions);
    QModelIndex indexOf(const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Region region;
        int parent = -1; // index into m_nodes; -1 for a root
        int row = 0;     // position among its siblings
        std::vector<int> children;
    };
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace zx
