#pragma once

#include "domain/types.h"
#include "result.h"

#include <functional>
#include <optional>
#include <vector>

namespace zx {

class Database;

// The stored figures in the values export's order — by year, region code, indicator code and
// quarter, codes compared as SQLite compares text (UTF-8 bytes), the order of
// `ORDER BY year, region_code, indicator_code, quarter` in sqlite3 — read a batch of regions at a
// time (valuestore::inYearsForRegions), so that a city's millions of figures are
// never in memory together. Used by the CSV and xlsx values exports (csvexport::writeValues,
// xlsxexport::writeValues) and by exporttable::values.
namespace valuestream {

// A hundred-odd regions per read: one query of a year, a few tens of thousands of figures.
constexpr int RegionsPerBatch = 128;

// Calls `batch` with the figures of each batch in export order (never with an empty batch; it may
// take them); all years (1900–9999), or only `year`. Stops at the first error, of the reading
// or of `batch`.
Outcome forEachBatch(Database &db, std::optional<int> year,
                     const std::function<Outcome(std::vector<Value> &&)> &batch,
                     int regionsPerBatch = RegionsPerBatch);

// The same batches in the same order, read on `readers` threads with read-only connections of
// their own to the file (ReadAhead; a few batches ahead, no more), while `batch` runs on the
// calling thread: for writing a city's export while the next batches are read. Sees only what
// is committed to the file.
Outcome forEachBatchReadAhead(Database &db, std::optional<int> year,
                              const std::function<Outcome(std::vector<Value> &&)> &batch,
                              int readers = 2, int regionsPerBatch = RegionsPerBatch);

} // namespace valuestream
} // namespace zx
