#pragma once

#include "dashboardcontext.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QTableView;
class QHBoxLayout;

namespace zx {

class CompletionGauge;
class GaugePanel;
class StatusFilterProxy;
class StatusTableModel;
class StatusTiles;
class TableExport;

// The page a leader opens first: status tiles counting the indicators of the chosen region
// and period (each tile filters the table), a completion gauge per headline indicator, and
// the sortable, filterable status table of every indicator, which exports (xlsx, CSV) and
// prints as shown.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setContext(const DashboardContext &context);

    StatusTableModel *tableModel() const { return m_model; }
    StatusFilterProxy *proxy() const { return m_proxy; }
    StatusTiles *tiles() const { return m_tiles; }
    QTableView *table() const { return m_table; }
    TableExport *tableExport() const { return m_export; }
    const std::vector<CompletionGauge *> &gauges() const;

signals:
    void indicatorActivated(const QString &code);

private:
    void updateGauges(const RegionSummary &summary);
    QWidget *buildTableArea();
    QString filterText() const;

    StatusTiles *m_tiles;
    GaugePanel *m_gauges;
    std::vector<QString> m_gaugeCodes; // indicator shown by each gauge
    QLineEdit *m_search;
    QTableView *m_table;
    StatusTableModel *m_model;
    StatusFilterProxy *m_proxy;
    QLabel *m_heading;
    TableExport *m_export;
    QString m_fileName; // offered for an export: 指标状态-XX区-2023Q3
};

} // namespace zx
