#include "validation.h"

#include "domain/names.h"

#include <QCoreApplication>
#include <QStringList>

namespace zx {

namespace {

RuleViolation error(const char *rule, const QString &message)
{
    return {Severity::Error, QString::fromLatin1(rule), message};
}

RuleViolation negativeViolation(const Indicator &indicator, const Decimal &value)
{
    // One mistake, one message: a negative percentage is reported as a percentage.
    if (indicator.isPercentage()) {
        const QString text = QCoreApplication::translate("zx::Validation",
                                                         "A percentage cannot be below 0 (got %1)");
        return error("percentage", text.arg(value.toString()));
    }
    const QString text = QCoreApplication::translate("zx::Validation", "%1 must not be negative");
    return error("negative", text.arg(displayName(indicator)));
}

std::optional<RuleViolation> checkRange(const Indicator &indicator, const Decimal &value)
{
    if (indicator.minValue && value < *indicator.minValue) {
        const QString text =
            QCoreApplication::translate("zx::Validation", "%1 is below its minimum %2");
        return error("range", text.arg(displayName(indicator), indicator.minValue->toString()));
    }
    if (indicator.maxValue && value > *indicator.maxValue) {
        const QString text =
            QCoreApplication::translate("zx::Validation", "%1 is above its maximum %2");
        return error("range", text.arg(displayName(indicator), indicator.maxValue->toString()));
    }
    return std::nullopt;
}

// Decimals that carry precision: 12.0 has none (it is 12), 0.000001 has six.
int significantDecimals(const Decimal &value)
{
    const QString plain = value.toPlainString();
    const qsizetype point = plain.indexOf(u'.');
    return point < 0 ? 0 : int(plain.size() - point - 1);
}

// More precision than the indicator keeps: 0.000001 people is a typing slip, not a figure.
// Trailing zeros are not precision, so 12.0 is accepted where 0 decimals are allowed.
std::optional<RuleViolation> checkDecimals(const Indicator &indicator, const Decimal &value)
{
    const int decimals = significantDecimals(value);
    if (decimals <= indicator.decimals)
        return std::nullopt;
    const QString text =
        indicator.unit.isEmpty()
            ? QCoreApplication::translate("zx::Validation",
                                          "%1 has %2 decimals; figures of %3 take at most %4")
                  .arg(value.toString())
                  .arg(decimals)
                  .arg(displayName(indicator))
                  .arg(indicator.decimals)
            : QCoreApplication::translate("zx::Validation",
                                          "%1 has %2 decimals; %3 figures of %4 take at most %5")
                  .arg(value.toString())
                  .arg(decimals)
                  .arg(indicator.unit, displayName(indicator))
                  .arg(indicator.decimals);
    return error("decimals", text);
}

QString partName(const std::vector<QString> &partNames, std::size_t i)
{
    return i < partNames.size() ? partNames[i] : QString::number(i + 1);
}

std::optional<RuleViolation> checkPartsSum(const Indicator &total, const Decimal &totalFigure,
                                           const std::vector<QString> &partNames,
                                           const std::vector<Decimal> &parts)
{
    QStringList names;
    for (std::size_t i = 0; i < parts.size(); ++i)
        names << partName(partNames, i);
    // Exact unless the total carries a tolerance: 48 + 211 + 2177 is 2436, and 2435 is simply
    // wrong; a total rounded in a report (11700 over 11724 万元) is given its tolerance (≥ 24).
    // A sum beyond the range (nullopt) is farther than any tolerance.
    const std::optional<Decimal> sum = Decimal::sum(parts);
    const std::optional<Decimal> gap = differenceOf(sum, totalFigure);
    if (gap && !(*gap > total.partTolerance))
        return std::nullopt;
    const QString sumText = sum ? withUnit(*sum, total.unit) : QStringLiteral("≥ 1000000000000");
    const QString gapText = gap ? withUnit(*gap, total.unit) : QStringLiteral("≥ 1000000000000");
    const QString text =
        total.partTolerance.isZero()
            ? QCoreApplication::translate(
                  "zx::Validation", "Parts %1 add up to %2, not the total %3 of %4 (a difference of %5)")
                  .arg(names.join(QStringLiteral(" + ")), sumText,
                       withUnit(totalFigure, total.unit), displayName(total), gapText)
            : QCoreApplication::translate("zx::Validation",
                                          "Parts %1 add up to %2, not the total %3 of %4 (a "
                                          "difference of %5, more than the tolerance %6)")
                  .arg(names.join(QStringLiteral(" + ")), sumText,
                       withUnit(totalFigure, total.unit), displayName(total), gapText,
                       withUnit(total.partTolerance, total.unit));
    RuleViolation v = error("parts_sum", text);
    v.shortfall = sum && *sum < totalFigure;
    return v;
}

std::optional<RuleViolation> checkPartsNotAbove(const Indicator &total, const Decimal &totalFigure,
                                                const std::vector<QString> &partNames,
                                                const std::vector<Decimal> &parts)
{
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i] > totalFigure) {
            const QString text = QCoreApplication::translate(
                "zx::Validation", "%1 (%2) is above its total %3 (%4) by %5");
            const auto gap = Decimal::checkedSub(parts[i], totalFigure);
            return error("part_above_total",
                         text.arg(partName(partNames, i), withUnit(parts[i], total.unit),
                                  displayName(total), withUnit(totalFigure, total.unit),
                                  gap ? withUnit(*gap, total.unit)
                                      : QStringLiteral("≥ 1000000000000")));
        }
    }
    return std::nullopt;
}

} // namespace

std::vector<RuleViolation> checkValue(const Indicator &indicator, const Decimal &value)
{
    const bool negativeAllowed = indicator.minValue && indicator.minValue->isNegative();
    // A negative figure needs no further checks: the range check would only repeat it.
    if (value.isNegative() && !negativeAllowed)
        return {negativeViolation(indicator, value)};

    std::vector<RuleViolation> found;
    if (std::optional<RuleViolation> range = checkRange(indicator, value))
        found.push_back(*range);
    // An explicit maximum (e.g. a growth rate allowed up to 300 %) replaces the 100 % cap.
    if (indicator.isPercentage() && !indicator.maxValue && value > Decimal::fromInt(100)) {
        const QString text = QCoreApplication::translate("zx::Validation",
                                                         "A percentage cannot exceed 100 (got %1)");
        found.push_back(error("percentage", text.arg(value.toString())));
    }
    if (std::optional<RuleViolation> decimals = checkDecimals(indicator, value))
        found.push_back(*decimals);
    return found;
}

QString withUnit(const Decimal &figure, const QString &unit)
{
    if (unit.isEmpty())
        return figure.toString();
    return QCoreApplication::translate("zx::Validation", "%1 %2", "a figure and its unit")
        .arg(figure.toString(), unit);
}

std::optional<Decimal> differenceOf(const std::optional<Decimal> &sum, const Decimal &total)
{
    if (!sum)
        return std::nullopt;
    return *sum > total ? Decimal::checkedSub(*sum, total) : Decimal::checkedSub(total, *sum);
}

std::optional<RuleViolation> checkParts(PartRule rule, const Indicator &total,
                                        const Decimal &totalFigure,
                                        const std::vector<QString> &partNames,
                                        const std::vector<Decimal> &parts)
{
    // With no part entered there is nothing to hold against the total yet.
    if (parts.empty())
        return std::nullopt;
    switch (rule) {
    case PartRule::None:
        return std::nullopt;
    case PartRule::PartsSumToTotal:
        return checkPartsSum(total, totalFigure, partNames, parts);
    case PartRule::PartNotAboveTotal:
        return checkPartsNotAbove(total, totalFigure, partNames, parts);
    }
    return std::nullopt;
}

std::optional<RuleViolation> checkRollup(const Indicator &indicator, const Decimal &entered,
                                         const Decimal &rolledUp)
{
    // Flagged, never overwritten: the parent's own figure may be the right one.
    if (entered == rolledUp)
        return std::nullopt;
    const QString text = QCoreApplication::translate(
        "zx::Validation",
        "Entered %1 differs from %2 rolled up from the sub-regions (a difference of %3)");
    const auto gap = differenceOf(rolledUp, entered);
    RuleViolation v = error(
        "rollup_mismatch",
        text.arg(withUnit(entered, indicator.unit), withUnit(rolledUp, indicator.unit),
                 gap ? withUnit(*gap, indicator.unit) : QStringLiteral("≥ 1000000000000")));
    v.shortfall = rolledUp < entered;
    return v;
}

} // namespace zx
