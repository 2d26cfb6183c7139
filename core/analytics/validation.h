#pragma once

#include "domain/types.h"

#include <QString>

#include <optional>
#include <vector>

namespace zx {

enum class Severity { Error, Warning };

// One broken rule, in words a clerk understands (translated).
struct RuleViolation
{
    Severity severity = Severity::Error;
    QString rule; // stable code: range, negative, percentage, decimals, parts_sum,
                  // part_above_total, rollup_mismatch; outlier, magnitude_slip (outliers.h)
    QString message;
    // The parts (or the children) fall short of their total (the parent's figure), as they do
    // while entry is under way; more than it is never that.
    bool shortfall = false;
};

// Checks of a single figure against its indicator: not negative unless the indicator's
// minimum allows it, within min/max, a percentage (unit "%") within 0–100 unless an explicit
// maxValue says otherwise. A negative figure yields one violation only ("percentage" for a
// percentage, else "negative"). A figure with more decimals than indicator.decimals is a
// "decimals" error; trailing zeros are not decimals (12.0 is 12, fine for 0 decimals). The
// indicator is named in the default QLocale's language.
std::vector<RuleViolation> checkValue(const Indicator &indicator, const Decimal &value);

// Parts against their total: parts_sum_to_total wants the sum within the total's
// partTolerance (zero: exactly), part_not_above_total wants every part ≤ total (the first part
// above it is reported). `partNames` label the parts in the message, same order; the message
// names both figures in the total's unit and the difference. nullopt for PartRule::None or
// when no part is given.
std::optional<RuleViolation> checkParts(PartRule rule, const Indicator &total,
                                        const Decimal &totalFigure,
                                        const std::vector<QString> &partNames,
                                        const std::vector<Decimal> &parts);

// A figure with its unit, as the messages write it: "1140 次" (English), "1140次" (Chinese).
QString withUnit(const Decimal &figure, const QString &unit);

// |sum − total| when the sum is in range: what a finding quotes as the difference.
std::optional<Decimal> differenceOf(const std::optional<Decimal> &sum, const Decimal &total);

// A figure entered on a parent region that differs from the roll-up of its children.
// The message names both figures in the indicator's unit and the difference.
std::optional<RuleViolation> checkRollup(const Indicator &indicator, const Decimal &entered,
                                         const Decimal &rolledUp);

} // namespace zx
