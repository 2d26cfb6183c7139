#include "cataloguemodels.h"

#include "domain/names.h"
#include "editors/editorlabels.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace zx {

CategoryModel::CategoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void CategoryModel::setCategories(std::vector<Category> categories)
{
    beginResetModel();
    m_categories = std::move(categories);
    endResetModel();
}

int CategoryModel::rowOf(const QString &code) const
{
    for (size_t r = 0; r < m_categories.size(); ++r)
        if (m_categories[r].code == code)
            return int(r);
    return -1;
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_categories.size()))
        return {};
    const Category &c = m_categories[size_t(index.row())];
    if (role == CodeRole)
        return c.code;
    if (role == SortRole && index.column() == Order)
        return c.sortOrder;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Code:
        return c.code;
    case Name:
        return c.name;
    case NameEn:
        return c.nameEn;
    case Order:
        return c.sortOrder;
    }
    return {};
}

QVariant CategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Chinese name");
    case NameEn:
        return tr("English name");
    case Order:
        return tr("Order");
    }
    return {};
}

IndicatorListModel::IndicatorListModel(QObject *parent) : QAbstractTableModel(parent) {}

void IndicatorListModel::setIndicators(std::vector<Indicator> indicators)
{
    beginResetModel();
    m_indicators = std::move(indicators);
    endResetModel();
}

int IndicatorListModel::rowOf(const QString &code) const
{
    for (size_t r = 0; r < m_indicators.size(); ++r)
        if (m_indicators[r].code == code)
            return int(r);
    return -1;
}

int IndicatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int IndicatorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant IndicatorListModel::display(const Indicator &ind, int column) const
{
    switch (column) {
    case Code:
        return ind.code;
    case Name:
        return displayName(ind);
    case Unit:
        return ind.unit;
    case AccumulationColumn:
        return editorlabels::accumulation(ind.accumulation);
    case AggregationColumn:
        return editorlabels::aggregation(ind.aggregation);
    case Mode:
        return editorlabels::targetMode(ind.targetMode);
    }
    return {};
}

QVariant IndicatorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_indicators.size()))
        return {};
    const Indicator &ind = m_indicators[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(ind, index.column());
    case Qt::ToolTipRole:
        return ind.retired ? tr("Retired: no longer reported; its figures and history are kept")
                           : ind.description;
    case Qt::ForegroundRole:
        return ind.retired ? QVariant(QApplication::palette().color(QPalette::PlaceholderText))
                           : QVariant();
    case Qt::FontRole: {
        if (!ind.retired)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case CodeRole:
        return ind.code;
    case CategoryRole:
        return ind.categoryCode;
    case RetiredRole:
        return ind.retired;
    case SortRole:
        // Catalogue order (as read: category order, then sort order) for the name column.
        return index.column() == Name ? QVariant(index.row()) : display(ind, index.column());
    }
    return {};
}

QVariant IndicatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case AccumulationColumn:
        return tr("Accumulation");
    case AggregationColumn:
        return tr("Aggregation");
    case Mode:
        return tr("Target mode");
    }
    return {};
}

} // namespace zx
