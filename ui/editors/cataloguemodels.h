#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace zx {

// The two lists of the catalogue editor, filled by it from catalogstore: the categories
// (code, names, order) and every indicator, retired ones included (greyed, RetiredRole), for
// a RoleFilterProxy to narrow to one category and to hide the retired.
class CategoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, NameEn, Order, COLUMNS };
    enum Role { CodeRole = Qt::UserRole + 1, SortRole };

    explicit CategoryModel(QObject *parent = nullptr);

    void setCategories(std::vector<Category> categories);
    const std::vector<Category> &categories() const { return m_categories; }
    const Category &category(int row) const { return m_categories[size_t(row)]; }
    int rowOf(const QString &code) const; // -1 if none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Category> m_categories;
};

class IndicatorListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Unit, AccumulationColumn, AggregationColumn, Mode, COLUMNS };
    enum Role {
        CodeRole = Qt::UserRole + 1,
        CategoryRole, // category code
        RetiredRole,  // bool
        SortRole,
    };

    explicit IndicatorListModel(QObject *parent = nullptr);

    void setIndicators(std::vector<Indicator> indicators);
    const std::vector<Indicator> &indicators() const { return m_indicators; }
    const Indicator &indicator(int row) const { return m_indicators[size_t(row)]; }
    int rowOf(const QString &code) const; // -1 if none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Indicator &ind, int column) const;

    std::vector<Indicator> m_indicators;
};

} // namespace zx
