// The Workspace's region edits (issue 12): add, rename, move, reorder, retire and merge,
// each through entry/regionentry.h (administrators, audited in the same transaction) after a
// checked backup, then announced so the region tree reloads.
#include "workspace.h"

#include "changenotifier.h"
#include "entry/regionentry.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace zx {

namespace {

// Retiring and merging change which regions take figures: a checked copy first. Adding,
// renaming, moving and reordering take the day's first backup only, so a morning of renames
// does not push the import backups out of the kept ten.
template <typename Write>
Outcome regionEdit(Database *db, ChangeNotifier *notifier, bool risky, Write write)
{
    if (!db)
        return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
    if (auto ok = db->checkWritable(); !ok)
        return ok;
    if (auto ok = risky ? backups::before(*db, backups::Reason::Catalogue)
                        : backups::ensureDailyBackup(*db);
        !ok)
        return ok;
    if (auto ok = write(*db); !ok)
        return ok;
    emit notifier->regionsChanged();
    return Outcome::success();
}

} // namespace

Outcome Workspace::saveRegion(const Region &region, bool isNew)
{
    return regionEdit(m_db.get(), m_notifier, false,
                      [&](Database &db) { return zx::saveRegion(db, region, isNew, userName()); });
}

Outcome Workspace::reorderRegions(const QStringList &codesInOrder)
{
    return regionEdit(m_db.get(), m_notifier, false, [&](Database &db) {
        return zx::reorderRegions(db, codesInOrder, userName());
    });
}

Outcome Workspace::retireRegion(const QString &code, int fromYear)
{
    return regionEdit(m_db.get(), m_notifier, true, [&](Database &db) {
        return zx::retireRegion(db, code, fromYear, userName());
    });
}

Outcome Workspace::mergeRegions(const QStringList &merged, const QString &into, int fromYear)
{
    return regionEdit(m_db.get(), m_notifier, true, [&](Database &db) {
        return zx::mergeRegions(db, merged, into, fromYear, userName());
    });
}

} // namespace zx
