#pragma once

#include "dashboardcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace zx {

class DueListModel;
class RoleFilterProxy;
class Workspace;

// The due list: for the chosen region's subtree and quarter, every region with its review
// state, the deadline, who changed it and when, the regions that have not submitted first and
// highlighted (overdue ones marked in words and colour), and a count "N of M not submitted".
// Several regions can be approved at once (Approve selected…: one confirmation naming them and
// their figures, the four-eyes rule applied per region, then a summary of what was approved and
// what was refused and why), and a reviewer or administrator sets the office's deadline day.
// Follows submissions, figure changes and the office's settings. Does not own the Workspace.
class DueList : public QWidget
{
    Q_OBJECT

public:
    explicit DueList(Workspace *workspace, QWidget *parent = nullptr);

    void setContext(const DashboardContext &context);

    DueListModel *model() const { return m_model; }
    RoleFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *approveButton() const { return m_approve; }
    QSpinBox *deadlineDayBox() const { return m_deadlineDay; }
    QPushButton *deadlineButton() const { return m_setDeadline; }
    // The last outcome in words: the bulk approval's summary or the deadline's.
    QLabel *resultLabel() const { return m_result; }
    const QString &lastSummary() const { return m_summary; }

private:
    void showCounts(int due, int total);
    void updateControls();
    void approveSelected();
    void saveDeadline();
    // The selected regions (code, name) in the table's order.
    std::vector<std::pair<QString, QString>> selectedRegions() const;

    Workspace *m_workspace;
    DueListModel *m_model;
    RoleFilterProxy *m_proxy;
    QLabel *m_heading;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_approve;
    QSpinBox *m_deadlineDay;
    QPushButton *m_setDeadline;
    QLabel *m_result;
    QString m_summary;
    int m_year = 0;
    int m_quarter = 0;
};

} // namespace zx
