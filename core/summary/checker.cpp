#include "checker.h"

#include "domain/names.h"
#include "evaluator.h"

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
    for (const Value &v : data.values()) {
        const Indicator *ind = data.indicator(v.indicatorCode);
        if (!ind)
            continue;
        for (const RuleViolation &r : checkValue(*ind, v.value))
            out.push_back(locate(r, v.indicatorCode, v.regionCode, v.year, v.quarter));
        std::vector<Decimal> history;
        for (int year = data.fromYear(); year < v.year; ++year)
            if (const auto &h = data.stored(v.indicatorCode, v.regionCode, year, v.quarter))
                history.push_back(*h);
        if (auto r = checkOutlier(v.value, history))
            out.push_back(locate(*r, v.indicatorCode, v.regionCode, v.year, v.quarter));
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

} // namespace

std::vector<Finding> runChecks(const Dataset &data)
{
    const Evaluator eval(data);
    std::vector<Finding> findings;
    checkStoredValues(data, eval, findings);
    checkParts(data, eval, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.year, a.quarter, a.regionCode, a.indicatorCode) <
               std::tie(b.year, b.quarter, b.regionCode, b.indicatorCode);
    });
    return findings;
}

} // namespace zx
