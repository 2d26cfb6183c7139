#pragma once

#include "dashboardcontext.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QToolButton;

namespace zx {

class RoleFilterProxy;
class TargetsModel;
class Workspace;

// The targets editor: the annual target, baseline (reduce mode) and quarterly milestones of
// every indicator for the chosen region and year, next to the actual and completion at the
// chosen quarter. Edits go through Workspace::setTargets (undoable, audited); Undo and Redo
// act on the workspace's undo stack; a refused edit is explained on the message line under
// the table. Does not own the Workspace.
class TargetsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setContext(const DashboardContext &context);

    TargetsModel *model() const { return m_model; }
    RoleFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLabel *messageLine() const { return m_message; }
    QToolButton *undoButton() const { return m_undo; }
    QToolButton *redoButton() const { return m_redo; }

private:
    QWidget *buildFilterRow();
    void fillCategories(const DashboardContext &context);
    void showRefusal(const QModelIndex &cell, const QString &message);
    void showMessage(const QString &text, bool error);

    Workspace *m_workspace;
    TargetsModel *m_model;
    RoleFilterProxy *m_proxy;
    QLabel *m_heading;
    QComboBox *m_category;
    QLineEdit *m_search;
    QToolButton *m_undo;
    QToolButton *m_redo;
    QTableView *m_table;
    QLabel *m_message;
};

} // namespace zx
