#pragma once

#include "domain/types.h"
#include "result.h"

#include <optional>
#include <vector>

namespace zx {

class Database;

// One annual target to write (indicator × region × year), with its optional baseline (for
// reduce-mode indicators) and quarterly milestones; `remove` deletes the target instead.
struct TargetChange
{
    Target target;
    bool remove = false;
    QString comment;
    // The target the person saw (none = no target); when set, the change is refused if the
    // stored target is no longer that one (another program changed it meanwhile).
    std::optional<std::optional<Target>> seen;
};

// All or nothing, audited (action "target.set" / "target.delete", old and new as text
// "350" or "350 (baseline 10; milestones 25/50/75/100)"): refuses unknown indicators and
// regions, a negative target, a reduce-mode target without a baseline or with the baseline
// not above the target, milestones outside 0–100 or decreasing.
// `previous`, when given, receives the inverse of each change that changed something, read in
// the same transaction, with `seen` set to what the change wrote (for undo).
Outcome setTargets(Database &db, const std::vector<TargetChange> &changes,
                   const QString &userName, std::vector<TargetChange> *previous = nullptr);

// The stored target, if any (for undo).
Result<std::optional<Target>> findTarget(Database &db, const QString &indicatorCode,
                                         const QString &regionCode, int year);

} // namespace zx
