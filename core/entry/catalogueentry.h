#pragma once

#include "domain/types.h"
#include "result.h"

#include <QString>

#include <functional>
#include <vector>

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

// Whether `userName` may change the catalogue (administrators only); the error says why not.
Outcome checkMayChangeCatalogue(Database &db, const QString &userName);

// One refusal within a batch: the indicator's index, the attribute at fault as its column
// name in the catalogue CSV ("code", "category", "decimals", "min", "numerator",
// "denominator", "parent", "part_rule", "name") and the reason.
struct IndicatorProblem
{
    std::size_t index = 0;
    QString field;
    QString message;
};

// The checks of saveIndicator for a batch (isNew[k]: indicators[k] is created, else it
// replaces the stored one), judged against the catalogue as it would be with the whole batch
// saved: a ratio or a part may refer to an indicator created later in the batch. Writes
// nothing; an empty list means the batch may be saved.
// `extraCategories`: categories the same batch creates or changes (they count as known).
Result<std::vector<IndicatorProblem>> checkIndicators(Database &db,
                                                      const std::vector<Indicator> &indicators,
                                                      const std::vector<bool> &isNew,
                                                      const std::vector<Category> &extraCategories = {});

// The checks of saveCategory that need no database: a code of letters, digits and '_', a name
// (Chinese or English). The error says why.
Outcome checkCategory(const Category &category);

// Saves the batch in one transaction, one "catalogue.indicator" audit entry per indicator,
// or nothing (the first problem of checkIndicators is the error). `keepGoing(done, total)` is
// asked before each indicator is written; false rolls everything back.
Outcome saveIndicators(Database &db, const std::vector<Indicator> &indicators,
                       const std::vector<bool> &isNew, const QString &userName,
                       const std::function<bool(qint64 done, qint64 total)> &keepGoing = {});

// Categories and indicators in one transaction (a catalogue workbook, a categories file): the
// categories first (each checked as by saveCategory, "catalogue.category" audited), then the
// indicators as saveIndicators, which may name the categories of the same batch. All or nothing.
Outcome saveCatalogue(Database &db, const std::vector<Category> &categories,
                      const std::vector<bool> &categoryIsNew,
                      const std::vector<Indicator> &indicators, const std::vector<bool> &isNew,
                      const QString &userName,
                      const std::function<bool(qint64 done, qint64 total)> &keepGoing = {});

} // namespace zx
