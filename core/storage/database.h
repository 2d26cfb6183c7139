#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <unordered_map>

class QSqlQuery;

namespace zx {

class SqliteStatement;

// One open Zhenxing database file and its Qt SQL connection (never the default one).
// open() checks the file is ours (application_id) and not from a newer release
// (user_version) *before* touching it, through a read-only SQLite connection (never another
// file handle: closing one would drop this process's SQLite locks on a live file), so a
// foreign or garbage file and its -wal are left byte-for-byte unchanged; then it sets WAL,
// synchronous=FULL, foreign keys and a busy timeout, and runs the pending migrations, each in
// its own transaction. A file that cannot be written (permissions, read-only media) opens
// read-only; one that fails its integrity check opens damaged. Both refuse every write
// (checkWritable) and still read.
class Database
{
public:
    // CreateIfMissing creates a missing file only: an existing empty file is refused like any
    // other file that is not a Zhenxing database. ReadOnly never writes, not even a migration.
    enum class OpenMode { OpenExisting, CreateIfMissing, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    // Opens and migrates only up to `version`: for tests that need a file of an old schema.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }

    // Open for reading only (no write permission, read-only media, or asked for); the reason
    // in the user's words.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // The integrity check found damage: reading works, writing is refused.
    bool isDamaged() const { return !m_damage.isEmpty(); }
    // Success when a write may start; otherwise why not (read-only, or damaged with the latest
    // backup to restore). WriteTransaction asks this before BEGIN.
    Outcome checkWritable() const;
    // Records what an integrity check found (integrityCheck() calls it on a failed check).
    void markDamaged(const QStringList &findings);

    // Writes a consistent copy of the database to `path` (VACUUM INTO); refuses to overwrite.
    Outcome backupTo(const QString &path);

    // Runs `PRAGMA integrity_check`; returns its lines ("ok" when healthy).
    Result<QStringList> integrityCheck();
    // `statement` prepared once for the life of the connection (keyed by the address of the
    // constant text), so a loop of a million writes does not parse its SQL a million times.
    // The query is reset before it is handed out; nullptr when it does not prepare
    // (lastStatementError() says why).
    QSqlQuery *cached(const char *statement);
    // The same for a statement that writes, run on the SQLite handle itself (SqliteStatement);
    // nullptr when it does not prepare (lastStatementError()) or on another driver.
    SqliteStatement *cachedWrite(const char *statement);
    QString lastStatementError() const { return m_statementError; }

private:
    Database(QString path, QString connectionName);
    Outcome connect(OpenMode mode);
    Outcome inspect(bool throughLog);
    Outcome connectMain(bool readOnly, bool walExists, bool folderWritable);
    Outcome checkOwnership(QSqlDatabase &db);
    Outcome configure();
    void quickCheck();
    Outcome migrateTo(int version);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_version = 0;
    QString m_readOnlyReason;
    QStringList m_damage;
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_writes;
    std::optional<bool> m_directWrites; // SqliteStatement::available, asked once
    QString m_statementError;
};

} // namespace zx
