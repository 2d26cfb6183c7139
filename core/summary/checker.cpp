#include "checker.h"

#include "analytics/accumulation.h"
#include "analytics/rollup.h"
#include "domain/names.h"
#include "evaluator.h"
#include "surroundings.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>
#include <tuple>

namespace zx {

namespace {

Finding locate(const RuleViolation &v, const QString &indicator, const QString &region, int year,
               int quarter)
{
    return {v.severity, v.rule, indicator, region, year, quarter, v.message, v.shortfall};
}

// Every rule of one stored figure: the single-figure rules, the outlier and magnitude-slip
// checks against the region's earlier figures and its siblings' (`own`), and a parent's own
// figure against the roll-up of its children (`family`).
void checkFigure(const Dataset &data, const Evaluator &eval, const Indicator &ind,
                 const Value &v, std::vector<Finding> &out,
                 const SiblingIndex *siblings = nullptr, bool own = true, bool family = true)
{
    if (own) {
        for (const RuleViolation &r : checkValue(ind, v.value))
            out.push_back(locate(r, v.indicatorCode, v.regionCode, v.year, v.quarter));
        for (const RuleViolation &r :
             checkOutliersIn(data, ind, v.regionCode, v.year, v.quarter, v.value, siblings))
            out.push_back(locate(r, v.indicatorCode, v.regionCode, v.year, v.quarter));
    }
    if (family && !ind.isRatio()) {
        if (const auto rolled = eval.childrenRollup(ind, v.regionCode, v.year, v.quarter))
            if (auto r = checkRollup(ind, v.value, *rolled))
                out.push_back(locate(*r, v.indicatorCode, v.regionCode, v.year, v.quarter));
    }
}

// Which findings a run makes. `own`: the rules of a region's stored figures on their own and
// against its earlier figures and siblings', its parts against their totals and its
// year-to-date sums; `family`: its figures against the roll-up of its children and that
// roll-up's overflow. `regions` lists the regions to visit (the ones whose figures the Dataset
// holds); `year` 0 means every year.
struct Selection
{
    std::function<bool(const QString &)> own;
    std::function<bool(const QString &)> family;
    std::vector<const Region *> regions;
    int year = 0;
    bool overflow = true;

    bool inYear(int y) const { return year == 0 || y == year; }
};

// Every region, or for a scoped Dataset the ones it holds figures of (the focus and their
// children): no other region has a figure there to check.
std::vector<const Region *> regionsHeld(const Dataset &data)
{
    std::vector<const Region *> held;
    for (const Region &r : data.regions())
        if (!data.isScoped() || data.covers(r.code) || data.covers(r.parentCode))
            held.push_back(&r);
    return held;
}

void checkStoredValues(const Dataset &data, const Evaluator &eval, const Selection &sel,
                       std::vector<Finding> &out)
{
    const SiblingIndex siblings(data);
    for (const Value &v : data.values()) {
        if (!sel.inYear(v.year))
            continue;
        const bool own = sel.own(v.regionCode);
        const bool family = sel.family(v.regionCode);
        if (!own && !family)
            continue;
        if (const Indicator *ind = data.indicator(v.indicatorCode))
            checkFigure(data, eval, *ind, v, out, &siblings, own, family);
    }
}

// The parts of `total` against it at one region and quarter, when the total has a figure
// there (a parts_sum_to_total breakdown only when every part has one).
void checkPartsAt(const Dataset &data, const Evaluator &eval, const Indicator &total,
                  const QString &region, int year, int quarter, std::vector<Finding> &out)
{
    const QStringList &partCodes = data.parts(total.code);
    if (partCodes.isEmpty())
        return;
    const PartRule rule = data.indicator(partCodes.first())->partRule;
    const auto totalValue = eval.quarterValue(total, region, year, quarter);
    if (!totalValue)
        return;
    std::vector<QString> names;
    std::vector<Decimal> parts;
    for (const QString &code : partCodes) {
        const Indicator *part = data.indicator(code);
        if (auto v = eval.quarterValue(*part, region, year, quarter)) {
            names.push_back(displayName(*part));
            parts.push_back(*v);
        } else if (rule == PartRule::PartsSumToTotal) {
            return; // an incomplete breakdown cannot be summed
        }
    }
    if (names.empty())
        return;
    if (auto r = zx::checkParts(rule, total, *totalValue, names, parts))
        out.push_back(locate(*r, total.code, region, year, quarter));
}

// Parts are compared quarter by quarter with their total, wherever the total has a figure.
void checkParts(const Dataset &data, const Evaluator &eval, const Selection &sel,
                std::vector<Finding> &out)
{
    for (const Indicator &total : data.indicators()) {
        if (data.parts(total.code).isEmpty())
            continue;
        for (const Region *region : sel.regions) {
            if (!sel.own(region->code))
                continue;
            for (int year = data.fromYear(); year <= data.toYear(); ++year)
                for (int quarter = 1; sel.inYear(year) && quarter <= 4; ++quarter)
                    checkPartsAt(data, eval, total, region->code, year, quarter, out);
        }
    }
}

// Figures too large to add up: a sub-region sum or a year-to-date sum beyond the largest
// supported figure has no figure (never a wrapped one), and is reported here. The roll-up
// cache refuses such a sum, so a Dataset scoped to a region and its children still has every
// figure these sums are made of (the children's, stored or cached).
void checkOverflowAt(const Evaluator &eval, const Indicator &ind, const Dataset &data,
                     const Region &region, int year, const Selection &sel,
                     std::vector<Finding> &out)
{
    const bool sums = ind.aggregation == Aggregation::Sum && sel.family(region.code);
    const bool flows = ind.accumulation == Accumulation::Flow && sel.own(region.code);
    const QStringList &children = data.children(region.code);
    for (int quarter = 1; sums && !children.isEmpty() && quarter <= 4; ++quarter) {
        std::vector<Decimal> figures;
        for (const QString &child : children)
            if (auto v = eval.quarterValue(ind, child, year, quarter))
                figures.push_back(*v);
        const auto rolled = checkedRollUp(ind.aggregation, figures, meanScale(ind));
        if (!rolled)
            out.push_back({Severity::Error, QStringLiteral("rollup_overflow"), ind.code,
                           region.code, year, quarter, rolled.error()});
    }
    if (!flows)
        return;
    const QuarterValues quarters = eval.quarterValues(ind, region.code, year);
    for (int quarter = 1; quarter <= 4; ++quarter)
        if (yearToDateOverflows(ind.accumulation, quarters, quarter)) {
            out.push_back({Severity::Error, QStringLiteral("year_to_date_overflow"), ind.code,
                           region.code, year, quarter,
                           Decimal::rangeMessage(QCoreApplication::translate(
                               "zx::Validation", "The year-to-date sum"))});
            return;
        }
}

void checkOverflow(const Dataset &data, const Evaluator &eval, const Selection &sel,
                   std::vector<Finding> &out)
{
    if (!sel.overflow)
        return;
    // Nothing to find when even the largest figure here, added as many times as any rule below
    // adds figures (a region's children, or the four quarters of a year), stays well inside the
    // supported range (12 digits before the point): the common case, which spares the rules a
    // few million look-ups on a city.
    // On a full load a child's figure may itself be the sum of everything below it: there the
    // count of all regions bounds the addends.
    qsizetype addends = 4;
    if (data.isScoped())
        for (const Region *region : sel.regions)
            addends = std::max(addends, data.children(region->code).size());
    else
        addends = std::max(addends, qsizetype(data.regions().size()));
    if (data.largestMagnitude() * double(addends) < 1e11)
        return;
    for (const Indicator &ind : data.indicators()) {
        if (ind.isRatio())
            continue;
        if (ind.aggregation != Aggregation::Sum && ind.accumulation != Accumulation::Flow)
            continue;
        for (const Region *region : sel.regions)
            for (int year = data.fromYear(); year <= data.toYear(); ++year)
                if (sel.inYear(year))
                    checkOverflowAt(eval, ind, data, *region, year, sel, out);
    }
}

std::vector<Finding> runSelection(const Dataset &data, const Selection &sel)
{
    const Evaluator eval(data);
    std::vector<Finding> findings;
    checkStoredValues(data, eval, sel, findings);
    checkParts(data, eval, sel, findings);
    checkOverflow(data, eval, sel, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.year, a.quarter, a.regionCode, a.indicatorCode) <
               std::tie(b.year, b.quarter, b.regionCode, b.indicatorCode);
    });
    return findings;
}

// What one changed figure can affect: its indicator on its region and every ancestor, and
// there the breakdowns it is a total or a part of.
struct Reach
{
    std::vector<std::pair<Dataset::Slot, std::size_t>> figures; // slot → first key reaching it
    std::vector<std::pair<Dataset::Slot, std::size_t>> totals;
};

Reach reachOf(const Dataset &data, const std::vector<ValueKey> &keys)
{
    Reach reach;
    QSet<Dataset::Slot> seenFigures, seenTotals;
    auto addTotal = [&](const QString &total, const QString &region, const ValueKey &k,
                        std::size_t i) {
        const Dataset::Slot s = Dataset::slot(total, region, k.year, k.quarter);
        if (!seenTotals.contains(s)) {
            seenTotals.insert(s);
            reach.totals.emplace_back(s, i);
        }
    };
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const ValueKey &k = keys[i];
        const Indicator *ind = data.indicator(k.indicatorCode);
        if (!ind)
            continue;
        for (const Region *r = data.region(k.regionCode); r; r = data.region(r->parentCode)) {
            const Dataset::Slot s = Dataset::slot(ind->code, r->code, k.year, k.quarter);
            if (seenFigures.contains(s))
                break; // this region and its ancestors are reached already
            seenFigures.insert(s);
            reach.figures.emplace_back(s, i);
            if (!ind->parentCode.isEmpty() && ind->partRule != PartRule::None)
                addTotal(ind->parentCode, r->code, k, i);
            if (!data.parts(ind->code).isEmpty())
                addTotal(ind->code, r->code, k, i);
        }
    }
    return reach;
}

} // namespace

std::vector<CausedFinding> checkAround(const Dataset &data, const std::vector<ValueKey> &keys,
                                       bool betweenFiguresOnly)
{
    const Evaluator eval(data);
    const Reach reach = reachOf(data, keys);
    std::vector<CausedFinding> result;
    std::vector<Finding> found;
    auto take = [&](std::size_t cause) {
        for (Finding &f : found)
            result.push_back({std::move(f), cause});
        found.clear();
    };
    for (const auto &[s, cause] : reach.figures) {
        const Value *v = data.storedValue(s.indicator, s.region, s.period / 10, s.period % 10);
        if (v)
            checkFigure(data, eval, *data.indicator(s.indicator), *v, found, nullptr,
                        !betweenFiguresOnly);
        take(cause);
    }
    for (const auto &[s, cause] : reach.totals) {
        if (const Indicator *total = data.indicator(s.indicator))
            checkPartsAt(data, eval, *total, s.region, s.period / 10, s.period % 10, found);
        take(cause);
    }
    return result;
}

std::vector<Finding> runChecks(const Dataset &data)
{
    const auto every = [](const QString &) { return true; };
    // A scoped Dataset has no roll-up of its own to overflow: the cache holds none (as before).
    return runSelection(data, {every, every, regionsHeld(data), 0, !data.isScoped()});
}

std::vector<Finding> runChecksWithin(const Dataset &data, const QString &root, int year)
{
    QSet<QString> subtree;
    std::vector<const Region *> regions;
    for (const Region *r : regionsHeld(data))
        for (const Region *up = r; up; up = data.region(up->parentCode))
            if (up->code == root) {
                subtree.insert(r->code);
                regions.push_back(r);
                break;
            }
    const auto within = [&subtree](const QString &code) { return subtree.contains(code); };
    return runSelection(data, {within, within, regions, year, !data.isScoped()});
}

std::vector<Finding> checkFamily(const Dataset &data, const QString &parent, bool withParent)
{
    const Region *head = data.region(parent);
    if (!head)
        return {};
    std::vector<const Region *> regions{head};
    for (const QString &child : data.children(parent))
        if (const Region *r = data.region(child))
            regions.push_back(r);
    const auto own = [&](const QString &code) {
        return code == parent ? withParent : data.region(code) && data.region(code)->parentCode == parent;
    };
    const auto family = [&](const QString &code) { return code == parent; };
    return runSelection(data, {own, family, regions, 0, true});
}

} // namespace zx
