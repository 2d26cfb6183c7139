#pragma once

#include "domain/types.h"
#include "result.h"

#include <vector>

namespace zx {

class Database;

// Regions (行政区划): county → townships/sub-districts → villages.
namespace regionstore {

Outcome insert(Database &db, const Region &region);
Result<std::vector<Region>> all(Database &db); // ordered by level, sort order, code

} // namespace regionstore
} // namespace zx
