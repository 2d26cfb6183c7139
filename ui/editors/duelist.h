#pragma once

#include "dashboardcontext.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace zx {

class DueListModel;
class RoleFilterProxy;
class Workspace;

// The due list: for the chosen region's subtree and quarter, every region with its review
// state, who changed it and when, the regions that have not submitted first and highlighted,
// and a count "N of M not submitted". Follows submissions and figure changes through the
// notifier. Does not own the Workspace.
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

private:
    void showCounts(int due, int total);

    Workspace *m_workspace;
    DueListModel *m_model;
    RoleFilterProxy *m_proxy;
    QLabel *m_heading;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace zx
