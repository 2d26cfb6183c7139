#include "targetinput.h"

#include "domain/names.h"

#include <QCoreApplication>

namespace zx::targetinput {

Result<Decimal> parseAmount(const QString &text)
{
    const std::optional<Decimal> amount = Decimal::parseInput(text);
    if (!amount)
        return Error{QCoreApplication::translate("zx::TargetInput", "“%1” is not a number")
                         .arg(text.trimmed())};
    if (amount->isNegative())
        return Error{QCoreApplication::translate("zx::TargetInput",
                                                 "A target or baseline cannot be negative")};
    return *amount;
}

Result<std::optional<double>> parseMilestone(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::optional<double>();
    const std::optional<Decimal> pct = Decimal::parseInput(text);
    if (!pct)
        return Error{QCoreApplication::translate("zx::TargetInput", "“%1” is not a number")
                         .arg(text.trimmed())};
    const double value = pct->toDouble();
    if (value < 0 || value > 100)
        return Error{QCoreApplication::translate(
            "zx::TargetInput", "A milestone is a percentage of the target from 0 to 100")};
    return std::optional<double>(value);
}

Outcome check(const Indicator &indicator, const Target &target)
{
    if (target.value.isNegative())
        return Error{QCoreApplication::translate("zx::TargetInput",
                                                 "A target or baseline cannot be negative")};
    if (indicator.targetMode == TargetMode::Reduce) {
        if (!target.baseline)
            return Error{QCoreApplication::translate(
                             "zx::TargetInput",
                             "%1 is reduced from a baseline: enter the baseline first, then "
                             "the target")
                             .arg(displayName(indicator))};
        if (*target.baseline <= target.value)
            return Error{QCoreApplication::translate("zx::TargetInput",
                                                     "The baseline %1 must be above the target %2")
                             .arg(target.baseline->toString(), target.value.toString())};
    }
    std::optional<double> previous;
    for (const std::optional<double> &m : target.milestonePct) {
        if (!m)
            continue;
        if (*m < 0 || *m > 100)
            return Error{QCoreApplication::translate(
                "zx::TargetInput", "A milestone is a percentage of the target from 0 to 100")};
        if (previous && *m < *previous)
            return Error{QCoreApplication::translate(
                "zx::TargetInput", "Milestones must not decrease from one quarter to the next")};
        previous = m;
    }
    return Outcome::success();
}

namespace {

Result<std::optional<TargetChange>> checked(const Indicator &indicator, const Target &target)
{
    if (auto ok = check(indicator, target); !ok)
        return Error{ok.error()};
    return std::optional<TargetChange>(TargetChange{target, false, QString()});
}

} // namespace

Result<std::optional<TargetChange>> annualChange(const Indicator &indicator, Target current,
                                                 bool stored,
                                                 const std::optional<Decimal> &pendingBaseline,
                                                 const QString &text)
{
    if (text.trimmed().isEmpty()) {
        if (!stored)
            return std::optional<TargetChange>();
        return std::optional<TargetChange>(TargetChange{current, true, QString()});
    }
    auto amount = parseAmount(text);
    if (!amount)
        return Error{amount.error()};
    if (stored && current.value == amount.value())
        return std::optional<TargetChange>();
    current.value = amount.value();
    if (!current.baseline && indicator.targetMode == TargetMode::Reduce)
        current.baseline = pendingBaseline;
    return checked(indicator, current);
}

Result<std::optional<TargetChange>> baselineChange(const Indicator &indicator, Target current,
                                                   const QString &text)
{
    if (text.trimmed().isEmpty()) {
        current.baseline.reset();
    } else {
        auto amount = parseAmount(text);
        if (!amount)
            return Error{amount.error()};
        if (current.baseline == amount.value())
            return std::optional<TargetChange>();
        current.baseline = amount.value();
    }
    return checked(indicator, current);
}

Result<std::optional<TargetChange>> milestoneChange(const Indicator &indicator, Target current,
                                                    bool stored, int quarter, const QString &text)
{
    auto pct = parseMilestone(text);
    if (!pct)
        return Error{pct.error()};
    if (!stored) {
        if (!pct.value())
            return std::optional<TargetChange>();
        return Error{QCoreApplication::translate(
            "zx::TargetInput", "Set the annual target first, then its milestones")};
    }
    std::optional<double> &slot = current.milestonePct[size_t(quarter - 1)];
    if (slot == pct.value())
        return std::optional<TargetChange>();
    slot = pct.value();
    return checked(indicator, current);
}

} // namespace zx::targetinput
