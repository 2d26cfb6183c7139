// The Workspace's write facade: every edit a person makes goes through here, is validated,
// audited and committed by core/entry, becomes an undo step where it can be undone, and is
// announced on the ChangeNotifier.
#include "workspace.h"

#include "changenotifier.h"
#include "editcommands.h"
#include "entry/workflow.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/valuestore.h"

#include <QCoreApplication>
#include <QSet>

namespace zx {

namespace {

Error noDatabase()
{
    return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
}

// The first write of the day backs the file up first (backups::ensureDailyBackup; a no-op once
// today's copy exists). A failed copy refuses the write.
Outcome dailyBackup(Database &db)
{
    return backups::ensureDailyBackup(db);
}

QString valueKeyText(const ValueKey &k)
{
    return Dataset::key(k.indicatorCode, k.regionCode, k.year, k.quarter);
}

QString targetKeyText(const Target &t)
{
    return Dataset::key(t.indicatorCode, t.regionCode, t.year);
}

} // namespace

Outcome Workspace::setValue(const ValueKey &key, const std::optional<Decimal> &value,
                            const QString &comment)
{
    const QString step = QCoreApplication::translate("zx::Workspace", "Change %1 of %2, %3 Q%4")
                             .arg(key.indicatorCode, key.regionCode)
                             .arg(key.year)
                             .arg(key.quarter);
    return setValues({ValueChange{key, value, comment}}, step);
}

Outcome Workspace::setValues(const std::vector<ValueChange> &changes, const QString &stepText)
{
    if (!m_db)
        return noDatabase();
    // The inverse: what each figure is now (once per figure, before anything is written).
    std::vector<ValueChange> before;
    QSet<QString> seen;
    bool changesSomething = false;
    for (const ValueChange &c : changes) {
        const QString k = valueKeyText(c.key);
        if (seen.contains(k))
            continue;
        seen.insert(k);
        auto old = valuestore::find(*m_db, c.key);
        if (!old)
            return Error{old.error()};
        const std::optional<Value> &v = old.value();
        before.push_back({c.key, v ? std::optional<Decimal>(v->value) : std::nullopt,
                          v ? v->comment : QString()});
        const bool same = v ? c.value && c.value->toString() == v->value.toString() &&
                                  c.comment == v->comment
                            : !c.value;
        changesSomething = changesSomething || !same;
    }
    if (auto ok = applyValues(changes, false); !ok)
        return ok;
    if (changesSomething)
        m_undo->push(new ValuesCommand(this, std::move(before), changes, stepText));
    return Outcome::success();
}

Outcome Workspace::applyValues(const std::vector<ValueChange> &changes, bool restoring)
{
    if (!m_db)
        return noDatabase();
    if (auto backed = dailyBackup(*m_db); !backed)
        return backed;
    if (auto ok = zx::setValues(*m_db, changes, userName(), restoring); !ok)
        return ok;
    QSet<QString> announced;
    for (const ValueChange &c : changes) {
        const QString k = valueKeyText(c.key);
        if (announced.contains(k))
            continue;
        announced.insert(k);
        emit m_notifier->valueChanged(c.key.indicatorCode, c.key.regionCode, c.key.year,
                                      c.key.quarter);
    }
    return Outcome::success();
}

Outcome Workspace::setTargets(const std::vector<TargetChange> &changes, const QString &stepText)
{
    if (!m_db)
        return noDatabase();
    std::vector<TargetChange> before;
    QSet<QString> seen;
    for (const TargetChange &c : changes) {
        const QString k = targetKeyText(c.target);
        if (seen.contains(k))
            continue;
        seen.insert(k);
        auto old = zx::findTarget(*m_db, c.target.indicatorCode, c.target.regionCode,
                                  c.target.year);
        if (!old)
            return Error{old.error()};
        TargetChange inverse;
        inverse.target = old.value() ? *old.value() : c.target;
        inverse.remove = !old.value();
        inverse.comment = QCoreApplication::translate("zx::Workspace", "Undo: %1").arg(stepText);
        before.push_back(std::move(inverse));
    }
    if (auto ok = applyTargets(changes); !ok)
        return ok;
    m_undo->push(new TargetsCommand(this, std::move(before), changes, stepText));
    return Outcome::success();
}

Outcome Workspace::applyTargets(const std::vector<TargetChange> &changes)
{
    if (!m_db)
        return noDatabase();
    if (auto ok = dailyBackup(*m_db); !ok)
        return ok;
    if (auto ok = zx::setTargets(*m_db, changes, userName()); !ok)
        return ok;
    QSet<QString> announced;
    for (const TargetChange &c : changes) {
        const QString k = targetKeyText(c.target);
        if (announced.contains(k))
            continue;
        announced.insert(k);
        emit m_notifier->targetChanged(c.target.indicatorCode, c.target.regionCode,
                                       c.target.year);
    }
    return Outcome::success();
}

Outcome Workspace::saveCategory(const Category &category, bool isNew)
{
    if (!m_db)
        return noDatabase();
    if (auto ok = backups::before(*m_db, backups::Reason::Catalogue); !ok)
        return ok;
    if (auto ok = zx::saveCategory(*m_db, category, isNew, userName()); !ok)
        return ok;
    emit m_notifier->catalogueChanged();
    return Outcome::success();
}

Outcome Workspace::saveIndicator(const Indicator &indicator, bool isNew)
{
    if (!m_db)
        return noDatabase();
    if (auto ok = backups::before(*m_db, backups::Reason::Catalogue); !ok)
        return ok;
    if (auto ok = zx::saveIndicator(*m_db, indicator, isNew, userName()); !ok)
        return ok;
    emit m_notifier->catalogueChanged();
    return Outcome::success();
}

Outcome Workspace::submit(const QString &regionCode, int year, int quarter)
{
    if (!m_db)
        return noDatabase();
    if (auto ok = dailyBackup(*m_db); !ok)
        return ok;
    if (auto ok = workflow::submit(*m_db, regionCode, year, quarter, userName()); !ok)
        return ok;
    emit m_notifier->periodStatusChanged(regionCode, year, quarter);
    return Outcome::success();
}

Outcome Workspace::approve(const QString &regionCode, int year, int quarter)
{
    if (!m_db)
        return noDatabase();
    if (auto ok = dailyBackup(*m_db); !ok)
        return ok;
    if (auto ok = workflow::approve(*m_db, regionCode, year, quarter, userName()); !ok)
        return ok;
    emit m_notifier->periodStatusChanged(regionCode, year, quarter);
    return Outcome::success();
}

Outcome Workspace::returnForRework(const QString &regionCode, int year, int quarter,
                                   const QString &reason)
{
    if (!m_db)
        return noDatabase();
    if (auto ok = dailyBackup(*m_db); !ok)
        return ok;
    if (auto ok = workflow::returnForRework(*m_db, regionCode, year, quarter, reason, userName());
        !ok)
        return ok;
    emit m_notifier->periodStatusChanged(regionCode, year, quarter);
    return Outcome::success();
}

Outcome Workspace::reopen(const QString &regionCode, int year, int quarter, const QString &reason)
{
    if (!m_db)
        return noDatabase();
    if (auto ok = dailyBackup(*m_db); !ok)
        return ok;
    if (auto ok = workflow::reopen(*m_db, regionCode, year, quarter, reason, userName()); !ok)
        return ok;
    emit m_notifier->periodStatusChanged(regionCode, year, quarter);
    return Outcome::success();
}

} // namespace zx
