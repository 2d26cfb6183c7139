#pragma once

#include "domain/types.h"
#include "result.h"

namespace zx {

class Database;

// Changes to the indicator catalogue (administrators): create or edit a category or an
// indicator with every attribute, or retire an indicator (retired = true: it keeps its
// figures and history but leaves the dashboard and entry grid). Audited
// ("catalogue.category", "catalogue.indicator"; old/new as a short attribute summary).
// Refuses: an empty or malformed code (letters, digits, '_'), a duplicate code on create, an
// unknown code on edit, an unknown category, a ratio without numerator/denominator or whose
// parts are unknown, a parent without a rule (or a rule without a parent), a parent that is
// the indicator itself or one of its own parts (a cycle), decimals outside 0–6, min > max.
Outcome saveCategory(Database &db, const Category &category, bool isNew, const QString &userName);
Outcome saveIndicator(Database &db, const Indicator &indicator, bool isNew,
                      const QString &userName);

} // namespace zx
