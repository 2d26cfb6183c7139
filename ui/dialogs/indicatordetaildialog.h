#pragma once

#include "dashboardcontext.h"

#include <QDialog>

class QTabWidget;

namespace zx {

class BreakdownModel;
class HistoryModel;
class Workspace;

// Everything about one indicator for the chosen region: its definition, its history over
// every year and quarter (table and trend), its breakdown by child region at the chosen
// period, and the validation findings on it. Opened by double-clicking an indicator anywhere.
class IndicatorDetailDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorDetailDialog(const Workspace &workspace, const DashboardContext &context,
                          const QString &indicatorCode, QWidget *parent = nullptr);

    HistoryModel *historyModel() const { return m_history; }
    BreakdownModel *breakdownModel() const { return m_breakdown; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *buildDefinition(const Indicator &ind, const Dataset &data);
    QWidget *buildHistory(const DashboardContext &all, const Indicator &ind);
    QWidget *buildBreakdown(const DashboardContext &context);
    QWidget *buildFindings(const Dataset &all, const Indicator &ind, const QString &region);

    QTabWidget *m_tabs;
    HistoryModel *m_history;
    BreakdownModel *m_breakdown;
    QString m_code;
};

} // namespace zx
