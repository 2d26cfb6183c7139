// The Workspace's accounts and new-year facade (entry/workflow.h, entry/newyear.h).
#include "workspace.h"

#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>

namespace zx {

namespace {

Error noFile()
{
    return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
}

// As the other writes: a file that refuses writes says why; the first write of the day backs up.
Outcome beforeWrite(Database &db)
{
    if (auto ok = db.checkWritable(); !ok)
        return ok;
    return backups::ensureDailyBackup(db);
}

} // namespace

Result<std::vector<UserAccount>> Workspace::users() const
{
    if (!m_db)
        return noFile();
    return workflow::users(*m_db);
}

Outcome Workspace::saveUser(const UserAccount &user)
{
    if (!m_db)
        return noFile();
    if (auto ok = beforeWrite(*m_db); !ok)
        return ok;
    return workflow::saveUser(*m_db, user, userName());
}

Outcome Workspace::removeUser(const QString &name)
{
    if (!m_db)
        return noFile();
    if (auto ok = beforeWrite(*m_db); !ok)
        return ok;
    return workflow::removeUser(*m_db, name, userName());
}

Result<int> Workspace::startNewYear(int year, const NewYearTargets &how, const QString &stepText)
{
    if (!m_db)
        return noFile();
    auto changes = newYearTargets(*m_db, year, how, QDate::currentDate().year());
    if (!changes)
        return Error{changes.error()};
    if (changes->empty())
        return 0;
    // One undoable step through the write facade (backup, audit, announcement).
    if (auto ok = setTargets(*changes, stepText); !ok)
        return Error{ok.error()};
    return int(changes->size());
}

} // namespace zx
