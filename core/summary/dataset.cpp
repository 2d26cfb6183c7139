#include "dataset.h"

#include "storage/catalogstore.h"
#include "storage/regionstore.h"
#include "storage/valuestore.h"

#include <algorithm>

namespace zx {

namespace {
const QStringList NoCodes;
const std::optional<Decimal> NoValue;
} // namespace

Result<Dataset> Dataset::load(Database &db, int fromYear, int toYear)
{
    Dataset d;
    d.m_fromYear = fromYear;
    d.m_toYear = toYear;
    auto categories = catalogstore::categories(db);
    if (!categories)
        return Error{categories.error()};
    auto indicators = catalogstore::indicators(db);
    if (!indicators)
        return Error{indicators.error()};
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    auto values = valuestore::inYears(db, fromYear, toYear);
    if (!values)
        return Error{values.error()};
    auto targets = valuestore::targetsInYears(db, fromYear, toYear);
    if (!targets)
        return Error{targets.error()};
    d.m_categories = std::move(categories).value();
    d.m_indicators = std::move(indicators).value();
    d.m_regions = std::move(regions).value();
    d.m_values = std::move(values).value();
    d.m_targets = std::move(targets).value();
    // Narrow an open-ended span (e.g. "all years" for the checker) to the years with figures.
    if (!d.m_values.empty()) {
        const auto [lo, hi] = std::minmax_element(
            d.m_values.begin(), d.m_values.end(),
            [](const Value &a, const Value &b) { return a.year < b.year; });
        d.m_fromYear = std::max(fromYear, lo->year);
        d.m_toYear = std::min(toYear, hi->year);
    }
    d.index();
    return d;
}

QString Dataset::key(const QString &indicator, const QString &region, int year, int quarter)
{
    return indicator + u'|' + region + u'|' + QString::number(year * 10 + quarter);
}

void Dataset::index()
{
    for (qsizetype i = 0; i < qsizetype(m_indicators.size()); ++i) {
        const Indicator &ind = m_indicators[i];
        m_indicatorIndex.insert(ind.code, i);
        if (!ind.parentCode.isEmpty())
            m_parts[ind.parentCode].append(ind.code);
    }
    for (qsizetype i = 0; i < qsizetype(m_regions.size()); ++i) {
        m_regionIndex.insert(m_regions[i].code, i);
        if (!m_regions[i].parentCode.isEmpty())
            m_children[m_regions[i].parentCode].append(m_regions[i].code);
    }
    m_stored.reserve(qsizetype(m_values.size()));
    for (const Value &v : m_values) {
        m_stored.insert(key(v.indicatorCode, v.regionCode, v.year, v.quarter), v.value);
        m_storedYears.insert(key(v.indicatorCode, v.regionCode, v.year));
    }
    for (qsizetype i = 0; i < qsizetype(m_targets.size()); ++i) {
        const Target &t = m_targets[i];
        m_targetIndex.insert(key(t.indicatorCode, t.regionCode, t.year), i);
    }
}

void Dataset::overlay(const QString &indicator, const QString &region, int year, int quarter,
                      const std::optional<Decimal> &value)
{
    const auto same = [&](const Value &v) {
        return v.indicatorCode == indicator && v.regionCode == region && v.year == year &&
               v.quarter == quarter;
    };
    const auto it = std::find_if(m_values.begin(), m_values.end(), same);
    if (value) {
        if (it != m_values.end()) {
            it->value = *value;
        } else {
            Value v;
            v.indicatorCode = indicator;
            v.regionCode = region;
            v.year = year;
            v.quarter = quarter;
            v.value = *value;
            m_values.push_back(std::move(v));
        }
        m_stored.insert(key(indicator, region, year, quarter), *value);
        m_fromYear = std::min(m_fromYear, year);
        m_toYear = std::max(m_toYear, year);
        m_storedYears.insert(key(indicator, region, year));
    } else {
        if (it != m_values.end())
            m_values.erase(it);
        m_stored.remove(key(indicator, region, year, quarter));
        bool anyLeft = false;
        for (int q = 1; q <= 4; ++q)
            anyLeft = anyLeft || m_stored.contains(key(indicator, region, year, q));
        if (!anyLeft)
            m_storedYears.remove(key(indicator, region, year));
    }
}

const Indicator *Dataset::indicator(const QString &code) const
{
    const auto it = m_indicatorIndex.constFind(code);
    return it == m_indicatorIndex.cend() ? nullptr : &m_indicators[*it];
}

const Region *Dataset::region(const QString &code) const
{
    const auto it = m_regionIndex.constFind(code);
    return it == m_regionIndex.cend() ? nullptr : &m_regions[*it];
}

const QStringList &Dataset::children(const QString &regionCode) const
{
    const auto it = m_children.constFind(regionCode);
    return it == m_children.cend() ? NoCodes : *it;
}

const QStringList &Dataset::parts(const QString &indicatorCode) const
{
    const auto it = m_parts.constFind(indicatorCode);
    return it == m_parts.cend() ? NoCodes : *it;
}

const std::optional<Decimal> &Dataset::stored(const QString &indicator, const QString &region,
                                              int year, int quarter) const
{
    const auto it = m_stored.constFind(key(indicator, region, year, quarter));
    return it == m_stored.cend() ? NoValue : *it;
}

const Target *Dataset::target(const QString &indicator, const QString &region, int year) const
{
    const auto it = m_targetIndex.constFind(key(indicator, region, year));
    return it == m_targetIndex.cend() ? nullptr : &m_targets[*it];
}

bool Dataset::hasStoredYear(const QString &indicator, const QString &region, int year) const
{
    return m_storedYears.contains(key(indicator, region, year));
}

} // namespace zx
