#pragma once

#include "summary/evaluator.h"

#include <QAbstractTableModel>

#include <memory>

namespace zx {

// One indicator broken down by the child regions of a region: name, actual, target,
// completion and status at the chosen period.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Region, Actual, Target, Completion, Status, COLUMNS };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit BreakdownModel(QObject *parent = nullptr);
    void setBreakdown(std::shared_ptr<const Dataset> data, std::shared_ptr<const Evaluator> eval,
                      const QString &indicatorCode, const QString &regionCode, int year,
                      int quarter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString code;
        QString name;
        IndicatorSummary summary;
    };
    std::shared_ptr<const Dataset> m_data;
    std::vector<Row> m_rows;
};

} // namespace zx
