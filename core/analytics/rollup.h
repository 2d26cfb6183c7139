#pragma once

#include "domain/types.h"
#include "result.h"

#include <optional>
#include <vector>

namespace zx {

// Aggregates one indicator's figures of the child regions into the parent's figure.
// Sum, Max and Min are exact; Mean is rounded half away from zero to `meanScale` decimals
// (exactly, not through a double). Ratio must not be passed here (it is recomputed from its
// aggregated parts, see ratioValue); if it is, the answer is nullopt. nullopt when
// `children` is empty, and when a sum would exceed the largest supported figure (see
// Decimal): never a wrapped number. checkedRollUp tells that case apart as an error.
std::optional<Decimal> rollUp(Aggregation aggregation, const std::vector<Decimal> &children,
                              int meanScale);
// rollUp, with a sum beyond the supported range reported as a translated error naming the
// limit ("The sum of 2 sub-region figures exceeds the largest supported figure (…)").
Result<std::optional<Decimal>> checkedRollUp(Aggregation aggregation,
                                             const std::vector<Decimal> &children, int meanScale);
// The scale means of `indicator` are rounded to: two decimals more than it shows, so display
// rounding stays honest.
int meanScale(const Indicator &indicator);

// A ratio indicator's value from its numerator and denominator, already aggregated at the
// level being computed: numerator / denominator × scale. nullopt when either part is
// missing or the denominator is zero. Never the mean of the children's rates.
std::optional<double> ratioValue(const std::optional<Decimal> &numerator,
                                 const std::optional<Decimal> &denominator, double scale);

} // namespace zx
