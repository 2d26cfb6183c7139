#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace zx {

class Database;

// A write transaction started as its Database says (BEGIN IMMEDIATE on a file, so a second
// writer waits on the busy timeout at the start, not half-way through; the write lock on a
// server). Rolls back in the destructor unless
// commit() succeeded: an early return or a failed step leaves nothing behind. A database open
// read-only or found damaged starts no transaction (error() says why, in plain words), and
// neither does one another program keeps busy past the busy timeout.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN IMMEDIATE succeeded; if not, error() says why.
    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    // Settles what the database keeps beside the figures (Database::settleBeforeCommit: the
    // roll-up cache), then commits.
    Outcome commit();

private:
    Database &m_database;
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace zx
