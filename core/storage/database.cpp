#include "database.h"

#include "sqlitestatement.h"

#include "backups.h"

#include "schema.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
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

// Looks at the file's first bytes without opening it through SQLite.
Outcome checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("zx::Database", "Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() == 0)
        return Outcome::success(); // an empty file is an empty database
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error{QCoreApplication::translate("zx::Database", "%1 is not a Zhenxing database: it is not an SQLite file").arg(path)};
    return Outcome::success();
}

Result<int> pragmaInt(QSqlDatabase &db, const char *pragma)
{
    auto v = sql::scalar(db, pragma, {}, QCoreApplication::translate("zx::Database", "reading the file header"));
    if (!v)
        return Error{v.error()};
    return v->toInt();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    if (auto ok = db->connect(mode == OpenMode::CreateIfMissing); !ok)
        return Error{ok.error()};
    if (auto ok = db->migrateTo(schema::currentVersion()); !ok)
        return Error{ok.error()};
    return db;
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    if (auto ok = db->connect(true); !ok)
        return Error{ok.error()};
    if (auto ok = db->migrateTo(version); !ok)
        return Error{ok.error()};
    return db;
}

Outcome Database::connect(bool mayCreate)
{
    const bool exists = QFileInfo::exists(m_path);
    if (!exists && !mayCreate)
        return Error{QCoreApplication::translate("zx::Database", "No database at %1").arg(m_path)};
    if (exists) {
        if (QFileInfo(m_path).isDir())
            return Error{QCoreApplication::translate("zx::Database", "%1 is a folder, not a database file").arg(m_path)};
        if (auto ok = checkSqliteHeader(m_path); !ok)
            return ok;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // An existing file is first inspected as immutable and read-only: SQLite then creates no
    // side files and replays no leftover journal of a file that may not be ours. A file with
    // a write-ahead log beside it (ours after a crash) must be read through that log instead.
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    const bool inspectImmutable = exists && !QFileInfo::exists(m_path + QStringLiteral("-wal"));
    if (inspectImmutable) {
        m_db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath())
                                 .toString(QUrl::FullyEncoded) +
                             QStringLiteral("?immutable=1"));
        m_db.setConnectOptions(busy + QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(busy);
    }
    if (!m_db.open())
        return Error{QCoreApplication::translate("zx::Database", "Cannot open %1: %2")
                         .arg(m_path, m_db.lastError().text())};
    if (auto ok = checkOwnership(); !ok)
        return ok;
    if (inspectImmutable) {
        m_db.close();
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(busy);
        if (!m_db.open())
            return Error{QCoreApplication::translate("zx::Database", "Cannot open %1: %2")
                             .arg(m_path, m_db.lastError().text())};
    }
    return configure();
}

// Reads only; nothing is written to a file that turns out not to be ours.
Outcome Database::checkOwnership()
{
    auto appId = pragmaInt(m_db, "PRAGMA application_id");
    if (!appId)
        return Error{QCoreApplication::translate("zx::Database", "%1 is not a Zhenxing database: %2").arg(m_path, appId.error())};
    auto version = pragmaInt(m_db, "PRAGMA user_version");
    if (!version)
        return Error{version.error()};
    auto objects = pragmaInt(m_db, "SELECT count(*) FROM sqlite_master");
    if (!objects)
        return Error{QCoreApplication::translate("zx::Database", "%1 is not a Zhenxing database: %2").arg(m_path, objects.error())};

    const bool empty = *appId == 0 && *version == 0 && *objects == 0;
    if (!empty && *appId != schema::ApplicationId)
        return Error{QCoreApplication::translate("zx::Database", "%1 is an SQLite database of another program, not a Zhenxing database")
                         .arg(m_path)};
    if (*version > schema::currentVersion())
        return Error{QCoreApplication::translate("zx::Database", "%1 was written by a newer Zhenxing (schema version %2; this version "
                        "reads up to %3). Update Zhenxing to open it.")
                         .arg(m_path)
                         .arg(*version)
                         .arg(schema::currentVersion())};
    m_version = *version;
    return Outcome::success();
}

Outcome Database::configure()
{
    auto mode = sql::scalar(m_db, "PRAGMA journal_mode=WAL", {}, QCoreApplication::translate("zx::Database", "switching to WAL"));
    if (!mode)
        return Error{mode.error()};
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{QCoreApplication::translate("zx::Database", "%1 cannot use write-ahead logging (journal mode %2)")
                         .arg(m_path, mode->toString())};
    // temp_store=MEMORY: an upsert that fires a trigger keeps a statement journal; on disk it
    // cost a write() per figure in a large import (a third of the time of a million figures).
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000", "PRAGMA temp_store=MEMORY"}) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error{QCoreApplication::translate("zx::Database", "Database error while setting %1: %2")
                             .arg(QString::fromLatin1(pragma), q.lastError().text())};
    }
    return Outcome::success();
}

Outcome Database::migrateTo(int version)
{
    // A file with data (not one being created) is copied before its schema changes.
    if (m_version > 0 && m_version < std::min(version, schema::currentVersion()))
        if (auto ok = backups::before(*this, backups::Reason::Migration); !ok)
            return ok;
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
        WriteTransaction tx(m_db);
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
        if (auto ok = tx.commit(); !ok)
            return ok;
        m_version = step.version;
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

SqliteStatement *Database::cachedWrite(const char *statement)
{
    // Once per connection: without the direct path every write would ask again.
    if (!m_directWrites)
        m_directWrites = SqliteStatement::available(m_db);
    if (!*m_directWrites)
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

Outcome Database::backupTo(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{QCoreApplication::translate("zx::Database", "%1 already exists").arg(path)};
    return sql::run(m_db, "VACUUM INTO ?", {path},
                    QCoreApplication::translate("zx::Database", "copying the database"));
}

Result<QStringList> Database::integrityCheck()
{
    auto query = sql::prepare(m_db, "PRAGMA integrity_check", QCoreApplication::translate("zx::Database", "checking integrity"));
    if (!query)
        return Error{query.error()};
    if (auto ok = sql::exec(query.value(), {}, QCoreApplication::translate("zx::Database", "checking integrity")); !ok)
        return Error{ok.error()};
    QStringList lines;
    while (query->isActive() && query.value().next())
        lines << query.value().value(0).toString();
    return lines;
}

} // namespace zx
