#include "dataset.h"

#include "storage/catalogstore.h"
#include "storage/regionstore.h"
#include "storage/rollupstore.h"
#include "storage/valuestore.h"

#include <algorithm>

namespace zx {

namespace {
const QStringList NoCodes;
const std::optional<Decimal> NoValue;
} // namespace

Result<Dataset> Dataset::loadStructure(Database &db, int fromYear, int toYear)
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
    d.m_categories = std::move(categories).value();
    d.m_indicators = std::move(indicators).value();
    d.m_regions = std::move(regions).value();
    return d;
}

void Dataset::narrowYears()
{
    // Narrow an open-ended span (e.g. "all years" for the checker) to the years with figures.
    if (m_values.empty())
        return;
    const auto [lo, hi] = std::minmax_element(
        m_values.begin(), m_values.end(), [](const Value &a, const Value &b) { return a.year < b.year; });
    m_fromYear = std::max(m_fromYear, lo->year);
    m_toYear = std::min(m_toYear, hi->year);
}

Result<Dataset> Dataset::load(Database &db, int fromYear, int toYear)
{
    auto d = loadStructure(db, fromYear, toYear);
    if (!d)
        return d;
    auto values = valuestore::inYears(db, fromYear, toYear);
    if (!values)
        return Error{values.error()};
    auto targets = valuestore::targetsInYears(db, fromYear, toYear);
    if (!targets)
        return Error{targets.error()};
    d.value().m_values = std::move(values).value();
    d.value().m_targets = std::move(targets).value();
    d.value().narrowYears();
    d.value().index();
    return d;
}

Result<Dataset> Dataset::loadCatalogue(Database &db)
{
    auto d = loadStructure(db, 0, 0);
    if (d)
        d.value().index();
    return d;
}

Result<Dataset> Dataset::loadScoped(Database &db, const QStringList &focus, int fromYear,
                                    int toYear)
{
    if (!rollupstore::isCurrent(db))
        return load(db, fromYear, toYear);
    auto d = loadStructure(db, fromYear, toYear);
    if (!d)
        return d;
    return fillScoped(db, std::move(d).value(), focus, fromYear, toYear);
}

Result<Dataset> Dataset::loadScopedWithTree(Database &db, const Dataset &tree,
                                            const QStringList &focus, int fromYear, int toYear,
                                            Reading reading)
{
    Dataset structure;
    structure.m_fromYear = fromYear;
    structure.m_toYear = toYear;
    structure.m_categories = tree.m_categories;
    structure.m_indicators = tree.m_indicators;
    structure.m_regions = tree.m_regions;
    return fillScoped(db, std::move(structure), focus, fromYear, toYear, reading);
}

Result<Dataset> Dataset::fillScoped(Database &db, Dataset structure, const QStringList &focus,
                                    int fromYear, int toYear, Reading reading)
{
    const bool everything = reading == Reading::Everything;
    Result<Dataset> d(std::move(structure));
    d.value().m_scoped = true;
    d.value().m_focus = focus;
    const QSet<QString> wanted(focus.cbegin(), focus.cend());
    QStringList regions;
    for (const Region &r : d.value().m_regions)
        if (wanted.contains(r.code) || wanted.contains(r.parentCode))
            regions.append(r.code);
    auto values = everything ? valuestore::inYearsForRegions(db, regions, fromYear, toYear)
                             : valuestore::figuresInYearsForRegions(db, regions, fromYear, toYear);
    if (!values)
        return Error{values.error()};
    auto targets = everything
                       ? valuestore::targetsInYearsForRegions(db, regions, fromYear, toYear)
                       : Result<std::vector<Target>>(std::vector<Target>{});
    if (!targets)
        return Error{targets.error()};
    auto rolled = rollupstore::values(db, regions, fromYear, toYear);
    if (!rolled)
        return Error{rolled.error()};
    auto rolledTargets = everything ? rollupstore::targets(db, regions, fromYear, toYear)
                                    : Result<std::vector<rollupstore::RolledValue>>(
                                          std::vector<rollupstore::RolledValue>{});
    if (!rolledTargets)
        return Error{rolledTargets.error()};
    d.value().m_values = std::move(values).value();
    d.value().m_targets = std::move(targets).value();
    for (const auto &r : rolled.value())
    {
        d.value().m_rolled.insert(slot(r.indicatorCode, r.regionCode, r.year, r.quarter), r.value);
        d.value().noteMagnitude(r.value);
    }
    for (const auto &r : rolledTargets.value())
        d.value().m_rolledTargets.insert(slot(r.indicatorCode, r.regionCode, r.year), r.value);
    // Narrow the span to the years with figures, stored or rolled up (villages alone).
    std::vector<int> years;
    for (const Value &v : d.value().m_values)
        years.push_back(v.year);
    for (const auto &r : rolled.value())
        years.push_back(r.year);
    if (!years.empty()) {
        const auto [lo, hi] = std::minmax_element(years.begin(), years.end());
        d.value().m_fromYear = std::max(fromYear, *lo);
        d.value().m_toYear = std::min(toYear, *hi);
    }
    d.value().index();
    return d;
}

Result<Dataset> Dataset::loadAround(Database &db, const QStringList &regions, int fromYear,
                                    int toYear)
{
    if (!rollupstore::isCurrent(db))
        return load(db, fromYear, toYear);
    auto tree = loadStructure(db, fromYear, toYear);
    if (!tree)
        return tree;
    QHash<QString, QString> parentOf;
    for (const Region &r : tree.value().regions())
        parentOf.insert(r.code, r.parentCode);
    QSet<QString> focus(regions.cbegin(), regions.cend());
    for (const QString &code : regions)
        for (QString up = parentOf.value(code); !up.isEmpty() && !focus.contains(up);
             up = parentOf.value(up))
            focus.insert(up);
    return fillScoped(db, std::move(tree).value(), QStringList(focus.cbegin(), focus.cend()),
                      fromYear, toYear);
}

std::optional<Decimal> Dataset::rolledUp(const QString &indicator, const QString &region, int year,
                                         int quarter) const
{
    const auto it = m_rolled.constFind(slot(indicator, region, year, quarter));
    return it == m_rolled.cend() ? std::nullopt : std::optional<Decimal>(*it);
}

std::optional<Decimal> Dataset::rolledTarget(const QString &indicator, const QString &region,
                                             int year) const
{
    const auto it = m_rolledTargets.constFind(slot(indicator, region, year));
    return it == m_rolledTargets.cend() ? std::nullopt : std::optional<Decimal>(*it);
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
    m_valueIndex.reserve(qsizetype(m_values.size()));
    for (qsizetype i = 0; i < qsizetype(m_values.size()); ++i) {
        const Value &v = m_values[i];
        const Slot k = slot(v.indicatorCode, v.regionCode, v.year, v.quarter);
        m_stored.insert(k, v.value);
        noteMagnitude(v.value);
        m_valueIndex.insert(k, i);
        m_storedYears.insert(slot(v.indicatorCode, v.regionCode, v.year));
    }
    for (qsizetype i = 0; i < qsizetype(m_targets.size()); ++i) {
        const Target &t = m_targets[i];
        m_targetIndex.insert(slot(t.indicatorCode, t.regionCode, t.year), i);
    }
}

void Dataset::overlay(const QString &indicator, const QString &region, int year, int quarter,
                      const std::optional<Decimal> &value)
{
    const Slot k = slot(indicator, region, year, quarter);
    const auto at = m_valueIndex.constFind(k);
    if (value) {
        if (at != m_valueIndex.cend()) {
            m_values[*at].value = *value;
        } else {
            Value v;
            v.indicatorCode = indicator;
            v.regionCode = region;
            v.year = year;
            v.quarter = quarter;
            v.value = *value;
            m_valueIndex.insert(k, qsizetype(m_values.size()));
            m_values.push_back(std::move(v));
        }
        m_stored.insert(k, *value);
        noteMagnitude(*value);
        markAncestorsStale(indicator, region, year, quarter);
        m_fromYear = std::min(m_fromYear, year);
        m_toYear = std::max(m_toYear, year);
        m_storedYears.insert(slot(indicator, region, year));
    } else {
        if (at != m_valueIndex.cend()) {
            // Swap the last figure into the hole so positions stay valid in O(1).
            const qsizetype hole = *at;
            m_valueIndex.remove(k);
            if (hole != qsizetype(m_values.size()) - 1) {
                m_values[hole] = std::move(m_values.back());
                const Value &moved = m_values[hole];
                m_valueIndex.insert(slot(moved.indicatorCode, moved.regionCode, moved.year, moved.quarter), hole);
            }
            m_values.pop_back();
        }
        m_stored.remove(k);
        markAncestorsStale(indicator, region, year, quarter);
        bool anyLeft = false;
        for (int q = 1; q <= 4; ++q)
            anyLeft = anyLeft || m_stored.contains(slot(indicator, region, year, q));
        if (!anyLeft)
            m_storedYears.remove(slot(indicator, region, year));
    }
}

void Dataset::markAncestorsStale(const QString &indicator, const QString &region, int year,
                                 int quarter)
{
    if (!m_scoped)
        return;
    for (const Region *r = this->region(region); r && !r->parentCode.isEmpty();
         r = this->region(r->parentCode))
        m_staleRollups.insert(slot(indicator, r->parentCode, year, quarter));
}

void Dataset::reserveOverlay(std::size_t figures)
{
    m_values.reserve(m_values.size() + figures);
    m_stored.reserve(m_stored.size() + qsizetype(figures));
    m_valueIndex.reserve(m_valueIndex.size() + qsizetype(figures));
    m_storedYears.reserve(m_storedYears.size() + qsizetype(figures / 4));
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
    const auto it = m_stored.constFind(slot(indicator, region, year, quarter));
    return it == m_stored.cend() ? NoValue : *it;
}

const Value *Dataset::storedValue(const QString &indicator, const QString &region, int year,
                                  int quarter) const
{
    const auto it = m_valueIndex.constFind(slot(indicator, region, year, quarter));
    return it == m_valueIndex.cend() ? nullptr : &m_values[std::size_t(*it)];
}

const Target *Dataset::target(const QString &indicator, const QString &region, int year) const
{
    const auto it = m_targetIndex.constFind(slot(indicator, region, year));
    return it == m_targetIndex.cend() ? nullptr : &m_targets[*it];
}

bool Dataset::hasStoredYear(const QString &indicator, const QString &region, int year) const
{
    return m_storedYears.contains(slot(indicator, region, year));
}

} // namespace zx
