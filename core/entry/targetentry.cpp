#include "targetentry.h"

#include "entry/workflow.h"
#include "storage/auditstore.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"
#include "storage/valuestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace zx {

namespace {

// "350", or "350 (baseline 10; milestones 25/50/75/100)" with "-" for a quarter left linear.
QString targetText(const Target &t)
{
    QStringList details;
    if (t.baseline)
        details << QStringLiteral("baseline %1").arg(t.baseline->toString());
    if (std::any_of(t.milestonePct.begin(), t.milestonePct.end(),
                    [](const std::optional<double> &m) { return m.has_value(); })) {
        QStringList quarters;
        for (const auto &m : t.milestonePct)
            quarters << (m ? QString::number(*m) : QStringLiteral("-"));
        details << QStringLiteral("milestones %1").arg(quarters.join(u'/'));
    }
    const QString amount = t.value.toString();
    return details.isEmpty() ? amount
                             : QStringLiteral("%1 (%2)").arg(amount, details.join(QStringLiteral("; ")));
}

QString targetName(const Target &t)
{
    return QCoreApplication::translate("zx::Targets", "target of %1 for region %2, %3")
        .arg(t.indicatorCode, t.regionCode)
        .arg(t.year);
}

Outcome checkTarget(const Target &t, const Indicator &ind)
{
    const QString name = targetName(t);
    if (t.value.isNegative())
        return Error{QCoreApplication::translate("zx::Targets", "The %1 must not be negative (got %2)")
                         .arg(name, t.value.toString())};
    if (ind.targetMode == TargetMode::Reduce) {
        if (!t.baseline)
            return Error{QCoreApplication::translate(
                             "zx::Targets", "The %1 needs a baseline: %2 is reduced from a level")
                             .arg(name, ind.code)};
        if (!(*t.baseline > t.value))
            return Error{QCoreApplication::translate(
                             "zx::Targets", "The %1: the baseline %2 must be above the target %3")
                             .arg(name, t.baseline->toString(), t.value.toString())};
    }
    double previous = 0;
    for (std::size_t q = 0; q < t.milestonePct.size(); ++q) {
        const auto &m = t.milestonePct[q];
        if (!m)
            continue;
        if (*m < 0 || *m > 100)
            return Error{QCoreApplication::translate(
                             "zx::Targets", "The %1: the Q%2 milestone %3 % is outside 0–100")
                             .arg(name)
                             .arg(q + 1)
                             .arg(*m)};
        if (*m < previous)
            return Error{QCoreApplication::translate(
                             "zx::Targets",
                             "The %1: the Q%2 milestone %3 % is below the one before it (%4 %)")
                             .arg(name)
                             .arg(q + 1)
                             .arg(*m)
                             .arg(previous)};
        previous = *m;
    }
    return Outcome::success();
}

// Indicators and regions by code, for the checks of a block.
struct Known
{
    QHash<QString, Indicator> indicators;
    QSet<QString> regions;
};

Result<Known> known(Database &db)
{
    auto indicators = catalogstore::indicators(db);
    if (!indicators)
        return Error{indicators.error()};
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    Known k;
    for (const Indicator &i : *indicators)
        k.indicators.insert(i.code, i);
    for (const Region &r : *regions)
        k.regions.insert(r.code);
    return k;
}

Outcome checkChange(const Known &k, const TargetChange &c)
{
    const Target &t = c.target;
    const auto ind = k.indicators.constFind(t.indicatorCode);
    if (ind == k.indicators.cend())
        return Error{QCoreApplication::translate("zx::Entry", "Unknown indicator '%1'")
                         .arg(t.indicatorCode)};
    if (!k.regions.contains(t.regionCode))
        return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'")
                         .arg(t.regionCode)};
    return c.remove ? Outcome::success() : checkTarget(t, *ind);
}

Outcome checkRole(Database &db, const QString &userName)
{
    auto account = workflow::accountOf(db, userName);
    if (!account)
        return Error{account.error()};
    if (account->role == Role::Clerk)
        return Error{QCoreApplication::translate(
                         "zx::Targets",
                         "Only a reviewer or an administrator may set targets; %1 is a clerk")
                         .arg(userName)};
    return Outcome::success();
}

Outcome write(Database &db, const TargetChange &c, const QString &userName, const QString &now,
              std::vector<TargetChange> *previous)
{
    const Target &t = c.target;
    auto old = valuestore::findTarget(db, t.indicatorCode, t.regionCode, t.year);
    if (!old)
        return Error{old.error()};
    const QString oldText = old.value() ? targetText(*old.value()) : QString();
    const QString newText = c.remove ? QString() : targetText(t);
    if (c.seen) {
        const QString seenText = *c.seen ? targetText(**c.seen) : QString();
        if (seenText != oldText) {
            const QString none = QCoreApplication::translate("zx::Entry", "(empty)");
            return Error{QCoreApplication::translate(
                             "zx::Targets", "The %1 target of %2 for %3 was changed by someone "
                                            "else to %4 while you were looking at %5; your "
                                            "change was not saved.")
                             .arg(t.indicatorCode, t.regionCode)
                             .arg(t.year)
                             .arg(oldText.isEmpty() ? none : oldText,
                                  seenText.isEmpty() ? none : seenText)};
        }
    }
    if (oldText == newText)
        return Outcome::success(); // nothing changes, nothing to audit
    if (previous) {
        TargetChange inverse;
        inverse.target = old.value() ? *old.value() : t;
        inverse.remove = !old.value();
        inverse.seen.emplace(c.remove ? std::nullopt : std::optional<Target>(t));
        previous->push_back(std::move(inverse));
    }
    Outcome written = c.remove ? valuestore::removeTarget(db, t.indicatorCode, t.regionCode, t.year)
                               : valuestore::upsertTarget(db, t);
    if (!written)
        return written;
    AuditEntry entry;
    entry.at = now;
    entry.user = userName;
    entry.action = c.remove ? QStringLiteral("target.delete") : QStringLiteral("target.set");
    entry.indicatorCode = t.indicatorCode;
    entry.regionCode = t.regionCode;
    entry.year = t.year;
    entry.oldValue = oldText;
    entry.newValue = newText;
    entry.comment = c.comment;
    return auditstore::append(db, entry);
}

} // namespace

Outcome setTargets(Database &db, const std::vector<TargetChange> &changes,
                   const QString &userName, std::vector<TargetChange> *previous)
{
    std::vector<TargetChange> inverses;
    if (changes.empty())
        return Outcome::success();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = checkRole(db, userName); !ok)
        return ok;
    auto k = known(db);
    if (!k)
        return Error{k.error()};
    for (const TargetChange &c : changes)
        if (auto ok = checkChange(*k, c); !ok)
            return ok;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const TargetChange &c : changes)
        if (auto ok = write(db, c, userName, now, &inverses); !ok)
            return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    if (previous)
        *previous = std::move(inverses);
    return Outcome::success();
}

Result<std::optional<Target>> findTarget(Database &db, const QString &indicatorCode,
                                         const QString &regionCode, int year)
{
    return valuestore::findTarget(db, indicatorCode, regionCode, year);
}

} // namespace zx
