#pragma once

#include "domain/types.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace zx {

class Database;

enum class Role { Administrator, Reviewer, Clerk };

// A user of a shared file: a name (the system user name), a role and, for clerks, the regions
// they may enter figures for (a region grants its whole subtree). A file with no users is a
// single-user file whose local user is the administrator.
struct UserAccount
{
    QString name;
    Role role = Role::Clerk;
    QStringList regionCodes;
    QString displayName; // how the person is shown ("王芳"); empty: the name
};

QString toCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
QString roleLabel(Role role); // translated

// The review of a region's quarter: draft → submitted → approved (locked), or returned with a
// reason; an approved quarter can be reopened (back to draft) with a reason. Every
// transition is checked against the user's role, stored in period_status and audited
// ("period.submit", "period.approve", "period.return", "period.reopen") in one transaction.
namespace workflow {

Result<std::vector<UserAccount>> users(Database &db);
// Adds or changes an account (audited "user.save" in the same transaction). Refused, with the
// reason: not an administrator, an empty name, an unknown region, a
// clerk without a region, a change that would leave the file without an administrator.
Outcome saveUser(Database &db, const UserAccount &user, const QString &byUser);
// Removes an account and its regions (audited "user.remove"). Refused: not an administrator,
// no such account, the last administrator.
Outcome removeUser(Database &db, const QString &name, const QString &byUser);
// The account of `userName`: in a single-user file the administrator; in a shared file the
// stored account, or an error naming the user when there is none.
Result<UserAccount> accountOf(Database &db, const QString &userName);

// Whether `userName` may change figures of `regionCode` (administrators and reviewers
// anywhere, clerks within their regions' subtrees); the error says why not.
Outcome checkMayEdit(Database &db, const QString &userName, const QString &regionCode);

// Current state (draft when never touched).
Result<PeriodStatus> status(Database &db, const QString &regionCode, int year, int quarter);

Outcome submit(Database &db, const QString &regionCode, int year, int quarter,
               const QString &userName);                 // clerk of the region, reviewer, admin
Outcome approve(Database &db, const QString &regionCode, int year, int quarter,
                const QString &userName);                // reviewer or admin; from submitted
Outcome returnForRework(Database &db, const QString &regionCode, int year, int quarter,
                        const QString &reason, const QString &userName); // from submitted
Outcome reopen(Database &db, const QString &regionCode, int year, int quarter,
               const QString &reason, const QString &userName);          // from approved

// Regions of the tree under `rootCode` (inclusive) whose quarter is not yet submitted or
// approved (draft or returned): the due list.
Result<std::vector<PeriodStatus>> due(Database &db, const QString &rootCode, int year,
                                      int quarter);

} // namespace workflow
} // namespace zx
