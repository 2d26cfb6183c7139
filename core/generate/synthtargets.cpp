#include "synthtargets.h"

#include <algorithm>
#include <cmath>

namespace zx {

namespace {

double power10(int decimals)
{
    return std::pow(10.0, std::clamp(decimals, 0, 6));
}

// A stable pseudo-random factor in [lo, hi) for one target.
double jitter(int item, int region, int year, double lo, double hi)
{
    quint64 x = quint64(item) * 0x9E3779B97F4A7C15ULL ^ quint64(region) * 0xBF58476D1CE4E5B9ULL ^
                quint64(year) * 0x94D049BB133111EBULL;
    x ^= x >> 31;
    x *= 0xD6E8FEB86659FD93ULL;
    x ^= x >> 32;
    return lo + (hi - lo) * double(x >> 11) * 0x1.0p-53;
}

std::optional<double> aggregate(Aggregation aggregation, const std::vector<double> &figures)
{
    if (figures.empty())
        return std::nullopt;
    switch (aggregation) {
    case Aggregation::Mean: {
        double sum = 0;
        for (double f : figures)
            sum += f;
        return sum / double(figures.size());
    }
    case Aggregation::Max:
        return *std::max_element(figures.begin(), figures.end());
    case Aggregation::Min:
        return *std::min_element(figures.begin(), figures.end());
    case Aggregation::Sum:
    case Aggregation::Ratio:
        break;
    }
    double sum = 0;
    for (double f : figures)
        sum += f;
    return sum;
}

} // namespace

SynthTargets::SynthTargets(const SynthModel &model) : m_model(model)
{
    const int items = int(model.items().size());
    const int years = model.options().years;
    m_entries.resize(std::size_t(items) * model.regions().size() * years);
    m_actuals.resize(std::size_t(items) * years);
    // Rates last: they need their numerator's and denominator's actuals.
    for (bool ratios : {false, true})
        for (int i = 0; i < items; ++i) {
            if (model.items()[i].indicator.isRatio() != ratios)
                continue;
            for (int y = 0; y < years; ++y)
                m_actuals[std::size_t(i) * years + y] =
                    ratios ? ratioActuals(i, y) : yearActuals(i, y);
            for (int y = 0; y < years; ++y)
                setTargets(i, y, m_actuals[std::size_t(i) * years + y],
                           m_actuals[std::size_t(i) * years + std::max(0, y - 1)]);
        }
}

std::size_t SynthTargets::slot(int item, int region, int year) const
{
    return (std::size_t(item) * m_model.regions().size() + region) * m_model.options().years + year;
}

// The year's figure of every region: stored, or else the children's rolled up per quarter,
// then made a year per the accumulation (flow: the sum; cumulative and stock: Q4).
SynthTargets::Actuals SynthTargets::yearActuals(int item, int yearIndex) const
{
    const auto &regions = m_model.regions();
    const Indicator &ind = m_model.items()[item].indicator;
    const int year = m_model.options().firstYear + yearIndex;
    std::vector<std::array<std::optional<double>, 4>> quarters(regions.size());
    for (int r = int(regions.size()) - 1; r >= 0; --r)
        for (int q = 0; q < 4; ++q) {
            if (m_model.isStoredOn(item, r)) {
                if (const auto v = m_model.value(item, r, year, q + 1))
                    quarters[r][q] = v->toDouble();
                continue;
            }
            std::vector<double> figures;
            for (int c : regions[r].children)
                if (quarters[c][q])
                    figures.push_back(*quarters[c][q]);
            quarters[r][q] = aggregate(ind.aggregation, figures);
        }
    Actuals actual(regions.size());
    for (std::size_t r = 0; r < regions.size(); ++r) {
        if (ind.accumulation != Accumulation::Flow) {
            actual[r] = quarters[r][3];
            continue;
        }
        for (const auto &q : quarters[r])
            if (q)
                actual[r] = actual[r].value_or(0) + *q;
    }
    return actual;
}

SynthTargets::Actuals SynthTargets::ratioActuals(int item, int yearIndex) const
{
    const Indicator &ind = m_model.items()[item].indicator;
    const int num = m_model.itemIndex(ind.numeratorCode);
    const int den = m_model.itemIndex(ind.denominatorCode);
    const int years = m_model.options().years;
    Actuals actual(m_model.regions().size());
    if (num < 0 || den < 0)
        return actual;
    const Actuals &n = m_actuals[std::size_t(num) * years + yearIndex];
    const Actuals &d = m_actuals[std::size_t(den) * years + yearIndex];
    for (std::size_t r = 0; r < actual.size(); ++r)
        if (n[r] && d[r] && *d[r] > 0)
            actual[r] = *n[r] / *d[r] * ind.ratioScale;
    return actual;
}

void SynthTargets::setTargets(int item, int yearIndex, const Actuals &actual, const Actuals &previous)
{
    const auto &regions = m_model.regions();
    const Indicator &ind = m_model.items()[item].indicator;
    const double unit = power10(ind.decimals);
    const double ceiling = ind.maxValue ? ind.maxValue->toDouble() : ind.isPercentage() ? 100.0 : 1e18;
    const bool summed = ind.aggregation == Aggregation::Sum && ind.targetMode != TargetMode::Reduce;
    for (int r = int(regions.size()) - 1; r >= 0; --r) {
        Entry &e = m_entries[slot(item, r, yearIndex)];
        bool childrenAll = !regions[r].children.empty();
        qint64 childSum = 0;
        for (int c : regions[r].children) {
            const Entry &ce = m_entries[slot(item, c, yearIndex)];
            childrenAll = childrenAll && ce.present;
            childSum += ce.units;
        }
        if (summed && childrenAll) {
            e = {childSum, -1, true};
            continue;
        }
        if (!actual[r])
            continue;
        const double a = *actual[r];
        if (ind.targetMode == TargetMode::Reduce) {
            const double before = yearIndex > 0 && previous[r] ? *previous[r] : a * 1.25 + 1;
            const qint64 baseline = std::max(qint64(std::llround(before * unit)), qint64(1));
            e = {qint64(std::floor(baseline * 0.55)), baseline, true};
            continue;
        }
        double goal = a;
        if (ind.aggregation == Aggregation::Sum)
            goal = ind.targetMode == TargetMode::AtMost ? a * jitter(item, r, yearIndex, 0.95, 1.4)
                                                        : a * jitter(item, r, yearIndex, 0.88, 1.18);
        else
            goal = a * jitter(item, r, yearIndex, 0.96, 1.04);
        // A region with none of a summed count (a village without a five-star branch) gets a
        // target of 0 (nothing expected: untracked for at-least, met for at-most), not 1: one per village would add up to a
        // city target of 3,000 five-star branches against a couple of hundred.
        const qint64 least = summed && a <= 0 ? 0 : 1;
        const qint64 units = std::max(qint64(std::llround(std::min(goal, ceiling) * unit)), least);
        e = {units, -1, true};
    }
}

std::optional<Target> SynthTargets::target(int item, int region, int year) const
{
    const int yearIndex = year - m_model.options().firstYear;
    if (yearIndex < 0 || yearIndex >= m_model.options().years)
        return std::nullopt;
    const Entry &e = m_entries[slot(item, region, yearIndex)];
    if (!e.present)
        return std::nullopt;
    const auto &it = m_model.items()[item];
    const int decimals = it.indicator.decimals;
    Target t;
    t.indicatorCode = it.indicator.code;
    t.regionCode = m_model.regions()[region].region.code;
    t.year = year;
    t.value = Decimal::fromDouble(double(e.units) / power10(decimals), decimals).value_or(Decimal());
    if (e.baselineUnits >= 0)
        t.baseline = Decimal::fromDouble(double(e.baselineUnits) / power10(decimals), decimals);
    t.milestonePct = it.milestonePct;
    return t;
}

} // namespace zx
