#pragma once

#include "result.h"

#include <QString>

#include <vector>

namespace zx {

class Database;

namespace storecopy {

// How many rows of each table a copy moved, in the order they were copied.
struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// Copies every table of `from` into `to` as it is — regions and indicators with their ids,
// figures, targets, review states, accounts, office rules, the roll-up cache and the audit
// chain entry by entry (its hashes still verify) — in one write transaction on `to`: all or
// nothing. `to` must be empty (freshly set up, no regions, indicators or audit entries) and
// both at this release's schema. A file onto a server (zhenxing-cli server copy FILE.db URL)
// and back (an offline copy). Nothing is audited: a copy is not a change.
Result<std::vector<TableCount>> copyAll(Database &from, Database &to);

// The rows of each table, in copyAll's order: what a copy must leave equal.
Result<std::vector<TableCount>> countAll(Database &db);

} // namespace storecopy
} // namespace zx
