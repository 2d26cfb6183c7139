// The values export and the fill-in templates (issue 15): what `zhenxing-cli export` does for
// them, on the file given with --db. tools/perf times the commands themselves against sqlite3.
#include "benchcontext.h"

#include "io/csvexport.h"
#include "io/xlsxexport.h"
#include "storage/database.h"

#include <QFile>

#include <benchmark/benchmark.h>

namespace zx::bench {

namespace {

std::unique_ptr<Database> openOrSkip(benchmark::State &state, const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db) {
        state.SkipWithError(qPrintable(db.error()));
        return nullptr;
    }
    return std::move(db).value();
}

// `export DB values.csv`: every figure of every year, streamed a batch of regions at a time.
void exportValuesCity(benchmark::State &state, const BenchContext &c)
{
    const QString out = c.work->filePath(QStringLiteral("values.csv"));
    qint64 bytes = 0;
    for (auto _ : state) {
        auto db = openOrSkip(state, c.dbPath);
        if (!db)
            return;
        if (auto ok = csvexport::writeValues(*db, std::nullopt, out); !ok) {
            state.SkipWithError(qPrintable(ok.error()));
            return;
        }
        bytes = QFile(out).size();
    }
    state.counters["bytes"] = double(bytes);
    QFile::remove(out);
}

// `export DB FILE.xlsx --what template --year Y [--region COUNTY]`.
void fillInTemplate(benchmark::State &state, const BenchContext &c, const QString &region)
{
    const QString out = c.work->filePath(QStringLiteral("template.xlsx"));
    for (auto _ : state) {
        auto db = openOrSkip(state, c.dbPath);
        if (!db)
            return;
        if (auto ok = xlsxexport::writeTemplate(*db, out, c.year, region); !ok) {
            state.SkipWithError(qPrintable(ok.error()));
            return;
        }
    }
    QFile::remove(out);
}

} // namespace

void registerExportBenchmarks(BenchContext &c)
{
    const auto ms = benchmark::kMillisecond;
    benchmark::RegisterBenchmark("export_values_city", [&c](benchmark::State &s) { exportValuesCity(s, c); })
        ->Unit(ms)->UseRealTime()->Iterations(1);
    benchmark::RegisterBenchmark("template_county", [&c](benchmark::State &s) {
        fillInTemplate(s, c, c.countyCode);
    })->Unit(ms)->UseRealTime();
    benchmark::RegisterBenchmark("template_city", [&c](benchmark::State &s) {
        fillInTemplate(s, c, QString());
    })->Unit(ms)->UseRealTime()->Iterations(1);
}

} // namespace zx::bench
