#pragma once

#include "summary/evaluator.h"

#include <QAbstractTableModel>

#include <memory>

namespace zx {

// One indicator's figures for one region over every loaded year: rows = years (newest
// first), columns Q1–Q4 (each quarter's own figure as entered or rolled up) and the year
// (per the indicator's accumulation).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Q1, Q2, Q3, Q4, Year, COLUMNS };

    explicit HistoryModel(QObject *parent = nullptr);
    void setIndicator(std::shared_ptr<const Dataset> data, std::shared_ptr<const Evaluator> eval,
                      const QString &indicatorCode, const QString &regionCode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int year;
        QuarterValues quarters;
        std::optional<Decimal> total;
    };
    std::vector<Row> m_rows;
};

} // namespace zx
