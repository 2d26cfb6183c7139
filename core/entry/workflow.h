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

// The office's own rules for the review (office_setting, schema v7), kept in the file so that
// every desktop and the CLI obey the same ones.
struct OfficeSettings
{
    // Four eyes (四眼原则): whoever submitted a quarter may not approve it. It applies to shared
    // files only: in a file without accounts the local user is the administrator and the only
    // person, who must approve their own submissions. An administrator may turn it off for a
    // one-person office.
    bool fourEyes = true;
    // The day of the month after each quarter on which its figures are due (entry/deadline.h);
    // 0: no deadline.
    int deadlineDay = 0;
};

// One region's outcome of workflow::approveEach.
struct RegionOutcome
{
    QString regionCode;
    Outcome outcome;
};

// The review of a region's quarter: draft → submitted → approved (locked), or returned with a
// reason; an approved quarter can be reopened (back to draft) with a reason. Every
// transition is checked against the user's role, stored in period_status and audited
// ("period.submit", "period.approve", "period.return", "period.reopen") in one transaction.
namespace workflow {

Result<std::vector<UserAccount>> users(Database &db);
// Adds or changes an account (audited "user.save" in the same transaction). Refused, with the
// reason: not an administrator, an empty name, an unknown region, a
// clerk without a region, a change that would leave the file without an administrator.
// On a server the account is also a login role (userstore::saveLogin): a new one needs
// `password`; given for an existing one it changes it (audited as user.password, never shown).
Outcome saveUser(Database &db, const UserAccount &user, const QString &byUser,
                 const QString &password = QString());
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
// Reviewer or admin, from submitted; under the four-eyes rule (OfficeSettings::fourEyes) not
// the person who submitted it, in a file with accounts.
Outcome approve(Database &db, const QString &regionCode, int year, int quarter,
                const QString &userName);
Outcome returnForRework(Database &db, const QString &regionCode, int year, int quarter,
                        const QString &reason, const QString &userName); // from submitted
Outcome reopen(Database &db, const QString &regionCode, int year, int quarter,
               const QString &reason, const QString &userName);          // from approved

// Whether `userName` may approve the quarter now — role, state, four eyes — without writing: the
// refusal approve() would give, so a button can be disabled with its reason.
Outcome checkApprove(Database &db, const QString &regionCode, int year, int quarter,
                     const QString &userName);
// Approves each region's quarter on its own (a transaction each, the four-eyes rule applied per
// region), in the order given, so one refusal holds up none of the others.
std::vector<RegionOutcome> approveEach(Database &db, const QStringList &regionCodes, int year,
                                       int quarter, const QString &userName);
// How many figures approving the quarter locks (or reopening it unlocks): those stored for the
// region and for every region below it.
Result<int> figuresCovered(Database &db, const QString &regionCode, int year, int quarter);

// The office's settings (officesettings.cpp); defaults for what was never set.
Result<OfficeSettings> officeSettings(Database &db);
// Saves what differs from the stored settings in one transaction, with one "setting.save" audit
// entry per changed setting ("four_eyes=on" → "four_eyes=off"). Refused with the reason: the
// four-eyes rule changed by anyone but an administrator, the deadline changed by a clerk, a
// deadline day outside 0..31.
Outcome saveOfficeSettings(Database &db, const OfficeSettings &settings, const QString &byUser);

// Regions of the tree under `rootCode` (inclusive) whose quarter is not yet submitted or
// approved (draft or returned): the due list.
Result<std::vector<PeriodStatus>> due(Database &db, const QString &rootCode, int year,
                                      int quarter);

} // namespace workflow
} // namespace zx
