#pragma once

#include "domain/decimal.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace zx {

class Database;

// The roll-up cache of schema version 4 (see schema.cpp): for every region with sub-regions,
// the aggregate of its children's figures per indicator and quarter exactly as
// Evaluator::childrenRollup computes it, and the rolled-up targets as Evaluator::target
// computes them. Kept current by WriteTransaction::commit, so reading a region's overview
// never has to visit the villages below it.
namespace rollupstore {

struct RolledValue
{
    QString indicatorCode;
    QString regionCode;
    int year = 0;
    int quarter = 0; // 0 for a target
    Decimal value;
};

// Recomputes the cache for everything rollup_dirty names (and every ancestor of it), deepest
// regions first, then empties rollup_dirty. Call inside a write transaction. A file older
// than version 4 (no cache tables yet) is left alone.
Outcome refresh(QSqlDatabase &db);

// The children's figures of a region for the refresh, in the server's words
// (postgresfigures.cpp): PostgreSQL reorders a CROSS JOIN and would read every region's figures
// of the indicator; the children's ids as an array keep it to their own seeks.
extern const char *const PostgresChildValues;
// Whether the cache holds nothing stale (rollup_dirty is empty and the tables exist).
bool isCurrent(Database &db);

// The cached roll-ups of `regions` for the years (quarter figures / targets).
Result<std::vector<RolledValue>> values(Database &db, const QStringList &regions, int fromYear,
                                        int toYear);
Result<std::vector<RolledValue>> targets(Database &db, const QStringList &regions, int fromYear,
                                         int toYear);

} // namespace rollupstore
} // namespace zx
