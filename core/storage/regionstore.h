#pragma once

#include "domain/enums.h"
#include "domain/types.h"
#include "result.h"

#include <utility>
#include <vector>

namespace zx {

class Database;

// Regions (行政区划): city → county → townships/sub-districts → villages.
namespace regionstore {

Outcome insert(Database &db, const Region &region);
// Every attribute of the stored region `region.code` (name, level, parent, order, retired,
// merged into).
Outcome update(Database &db, const Region &region);
Result<std::vector<Region>> all(Database &db); // ordered by level, sort order, code
// The (year, quarter) pairs holding a figure of `code` in `fromYear` or later, ascending.
Result<std::vector<std::pair<int, int>>> figurePeriods(Database &db, const QString &code,
                                                       int fromYear = 0);

} // namespace regionstore
} // namespace zx
