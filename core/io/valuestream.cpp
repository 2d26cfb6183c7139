#include "valuestream.h"

#include "io/readahead.h"
#include "storage/catalogstore.h"
#include "storage/regionstore.h"
#include "storage/valuestore.h"

#include <QHash>

#include <algorithm>

namespace zx::valuestream {

namespace {

// Codes in the order SQLite sorts text (BINARY: the UTF-8 bytes), so that a sqlite3 query
// `ORDER BY year, region_code, indicator_code, quarter` lists the same rows in the same order.
QStringList inTextOrder(QStringList codes)
{
    std::vector<std::pair<QByteArray, QString>> keyed;
    keyed.reserve(codes.size());
    for (const QString &c : codes)
        keyed.emplace_back(c.toUtf8(), c);
    std::sort(keyed.begin(), keyed.end());
    codes.clear();
    for (const auto &k : keyed)
        codes.append(k.second);
    return codes;
}

Result<QStringList> regionCodes(Database &db)
{
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    QStringList codes;
    codes.reserve(qsizetype(regions->size()));
    for (const Region &r : *regions)
        codes.append(r.code);
    return inTextOrder(codes);
}

Result<QHash<QString, int>> indicatorRanks(Database &db)
{
    auto indicators = catalogstore::indicators(db);
    if (!indicators)
        return Error{indicators.error()};
    QStringList codes;
    for (const Indicator &i : *indicators)
        codes.append(i.code);
    QHash<QString, int> rank;
    codes = inTextOrder(codes);
    for (qsizetype i = 0; i < codes.size(); ++i)
        rank.insert(codes[i], int(i));
    return rank;
}

Result<std::vector<int>> yearsToWrite(Database &db, std::optional<int> year)
{
    if (year)
        return std::vector<int>{*year};
    auto years = valuestore::years(db);
    if (!years)
        return Error{years.error()};
    // The span the export has always read ("all years").
    std::vector<int> out;
    std::copy_if(years->cbegin(), years->cend(), std::back_inserter(out),
                 [](int y) { return y >= 1900 && y <= 9999; });
    return out;
}

// One year's figures of a batch of regions into export order: region (its place in the batch),
// indicator code, quarter. The keys are packed into one integer and sorted with the figures'
// places, then the figures are moved once. A code the catalogue does not know (a damaged file)
// makes it compare the codes' text instead.
void intoExportOrder(std::vector<Value> &values, const QHash<QString, qsizetype> &regionRank,
                     const QHash<QString, int> &indicatorRank)
{
    std::vector<std::pair<quint64, quint32>> keys(values.size());
    bool sorted = true;
    bool unknown = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Value &v = values[i];
        const quint64 region = quint64(regionRank.value(v.regionCode));
        const auto ind = indicatorRank.constFind(v.indicatorCode);
        unknown = unknown || ind == indicatorRank.cend();
        const quint64 indicator = ind == indicatorRank.cend() ? 0 : quint64(*ind);
        keys[i] = {(region << 32) | (indicator << 8) | quint64(v.quarter & 0xFF), quint32(i)};
        sorted = sorted && (i == 0 || keys[i - 1].first <= keys[i].first);
    }
    if (sorted && !unknown)
        return;
    if (!unknown) {
        std::sort(keys.begin(), keys.end()); // ties (none in a sound file) keep their places
    } else {
        std::stable_sort(keys.begin(), keys.end(), [&values](const auto &a, const auto &b) {
            if ((a.first >> 32) != (b.first >> 32))
                return (a.first >> 32) < (b.first >> 32);
            const Value &x = values[a.second];
            const Value &y = values[b.second];
            if (x.indicatorCode != y.indicatorCode)
                return x.indicatorCode.toUtf8() < y.indicatorCode.toUtf8();
            return x.quarter < y.quarter;
        });
    }
    std::vector<Value> ordered;
    ordered.reserve(values.size());
    for (const auto &k : keys)
        ordered.push_back(std::move(values[k.second]));
    values = std::move(ordered);
}

// The pieces of an export: every year's regions in slices of `perBatch`, in order.
struct Plan
{
    std::vector<int> years;
    QStringList codes;
    QHash<QString, int> indicatorRank;
    qsizetype perBatch = RegionsPerBatch;

    qsizetype slices() const { return (codes.size() + perBatch - 1) / perBatch; }
    std::size_t pieces() const { return years.size() * std::size_t(slices()); }
};

Result<Plan> planOf(Database &db, std::optional<int> year, int regionsPerBatch)
{
    Plan plan;
    auto years = yearsToWrite(db, year);
    if (!years)
        return Error{years.error()};
    auto codes = regionCodes(db);
    if (!codes)
        return Error{codes.error()};
    auto indicators = indicatorRanks(db);
    if (!indicators)
        return Error{indicators.error()};
    plan.years = std::move(years).value();
    plan.codes = std::move(codes).value();
    plan.indicatorRank = std::move(indicators).value();
    plan.perBatch = std::max(1, regionsPerBatch);
    return plan;
}

// One piece: a year's figures of a slice of regions, in export order.
Result<std::vector<Value>> readPiece(Database &db, const Plan &plan, std::size_t piece)
{
    const int year = plan.years[piece / std::size_t(plan.slices())];
    const qsizetype from = qsizetype(piece % std::size_t(plan.slices())) * plan.perBatch;
    const QStringList regions = plan.codes.mid(from, plan.perBatch);
    auto read = valuestore::inYearsForRegions(db, regions, year, year);
    if (!read)
        return Error{read.error()};
    std::vector<Value> values = std::move(read).value();
    if (values.empty())
        return values;
    QHash<QString, qsizetype> rank; // a region's place in the slice
    for (qsizetype i = 0; i < regions.size(); ++i)
        rank.insert(regions[i], i);
    intoExportOrder(values, rank, plan.indicatorRank);
    return values;
}

} // namespace

namespace {

// A piece read: handed on unless it is empty; a failed read stops the walk.
Outcome deliver(Result<std::vector<Value>> values,
                const std::function<Outcome(std::vector<Value> &&)> &batch)
{
    if (!values)
        return Error{values.error()};
    return values->empty() ? Outcome::success() : batch(std::move(values).value());
}

} // namespace

Outcome forEachBatch(Database &db, std::optional<int> year,
                     const std::function<Outcome(std::vector<Value> &&)> &batch,
                     int regionsPerBatch)
{
    auto plan = planOf(db, year, regionsPerBatch);
    if (!plan)
        return Error{plan.error()};
    for (std::size_t piece = 0; piece < plan->pieces(); ++piece) {
        if (auto ok = deliver(readPiece(db, *plan, piece), batch); !ok)
            return ok;
    }
    return Outcome::success();
}

Outcome forEachBatchReadAhead(Database &db, std::optional<int> year,
                              const std::function<Outcome(std::vector<Value> &&)> &batch,
                              int readers, int regionsPerBatch)
{
    auto planned = planOf(db, year, regionsPerBatch);
    if (!planned)
        return Error{planned.error()};
    const Plan plan = std::move(planned).value();
    ReadAhead<std::vector<Value>> ahead(
        db.location(), plan.pieces(),
        [&plan](Database &reader, std::size_t piece) { return readPiece(reader, plan, piece); },
        readers, std::size_t(2 * std::max(1, readers)));
    for (std::size_t piece = 0; piece < plan.pieces(); ++piece) {
        if (auto ok = deliver(ahead.next(), batch); !ok)
            return ok;
    }
    return Outcome::success();
}

} // namespace zx::valuestream
