#include "synthetic.h"

#include "generate/synthtargets.h"
#include "storage/auditstore.h"
#include "storage/bulkstore.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace zx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx", text); // lupdate files tr() here under the namespace
}

Outcome writeCatalogue(Database &db, const SynthModel &model)
{
    for (const Region &r : [&] {
             std::vector<Region> regions;
             for (const auto &node : model.regions())
                 regions.push_back(node.region);
             return regions;
         }())
        if (auto ok = regionstore::insert(db, r); !ok)
            return ok;
    for (const Category &c : model.categories())
        if (auto ok = catalogstore::insertCategory(db, c); !ok)
            return ok;
    for (const auto &item : model.items())
        if (auto ok = catalogstore::insertIndicator(db, item.indicator); !ok)
            return ok;
    return Outcome::success();
}

qint64 expectedValues(const SynthModel &model)
{
    qint64 n = 0;
    for (int i = 0; i < int(model.items().size()); ++i)
        for (int r = 0; r < int(model.regions().size()); ++r)
            n += model.isStoredOn(i, r) ? 4 * model.options().years : 0;
    return n;
}

// Items in code order, so that rows arrive in primary-key order (indicator, region, year…).
std::vector<int> itemsByCode(const SynthModel &model)
{
    std::vector<int> order(model.items().size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return model.items()[a].indicator.code < model.items()[b].indicator.code;
    });
    return order;
}

struct Writers
{
    std::unique_ptr<bulkstore::ValueWriter> values;
    std::unique_ptr<bulkstore::TargetWriter> targets;
};

Outcome writeItem(const SynthModel &model, const SynthTargets &targets, int item, Writers &w,
                  const GenerateProgress &progress, qint64 total)
{
    const GenerateOptions &o = model.options();
    const QString &code = model.items()[item].indicator.code;
    for (int r = 0; r < int(model.regions().size()); ++r) {
        const QString &region = model.regions()[r].region.code;
        for (int y = o.firstYear; y < o.firstYear + o.years; ++y) {
            if (const auto t = targets.target(item, r, y))
                if (auto ok = w.targets->add(*t); !ok)
                    return ok;
            if (!model.isStoredOn(item, r))
                continue;
            for (int q = 1; q <= 4; ++q) {
                const auto v = model.value(item, r, y, q);
                if (!v)
                    continue;
                if (auto ok = w.values->add(code, region, y, q, v->toString()); !ok)
                    return ok;
                if (progress && w.values->count() % 20000 == 0)
                    progress(w.values->count(), total);
            }
        }
    }
    return Outcome::success();
}

} // namespace

Outcome checkOptions(const GenerateOptions &o)
{
    if (o.counties < 1 || o.counties > 99)
        return Error{tr("--counties must be 1 to 99")};
    if (o.townshipsPerCounty < 1 || o.townshipsPerCounty > 999)
        return Error{tr("--townships-per-county must be 1 to 999")};
    if (o.villagesPerTownship < 1 || o.villagesPerTownship > 999)
        return Error{tr("--villages-per-township must be 1 to 999")};
    if (o.years < 1 || o.years > 50 || o.firstYear < 1900 || o.firstYear + o.years > 3000)
        return Error{tr("--years must be 1 to 50, from a first year such as 2020")};
    if (o.indicators > 1000)
        return Error{tr("--indicators must be at most 1000")};
    return Outcome::success();
}

Result<GenerateSummary> generateDatabase(Database &db, const GenerateOptions &options,
                                         const QString &userName, const GenerateProgress &progress)
{
    if (auto ok = checkOptions(options); !ok)
        return Error{ok.error()};
    auto sample = readSampleCatalogue();
    if (!sample)
        return Error{sample.error()};
    if (options.indicators < int(sample->indicators.size()))
        return Error{tr("--indicators must be at least %1, the size of the sample catalogue")
                         .arg(sample->indicators.size())};
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    auto empty = bulkstore::isEmpty(db);
    if (!empty)
        return Error{empty.error()};
    if (!*empty)
        return Error{tr("%1 already holds regions or indicators; generate into a new file")
                         .arg(db.path())};
    if (auto ok = bulkstore::growCache(db, 512); !ok)
        return Error{ok.error()};
    const SynthModel model(*sample, options);
    const SynthTargets targets(model);
    if (auto ok = writeCatalogue(db, model); !ok)
        return Error{ok.error()};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Writers w;
    auto values = bulkstore::ValueWriter::prepare(db, userName, now);
    auto targetWriter = bulkstore::TargetWriter::prepare(db);
    if (!values || !targetWriter)
        return Error{!values ? values.error() : targetWriter.error()};
    w.values = std::move(values).value();
    w.targets = std::move(targetWriter).value();
    const qint64 total = expectedValues(model);
    for (int item : itemsByCode(model))
        if (auto ok = writeItem(model, targets, item, w, progress, total); !ok)
            return Error{ok.error()};
    GenerateSummary summary{qint64(model.regions().size()), qint64(model.items().size()),
                            w.values->count(), w.targets->count()};
    AuditEntry entry;
    entry.at = now;
    entry.user = userName;
    entry.action = QStringLiteral("data.generate");
    entry.comment =
        tr("Synthetic city generated: %1 counties × %2 townships × %3 villages, %4 indicators, "
           "%5–%6, seed %7 (%8 figures, %9 targets)")
            .arg(options.counties)
            .arg(options.townshipsPerCounty)
            .arg(options.villagesPerTownship)
            .arg(summary.indicators)
            .arg(options.firstYear)
            .arg(options.firstYear + options.years - 1)
            .arg(options.seed)
            .arg(summary.values)
            .arg(summary.targets);
    if (auto ok = auditstore::append(db, entry); !ok)
        return Error{ok.error()};
    if (auto ok = tx.commit(); !ok)
        return Error{ok.error()};
    if (progress)
        progress(summary.values, total);
    return summary;
}

} // namespace zx
