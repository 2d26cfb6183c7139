#include "valueentry.h"

#include "domain/names.h"
#include "domain/timetext.h"
#include "entry/workflow.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/periodstore.h"
#include "storage/transaction.h"
#include "summary/dataset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace zx {

namespace {

// One figure of the block as it will be written: the change and what is stored now.
struct Pending
{
    ValueChange change;
    std::optional<Value> old;
};

Dataset::Slot slotOf(const ValueKey &k)
{
    return Dataset::slot(k.indicatorCode, k.regionCode, k.year, k.quarter);
}

// "玉米播种面积, 张庄村, 2023 Q2": which figure a message is about.
QString figureName(const Dataset &context, const ValueKey &k)
{
    const Indicator *ind = context.indicator(k.indicatorCode);
    const Region *region = context.region(k.regionCode);
    return QCoreApplication::translate("zx::Entry", "%1, %2, %3 Q%4")
        .arg(ind ? displayName(*ind) : k.indicatorCode,
             region ? displayName(*region) : k.regionCode)
        .arg(k.year)
        .arg(k.quarter);
}

// The indicator and region exist and the figure is one that is entered.
Outcome checkIdentity(const Dataset &context, const ValueKey &k)
{
    const Indicator *ind = context.indicator(k.indicatorCode);
    if (!ind)
        return Error{QCoreApplication::translate("zx::Entry", "Unknown indicator '%1'")
                         .arg(k.indicatorCode)};
    const Region *region = context.region(k.regionCode);
    if (!region)
        return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'")
                         .arg(k.regionCode)};
    if (!region->activeIn(k.year)) {
        const Region *into = context.region(region->mergedInto);
        return Error{
            into ? QCoreApplication::translate("zx::Entry", "%1 was merged into %2 from %3 and takes no figures for %4 Q%5")
                       .arg(displayName(*region), displayName(*into))
                       .arg(region->retiredFrom)
                       .arg(k.year)
                       .arg(k.quarter)
                 : QCoreApplication::translate("zx::Entry", "%1 is retired from %2 and takes no figures for %3 Q%4")
                       .arg(displayName(*region))
                       .arg(region->retiredFrom)
                       .arg(k.year)
                       .arg(k.quarter)};
    }
    if (ind->isRatio()) {
        const Indicator *num = context.indicator(ind->numeratorCode);
        const Indicator *den = context.indicator(ind->denominatorCode);
        return Error{QCoreApplication::translate("zx::Entry",
                                                 "%1 is computed from %2 / %3, not entered")
                         .arg(displayName(*ind), num ? displayName(*num) : ind->numeratorCode,
                              den ? displayName(*den) : ind->denominatorCode)};
    }
    return Outcome::success();
}

Error cancelled()
{
    return Error{QCoreApplication::translate("zx::Entry", "Cancelled; no figure was changed")};
}

bool isNoOp(const Pending &p)
{
    if (!p.change.value)
        return !p.old;
    return p.old && p.old->value.toString() == p.change.value->toString() &&
           p.old->comment == p.change.comment;
}

// The changes that actually change something, one per figure (a later change of the same
// figure replaces an earlier one), with what is stored now.
// `context` must hold every figure the changes name (setValues loads their regions and years).
std::vector<Pending> pendingChanges(const Dataset &context, const std::vector<ValueChange> &changes)
{
    std::vector<Pending> pending;
    pending.reserve(changes.size());
    QHash<Dataset::Slot, std::size_t> position;
    position.reserve(qsizetype(changes.size()));
    for (const ValueChange &c : changes) {
        const Dataset::Slot k = slotOf(c.key);
        if (const auto it = position.constFind(k); it != position.cend()) {
            pending[*it].change = c;
            continue;
        }
        position.insert(k, pending.size());
        const Value *old =
            context.storedValue(c.key.indicatorCode, c.key.regionCode, c.key.year, c.key.quarter);
        pending.push_back({c, old ? std::optional<Value>(*old) : std::nullopt});
    }
    pending.erase(std::remove_if(pending.begin(), pending.end(), isNoOp), pending.end());
    return pending;
}

QString shownFigure(const std::optional<Decimal> &value)
{
    return value ? value->toPlainString() : QCoreApplication::translate("zx::Entry", "(empty)");
}

// "5 人": a figure with its indicator's unit, as the person reads it; "(empty)" for none.
QString figureWithUnit(const Dataset &context, const ValueKey &k,
                       const std::optional<Decimal> &value)
{
    if (!value)
        return shownFigure(value);
    const Indicator *ind = context.indicator(k.indicatorCode);
    const QString unit = ind ? displayUnit(*ind) : QString();
    return unit.isEmpty() ? value->toPlainString()
                          : QCoreApplication::translate("zx::Entry", "%1 %2", "a figure and its unit")
                                .arg(value->toPlainString(), unit);
}

// Who deleted the figure and when: the newest audit entry about it, nullopt when the trail
// has none (the figure was removed behind the program's back). Read only for a refusal.
std::optional<AuditEntry> lastEntryAbout(Database &db, const ValueKey &k)
{
    auditstore::Filter filter;
    filter.indicatorCode = k.indicatorCode;
    filter.regionCode = k.regionCode;
    filter.includeSubregions = false;
    filter.year = k.year;
    filter.quarter = k.quarter;
    auto entries = auditstore::find(db, filter);
    if (!entries || entries->empty())
        return std::nullopt;
    return entries->back();
}

// No lost update: every change that says what its user saw finds exactly that stored. The
// refusal names who changed the figure, when (local time) and to what (with its unit), what
// the person was looking at and what of theirs was not saved. Read in the write transaction,
// after its lock: a change committed by another program before this one began is seen here,
// and none can be committed between this check and the write.
Outcome checkSeen(Database &db, const Dataset &context, const std::vector<ValueChange> &changes)
{
    for (const ValueChange &c : changes) {
        if (!c.seen)
            continue;
        const ValueKey &k = c.key;
        const Value *stored = context.storedValue(k.indicatorCode, k.regionCode, k.year, k.quarter);
        const std::optional<Decimal> &seen = *c.seen;
        const bool same = stored ? seen && *seen == stored->value : !seen;
        // Nothing of the other change is lost when the figure already holds what this one
        // writes (both entered the same figure and comment, or both deleted it): nothing to do.
        const bool wanted = stored ? c.value && *c.value == stored->value &&
                                         c.comment == stored->comment
                                   : !c.value;
        if (same || wanted)
            continue;
        const QString figure = figureName(context, k);
        const QString sawText = figureWithUnit(context, k, seen);
        const QString mine = figureWithUnit(context, k, c.value);
        if (stored) {
            const QString now = figureWithUnit(context, k, stored->value);
            const QString when = localTimeText(stored->enteredAt);
            return Error{c.value ? QCoreApplication::translate(
                                       "zx::Entry",
                                       "%1 was changed by %2 at %3 to %4 while you were "
                                       "looking at %5; your %6 was not saved. Look at the figure "
                                       "as it is now and enter yours again if it still applies.")
                                       .arg(figure, stored->enteredBy, when, now, sawText, mine)
                                 : QCoreApplication::translate(
                                       "zx::Entry",
                                       "%1 was changed by %2 at %3 to %4 while you were "
                                       "looking at %5; it was not deleted. Look at the figure "
                                       "as it is now and delete it again if it still applies.")
                                       .arg(figure, stored->enteredBy, when, now, sawText)};
        }
        if (const auto deleted = lastEntryAbout(db, k);
            deleted && deleted->action == QLatin1String("value.delete"))
            return Error{QCoreApplication::translate(
                             "zx::Entry", "%1 was deleted by %2 at %3 while you were looking at "
                                          "%4; your %5 was not saved. Enter it again if it still "
                                          "applies.")
                             .arg(figure, deleted->user, localTimeText(deleted->at), sawText,
                                  mine)};
        return Error{QCoreApplication::translate(
                         "zx::Entry", "%1 was deleted by someone else while you were looking at "
                                      "%2; your %3 was not saved. Enter it again if it still "
                                      "applies.")
                         .arg(figure, sawText, mine)};
    }
    return Outcome::success();
}

// Who may edit, and whether the quarter is open, once per region and per region's quarter.
Outcome checkPermissions(Database &db, const std::vector<Pending> &pending,
                         const QString &userName)
{
    QSet<QString> regions;
    QSet<Dataset::Slot> quarters;
    for (const Pending &p : pending) {
        const ValueKey &k = p.change.key;
        if (!regions.contains(k.regionCode)) {
            regions.insert(k.regionCode);
            if (auto ok = workflow::checkMayEdit(db, userName, k.regionCode); !ok)
                return ok;
        }
        const Dataset::Slot quarter = Dataset::slot(QString(), k.regionCode, k.year, k.quarter);
        if (!quarters.contains(quarter)) {
            quarters.insert(quarter);
            if (auto ok = periodstore::checkEditable(db, k.regionCode, k.year, k.quarter); !ok)
                return ok;
        }
    }
    return Outcome::success();
}

// Every new figure against the context that already holds the whole block.
Outcome validate(const Dataset &context, const std::vector<Pending> &pending, bool restoring)
{
    for (const Pending &p : pending) {
        if (!p.change.value)
            continue;
        const ValueKey &k = p.change.key;
        const std::vector<RuleViolation> found = checkEntry(context, k, *p.change.value);
        for (const RuleViolation &v : found)
            if (v.severity == Severity::Error)
                return Error{QCoreApplication::translate("zx::Entry", "%1: %2")
                                 .arg(figureName(context, k), v.message)};
        if (!found.empty() && !restoring && p.change.comment.trimmed().isEmpty())
            return Error{QCoreApplication::translate(
                             "zx::Entry", "%1: %2 (add a comment to keep this figure)")
                             .arg(figureName(context, k), found.front().message)};
    }
    return Outcome::success();
}

// The block's changes that change something, each checked: the regions exist, the user may
// edit them, their quarters are open, and every figure passes the entry rules with the whole
// block in place. Read inside the caller's transaction, so what is validated is what the block
// is written over; the context goes before the writes start (a million figures' worth of it).
Result<std::vector<Pending>> checkedChanges(Database &db, const std::vector<ValueChange> &changes,
                                            const QString &userName, bool restoring, int minYear,
                                            int maxYear)
{
    // Three earlier years give the outlier rule its history. Only the regions the block
    // touches, their ancestors (whose roll-ups the block changes) and the children of both,
    // whose roll-ups come from the cache: an edit in a city's file does not read every village.
    QSet<QString> touched;
    for (const ValueChange &c : changes)
        touched.insert(c.key.regionCode);
    auto context = Dataset::loadAround(db, QStringList(touched.cbegin(), touched.cend()),
                                       minYear - 3, maxYear);
    if (!context)
        return Error{context.error()};
    for (const ValueChange &c : changes)
        if (auto ok = checkIdentity(*context, c.key); !ok)
            return Error{ok.error()};
    if (auto ok = checkSeen(db, *context, changes); !ok)
        return Error{ok.error()};
    // What is stored now, from the context just read (one query, not one per figure).
    std::vector<Pending> pending = pendingChanges(*context, changes);
    if (pending.empty())
        return pending;
    if (auto ok = checkPermissions(db, pending, userName); !ok)
        return Error{ok.error()};
    // A pasted block may hold both the parts and their total: judge it as a whole.
    context.value().reserveOverlay(pending.size());
    for (const Pending &p : pending)
        context.value().overlay(p.change.key.indicatorCode, p.change.key.regionCode,
                                p.change.key.year, p.change.key.quarter, p.change.value);
    if (auto ok = validate(*context, pending, restoring); !ok)
        return Error{ok.error()};
    return pending;
}

Outcome write(Database &db, auditstore::Chain &audit, const Pending &p, const QString &userName,
             const QString &now)
{
    const ValueChange &c = p.change;
    const ValueKey &k = c.key;
    Outcome written = c.value ? valuestore::upsert(db, {k.indicatorCode, k.regionCode, k.year,
                                                        k.quarter, *c.value, c.comment, userName,
                                                        now})
                              : valuestore::remove(db, k);
    if (!written)
        return written;
    AuditEntry entry;
    entry.at = now;
    entry.user = userName;
    entry.action = c.value ? QStringLiteral("value.set") : QStringLiteral("value.delete");
    entry.indicatorCode = k.indicatorCode;
    entry.regionCode = k.regionCode;
    entry.year = k.year;
    entry.quarter = k.quarter;
    entry.oldValue = p.old ? p.old->value.toString() : QString();
    entry.newValue = c.value ? c.value->toString() : QString();
    entry.comment = c.comment;
    return audit.append(std::move(entry));
}

using KeepGoing = std::function<bool(qint64, qint64)>;
using StillChecked = std::function<bool()>;

// A block checked before its transaction (an import's plan) as it will be written: one change
// per figure, each with what it replaces taken from its `seen`. nullopt when a change carries
// no `seen` (then it must be checked here).
std::optional<std::vector<Pending>> asChecked(const std::vector<ValueChange> &changes)
{
    std::vector<Pending> pending;
    pending.reserve(changes.size());
    for (const ValueChange &c : changes) {
        if (!c.seen)
            return std::nullopt;
        std::optional<Value> old;
        if (const std::optional<Decimal> &was = *c.seen) {
            old.emplace();
            old->value = *was;
        }
        pending.push_back({c, std::move(old)});
    }
    return pending;
}

Outcome writeBlock(Database &db, const std::vector<ValueChange> &changes,
                   const QString &userName, bool restoring, const KeepGoing &keepGoing,
                   std::vector<ValueChange> *previous = nullptr,
                   const StillChecked &stillChecked = {}, bool *rechecked = nullptr);

} // namespace

Outcome setValues(Database &db, const std::vector<ValueChange> &changes, const QString &userName,
                  bool restoring, std::vector<ValueChange> *previous)
{
    return writeBlock(db, changes, userName, restoring, {}, previous);
}

Outcome setValuesCancellable(Database &db, const std::vector<ValueChange> &changes,
                             const QString &userName,
                             const std::function<bool(qint64, qint64)> &keepGoing)
{
    return writeBlock(db, changes, userName, false, keepGoing);
}

Outcome setCheckedValues(Database &db, const std::vector<ValueChange> &changes,
                         const QString &userName,
                         const std::function<bool(qint64, qint64)> &keepGoing,
                         const std::function<bool()> &stillChecked, bool *rechecked)
{
    return writeBlock(db, changes, userName, false, keepGoing, nullptr, stillChecked, rechecked);
}

namespace {

Outcome writeBlock(Database &db, const std::vector<ValueChange> &changes,
                   const QString &userName, bool restoring, const KeepGoing &keepGoing,
                   std::vector<ValueChange> *previous, const StillChecked &stillChecked,
                   bool *rechecked)
{
    if (changes.empty())
        return Outcome::success();
    int minYear = changes.front().key.year;
    int maxYear = minYear;
    for (const ValueChange &c : changes) {
        if (c.key.quarter < 1 || c.key.quarter > 4)
            return Error{QCoreApplication::translate("zx::Entry", "Quarter must be 1 to 4, not %1")
                             .arg(c.key.quarter)};
        minYear = std::min(minYear, c.key.year);
        maxYear = std::max(maxYear, c.key.year);
    }

    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    // Under the lock nobody else writes: a block checked against the data as it still is
    // needs no second load and check.
    std::optional<std::vector<Pending>> unchanged;
    if (stillChecked && stillChecked())
        unchanged = asChecked(changes);
    if (rechecked)
        *rechecked = !unchanged;
    auto checked = unchanged ? Result<std::vector<Pending>>(std::move(*unchanged))
                             : checkedChanges(db, changes, userName, restoring, minYear, maxYear);
    if (!checked)
        return Error{checked.error()};
    const std::vector<Pending> &pending = checked.value();
    if (pending.empty())
        return Outcome::success();

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const qint64 total = qint64(pending.size());
    if (db.isServer()) {
        // A server writes each figure's audit entry itself (its trigger): the figures go as
        // arrays, thousands to a statement (valuestore::writeMany), not one round trip each.
        constexpr qint64 Slice = 5000;
        for (qint64 done = 0; done < total; done += Slice) {
            if (keepGoing && !keepGoing(done, total))
                return cancelled();
            std::vector<Value> sets;
            std::vector<ValueKey> deletes;
            for (qint64 i = done; i < std::min(total, done + Slice); ++i) {
                const ValueChange &c = pending[std::size_t(i)].change;
                if (c.value)
                    sets.push_back({c.key.indicatorCode, c.key.regionCode, c.key.year, c.key.quarter,
                                    *c.value, c.comment, userName, now});
                else
                    deletes.push_back(c.key);
            }
            if (auto ok = valuestore::writeMany(db, sets, deletes); !ok)
                return ok;
        }
    } else {
        auditstore::Chain audit(db);
        for (qint64 done = 0; done < total; ++done) {
            if (keepGoing && !keepGoing(done, total))
                return cancelled();
            if (auto ok = write(db, audit, pending[std::size_t(done)], userName, now); !ok)
                return ok;
        }
    }
    if (keepGoing && !keepGoing(total, total))
        return cancelled();
    if (auto ok = tx.commit(); !ok)
        return ok;
    if (previous) {
        previous->clear();
        for (const Pending &p : pending)
            previous->push_back({p.change.key,
                                 p.old ? std::optional<Decimal>(p.old->value) : std::nullopt,
                                 p.old ? p.old->comment : QString(), p.change.value});
    }
    return Outcome::success();
}

} // namespace

Outcome setValue(Database &db, const ValueKey &key, const std::optional<Decimal> &value,
                 const QString &comment, const QString &userName)
{
    return setValues(db, {ValueChange{key, value, comment}}, userName);
}

} // namespace zx
