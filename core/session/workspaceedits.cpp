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
                            const QString &comment,
                            const std::optional<std::optional<Decimal>> &seen)
{
    const QString step = QCoreApplication::translate("zx::Workspace", "Change %1 of %2, %3 Q%4")
                             .arg(key.indicatorCode, key.regionCode)
                             .arg(key.year)
                             .arg(key.quarter);
    return setValues({ValueChange{key, value, comment, seen}}, step);
}

Outcome Workspace::setValues(const std::vector<ValueChange> &changes, const QString &stepText)
{
    if (!m_db)
        return noDatabase();
    // The inverse is what each figure held inside the write's own transaction, each carrying
    // what this step wrote as the figure its undo expects to find.
    std::vector<ValueChange> before;
    if (auto ok = writeValues(changes, false, &before); !ok)
        return ok;
    if (!before.empty()) {
        std::vector<ValueChange> after;
        for (const ValueChange &b : before)
            for (auto it = changes.rbegin(); it != changes.rend(); ++it)
                if (valueKeyText(it->key) == valueKeyText(b.key)) {
                    after.push_back({b.key, it->value, it->comment, b.value});
                    break;
                }
        m_undo->push(new ValuesCommand(this, std::move(before), std::move(after), stepText));
    }
    return Outcome::success();
}

Outcome Workspace::applyValues(const std::vector<ValueChange> &changes, bool restoring)
{
    return writeValues(changes, restoring, nullptr);
}

Outcome Workspace::writeValues(const std::vector<ValueChange> &changes, bool restoring,
                               std::vector<ValueChange> *previous)
{
    if (!m_db)
        return noDatabase();
    if (auto backed = dailyBackup(*m_db); !backed)
        return backed;
    if (auto ok = zx::setValues(*m_db, changes, userName(), restoring, previous); !ok)
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
    // The inverse as read inside the write's transaction; each step expects to find what the
    // other wrote, so undo and redo never overwrite a change made meanwhile.
    std::vector<TargetChange> before;
    if (auto ok = writeTargets(changes, &before); !ok)
        return ok;
    if (before.empty())
        return Outcome::success();
    std::vector<TargetChange> after;
    for (TargetChange &inverse : before) {
        inverse.comment = QCoreApplication::translate("zx::Workspace", "Undo: %1").arg(stepText);
        for (auto it = changes.rbegin(); it != changes.rend(); ++it)
            if (targetKeyText(it->target) == targetKeyText(inverse.target)) {
                TargetChange redo = *it;
                redo.seen.emplace(inverse.remove ? std::nullopt
                                                 : std::optional<Target>(inverse.target));
                after.push_back(std::move(redo));
                break;
            }
    }
    m_undo->push(new TargetsCommand(this, std::move(before), std::move(after), stepText));
    return Outcome::success();
}

Outcome Workspace::applyTargets(const std::vector<TargetChange> &changes)
{
    return writeTargets(changes, nullptr);
}

Outcome Workspace::writeTargets(const std::vector<TargetChange> &changes,
                                std::vector<TargetChange> *previous)
{
    if (!m_db)
        return noDatabase();
    if (auto ok = dailyBackup(*m_db); !ok)
        return ok;
    if (auto ok = zx::setTargets(*m_db, changes, userName(), previous); !ok)
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
