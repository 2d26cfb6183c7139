#pragma once

#include "analytics/validation.h"
#include "entry/valueentry.h"

#include <optional>
#include <vector>

namespace zx {

class Dataset;

// What the entry grid asks before it writes: is the typed text a number, and what would the
// figures break. Pure functions over a Dataset; the grid keeps the answers per cell.
namespace entrychecks {

// The figure a person typed: nullopt for an empty cell (delete the figure), else the number
// (full-width digits and thousands separators understood); no value when it is not a number.
struct ParsedCell
{
    bool ok = false;
    std::optional<Decimal> value;
};
ParsedCell parseCell(const QString &text);

// The violation for text that is not a number: "'abc' is not a number".
RuleViolation notANumber(const QString &text);

// Whether figures with these findings may be written: no error, and a warning only with a
// comment.
bool acceptable(const std::vector<RuleViolation> &found, const QString &comment);

// checkEntry for every figure of a block written together (deletions find nothing), judged
// as if the whole block were already stored: a part and its total pasted together are held
// against each other, not against the figures they replace. One list per change, same order.
std::vector<std::vector<RuleViolation>> checkBlock(const Dataset &data,
                                                   const std::vector<ValueChange> &changes);

} // namespace entrychecks
} // namespace zx
