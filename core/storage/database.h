#pragma once

#include "connection.h"
#include "result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlQuery;

namespace zx {

class SqliteStatement;
class Database;
// The server's side of the roll-up notes (postgresfigures.cpp): the keys noted in this write
// transaction, written in one statement.
Outcome postgresNoteDirty(Database &db);

// One open Zhenxing database — a file (SQLite) or a database on a PostgreSQL server — and its
// Qt SQL connection (never the default one). The server's side (connecting, its mark and
// version, its schema steps, its write lock) is in postgresdatabase.cpp; the rest of this
// comment is about files.
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

    static Result<std::unique_ptr<Database>> open(const Connection &where, OpenMode mode);
    // What a person typed: a file's path, or a server (Connection::parse).
    static Result<std::unique_ptr<Database>> open(const QString &where, OpenMode mode);
    // Opens and migrates only up to `version`: for tests that need a file of an old schema.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);
    // Told before a file with data is upgraded to a newer schema (a backup first, then the
    // steps: a minute or two for a city's file), so that the person waiting knows why: the
    // CLI prints it. Set once at start-up, before any file is opened.
    using UpgradeNotice = std::function<void(const QString &path, int fromVersion, int toVersion)>;
    static void setUpgradeNotice(UpgradeNotice notice);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    // A file's path; for a server what names it in messages (user@host:port/database).
    const QString &path() const { return m_path; }
    // Where the database is, to open another connection to it (a worker thread's).
    const Connection &location() const { return m_location; }
    bool isServer() const { return m_location.isServer(); }
    int schemaVersion() const { return m_version; }
    // Who works on it, as the audit trail names them: the system user on a file; on a server
    // the role signed in (the server writes that name itself, whatever a client claims).
    QString userName() const { return isServer() ? m_serverUser : systemUserName(); }
    // Before rows are copied in as they are (storecopy): on a server, the owner's copy has its
    // triggers stand aside for this transaction (they would audit and stamp every copied
    // figure anew). Nothing to do in a file.
    Outcome beginCopy();

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
    // Whether statements can run on the SQLite handle itself (SqliteStatement::available),
    // asked once per connection.
    bool directStatements();
    QString lastStatementError() const { return m_statementError; }

    // Storage v5 writes its own roll-up notes (no trigger fires per figure): a writer of
    // figures calls this for every figure it changes, and the key (indicator, region, year)
    // is written to rollup_dirty once per write transaction, for WriteTransaction::commit to
    // bring the cache up to date. Nothing on a file below version 4 (no cache yet).
    Outcome noteRollupDirty(const QString &indicatorCode, const QString &regionCode, int year);
    // A write transaction began: nothing is noted in it yet (WriteTransaction calls this).
    void beginWrite()
    {
        m_notedDirty.clear();
        m_pendingDirty.clear();
    }
    // What a write transaction does before COMMIT: the roll-up cache brought up to date with
    // the figures noted (rollupstore::refresh), on a database whose figures have their version 5
    // table; a file still being upgraded keeps its notes for the step that makes it.
    Outcome settleBeforeCommit();
    // The statements that start a write transaction: BEGIN IMMEDIATE on a file (a second
    // writer waits at the start, not half-way); on a server BEGIN and the database's write
    // lock (an advisory lock held to the end of the transaction), so writers take turns as
    // on a file and the audit chain stays one chain.
    QStringList beginWriteStatements() const;
    // After rows were copied in with their own numbers (storecopy): a server's own numbering
    // of audit entries goes on after the last one. Nothing to do in a file.
    Outcome continueNumbering();
    // After a bulk load has committed (storecopy): a server gathers its planner's statistics
    // (ANALYZE), without which its first imports chose scans for seeks; a file needs nothing.
    Outcome analyzeAfterLoad();

private:
    Database(Connection location, QString connectionName);
    Outcome connect(OpenMode mode);
    // The server's side (postgresdatabase.cpp).
    Outcome connectServer(OpenMode mode);
    Outcome migrateServerTo(int version);
    Outcome inspect(bool throughLog);
    Outcome connectMain(bool readOnly, bool walExists, bool folderWritable);
    Outcome checkOwnership(QSqlDatabase &db);
    Outcome configure();
    void quickCheck();
    Outcome migrateTo(int version);

    Connection m_location;
    QString m_serverUser; // session_user, read once connected
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
    QSet<QString> m_notedDirty; // "indicator|region|year" noted in this write transaction
    // On a server the notes go in at settleBeforeCommit, all in one statement (a round trip per
    // key was a third of a large import's time).
    struct DirtyKey
    {
        QString indicator;
        QString region;
        int year;
    };
    std::vector<DirtyKey> m_pendingDirty;
    friend Outcome postgresNoteDirty(Database &db);
};

} // namespace zx
