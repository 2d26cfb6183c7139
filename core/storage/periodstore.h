#pragma once

#include "domain/types.h"
#include "result.h"

#include <optional>
#include <vector>

namespace zx {

class Database;

// Review state of a region's quarter (draft → submitted → approved, or returned).
namespace periodstore {

Result<std::optional<PeriodStatus>> find(Database &db, const QString &regionCode, int year,
                                         int quarter);
Outcome upsert(Database &db, const PeriodStatus &status);
// Every stored state of one quarter (regions without a row are drafts).
Result<std::vector<PeriodStatus>> ofQuarter(Database &db, int year, int quarter);
// Refuses with who approved it and when if the quarter is approved (locked) for the region or
// for any region above it: an approved township covers the figures of its villages, from which
// its own figures are rolled up.
Outcome checkEditable(Database &db, const QString &regionCode, int year, int quarter);

} // namespace periodstore
} // namespace zx
