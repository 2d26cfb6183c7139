#pragma once

#include "entry/workflow.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace zx {

class OfficeRulesBox;
class Workspace;

// Edit → Accounts… (administrators): the accounts of the file — name (the person's sign-in name
// on their computer), display name, role (管理员 / 审核员 / 填报员) and, for a clerk, the regions
// they enter figures for. Add, change and remove go through Workspace (entry/workflow.h: audited;
// the rules — administrators only, at least one administrator, a clerk needs a region — come back
// as refusals shown in the dialog, in red, with nothing changed). Beneath, the office's rules
// (OfficeRulesBox: the four-eyes rule and the deadline day).
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(Workspace *workspace, QWidget *parent = nullptr);

    // For tests and the screenshot.
    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QComboBox *roleBox() const { return m_role; }
    QListWidget *regionList() const { return m_regions; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }
    // The office's rules (four eyes, deadline day) of the file.
    OfficeRulesBox *officeRules() const { return m_rules; }
    QTabWidget *pages() const { return m_pages; }
    // Checks exactly these regions in the list.
    void setCheckedRegions(const QStringList &codes);

private:
    void reload(const QString &select = QString());
    void showSelected();
    void save(bool adding);
    void removeSelected();
    void roleChanged();
    UserAccount formAccount() const;
    QString regionText(const QString &code) const;
    void say(const QString &text, bool refusal);

    Workspace *m_workspace;
    std::vector<UserAccount> m_accounts;
    QLabel *m_note;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QListWidget *m_regions;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_message;
    OfficeRulesBox *m_rules;
    QTabWidget *m_pages = nullptr;
};

} // namespace zx
