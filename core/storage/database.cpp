#include "database.h"

#include "sqlitestatement.h"

#include "backups.h"

#include "schema.h"
#include "sql.h"
#include "rollupstore.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace zx {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("zhenxing-%1").arg(++counter);
}

constexpr int BusyTimeoutMs = 5000;

QString busyOption()
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
}

// A read-only URI of the file; `immutable` also tells SQLite that nothing changes it, so no
// lock is taken and no side file is made (for a file not known to be ours, or on read-only
// media).
QString readOnlyUri(const QString &path, bool immutable)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           (immutable ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro"));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::Database", text);
}

// The newest backup of `path` (beside it or in the user's data folder), or "".
QString latestBackup(const QString &path)
{
    const std::vector<backups::BackupFile> found = backups::list(path);
    return found.empty() ? QString() : found.back().path;
}

Result<int> pragmaInt(QSqlDatabase &db, const char *pragma)
{
    auto v = sql::scalar(db, pragma, {}, QCoreApplication::translate("zx::Database", "reading the file header"));
    if (!v)
        return Error{v.error()};
    return v->toInt();
}

} // namespace

Database::Database(Connection location, QString connectionName)
    : m_location(std::move(location)),
      m_path(m_location.isServer() ? m_location.display() : m_location.path()),
      m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear(); // queries go before their connection
    m_writes.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &where, OpenMode mode)
{
    return open(Connection::parse(where), mode);
}

Result<std::unique_ptr<Database>> Database::open(const Connection &where, OpenMode mode)
{
    if (!where.isValid())
        return Error{where.error().isEmpty() ? tr("No database given") : where.error()};
    std::unique_ptr<Database> db(new Database(where, nextConnectionName()));
    const QString path = db->path();
    if (where.isServer()) {
        if (auto ok = db->connectServer(mode); !ok)
            return Error{ok.error()};
        if (auto ok = db->migrateServerTo(schema::currentVersion()); !ok)
            return Error{ok.error()};
        return db;
    }
    if (auto ok = db->connect(mode); !ok)
        return Error{ok.error()};
    if (db->m_version < schema::currentVersion() && db->isReadOnly())
        return Error{tr("%1 was written by an older Zhenxing and must be upgraded before it can be "
                        "read, which needs write access: %2")
                         .arg(path, db->readOnlyReason())};
    if (auto ok = db->migrateTo(schema::currentVersion()); !ok)
        return Error{ok.error()};
    // Whether writes are safe matters to a connection that may write; a reader opened beside
    // it (the dashboard's worker, on every reload) skips the check.
    if (mode != OpenMode::ReadOnly)
        db->quickCheck();
    return db;
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    std::unique_ptr<Database> db(new Database(Connection::file(path), nextConnectionName()));
    if (auto ok = db->connect(OpenMode::CreateIfMissing); !ok)
        return Error{ok.error()};
    if (auto ok = db->migrateTo(version); !ok)
        return Error{ok.error()};
    return db;
}

Outcome Database::connect(OpenMode mode)
{
    // Only stat() here: a file handle opened and closed by this process would cancel the
    // POSIX locks SQLite holds on the same file for another connection (SQLite's "How To
    // Corrupt", section 2.2); every open of the file goes through SQLite.
    const QFileInfo info(m_path);
    const bool exists = info.exists();
    const bool walExists = QFileInfo::exists(m_path + QStringLiteral("-wal"));
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!exists && mode != OpenMode::CreateIfMissing)
        return Error{tr("No database at %1").arg(m_path)};
    if (exists && info.isDir())
        return Error{tr("%1 is a folder, not a database file").arg(m_path)};
    if (exists && info.size() == 0 && QFileInfo(m_path + QStringLiteral("-wal")).size() == 0)
        return Error{tr("%1 is an empty file, not a Zhenxing database (only File → New creates "
                        "one)").arg(m_path)};

    if (mode == OpenMode::ReadOnly)
        m_readOnlyReason = tr("opened for reading only");
    else if (exists && !info.isWritable())
        m_readOnlyReason = tr("the file cannot be written (no write permission or read-only media)");
    else if (!folderWritable)
        m_readOnlyReason = tr("its folder %1 cannot be written").arg(info.absolutePath());
    if (!exists && isReadOnly())
        return Error{tr("Cannot create %1: %2").arg(m_path, m_readOnlyReason)};

    if (exists) {
        if (auto ok = inspect(walExists); !ok)
            return ok;
    }
    if (auto ok = connectMain(isReadOnly(), walExists, folderWritable); !ok)
        return ok;
    return configure();
}

// Reads the header through a read-only SQLite connection of its own, closed before the real
// one opens. Without a log beside the file it is immutable (no lock, no side file); with one
// (ours after a crash, or another program's) the log is read, never merged: a read-only
// connection does not checkpoint or delete it on close.
Outcome Database::inspect(bool throughLog)
{
    const QString name = m_connectionName + QStringLiteral("-inspect");
    Outcome result = Outcome::success();
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(readOnlyUri(m_path, !throughLog));
        probe.setConnectOptions(busyOption() + QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!probe.open())
            result = Error{tr("Cannot open %1: %2").arg(m_path, probe.lastError().text())};
        else
            result = checkOwnership(probe);
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Outcome Database::connectMain(bool readOnly, bool walExists, bool folderWritable)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (readOnly) {
        // On read-only media there is no log and none can be made: nothing can change the
        // file, so it is read as immutable. Elsewhere the log of other writers is followed.
        m_db.setDatabaseName(readOnlyUri(m_path, !walExists && !folderWritable));
        m_db.setConnectOptions(busyOption() + QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(busyOption());
    }
    if (!m_db.open())
        return Error{tr("Cannot open %1: %2").arg(m_path, m_db.lastError().text())};
    if (!QFileInfo::exists(m_path) && !readOnly)
        return Error{tr("Cannot create %1").arg(m_path)};
    return Outcome::success();
}

// Reads only; nothing is written to a file that turns out not to be ours.
Outcome Database::checkOwnership(QSqlDatabase &db)
{
    auto appId = pragmaInt(db, "PRAGMA application_id");
    if (!appId)
        return Error{tr("%1 is not a Zhenxing database: it is not an SQLite file (%2)").arg(m_path, appId.error())};
    auto version = pragmaInt(db, "PRAGMA user_version");
    if (!version)
        return Error{version.error()};
    auto objects = pragmaInt(db, "SELECT count(*) FROM sqlite_master");
    if (!objects)
        return Error{tr("%1 is not a Zhenxing database: %2").arg(m_path, objects.error())};

    const bool empty = *appId == 0 && *version == 0 && *objects == 0;
    if (!empty && *appId != schema::ApplicationId)
        return Error{tr("%1 is an SQLite database of another program, not a Zhenxing database")
                         .arg(m_path)};
    if (empty)
        return Error{tr("%1 is an empty SQLite file, not a Zhenxing database (only File → New "
                        "creates one)").arg(m_path)};
    if (*version > schema::currentVersion())
        return Error{tr("%1 was written by a newer Zhenxing (schema version %2; this version "
                        "reads up to %3). Update Zhenxing to open it.")
                         .arg(m_path)
                         .arg(*version)
                         .arg(schema::currentVersion())};
    m_version = *version;
    return Outcome::success();
}

Outcome Database::configure()
{
    if (!isReadOnly()) {
        auto mode = sql::scalar(m_db, "PRAGMA journal_mode=WAL", {}, tr("switching to WAL"));
        if (!mode)
            return Error{mode.error()};
        if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error{tr("%1 cannot use write-ahead logging (journal mode %2)")
                             .arg(m_path, mode->toString())};
    }
    // temp_store=MEMORY: an upsert that fires a trigger keeps a statement journal; on disk it
    // cost a write() per figure in a large import (a third of the time of a million figures).
    const QByteArray busy = "PRAGMA busy_timeout=" + QByteArray::number(BusyTimeoutMs);
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", busy.constData(),
                               "PRAGMA temp_store=MEMORY"}) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error{tr("Database error while setting %1: %2")
                             .arg(QString::fromLatin1(pragma), sql::describe(q.lastError()))};
    }
    return Outcome::success();
}

// A quick structural check of small files at every open (milliseconds for a county); a city's
// file is checked by `zhenxing-cli check` and by every backup instead.
void Database::quickCheck()
{
    constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;
    if (QFileInfo(m_path).size() > QuickCheckLimit)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        markDamaged({sql::describe(q.lastError())});
        return;
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (lines != QStringList{QStringLiteral("ok")})
        markDamaged(lines);
}

void Database::markDamaged(const QStringList &findings)
{
    m_damage = findings.isEmpty() ? QStringList{tr("integrity check failed")} : findings;
}

Outcome Database::checkWritable() const
{
    if (isDamaged()) {
        const QString backup = latestBackup(m_path);
        const QString found = m_damage.mid(0, 3).join(QStringLiteral("; "));
        return Error{backup.isEmpty()
                         ? tr("%1 is damaged (%2): it can be read but not changed. Restore a "
                              "backup (File → Restore from backup…, zhenxing-cli restore).")
                               .arg(m_path, found)
                         : tr("%1 is damaged (%2): it can be read but not changed. Restore the "
                              "latest backup, %3 (File → Restore from backup…, zhenxing-cli "
                              "restore).")
                               .arg(m_path, found, backup)};
    }
    if (isReadOnly())
        return Error{tr("%1 is open read-only (%2): nothing can be changed").arg(m_path, m_readOnlyReason)};
    return Outcome::success();
}

namespace {

Database::UpgradeNotice &upgradeNotice()
{
    static Database::UpgradeNotice notice;
    return notice;
}

} // namespace

void Database::setUpgradeNotice(UpgradeNotice notice)
{
    upgradeNotice() = std::move(notice);
}

Outcome Database::migrateTo(int version)
{
    // A file with data (not one being created) is copied before its schema changes.
    if (const int to = std::min(version, schema::currentVersion()); m_version > 0 && m_version < to) {
        if (const UpgradeNotice &notice = upgradeNotice())
            notice(m_path, m_version, to);
        if (auto ok = backups::before(*this, backups::Reason::Migration); !ok)
            return ok;
    }
    for (const schema::Migration &step : schema::migrations()) {
        if (step.version <= m_version || step.version > version)
            continue;
        if (step.rebuildsTables) {
            QSqlQuery off(m_db);
            off.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        }
        const auto foreignKeysBackOn = qScopeGuard([&] {
            if (step.rebuildsTables) {
                QSqlQuery on(m_db);
                on.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            }
        });
        WriteTransaction tx(*this);
        if (!tx.isActive())
            return Error{tx.error()};
        QStringList statements = step.statements;
        // PRAGMAs take no bound parameters; both values are integers of our own.
        statements << QStringLiteral("PRAGMA user_version = %1").arg(step.version);
        if (step.version == 1)
            statements << QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId);
        for (const QString &statement : statements) {
            QSqlQuery q(m_db);
            if (!q.exec(statement))
                return Error{QCoreApplication::translate("zx::Database", "Could not upgrade %1 to schema version %2 (%3): %4")
                                 .arg(m_path)
                                 .arg(step.version)
                                 .arg(QString::fromLatin1(step.description), q.lastError().text())};
        }
        if (step.rebuildsTables) {
            QSqlQuery check(m_db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next())
                return Error{QCoreApplication::translate("zx::Database", "Could not upgrade %1 to schema version %2: the file has broken references")
                                 .arg(m_path)
                                 .arg(step.version)};
        }
        // The step's commit settles as a commit at its version does: the one that gives the
        // figures their version 8 table brings the roll-up cache up to date with the notes
        // of the steps before it (settleBeforeCommit asks m_version).
        const int from = m_version;
        m_version = step.version;
        if (auto ok = tx.commit(); !ok) {
            m_version = from;
            return ok;
        }
        if (step.compactsFile) {
            // Best effort: the step is committed either way, and a VACUUM that cannot finish
            // (a full disk) leaves the file as it was.
            QSqlQuery vacuum(m_db);
            vacuum.exec(QStringLiteral("VACUUM"));
        }
    }
    return Outcome::success();
}

QSqlQuery *Database::cached(const char *statement)
{
    auto &slot = m_statements[statement];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromUtf8(statement))) {
            m_statementError = query->lastError().text();
            m_statements.erase(statement);
            return nullptr;
        }
        slot = std::move(query);
    }
    slot->finish();
    return slot.get();
}

bool Database::directStatements()
{
    // Once per connection: without remembering it every write would ask again.
    if (!m_directWrites)
        m_directWrites = SqliteStatement::available(m_db);
    return *m_directWrites;
}

SqliteStatement *Database::cachedWrite(const char *statement)
{
    if (!directStatements())
        return nullptr;
    auto &slot = m_writes[statement];
    if (!slot) {
        slot = SqliteStatement::prepare(m_db, statement, m_statementError);
        if (!slot) {
            m_writes.erase(statement);
            return nullptr;
        }
    }
    return slot.get();
}

Outcome Database::noteRollupDirty(const QString &indicatorCode, const QString &regionCode, int year)
{
    if (m_version < 4)
        return Outcome::success();
    QString key;
    key.reserve(indicatorCode.size() + regionCode.size() + 6);
    key += indicatorCode;
    key += u'|';
    key += regionCode;
    key += u'|';
    key += QString::number(year);
    if (m_notedDirty.contains(key))
        return Outcome::success();
    if (isServer()) {
        m_pendingDirty.push_back({indicatorCode, regionCode, year});
        m_notedDirty.insert(key);
        return Outcome::success();
    }
    // ON CONFLICT DO NOTHING: an edit by hand through the indicator_value view may have noted
    // it already.
    if (auto ok = sql::runCached(*this, "INSERT INTO rollup_dirty VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                 {indicatorCode, regionCode, year},
                                 [] { return QCoreApplication::translate("zx::Database", "updating the roll-up cache"); });
        !ok)
        return ok;
    m_notedDirty.insert(key);
    return Outcome::success();
}

Outcome Database::settleBeforeCommit()
{
    // Figures note their roll-up keys from version 4; the notes are read once the figures have
    // their version 8 table (the step that makes it commits with them still there).
    if (m_version < 8)
        return Outcome::success();
    if (isServer())
        if (auto ok = postgresNoteDirty(*this); !ok)
            return ok;
    return rollupstore::refresh(m_db);
}

QStringList Database::beginWriteStatements() const
{
    if (isServer())
        return {QStringLiteral("BEGIN"),
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(schema::ApplicationId)};
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

Outcome Database::backupTo(const QString &path)
{
    if (isServer())
        return Error{tr("%1 is on a server, which its administrator backs up (pg_dump); an "
                        "offline copy into a file: zhenxing-cli server copy URL FILE.db")
                         .arg(m_path)};
    if (QFileInfo::exists(path))
        return Error{QCoreApplication::translate("zx::Database", "%1 already exists").arg(path)};
    return sql::run(m_db, "VACUUM INTO ?", {path},
                    QCoreApplication::translate("zx::Database", "copying the database"));
}

Result<QStringList> Database::integrityCheck()
{
    // A server keeps its own pages (checksums, WAL, its administrator's checks); what Zhenxing
    // checks there is the data itself (zhenxing-cli check's rules and audit --verify).
    if (isServer())
        return QStringList{QStringLiteral("ok")};
    // The check reads every page once per tree and index; with SQLite's default 2 MB page cache
    // a city's file (1 GB) is read again through pread a page at a time. A 128 MB cache for the
    // check alone takes about a quarter off its time (the 10-county city in sqlite3: 17.9 s with
    // the default cache, 13 s with 200 MB)
    // and keeps memory bounded; the connection's own size comes back afterwards.
    QSqlQuery cache(m_db);
    const int previousCache =
        cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next() ? cache.value(0).toInt() : -2000;
    cache.exec(QStringLiteral("PRAGMA cache_size=-131072"));
    const auto restore = qScopeGuard([&] {
        QSqlQuery back(m_db);
        back.exec(QStringLiteral("PRAGMA cache_size=%1").arg(previousCache));
    });
    auto query = sql::prepare(m_db, "PRAGMA integrity_check", QCoreApplication::translate("zx::Database", "checking integrity"));
    if (!query)
        return Error{query.error()};
    if (auto ok = sql::exec(query.value(), {}, QCoreApplication::translate("zx::Database", "checking integrity")); !ok)
        return Error{ok.error()};
    QStringList lines;
    while (query->isActive() && query.value().next())
        lines << query.value().value(0).toString();
    if (lines != QStringList{QStringLiteral("ok")})
        markDamaged(lines);
    return lines;
}

} // namespace zx
