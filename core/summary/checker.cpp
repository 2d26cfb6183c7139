#include "checker.h"

#include "analytics/accumulation.h"
#include "analytics/rollup.h"
#include "domain/names.h"
#include "evaluator.h"
#include "surroundings.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace zx {

namespace {

Finding locate(const RuleViolation &v, const QString &indicator, const QString &region, int year,
               int quarter)
{
    return {v.severity, v.rule, indicator, region, year, quarter, v.message};
}

void checkStoredValues(const Dataset &data, const Evaluator &eval, std::vector<Finding> &out)
{
    const SiblingIndex siblings(data);
    for (const Value &v : data.values()) {
        const Indicator *ind = data.indicator(v.indicatorCode);
        if (!ind)
            continue;
        for (const RuleViolation &r : checkValue(*ind, v.value))
            out.push_back(locate(r, v.indicatorCode, v.regionCode, v.year, v.quarter));
        // Outliers and magnitude slips against the region's earlier figures and its siblings'.
        for (const RuleViolation &r :
             checkOutliersIn(data, *ind, v.regionCode, v.year, v.quarter, v.value, &siblings))
            out.push_back(locate(r, v.indicatorCode, v.regionCode, v.year, v.quarter));
        if (!ind->isRatio()) {
            if (const auto rolled = eval.childrenRollup(*ind, v.regionCode, v.year, v.quarter))
                if (auto r = checkRollup(v.value, *rolled))
                    out.push_back(locate(*r, v.indicatorCode, v.regionCode, v.year, v.quarter));
        }
    }
}

// Parts are compared quarter by quarter with their total, wherever the total has a figure.
void checkParts(const Dataset &data, const Evaluator &eval, std::vector<Finding> &out)
{
    for (const Indicator &total : data.indicators()) {
        const QStringList &partCodes = data.parts(total.code);
        if (partCodes.isEmpty())
            continue;
        const PartRule rule = data.indicator(partCodes.first())->partRule;
        for (const Region &region : data.regions())
            for (int year = data.fromYear(); year <= data.toYear(); ++year)
                for (int quarter = 1; quarter <= 4; ++quarter) {
                    const auto totalValue = eval.quarterValue(total, region.code, year, quarter);
                    if (!totalValue)
                        continue;
                    std::vector<QString> names;
                    std::vector<Decimal> parts;
                    for (const QString &code : partCodes) {
                        const Indicator *part = data.indicator(code);
                        if (auto v = eval.quarterValue(*part, region.code, year, quarter)) {
                            names.push_back(displayName(*part));
                            parts.push_back(*v);
                        } else if (rule == PartRule::PartsSumToTotal) {
                            names.clear(); // an incomplete breakdown cannot be summed
                            break;
                        }
                    }
                    if (names.empty())
                        continue;
                    if (auto r = zx::checkParts(rule, displayName(total), *totalValue, names, parts))
                        out.push_back(locate(*r, total.code, region.code, year, quarter));
                }
    }
}

// Figures too large to add up: a sub-region sum or a year-to-date sum beyond the largest
// supported figure has no figure (never a wrapped one), and is reported here. A scoped
// Dataset reads its roll-ups from the cache, which refuses such a write.
void checkOverflow(const Dataset &data, const Evaluator &eval, std::vector<Finding> &out)
{
    if (data.isScoped())
        return;
    for (const Indicator &ind : data.indicators()) {
        if (ind.isRatio())
            continue;
        const bool sums = ind.aggregation == Aggregation::Sum;
        const bool flows = ind.accumulation == Accumulation::Flow;
        if (!sums && !flows)
            continue;
        for (const Region &region : data.regions()) {
            const QStringList &children = data.children(region.code);
            for (int year = data.fromYear(); year <= data.toYear(); ++year) {
                for (int quarter = 1; sums && !children.isEmpty() && quarter <= 4; ++quarter) {
                    std::vector<Decimal> figures;
                    for (const QString &child : children)
                        if (auto v = eval.quarterValue(ind, child, year, quarter))
                            figures.push_back(*v);
                    const auto rolled = checkedRollUp(ind.aggregation, figures, meanScale(ind));
                    if (!rolled)
                        out.push_back({Severity::Error, QStringLiteral("rollup_overflow"),
                                       ind.code, region.code, year, quarter, rolled.error()});
                }
                if (!flows)
                    continue;
                const QuarterValues quarters = eval.quarterValues(ind, region.code, year);
                for (int quarter = 1; quarter <= 4; ++quarter)
                    if (yearToDateOverflows(ind.accumulation, quarters, quarter)) {
                        out.push_back({Severity::Error, QStringLiteral("year_to_date_overflow"),
                                       ind.code, region.code, year, quarter,
                                       Decimal::rangeMessage(QCoreApplication::translate(
                                           "zx::Validation", "The year-to-date sum"))});
                        break;
                    }
            }
        }
    }
}

} // namespace

std::vector<Finding> runChecks(const Dataset &data)
{
    const Evaluator eval(data);
    std::vector<Finding> findings;
    checkStoredValues(data, eval, findings);
    checkParts(data, eval, findings);
    checkOverflow(data, eval, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.year, a.quarter, a.regionCode, a.indicatorCode) <
               std::tie(b.year, b.quarter, b.regionCode, b.indicatorCode);
    });
    return findings;
}

} // namespace zx
