#pragma once

#include "checker.h"
#include "result.h"

#include <functional>

namespace zx {

class Database;

// `check` over a whole file in bounded memory. The findings are those of runChecks over
// Dataset::load of every year, made one family at a time — a region with its children, read
// with Dataset::loadScoped, so a township with its villages or the city with its counties, never
// the whole city — and handed to `each` as they come: families in the order of the region
// tree (depth first), each family's findings in runChecks' order (year, quarter, region,
// indicator). In a family the children's figures meet every rule but the roll-up ones, and the
// parent's figures meet their children's roll-up, so every region is judged once. When the
// roll-up cache is stale (a file changed by hand) it falls back to one load of everything.
Outcome streamChecks(Database &db, const std::function<void(const Finding &)> &each);

} // namespace zx
