#pragma once

#include "result.h"

#include <QString>

namespace zx {

class Database;

// What a plan was checked against, so that confirming it later can tell whether anything was
// written in between (the import wizard's preview, then its confirmation). Two readings are
// equal only on the same connection with nothing committed in between:
// - `fileVersion` is SQLite's PRAGMA data_version, which moves when another connection (another
//   program, another window, a second connection of ours) commits, but not for our own commits;
// - `auditHead` is the newest audit entry, which moves with every write of this connection too,
//   since every write goes through a transaction with its audit entry.
// A reading from another connection never equals one from this connection: data_version is
// counted per connection.
struct DataVersion
{
    QString connection;
    qint64 fileVersion = -1;
    qint64 auditHeadId = 0;
    QString auditHeadHash;

    bool operator==(const DataVersion &) const = default;
};

namespace dataversion {

// The reading now. Inside a WriteTransaction (BEGIN IMMEDIATE holds the write lock) it sees
// every commit made before the lock was taken, and nobody can commit after it.
Result<DataVersion> current(Database &db);

} // namespace dataversion
} // namespace zx
