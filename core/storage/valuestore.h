#pragma once

#include "domain/types.h"
#include "result.h"

#include <optional>
#include <vector>

namespace zx {

class Database;

// Figure identity: one indicator, region, year and quarter.
struct ValueKey
{
    QString indicatorCode;
    QString regionCode;
    int year = 0;
    int quarter = 0;
};

// Quarterly figures (数值) and annual targets (目标). Writers expect the caller to hold a
// WriteTransaction; readers do not.
namespace valuestore {

Outcome upsert(Database &db, const Value &value);
Outcome remove(Database &db, const ValueKey &key);
// Many figures at once: `sets` upserted, `deletes` removed, their roll-up keys noted — the same
// result as upsert/remove one by one. On a server a few statements carry them all as arrays
// (one round trip per figure would be most of an import's time; postgresfigures.cpp).
Outcome writeMany(Database &db, const std::vector<Value> &sets, const std::vector<ValueKey> &deletes);
// The server's side of writeMany.
Outcome postgresWriteFigures(Database &db, const std::vector<Value> &sets, const std::vector<ValueKey> &deletes);
Result<std::optional<Value>> find(Database &db, const ValueKey &key);
Result<std::vector<Value>> inYears(Database &db, int fromYear, int toYear);
// Only the figures stored on `regions` (not their sub-regions).
Result<std::vector<Value>> inYearsForRegions(Database &db, const QStringList &regions,
                                             int fromYear, int toYear);
// inYearsForRegions without the comment, who and when (empty): what the checker reads.
Result<std::vector<Value>> figuresInYearsForRegions(Database &db, const QStringList &regions,
                                                   int fromYear, int toYear);
// How many figures `regions` hold in one quarter: one seek per region, nothing read.
Result<qint64> countInQuarter(Database &db, const QStringList &regions, int year, int quarter);

Outcome upsertTarget(Database &db, const Target &target);
Outcome removeTarget(Database &db, const QString &indicatorCode, const QString &regionCode,
                     int year);
Result<std::optional<Target>> findTarget(Database &db, const QString &indicatorCode,
                                         const QString &regionCode, int year);
Result<std::vector<Target>> targetsInYears(Database &db, int fromYear, int toYear);
Result<std::vector<Target>> targetsInYearsForRegions(Database &db, const QStringList &regions,
                                                     int fromYear, int toYear);

// The years that hold any figure, ascending.
Result<std::vector<int>> years(Database &db);
// The first and last year holding any target (nullopt: no target at all), and whether a year
// holds any target: one seek in target_by_region per region, never a walk of the table.
Result<std::optional<std::pair<int, int>>> targetYearSpan(Database &db);
Result<bool> hasTargets(Database &db, int year);
// Whether the file has any region (one row read).
Result<bool> hasRegions(Database &db);

} // namespace valuestore
} // namespace zx
