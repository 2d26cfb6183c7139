// checkEntry: what a figure would break, judged against the figures around it. Used by the
// grid as the clerk types and by setValues (on a context that already holds the whole block).
#include "valueentry.h"

#include "domain/names.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"
#include "summary/surroundings.h"

#include <QCoreApplication>
#include <QStringList>

namespace zx {

namespace {

RuleViolation error(const char *rule, const QString &message)
{
    return {Severity::Error, QString::fromLatin1(rule), message};
}

QString nameOf(const Dataset &context, const QString &indicatorCode)
{
    const Indicator *ind = context.indicator(indicatorCode);
    return ind ? displayName(*ind) : indicatorCode;
}

struct Parts
{
    QStringList names;
    std::vector<Decimal> figures;
    std::optional<Decimal> sum; // nullopt: beyond the largest supported figure
    // More than `figure` plus the total's tolerance: parts may fall short while entry is under
    // way, but never exceed their total.
    bool exceeds(const Decimal &figure, const Decimal &tolerance) const
    {
        if (!sum)
            return true;
        const auto allowed = Decimal::checkedAdd(figure, tolerance);
        return allowed && *sum > *allowed;
    }
    QString sumText(const QString &unit) const
    {
        return sum ? withUnit(*sum, unit) : QStringLiteral("≥ 1000000000000");
    }
    QString gapText(const Decimal &total, const QString &unit) const
    {
        const auto gap = differenceOf(sum, total);
        return gap ? withUnit(*gap, unit) : QStringLiteral("≥ 1000000000000");
    }
};

// The figures the parts of `total` have at the key's region and quarter; `replaced` (the
// figure being entered) stands in for its indicator's current figure.
Parts partsOf(const Dataset &context, const Evaluator &eval, const Indicator &total,
              const ValueKey &key, const QString &replacedCode, const Decimal &replaced)
{
    Parts parts;
    for (const QString &code : context.parts(total.code)) {
        const Indicator *part = context.indicator(code);
        if (!part || part->retired)
            continue;
        const std::optional<Decimal> figure =
            code == replacedCode
                ? std::optional<Decimal>(replaced)
                : eval.quarterValue(*part, key.regionCode, key.year, key.quarter);
        if (!figure)
            continue;
        parts.names << displayName(*part);
        parts.figures.push_back(*figure);
    }
    parts.sum = Decimal::sum(parts.figures);
    return parts;
}

// The indicator is a part: it must not exceed its total, and with parts_sum_to_total the
// parts together must still fit into it (they may fall short while entry is under way).
void checkAgainstTotal(const Dataset &context, const Evaluator &eval, const Indicator &ind,
                       const ValueKey &key, const Decimal &value, std::vector<RuleViolation> &out)
{
    const Indicator *total = context.indicator(ind.parentCode);
    if (!total || ind.partRule == PartRule::None)
        return;
    const auto totalFigure = eval.quarterValue(*total, key.regionCode, key.year, key.quarter);
    if (!totalFigure)
        return;
    if (ind.partRule == PartRule::PartNotAboveTotal) {
        if (auto v = checkParts(ind.partRule, *total, *totalFigure, {displayName(ind)}, {value}))
            out.push_back(*v);
        return;
    }
    const Parts parts = partsOf(context, eval, *total, key, ind.code, value);
    if (parts.exceeds(*totalFigure, total->partTolerance))
        out.push_back(error("parts_sum",
                            QCoreApplication::translate(
                                "zx::Entry", "Parts no longer fit their total: %1 add up to %2, "
                                             "more than %3 of %4 (by %5)")
                                .arg(parts.names.join(QStringLiteral(" + ")),
                                     parts.sumText(total->unit),
                                     withUnit(*totalFigure, total->unit), displayName(*total),
                                     parts.gapText(*totalFigure, total->unit))));
}

// The indicator is a total: it must not fall below its parts.
void checkAsTotal(const Dataset &context, const Evaluator &eval, const Indicator &ind,
                  const ValueKey &key, const Decimal &value, std::vector<RuleViolation> &out)
{
    const QStringList &codes = context.parts(ind.code);
    if (codes.isEmpty())
        return;
    const Indicator *first = context.indicator(codes.first());
    const PartRule rule = first ? first->partRule : PartRule::None;
    const Parts parts = partsOf(context, eval, ind, key, QString(), value);
    if (parts.figures.empty())
        return;
    if (rule == PartRule::PartNotAboveTotal) {
        std::vector<QString> names(parts.names.cbegin(), parts.names.cend());
        if (auto v = checkParts(rule, ind, value, names, parts.figures))
            out.push_back(*v);
    } else if (rule == PartRule::PartsSumToTotal && parts.exceeds(value, ind.partTolerance)) {
        out.push_back(error("parts_sum",
                            QCoreApplication::translate(
                                "zx::Entry",
                                "The total %1 (%2) is below the sum %3 of its parts %4 (by %5)")
                                .arg(displayName(ind), withUnit(value, ind.unit),
                                     parts.sumText(ind.unit),
                                     parts.names.join(QStringLiteral(" + ")),
                                     parts.gapText(value, ind.unit))));
    }
}

// checkEntry's rules, with or without those between the figure and its total or parts.
std::vector<RuleViolation> checkFigureEntry(const Dataset &context, const ValueKey &key,
                                            const Decimal &value, bool withParts)
{
    const Indicator *ind = context.indicator(key.indicatorCode);
    if (!ind)
        return {error("unknown",
                      QCoreApplication::translate("zx::Entry", "Unknown indicator '%1'")
                          .arg(key.indicatorCode))};
    if (ind->isRatio())
        return {error("computed",
                      QCoreApplication::translate("zx::Entry",
                                                  "%1 is computed from %2 / %3, not entered")
                          .arg(displayName(*ind), nameOf(context, ind->numeratorCode),
                               nameOf(context, ind->denominatorCode)))};

    // Parsing refuses such a figure; one made otherwise (fromInt) is refused here.
    if (!value.isWithinRange())
        return {error("beyond_range", Decimal::rangeMessage(value.toString()))};
    std::vector<RuleViolation> found = checkValue(*ind, value);
    if (withParts) {
        const Evaluator eval(context);
        checkAgainstTotal(context, eval, *ind, key, value, found);
        checkAsTotal(context, eval, *ind, key, value, found);
    }
    for (const RuleViolation &v :
         checkOutliersIn(context, *ind, key.regionCode, key.year, key.quarter, value))
        found.push_back(v);
    return found;
}

} // namespace

std::vector<RuleViolation> checkEntry(const Dataset &context, const ValueKey &key,
                                      const Decimal &value)
{
    return checkFigureEntry(context, key, value, true);
}

std::vector<RuleViolation> checkEntryAlone(const Dataset &context, const ValueKey &key,
                                           const Decimal &value)
{
    return checkFigureEntry(context, key, value, false);
}

} // namespace zx
