#include "importchanges.h"

#include "domain/names.h"
#include "summary/dataset.h"

#include <QSet>

#include <algorithm>

namespace zx {

namespace {

struct Key
{
    QString indicator;
    QString region;
    int year = 0;
};

ImportChangeRow named(const Dataset &data, const Key &k)
{
    ImportChangeRow row;
    const Indicator *ind = data.indicator(k.indicator);
    const Region *region = data.region(k.region);
    row.indicator = ind ? displayName(*ind) : k.indicator;
    row.region = region ? displayName(*region) : k.region;
    row.unit = ind ? displayUnit(*ind) : QString();
    row.year = k.year;
    return row;
}

// The data holding what is stored for `keys`: their regions' own figures and targets.
Result<Dataset> storedFor(Database &db, const std::vector<Key> &keys)
{
    QSet<QString> regions;
    int from = keys.front().year;
    int to = from;
    for (const Key &k : keys) {
        regions.insert(k.region);
        from = std::min(from, k.year);
        to = std::max(to, k.year);
    }
    return Dataset::loadScoped(db, QStringList(regions.cbegin(), regions.cend()), from, to);
}

} // namespace

std::vector<ImportChangeRow> describeChanges(Database &db, const ImportPlan &plan,
                                             std::size_t limit)
{
    std::vector<ImportChangeRow> rows;
    std::vector<Key> keys;
    for (std::size_t i = 0; i < plan.values.size() && keys.size() < limit; ++i) {
        const ValueKey &k = plan.values[i].key;
        keys.push_back({k.indicatorCode, k.regionCode, k.year});
    }
    for (std::size_t i = 0; i < plan.targets.size() && keys.size() < limit; ++i) {
        const Target &t = plan.targets[i].target;
        keys.push_back({t.indicatorCode, t.regionCode, t.year});
    }
    if (keys.empty())
        return rows;
    auto data = storedFor(db, keys);
    if (!data)
        return rows;
    std::size_t next = 0;
    for (; next < plan.values.size() && next < keys.size(); ++next) {
        const ValueChange &c = plan.values[next];
        ImportChangeRow row = named(*data, keys[next]);
        row.quarter = c.key.quarter;
        row.incoming = c.value;
        if (const Value *old = data->storedValue(c.key.indicatorCode, c.key.regionCode,
                                                 c.key.year, c.key.quarter)) {
            row.stored = old->value;
            row.storedBy = old->enteredBy;
            row.storedAt = QDateTime::fromString(old->enteredAt, Qt::ISODate);
        }
        rows.push_back(std::move(row));
    }
    for (std::size_t i = 0; next < keys.size(); ++i, ++next) {
        const TargetChange &c = plan.targets[i];
        ImportChangeRow row = named(*data, keys[next]);
        if (!c.remove)
            row.incoming = c.target.value;
        if (const Target *old = data->target(c.target.indicatorCode, c.target.regionCode,
                                             c.target.year))
            row.stored = old->value;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace zx
