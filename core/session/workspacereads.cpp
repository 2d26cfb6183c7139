// The Workspace's reading side for the UI beyond datasets (catalogue, audit trail, backups,
// the write-target check) and the worker threads' own connections: what the UI would otherwise
// fetch from storage itself.
#include "workspace.h"

#include "entry/workflow.h"
#include "storage/auditstore.h"
#include "storage/backups.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/filesafety.h"
#include "storage/regionstore.h"

#include <QCoreApplication>

namespace zx {

namespace {

Error noFile()
{
    return Error{QCoreApplication::translate("zx::Workspace", "No database is open")};
}

} // namespace

void CloseDatabase::operator()(Database *db) const
{
    std::default_delete<Database>()(db);
}

Result<std::vector<Category>> Workspace::categories() const
{
    if (!m_db)
        return noFile();
    return catalogstore::categories(*m_db);
}

Result<std::vector<Indicator>> Workspace::indicators() const
{
    if (!m_db)
        return noFile();
    return catalogstore::indicators(*m_db);
}

Result<std::vector<Region>> Workspace::regions() const
{
    if (!m_db)
        return noFile();
    return regionstore::all(*m_db);
}

Outcome Workspace::checkMayEdit(const QString &regionCode) const
{
    if (!m_db)
        return noFile();
    return workflow::checkMayEdit(*m_db, userName(), regionCode);
}

Result<std::vector<AuditEntry>> Workspace::auditEntries(const auditstore::Filter &filter) const
{
    if (!m_db)
        return noFile();
    return auditstore::find(*m_db, filter);
}

Result<std::optional<AuditEntry>> Workspace::auditFirstBroken() const
{
    if (!m_db)
        return noFile();
    return auditstore::firstBroken(*m_db);
}

Result<auditstore::Head> Workspace::auditHead() const
{
    if (!m_db)
        return noFile();
    return auditstore::head(*m_db);
}

std::vector<backups::BackupFile> Workspace::backupFiles() const
{
    const Connection open = connection();
    if (!m_db || open.isServer())
        return {};
    return backups::list(open.path());
}

void Workspace::setBackupsToKeep(int count)
{
    backups::setKeepCount(count);
}

Outcome Workspace::checkWriteTarget(const QString &target) const
{
    return checkWriteTarget(target, connection());
}

Outcome Workspace::checkWriteTarget(const QString &target, const Connection &open)
{
    return filesafety::checkWriteTarget(target, open.isServer() ? QString() : open.path());
}

Connection Workspace::connection() const
{
    return m_db ? m_db->location() : Connection();
}

Result<WorkerDatabase> Workspace::openWorker(const Connection &connection)
{
    auto db = Database::open(connection, Database::OpenMode::OpenExisting);
    if (!db)
        return Error{db.error()};
    return WorkerDatabase(std::move(db).value().release());
}

} // namespace zx
