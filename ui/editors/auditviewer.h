#pragma once

#include "dashboardcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace zx {

class AuditModel;
class RoleFilterProxy;
class TableExport;
class Workspace;

// The audit trail viewer: every recorded change, newest first, filtered by indicator, region
// (with the regions under it), year, quarter and user; "Verify chain" recomputes the hash
// chain (auditstore::firstBroken) and says that all entries verify or names, in red, the
// first entry that does not. Follows every change announced by the notifier. The entries
// shown export (xlsx, CSV) and print as filtered and sorted (TableExport). Does not own the
// Workspace.
class AuditViewer : public QWidget
{
    Q_OBJECT

public:
    explicit AuditViewer(Workspace *workspace, QWidget *parent = nullptr);

    // Offers the context's year; the filters are left as the user set them.
    void setContext(const DashboardContext &context);

    AuditModel *model() const { return m_model; }
    RoleFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *indicatorBox() const { return m_indicator; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *yearBox() const { return m_year; }
    QComboBox *quarterBox() const { return m_quarter; }
    QLineEdit *userEdit() const { return m_user; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *verifyResult() const { return m_result; }
    TableExport *tableExport() const { return m_export; }

    void verify();

private:
    QWidget *buildFilterRow();
    void setUpTable();
    void fillFilterChoices();
    void applyFilter();
    void showResult(const QString &text, bool broken);
    void setUpExport();
    QString filterText() const;

    Workspace *m_workspace;
    AuditModel *m_model;
    RoleFilterProxy *m_proxy;
    QComboBox *m_indicator;
    QComboBox *m_region;
    QComboBox *m_year;
    QComboBox *m_quarter;
    QLineEdit *m_user;
    QTableView *m_table;
    QPushButton *m_verify;
    QLabel *m_result;
    QLabel *m_count;
    TableExport *m_export;
    int m_contextYear = 0;
};

} // namespace zx
