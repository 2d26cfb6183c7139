#pragma once

#include "summary/evaluator.h"

#include <QAbstractTableModel>

#include <memory>

namespace zx {

// The status table: one row per indicator of the region and period — name, unit, actual,
// target, completion, time progress (序时进度: the indicator's own, from its target's milestone
// when it has one), status, 同比, 环比. Each status cell's tooltip gives completion and time
// progress side by side. Numbers answer the export roles (models/exportroles.h), so an export
// writes them as numbers. Keeps the Dataset alive that the rows point into.
class StatusTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Actual, Target, Completion, TimeProgress, Status, YearOverYear,
                  QuarterOverQuarter, COLUMNS };
    enum Role {
        CodeRole = Qt::UserRole + 1, // indicator code
        StatusRole,                  // int(TrackStatus)
        CategoryRole,                // category code
        SortRole,                    // numbers as numbers, for the proxy
    };

    explicit StatusTableModel(QObject *parent = nullptr);

    void setSummary(std::shared_ptr<const Dataset> data, const RegionSummary &summary);
    const IndicatorSummary &row(int r) const { return m_rows[r]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const IndicatorSummary &s, int column) const;
    QVariant sortValue(const IndicatorSummary &s, int column) const;
    QVariant toolTip(const IndicatorSummary &s, int column) const;
    QVariant exportNumber(const IndicatorSummary &s, int column) const;
    QVariant headerToolTip(int section) const;
    bool fromMilestone(const IndicatorSummary &s) const;

    std::shared_ptr<const Dataset> m_data;
    std::vector<IndicatorSummary> m_rows;
    QString m_regionCode; // the period and region of the rows
    int m_year = 0;
    int m_quarter = 4;
};

// Percent with two decimals and a sign for changes: "+12.30%", "−5.00%", "—" when absent.
QString formatChange(std::optional<double> pct);

} // namespace zx
