#include "workflow.h"

#include "domain/enums.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <array>
#include <utility>

namespace zx {

namespace workflow {
Result<UserAccount> accountOf(Database &db, const QString &userName);
}
using workflow::accountOf;

namespace {

constexpr std::array<std::pair<Role, const char *>, 3> roleCodes{
    {{Role::Administrator, "administrator"}, {Role::Reviewer, "reviewer"}, {Role::Clerk, "clerk"}}};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Result<QHash<QString, Region>> regionsByCode(Database &db)
{
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    QHash<QString, Region> byCode;
    for (const Region &r : *regions)
        byCode.insert(r.code, r);
    return byCode;
}

QString regionText(const QHash<QString, Region> &regions, const QString &code)
{
    const auto it = regions.constFind(code);
    if (it == regions.cend() || it->name.isEmpty())
        return code;
    return QStringLiteral("%1 (%2)").arg(it->name, code);
}

QString accountSummary(const UserAccount &u)
{
    const QString role = u.displayName.isEmpty()
                             ? toCode(u.role)
                             : QStringLiteral("\"%1\" %2").arg(u.displayName, toCode(u.role));
    return u.regionCodes.isEmpty() ? role
                                   : role + QStringLiteral(": ") +
                                         u.regionCodes.join(QStringLiteral(", "));
}

Outcome checkAccountManager(Database &db, const QString &byUser)
{
    auto by = accountOf(db, byUser);
    if (!by)
        return Error{by.error()};
    if (by->role != Role::Administrator)
        return Error{QCoreApplication::translate(
                         "zx::Workflow", "Only an administrator may manage accounts; %1 is a %2")
                         .arg(byUser, roleLabel(by->role))};
    return Outcome::success();
}

} // namespace

QString toCode(Role role)
{
    for (const auto &[r, code] : roleCodes)
        if (r == role)
            return QString::fromLatin1(code);
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (const auto &[r, c] : roleCodes)
        if (code == QLatin1String(c))
            return r;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("zx::Workflow", "administrator");
    case Role::Reviewer:
        return QCoreApplication::translate("zx::Workflow", "reviewer");
    case Role::Clerk:
        return QCoreApplication::translate("zx::Workflow", "clerk");
    }
    return {};
}

namespace workflow {

Result<std::vector<UserAccount>> users(Database &db)
{
    auto rows = userstore::all(db);
    if (!rows)
        return Error{rows.error()};
    std::vector<UserAccount> accounts;
    for (const userstore::UserRow &row : *rows)
        accounts.push_back({row.name, roleFromCode(row.role).value_or(Role::Clerk),
                            row.regionCodes, row.displayName});
    return accounts;
}

Result<UserAccount> accountOf(Database &db, const QString &userName)
{
    auto all = users(db);
    if (!all)
        return Error{all.error()};
    if (all->empty())
        return UserAccount{userName, Role::Administrator, {}, {}};
    const auto it = std::find_if(all->begin(), all->end(),
                                 [&](const UserAccount &u) { return u.name == userName; });
    if (it == all->end())
        return Error{QCoreApplication::translate(
                         "zx::Workflow",
                         "%1 has no account in this shared file; an administrator must add it")
                         .arg(userName)};
    return *it;
}

Outcome saveUser(Database &db, const UserAccount &user, const QString &byUser,
                 const QString &password)
{
    const QString name = user.name.trimmed();
    if (name.isEmpty())
        return Error{QCoreApplication::translate("zx::Workflow", "A user needs a name")};
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    // Anyone changes their own password (on a server); everything else is an administrator's.
    bool ownPasswordOnly = false;
    if (name == byUser && !password.isEmpty()) {
        auto mine = users(db);
        if (!mine)
            return Error{mine.error()};
        for (const UserAccount &u : *mine)
            if (u.name == name)
                ownPasswordOnly = u.role == user.role && u.regionCodes == user.regionCodes &&
                                  u.displayName == user.displayName.trimmed();
    }
    if (!ownPasswordOnly)
        if (auto ok = checkAccountManager(db, byUser); !ok)
            return ok;
    auto regions = regionsByCode(db);
    if (!regions)
        return Error{regions.error()};
    for (const QString &code : user.regionCodes)
        if (!regions->contains(code))
            return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'").arg(code)};
    if (user.role == Role::Clerk && user.regionCodes.isEmpty())
        return Error{QCoreApplication::translate(
                         "zx::Workflow", "The clerk %1 needs at least one region to enter figures for")
                         .arg(name)};
    auto all = users(db);
    if (!all)
        return Error{all.error()};
    std::optional<UserAccount> old;
    bool anotherAdministrator = false;
    for (const UserAccount &u : *all) {
        if (u.name == name)
            old = u;
        else if (u.role == Role::Administrator)
            anotherAdministrator = true;
    }
    // Someone must still be able to manage the accounts afterwards.
    if (user.role != Role::Administrator && !anotherAdministrator)
        return Error{QCoreApplication::translate(
                         "zx::Workflow", "%1 cannot be a %2: the file needs at least one "
                                         "administrator; add another administrator first")
                         .arg(name, roleLabel(user.role))};
    QStringList codes = user.regionCodes;
    codes.removeDuplicates();
    codes.sort();
    const QString displayName = user.displayName.trimmed();
    UserAccount saved{name, user.role, codes, displayName};
    const bool accountChanges = !old || old->role != saved.role || old->regionCodes != saved.regionCodes ||
                                old->displayName != saved.displayName;
    if (!accountChanges && password.isEmpty())
        return Outcome::success(); // nothing changes, nothing to audit
    if (accountChanges)
        if (auto ok = userstore::save(db, {name, toCode(user.role), displayName, codes}); !ok)
            return ok;
    // On a server: the login role, its group and (when given) its password.
    if (auto ok = userstore::saveLogin(db, name, toCode(user.role), password); !ok)
        return ok;
    AuditEntry entry;
    entry.at = nowText();
    entry.user = byUser;
    if (!accountChanges) {
        entry.action = QStringLiteral("user.password");
        entry.newValue = name;
        if (auto ok = auditstore::append(db, entry); !ok)
            return ok;
        return tx.commit();
    }
    entry.action = QStringLiteral("user.save");
    entry.oldValue = old ? old->name + u' ' + accountSummary(*old) : QString();
    entry.newValue = name + u' ' + accountSummary(saved);
    if (auto ok = auditstore::append(db, entry); !ok)
        return ok;
    return tx.commit();
}

Outcome removeUser(Database &db, const QString &name, const QString &byUser)
{
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = checkAccountManager(db, byUser); !ok)
        return ok;
    auto all = users(db);
    if (!all)
        return Error{all.error()};
    std::optional<UserAccount> old;
    bool anotherAdministrator = false;
    for (const UserAccount &u : *all) {
        if (u.name == name)
            old = u;
        else if (u.role == Role::Administrator)
            anotherAdministrator = true;
    }
    if (!old)
        return Error{QCoreApplication::translate("zx::Workflow", "There is no account named %1")
                         .arg(name)};
    if (old->role == Role::Administrator && !anotherAdministrator)
        return Error{QCoreApplication::translate(
                         "zx::Workflow", "%1 is the last administrator and cannot be removed: the "
                                         "file needs at least one administrator; add another "
                                         "administrator first")
                         .arg(name)};
    if (auto ok = userstore::remove(db, name); !ok)
        return ok;
    AuditEntry entry;
    entry.at = nowText();
    entry.user = byUser;
    entry.action = QStringLiteral("user.remove");
    entry.oldValue = old->name + u' ' + accountSummary(*old);
    if (auto ok = auditstore::append(db, entry); !ok)
        return ok;
    return tx.commit();
}

Outcome checkMayEdit(Database &db, const QString &userName, const QString &regionCode)
{
    auto account = accountOf(db, userName);
    if (!account)
        return Error{account.error()};
    if (account->role != Role::Clerk)
        return Outcome::success();
    auto regions = regionsByCode(db);
    if (!regions)
        return Error{regions.error()};
    // The region itself or any region above it must be one of the clerk's.
    QString code = regionCode;
    for (int depth = 0; !code.isEmpty() && depth < 16; ++depth) {
        if (account->regionCodes.contains(code))
            return Outcome::success();
        code = regions->value(code).parentCode;
    }
    QStringList own;
    for (const QString &c : account->regionCodes)
        own << regionText(*regions, c);
    return Error{QCoreApplication::translate(
                     "zx::Workflow", "%1 is a clerk for %2 and may not change figures of %3")
                     .arg(userName, own.join(QStringLiteral(", ")),
                          regionText(*regions, regionCode))};
}

} // namespace workflow
} // namespace zx
