#pragma once

#include "domain/types.h"
#include "entry/targetentry.h"
#include "result.h"

#include <optional>

namespace zx {

// What the targets editor checks before it writes (core checks the same again): typed text
// read with Decimal::parseInput (full-width digits, thousands separators), no negative
// target, a reduce-mode target with a baseline above it, milestones 0–100 that never
// decrease. Messages are translated in the context "zx::TargetInput".
namespace targetinput {

// A target or baseline amount; refuses text that is not a number and negative amounts.
Result<Decimal> parseAmount(const QString &text);
// A milestone in percent; empty text is "no milestone" (nullopt).
Result<std::optional<double>> parseMilestone(const QString &text);
// The whole target as it would be stored, for `indicator`.
Outcome check(const Indicator &indicator, const Target &target);

// The change that typing `text` into a field of `current` asks for; nullopt when there is
// nothing to write. `current` is the stored target, or a new one (value 0, `stored` false).
// The annual target: empty text removes a stored target; a reduce target without a stored
// baseline takes `pendingBaseline` (typed before the target existed).
Result<std::optional<TargetChange>> annualChange(const Indicator &indicator, Target current,
                                                 bool stored,
                                                 const std::optional<Decimal> &pendingBaseline,
                                                 const QString &text);
// The baseline of a stored reduce-mode target.
Result<std::optional<TargetChange>> baselineChange(const Indicator &indicator, Target current,
                                                   const QString &text);
// The milestone of quarter 1–4 of a stored target.
Result<std::optional<TargetChange>> milestoneChange(const Indicator &indicator, Target current,
                                                    bool stored, int quarter, const QString &text);

} // namespace targetinput
} // namespace zx
