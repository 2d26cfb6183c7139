#pragma once

#include "dashboardcontext.h"

#include <QWidget>

#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace zx {

class EntryGridModel;
class EntryGridView;
class WorkflowBar;
class Workspace;

// Quarterly data entry (填报) for the region and year chosen in the main window: the layout
// switch (by indicator, or by sub-region for one indicator), the review state of the chosen
// quarter with its Submit / Approve / Return… / Reopen… buttons, Undo and Redo on the
// Workspace's undo stack (undoStep/redoStep: a refused step stays on the stack), a comment for
// the next figures, the grid with its status line (the current cell: what to enter there, or
// why it takes no figure), and the findings panel listing what was refused and why, with
// Clear. Does not own the Workspace.
class EntryPage : public QWidget
{
    Q_OBJECT

public:
    explicit EntryPage(Workspace *workspace, QWidget *parent = nullptr);

    void setContext(const DashboardContext &context);

    EntryGridModel *model() const { return m_model; }
    EntryGridView *view() const { return m_view; }
    WorkflowBar *workflowBar() const { return m_workflow; }
    QComboBox *layoutBox() const { return m_layoutBox; }
    QComboBox *indicatorBox() const { return m_indicatorBox; }
    QLineEdit *commentEdit() const { return m_comment; }
    QListWidget *findingsList() const { return m_findings; }
    QPushButton *clearFindingsButton() const { return m_clearFindings; }
    QLabel *statusLine() const { return m_status; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

private:
    QWidget *buildToolbar();
    QWidget *buildCommentRow();
    QWidget *buildFindingsPanel();
    QWidget *buildGridPane();
    void showCellStatus();
    void showRefusal(const QModelIndex &index, const QString &reason);
    void clearFindings();
    void applyLayout();
    void fillIndicators();
    void updateFindings();
    void addNotice(const QString &message);
    void showFinding(int row);

    Workspace *m_workspace;
    DashboardContext m_context;
    EntryGridModel *m_model;
    EntryGridView *m_view;
    WorkflowBar *m_workflow;
    QLabel *m_heading;
    QComboBox *m_layoutBox;
    QComboBox *m_indicatorBox;
    QLineEdit *m_comment;
    QListWidget *m_findings;
    QPushButton *m_clearFindings;
    QLabel *m_status;
    QAction *m_undo;
    QAction *m_redo;
    QStringList m_notices; // messages about no cell: a failed undo, a failed load
};

} // namespace zx
