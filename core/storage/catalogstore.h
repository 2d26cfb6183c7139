#pragma once

#include "domain/types.h"
#include "result.h"

#include <vector>

namespace zx {

class Database;

// The indicator catalogue: categories (领域) and indicators (指标) with every attribute.
namespace catalogstore {

Outcome insertCategory(Database &db, const Category &category);
// Updates every attribute of the category with the same code.
Outcome updateCategory(Database &db, const Category &category);
Result<std::vector<Category>> categories(Database &db); // by sort order

Outcome insertIndicator(Database &db, const Indicator &indicator);
// Updates every attribute of the indicator with the same code (retiring is retired = 1).
Outcome updateIndicator(Database &db, const Indicator &indicator);
Result<std::vector<Indicator>> indicators(Database &db); // by category order, sort order

} // namespace catalogstore
} // namespace zx
