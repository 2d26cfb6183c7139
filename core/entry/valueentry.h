#pragma once

#include "analytics/validation.h"
#include "result.h"
#include "storage/valuestore.h"

#include <functional>
#include <optional>
#include <vector>

namespace zx {

class Database;
class Dataset;

// One figure to write: `value` nullopt deletes it. `comment` is kept with the figure and in
// the audit trail; a figure that raises a warning (e.g. far from its history) is stored only
// with a comment.
struct ValueChange
{
    ValueKey key;
    std::optional<Decimal> value;
    QString comment;
    // What the person saw before making the change (none = the cell was empty). When set,
    // setValues refuses the change if the stored figure differs by then — another program or
    // person changed it meanwhile — naming who changed it, when and to what (no lost update).
    // Unset: the change is written over whatever is stored (the CLI's `set`, a sample load).
    std::optional<std::optional<Decimal>> seen;
};

// What entering `value` for `key` would break, judged against the figures around it in
// `context` (which must hold key.year and the years before it, e.g. Dataset::load(db,
// year - 1, year)): the single-figure rules (number range, negative, percentage), a part
// above its total or parts that together exceed it, and an outlier or a magnitude slip against
// the region's history and its siblings. Errors must not be stored; warnings need a comment.
// Used by the grid as you type and by setValues before it writes.
// In detail (rule codes of RuleViolation): "unknown" and "computed" (a ratio) come alone;
// otherwise checkValue's "negative" / "range" / "percentage" / "decimals"; then, at the key's
// own region and quarter only (figures from an Evaluator over `context`, `value` standing in for the
// stored one), "part_above_total" (a part_not_above_total part above its total, or a total
// below such a part) and "parts_sum" (parts_sum_to_total parts adding up to more than the
// total, or a total below their sum; falling short is fine while entry is under way);
// last, the only warnings, "magnitude_slip" or "outlier" (checkOutliers, docs/validation.md:
// the region's earlier figures and the same quarter at its siblings, as far as `context`
// holds them — load year - 3 … year of the region and its siblings to judge it).
// Errors come before the warning. To judge a block, overlay it on the context first
// (Dataset::overlay), as setValues does.
std::vector<RuleViolation> checkEntry(const Dataset &context, const ValueKey &key,
                                      const Decimal &value);

// checkEntry without the rules between the figure and its total or parts: the figure's own
// rules and its warnings. An import judges the rules between figures as `check` does instead
// (checkAround, before and after the file is overlaid).
std::vector<RuleViolation> checkEntryAlone(const Dataset &context, const ValueKey &key,
                                           const Decimal &value);

// The one way figures are changed. All or nothing, in one write transaction: refuses unknown
// indicators and regions, quarters outside 1–4, figures with an error, figures with a warning
// but no comment, approved (locked) quarters, and ratio indicators (computed, never entered);
// otherwise stores every figure with one audit entry each. The error names the figure
// (indicator, region, year, quarter) and the reason.
// `restoring` (undo/redo putting back a previous state) skips the warning-needs-comment rule,
// never the error rules.
// `previous`, when given, receives what each changed figure held inside the same transaction
// (value and comment; value none = it was empty), in the order of the changes: the inverse an
// undo step writes back, with `seen` set to what this change wrote.
Outcome setValues(Database &db, const std::vector<ValueChange> &changes, const QString &userName,
                  bool restoring = false, std::vector<ValueChange> *previous = nullptr);

// setValues for long imports (no restoring): `keepGoing(done, total)` is asked before each
// figure is written and once more before the commit; false rolls the whole block back and
// returns an error saying it was cancelled.
Outcome setValuesCancellable(Database &db, const std::vector<ValueChange> &changes,
                             const QString &userName,
                             const std::function<bool(qint64 done, qint64 total)> &keepGoing);

// setValuesCancellable for a block already checked (an import's plan): `stillChecked` is asked
// inside the write transaction, under its lock. True: the block is written as it is, each
// change's `seen` standing for what it replaces (every change must carry one), without loading
// and checking again: one validation. False: everything is loaded and checked again as
// setValues does. `rechecked`, when given, says which it was.
Outcome setCheckedValues(Database &db, const std::vector<ValueChange> &changes,
                         const QString &userName,
                         const std::function<bool(qint64 done, qint64 total)> &keepGoing,
                         const std::function<bool()> &stillChecked, bool *rechecked = nullptr);

// Single-figure convenience over setValues.
Outcome setValue(Database &db, const ValueKey &key, const std::optional<Decimal> &value,
                 const QString &comment, const QString &userName);

} // namespace zx
