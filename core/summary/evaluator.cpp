#include "evaluator.h"

#include "analytics/accumulation.h"
#include "analytics/completion.h"
#include "analytics/rollup.h"

namespace zx {

namespace {

std::optional<double> toDouble(const std::optional<Decimal> &d)
{
    return d ? std::optional<double>(d->toDouble()) : std::nullopt;
}

} // namespace

Evaluator::Evaluator(const Dataset &data, double lagBand) : m_data(data), m_lagBand(lagBand) {}

std::optional<Decimal> Evaluator::quarterValue(const Indicator &ind, const QString &region,
                                               int year, int quarter) const
{
    const Dataset::Slot key = Dataset::slot(ind.code, region, year, quarter);
    if (const auto it = m_quarterCache.constFind(key); it != m_quarterCache.cend())
        return *it;
    std::optional<Decimal> result;
    if (ind.isRatio()) {
        const Indicator *num = m_data.indicator(ind.numeratorCode);
        const Indicator *den = m_data.indicator(ind.denominatorCode);
        if (num && den) {
            const auto rate = ratioValue(quarterValue(*num, region, year, quarter),
                                         quarterValue(*den, region, year, quarter), ind.ratioScale);
            if (rate)
                result = Decimal::fromDouble(*rate, ind.decimals);
        }
    }
    if (!result)
        result = m_data.stored(ind.code, region, year, quarter);
    if (!result && !ind.isRatio())
        result = childrenRollup(ind, region, year, quarter);
    m_quarterCache.insert(key, result);
    return result;
}

std::optional<Decimal> Evaluator::childrenRollup(const Indicator &ind, const QString &region,
                                                 int year, int quarter) const
{
    if (ind.isRatio())
        return std::nullopt;
    // A stale cached roll-up (figures below overlaid) is worked out again from the children,
    // whose own figures are stored, cached or in turn worked out again.
    if (m_data.isScoped() && !m_data.rollupStale(ind.code, region, year, quarter))
        return m_data.rolledUp(ind.code, region, year, quarter);
    std::vector<Decimal> figures;
    for (const QString &child : m_data.children(region))
        if (auto v = quarterValue(ind, child, year, quarter))
            figures.push_back(*v);
    return rollUp(ind.aggregation, figures, meanScale(ind));
}

QuarterValues Evaluator::quarterValues(const Indicator &ind, const QString &region,
                                       int year) const
{
    QuarterValues q;
    for (int i = 0; i < 4; ++i)
        q[i] = quarterValue(ind, region, year, i + 1);
    return q;
}

std::optional<Decimal> Evaluator::yearToDate(const Indicator &ind, const QString &region,
                                             int year, int quarter) const
{
    return zx::yearToDate(ind.accumulation, quarterValues(ind, region, year), quarter);
}

std::optional<Decimal> Evaluator::target(const Indicator &ind, const QString &region,
                                         int year) const
{
    if (const Target *t = m_data.target(ind.code, region, year))
        return t->value;
    if (ind.aggregation != Aggregation::Sum || ind.targetMode == TargetMode::Reduce)
        return std::nullopt;
    if (m_data.isScoped())
        return m_data.rolledTarget(ind.code, region, year);
    const QStringList &children = m_data.children(region);
    if (children.isEmpty())
        return std::nullopt;
    std::vector<Decimal> targets;
    for (const QString &child : children) {
        const auto t = target(ind, child, year);
        if (!t)
            return std::nullopt;
        targets.push_back(*t);
    }
    return Decimal::sum(targets); // nullopt beyond the largest supported figure
}

std::optional<double> Evaluator::completion(const Indicator &ind, const QString &region, int year,
                                            int quarter) const
{
    const auto actual = yearToDate(ind, region, year, quarter);
    const auto goal = target(ind, region, year);
    if (!actual || !goal)
        return std::nullopt;
    const Target *t = m_data.target(ind.code, region, year);
    const std::optional<double> baseline = t ? toDouble(t->baseline) : std::nullopt;
    const auto pct = completionPct(ind.targetMode, actual->toDouble(), goal->toDouble(), baseline);
    return pct ? std::optional<double>(roundPct(*pct)) : std::nullopt;
}

IndicatorSummary Evaluator::summarize(const Indicator &ind, const QString &region, int year,
                                      int quarter) const
{
    IndicatorSummary s;
    s.indicator = &ind;
    s.actual = yearToDate(ind, region, year, quarter);
    s.target = target(ind, region, year);
    s.completionPct = completion(ind, region, year, quarter);
    const Target *t = m_data.target(ind.code, region, year);
    s.timeProgressPct = t ? timeProgressPct(quarter, t->milestonePct) : timeProgressPct(quarter);
    s.status = trackStatus(s.target.has_value(), s.actual.has_value(), s.completionPct,
                           s.timeProgressPct, m_lagBand);
    s.yearOverYearPct =
        changePct(toDouble(s.actual), toDouble(yearToDate(ind, region, year - 1, quarter)));
    s.quarterOverQuarterPct =
        quarterOverQuarterPct(ind.accumulation, ind.isRatio(), quarterValues(ind, region, year),
                              quarterValues(ind, region, year - 1), quarter);
    s.projectedYearEnd = projectYearEnd(ind.accumulation, toDouble(s.actual), s.timeProgressPct);
    return s;
}

RegionSummary Evaluator::summarize(const QString &region, int year, int quarter) const
{
    RegionSummary r;
    r.regionCode = region;
    r.year = year;
    r.quarter = quarter;
    r.timeProgressPct = timeProgressPct(quarter);
    for (const Indicator &ind : m_data.indicators())
        if (!ind.retired)
            r.indicators.push_back(summarize(ind, region, year, quarter));
    return r;
}

std::vector<RankedRegion> Evaluator::rankChildren(const Indicator &ind, const QString &region,
                                                  int year, int quarter) const
{
    const int prevYear = quarter > 1 ? year : year - 1;
    const int prevQuarter = quarter > 1 ? quarter - 1 : 4;
    std::vector<RankInput> inputs;
    for (const QString &child : m_data.children(region)) {
        if (const Region *r = m_data.region(child); r && !r->activeIn(year))
            continue; // retired or merged (村庄撤并) by then: not ranked, its history stays
        inputs.push_back({child, completion(ind, child, year, quarter),
                          completion(ind, child, prevYear, prevQuarter)});
    }
    return rankRegions(inputs);
}

} // namespace zx
