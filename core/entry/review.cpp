// The review of a region's quarter (workflow.h): submit, approve, return, reopen, and the
// due list. Each transition reads the state, checks the role and writes the new state with
// its audit entry in one write transaction.
#include "workflow.h"

#include "domain/enums.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/periodstore.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"
#include "storage/userstore.h"
#include "storage/valuestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace zx::workflow {

namespace {

enum class Step { Submit, Approve, Return, Reopen };

struct Transition
{
    Step step;
    const char *action; // audit action
    std::initializer_list<PeriodState> from;
    PeriodState to;
};

const Transition Submitting{Step::Submit, "period.submit",
                            {PeriodState::Draft, PeriodState::Returned}, PeriodState::Submitted};
const Transition Approving{Step::Approve, "period.approve", {PeriodState::Submitted},
                           PeriodState::Approved};
const Transition Returning{Step::Return, "period.return", {PeriodState::Submitted},
                           PeriodState::Returned};
const Transition Reopening{Step::Reopen, "period.reopen", {PeriodState::Approved},
                           PeriodState::Draft};

// The verb as it reads in the messages ("Cannot approve …").
QString verb(Step step)
{
    switch (step) {
    case Step::Submit:
        return QCoreApplication::translate("zx::Workflow", "submit");
    case Step::Approve:
        return QCoreApplication::translate("zx::Workflow", "approve");
    case Step::Return:
        return QCoreApplication::translate("zx::Workflow", "return");
    case Step::Reopen:
        return QCoreApplication::translate("zx::Workflow", "reopen");
    }
    return {};
}

QString periodText(const QString &regionCode, int year, int quarter)
{
    return QCoreApplication::translate("zx::Workflow", "%1 Q%2 of region %3")
        .arg(year)
        .arg(quarter)
        .arg(regionCode);
}

Outcome checkRole(Database &db, const Transition &t, const QString &userName,
                  const QString &regionCode)
{
    auto account = accountOf(db, userName);
    if (!account)
        return Error{account.error()};
    if (account->role != Role::Clerk)
        return Outcome::success();
    if (t.step == Step::Submit)
        return checkMayEdit(db, userName, regionCode);
    return Error{QCoreApplication::translate(
                     "zx::Workflow",
                     "Only a reviewer or an administrator may %1 a quarter; %2 is a clerk")
                     .arg(verb(t.step), userName)};
}

Outcome checkState(const Transition &t, const PeriodStatus &current)
{
    for (PeriodState s : t.from)
        if (s == current.state)
            return Outcome::success();
    const QString period = periodText(current.regionCode, current.year, current.quarter);
    if (current.changedBy.isEmpty())
        return Error{QCoreApplication::translate("zx::Workflow", "Cannot %1 %2: its state is %3")
                         .arg(verb(t.step), period, periodStateLabel(current.state))};
    return Error{QCoreApplication::translate("zx::Workflow",
                                             "Cannot %1 %2: its state is %3, set by %4 at %5")
                     .arg(verb(t.step), period, periodStateLabel(current.state),
                          current.changedBy, current.changedAt)};
}

// "王芳 (wangfang)" when the account has a display name, else the name.
QString personText(Database &db, const QString &userName)
{
    auto account = accountOf(db, userName);
    if (!account || account->displayName.isEmpty())
        return userName;
    return QStringLiteral("%1 (%2)").arg(account->displayName, userName);
}

// Four eyes: in a file with accounts, whoever submitted the quarter (period_status.changed_by
// while it is submitted) may not approve it, unless the office has turned the rule off. A file
// without accounts has one person, the local administrator, who must be able to approve.
Outcome checkFourEyes(Database &db, const PeriodStatus &submitted, const QString &userName)
{
    if (submitted.changedBy != userName)
        return Outcome::success();
    auto settings = officeSettings(db);
    if (!settings)
        return Error{settings.error()};
    if (!settings->fourEyes)
        return Outcome::success();
    auto accounts = userstore::count(db);
    if (!accounts)
        return Error{accounts.error()};
    if (*accounts == 0)
        return Outcome::success();
    return Error{QCoreApplication::translate(
                     "zx::Workflow",
                     "Cannot approve %1: it was submitted by %2, and whoever submits a quarter may "
                     "not also approve it (four-eyes rule). Ask another reviewer or an "
                     "administrator to approve it, or return it for rework; in a one-person office "
                     "an administrator can turn the rule off (Edit → Accounts…, Office rules; or "
                     "zhenxing-cli settings --four-eyes off).")
                     .arg(periodText(submitted.regionCode, submitted.year, submitted.quarter),
                          personText(db, userName))};
}

Outcome checkRegion(Database &db, const QString &regionCode)
{
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    for (const Region &r : *regions)
        if (r.code == regionCode)
            return Outcome::success();
    return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'").arg(regionCode)};
}

Outcome move(Database &db, const Transition &t, const QString &regionCode, int year, int quarter,
             const QString &reason, const QString &userName)
{
    if (quarter < 1 || quarter > 4)
        return Error{QCoreApplication::translate("zx::Entry", "Quarter must be 1 to 4, not %1")
                         .arg(quarter)};
    const bool needsReason = t.step == Step::Return || t.step == Step::Reopen;
    if (needsReason && reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("zx::Workflow", "A reason is needed to %1 %2")
                         .arg(verb(t.step), periodText(regionCode, year, quarter))};
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = checkRegion(db, regionCode); !ok)
        return ok;
    if (auto ok = checkRole(db, t, userName, regionCode); !ok)
        return ok;
    auto current = status(db, regionCode, year, quarter);
    if (!current)
        return Error{current.error()};
    if (auto ok = checkState(t, *current); !ok)
        return ok;
    if (t.step == Step::Approve)
        if (auto ok = checkFourEyes(db, *current, userName); !ok)
            return ok;

    PeriodStatus next;
    next.regionCode = regionCode;
    next.year = year;
    next.quarter = quarter;
    next.state = t.to;
    next.reason = needsReason ? reason.trimmed() : QString();
    next.changedBy = userName;
    next.changedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (auto ok = periodstore::upsert(db, next); !ok)
        return ok;
    AuditEntry entry;
    entry.at = next.changedAt;
    entry.user = userName;
    entry.action = QString::fromLatin1(t.action);
    entry.regionCode = regionCode;
    entry.year = year;
    entry.quarter = quarter;
    entry.oldValue = toCode(current->state);
    entry.newValue = toCode(next.state);
    entry.comment = next.reason;
    if (auto ok = auditstore::append(db, entry); !ok)
        return ok;
    return tx.commit();
}

} // namespace

Result<PeriodStatus> status(Database &db, const QString &regionCode, int year, int quarter)
{
    auto stored = periodstore::find(db, regionCode, year, quarter);
    if (!stored)
        return Error{stored.error()};
    if (stored.value())
        return *stored.value();
    PeriodStatus draft;
    draft.regionCode = regionCode;
    draft.year = year;
    draft.quarter = quarter;
    return draft;
}

Outcome submit(Database &db, const QString &regionCode, int year, int quarter,
               const QString &userName)
{
    return move(db, Submitting, regionCode, year, quarter, QString(), userName);
}

Outcome approve(Database &db, const QString &regionCode, int year, int quarter,
                const QString &userName)
{
    return move(db, Approving, regionCode, year, quarter, QString(), userName);
}

Outcome returnForRework(Database &db, const QString &regionCode, int year, int quarter,
                        const QString &reason, const QString &userName)
{
    return move(db, Returning, regionCode, year, quarter, reason, userName);
}

Outcome reopen(Database &db, const QString &regionCode, int year, int quarter,
               const QString &reason, const QString &userName)
{
    return move(db, Reopening, regionCode, year, quarter, reason, userName);
}

Outcome checkApprove(Database &db, const QString &regionCode, int year, int quarter,
                     const QString &userName)
{
    if (auto ok = checkRole(db, Approving, userName, regionCode); !ok)
        return ok;
    auto current = status(db, regionCode, year, quarter);
    if (!current)
        return Error{current.error()};
    if (auto ok = checkState(Approving, *current); !ok)
        return ok;
    return checkFourEyes(db, *current, userName);
}

std::vector<RegionOutcome> approveEach(Database &db, const QStringList &regionCodes, int year,
                                       int quarter, const QString &userName)
{
    std::vector<RegionOutcome> outcomes;
    for (const QString &code : regionCodes)
        outcomes.push_back({code, approve(db, code, year, quarter, userName)});
    return outcomes;
}

Result<int> figuresCovered(Database &db, const QString &regionCode, int year, int quarter)
{
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    // regionstore::all lists parents before children, so one pass finds the subtree.
    QStringList subtree;
    QSet<QString> inTree;
    for (const Region &r : *regions)
        if (r.code == regionCode || inTree.contains(r.parentCode)) {
            inTree.insert(r.code);
            subtree << r.code;
        }
    if (subtree.isEmpty())
        return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'").arg(regionCode)};
    auto count = valuestore::countInQuarter(db, subtree, year, quarter);
    if (!count)
        return Error{count.error()};
    return int(*count);
}

Result<std::vector<PeriodStatus>> due(Database &db, const QString &rootCode, int year,
                                      int quarter)
{
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    auto states = periodstore::ofQuarter(db, year, quarter);
    if (!states)
        return Error{states.error()};
    QHash<QString, PeriodStatus> stateOf;
    for (const PeriodStatus &s : *states)
        stateOf.insert(s.regionCode, s);
    // regionstore::all lists parents before children, so one pass finds the subtree.
    QSet<QString> inTree;
    std::vector<PeriodStatus> result;
    for (const Region &r : *regions) {
        if (r.code != rootCode && !inTree.contains(r.parentCode))
            continue;
        inTree.insert(r.code);
        if (!r.activeIn(year))
            continue; // retired or merged by then: nothing is due from it
        PeriodStatus s = stateOf.value(r.code);
        if (s.regionCode.isEmpty()) {
            s.regionCode = r.code;
            s.year = year;
            s.quarter = quarter;
        }
        if (s.state == PeriodState::Draft || s.state == PeriodState::Returned)
            result.push_back(s);
    }
    if (inTree.isEmpty())
        return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'").arg(rootCode)};
    return result;
}

} // namespace zx::workflow
