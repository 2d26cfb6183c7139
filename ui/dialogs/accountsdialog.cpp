#include "accountsdialog.h"

#include "screenfit.h"
#include "domain/names.h"
#include "officerulesbox.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace zx {

namespace {

enum Column { NameColumn, DisplayColumn, RoleColumn, RegionsColumn, ColumnCount };

// The regions in tree order with their depth, parents before children.
std::vector<std::pair<Region, int>> treeOrder(const std::vector<Region> &regions)
{
    QMap<QString, std::vector<Region>> children;
    for (const Region &r : regions)
        children[r.parentCode].push_back(r);
    for (auto &list : children)
        std::sort(list.begin(), list.end(), [](const Region &a, const Region &b) {
            return std::tie(a.sortOrder, a.code) < std::tie(b.sortOrder, b.code);
        });
    std::vector<std::pair<Region, int>> ordered;
    std::function<void(const QString &, int)> walk = [&](const QString &parent, int depth) {
        for (const Region &r : children.value(parent)) {
            ordered.emplace_back(r, depth);
            if (depth < 16)
                walk(r.code, depth + 1);
        }
    };
    walk(QString(), 0);
    return ordered;
}

} // namespace

AccountsDialog::AccountsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_note(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_name(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_regions(new QListWidget(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_save(new QPushButton(tr("&Save changes"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_message(new QLabel(this)),
      m_rules(new OfficeRulesBox(workspace, this))
{
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("AccountsDialog"));
    m_note->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Display name"), tr("Role"), tr("Regions (clerks)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_name->setObjectName(QStringLiteral("AccountName"));
    m_name->setPlaceholderText(tr("the person's sign-in name on their computer"));
    m_displayName->setObjectName(QStringLiteral("AccountDisplayName"));
    m_displayName->setPlaceholderText(tr("e.g. 王芳"));
    for (Role role : {Role::Administrator, Role::Reviewer, Role::Clerk})
        m_role->addItem(roleLabel(role), toCode(role));
    m_role->setCurrentIndex(2);
    m_regions->setObjectName(QStringLiteral("AccountRegions"));
    m_message->setObjectName(QStringLiteral("AccountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    if (auto data = m_workspace->catalogue()) {
        for (const auto &[region, depth] : treeOrder(data.value()->regions())) {
            auto *item = new QListWidgetItem(
                QString(depth * 4, u' ') + QStringLiteral("%1 (%2)").arg(displayName(region), region.code),
                m_regions);
            item->setData(Qt::UserRole, region.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Regions:"), m_regions);
    auto *rolesNote = new QLabel(tr("Administrators manage accounts and the catalogue; reviewers set "
                                    "targets and approve quarters; clerks enter figures for their "
                                    "regions (a region includes the villages under it)."),
                                 this);
    rolesNote->setWordWrap(true);
    form->addRow(QString(), rolesNote);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_save);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Two tabs, so that on a 1280×720 screen the accounts table keeps its height: the
    // accounts, and the office's rules (four eyes, the deadline).
    auto *accountsPage = new QWidget(this);
    auto *accounts = new QVBoxLayout(accountsPage);
    accounts->addWidget(m_note);
    accounts->addWidget(m_table, 1);
    accounts->addLayout(form);
    accounts->addLayout(actions);
    accounts->addWidget(m_message);
    auto *rulesPage = new QWidget(this);
    auto *rules = new QVBoxLayout(rulesPage);
    rules->addWidget(m_rules);
    rules->addStretch(1);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("AccountsPages"));
    m_pages->addTab(accountsPage, tr("Accounts"));
    m_pages->addTab(rulesPage, tr("Office rules"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(close);
    resizeToFit(this, QSize(760, 640));

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::showSelected);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountsDialog::roleChanged);
    connect(m_add, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    reload();
    roleChanged();
}

void AccountsDialog::reload(const QString &select)
{
    auto accounts = m_workspace->users();
    m_accounts = accounts ? accounts.value() : std::vector<UserAccount>{};
    if (!accounts)
        say(accounts.error(), true);
    const QString me = m_workspace->userName();
    if (m_accounts.empty()) {
        m_note->setText(tr("This file has no accounts yet: whoever opens it is its administrator. "
                           "Add your own account (%1) as an administrator first, then the "
                           "others. Identity is the sign-in name of the computer; real sign-in "
                           "comes with the shared-server mode.")
                            .arg(me));
        m_name->setText(me);
        m_role->setCurrentIndex(0);
    } else {
        m_note->setText(tr("You are %1. Identity is the sign-in name of the computer; real sign-in "
                           "comes with the shared-server mode.")
                            .arg(me));
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_accounts.size()));
    int selectRow = -1;
    for (int row = 0; row < int(m_accounts.size()); ++row) {
        const UserAccount &u = m_accounts[std::size_t(row)];
        QStringList regions;
        for (const QString &code : u.regionCodes)
            regions << regionText(code);
        const QStringList cells{u.name, u.displayName, roleLabel(u.role),
                                regions.join(QStringLiteral(", "))};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (u.name == select)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    else
        m_table->clearSelection();
    m_save->setEnabled(selectRow >= 0);
    m_remove->setEnabled(selectRow >= 0);
}

// "城东街道办事处 (410104001)", as in the list of regions; the code alone when unknown.
QString AccountsDialog::regionText(const QString &code) const
{
    for (int i = 0; i < m_regions->count(); ++i)
        if (m_regions->item(i)->data(Qt::UserRole).toString() == code)
            return m_regions->item(i)->text().trimmed();
    return code;
}

void AccountsDialog::showSelected()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < int(m_accounts.size()) &&
                          !m_table->selectedItems().isEmpty();
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected);
    if (!selected)
        return;
    const UserAccount &u = m_accounts[std::size_t(row)];
    m_name->setText(u.name);
    m_displayName->setText(u.displayName);
    m_role->setCurrentIndex(std::max(0, m_role->findData(toCode(u.role))));
    setCheckedRegions(u.regionCodes);
}

void AccountsDialog::setCheckedRegions(const QStringList &codes)
{
    for (int i = 0; i < m_regions->count(); ++i) {
        QListWidgetItem *item = m_regions->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

void AccountsDialog::roleChanged()
{
    // Only a clerk is limited to regions; the others work on every region.
    const bool clerk = m_role->currentData().toString() == toCode(Role::Clerk);
    m_regions->setEnabled(clerk);
    m_regions->setToolTip(clerk ? QString()
                                : tr("Administrators and reviewers work on every region"));
}

UserAccount AccountsDialog::formAccount() const
{
    UserAccount u;
    u.name = m_name->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    u.role = roleFromCode(m_role->currentData().toString()).value_or(Role::Clerk);
    if (u.role == Role::Clerk)
        for (int i = 0; i < m_regions->count(); ++i)
            if (m_regions->item(i)->checkState() == Qt::Checked)
                u.regionCodes << m_regions->item(i)->data(Qt::UserRole).toString();
    return u;
}

void AccountsDialog::say(const QString &text, bool refusal)
{
    m_message->setStyleSheet(refusal ? QStringLiteral("QLabel { color: #b71c1c; }")
                                     : QStringLiteral("QLabel { color: #1b5e20; }"));
    m_message->setText(text);
}

void AccountsDialog::save(bool adding)
{
    const UserAccount u = formAccount();
    const bool exists = std::any_of(m_accounts.begin(), m_accounts.end(),
                                    [&](const UserAccount &a) { return a.name == u.name; });
    if (adding && exists) {
        say(tr("%1 already has an account; select it and save the changes").arg(u.name), true);
        return;
    }
    if (!adding) {
        const int row = m_table->currentRow();
        if (row < 0 || row >= int(m_accounts.size()))
            return;
        if (m_accounts[std::size_t(row)].name != u.name) {
            say(tr("A name cannot be changed; add an account under the new name and remove the "
                   "old one"),
                true);
            return;
        }
    }
    // A file without accounts belongs to whoever opens it: its first account keeps that person in.
    const QString me = m_workspace->userName();
    if (adding && m_accounts.empty() && u.name != me) {
        say(tr("Add your own account (%1) as an administrator first, or you would lose access "
               "to this file")
                .arg(me),
            true);
        return;
    }
    if (auto ok = m_workspace->saveUser(u); !ok) {
        say(ok.error(), true);
        return;
    }
    say(adding ? tr("Added %1").arg(u.name) : tr("Saved %1").arg(u.name), false);
    reload(u.name);
}

void AccountsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_accounts.size()))
        return;
    const QString name = m_accounts[std::size_t(row)].name;
    if (QMessageBox::question(this, tr("Remove account"),
                              tr("Remove the account of %1? Their figures and the audit trail "
                                 "stay.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    if (auto ok = m_workspace->removeUser(name); !ok) {
        say(ok.error(), true);
        return;
    }
    say(tr("Removed %1").arg(name), false);
    reload();
}

} // namespace zx
