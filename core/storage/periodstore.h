#pragma once

#include "domain/types.h"
#include "result.h"

#include <optional>

namespace zx {

class Database;

// Review state of a region's quarter (draft → submitted → approved, or returned).
namespace periodstore {

Result<std::optional<PeriodStatus>> find(Database &db, const QString &regionCode, int year,
                                         int quarter);
Outcome upsert(Database &db, const PeriodStatus &status);
// Refuses with who approved it and when if the quarter is approved (locked).
Outcome checkEditable(Database &db, const QString &regionCode, int year, int quarter);

} // namespace periodstore
} // namespace zx
