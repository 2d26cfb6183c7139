#pragma once

#include "domain/decimal.h"
#include "entry/targetentry.h"
#include "result.h"

#include <QString>

#include <optional>
#include <vector>

namespace zx {

class Database;

// The years the period picker offers: every year from the first year with figures or targets up
// to `currentYear` (the calendar year), and any later year that already holds figures or
// targets (the next year once its targets exist). A file with regions but neither figures nor
// targets offers `currentYear`, so that its first figure can be typed; a file without regions
// offers nothing. A county made by createCounty (core/setup) also offers its start year (kept
// in its county.create audit entry) and every year from there. Ascending. Reads with index
// seeks only (valuestore::years, targetYearSpan, auditstore::firstOf).
Result<std::vector<int>> offeredYears(Database &db, int currentYear);

// How a new year gets its targets: last year's copied, scaled by a factor, or none.
struct NewYearTargets
{
    enum class Mode { Copy, Scale, None };
    Mode mode = Mode::Copy;
    Decimal factor = Decimal::fromInt(1); // Scale: above 0, at most 100
};

// "copy", "none" or "scale:F" (F a positive number up to 100, e.g. 1.05); nullopt otherwise.
std::optional<NewYearTargets> parseNewYearTargets(const QString &text);

// `target` × `factor`, exact, rounded half away from zero to at most 6 decimals (the most a
// Decimal holds) and written without trailing zeros: 350 × 1.05 = 367.5, 300 × 1.05 = 315.
// nullopt beyond the supported range.
std::optional<Decimal> scaleTarget(const Decimal &target, const Decimal &factor);

// The targets of `year` made from those of `year - 1` (every region and indicator that is not
// retired; baseline and quarterly milestones copied unchanged; only the amount is scaled), each
// with `seen` = no target, so that a target written meanwhile by another program refuses the
// block. Refused: a year more than one year after `currentYear`, a year that already has targets
// (saying how many), no targets in `year - 1` to copy or scale. Mode None gives an empty list
// for a year up to `currentYear` and is refused for the next year (the picker offers it only
// once it has targets). Writes nothing.
Result<std::vector<TargetChange>> newYearTargets(Database &db, int year,
                                                 const NewYearTargets &how, int currentYear);

// newYearTargets written with setTargets: one transaction, every target audited ("target.set",
// comment "new year 2024: copied from 2023" / "… 2023 × 1.05"). Returns how many were written.
Result<int> startNewYear(Database &db, int year, const NewYearTargets &how,
                         const QString &userName, int currentYear);

} // namespace zx
