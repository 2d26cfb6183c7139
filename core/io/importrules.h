#pragma once

#include "io/importtable.h"
#include "io/valueimport.h"
#include "summary/dataset.h"

#include <functional>

namespace zx {

// One row of a values file that passed its own checks, about to be judged with the others.
struct PlannedRow
{
    qsizetype row = 0;
    ValueChange change;
};

// The rules between figures that `check` applies — parts against their total, a parent's own
// figure against the roll-up of its children — judged on the stored figures with the whole
// file overlaid, so the file's own figures win at every level (a county's total against the
// villages the file gives). Each finding goes on the first row whose figure reaches it:
// - one the stored figures already had, word for word, is a warning ("as before this import");
// - parts or sub-regions falling short of a total the file does not give are a warning (the
//   rest may be yet to come, as while entry is under way);
// - every other one blocks the import.
// `overlay` puts the rows into `context` (called once, between the two judgements).
void judgeBetweenFigures(Dataset &context, const ImportTable &table,
                         const std::vector<const PlannedRow *> &rows,
                         const std::function<void()> &overlay, ImportPlan &plan);

} // namespace zx
