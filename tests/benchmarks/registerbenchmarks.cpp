#include "benchcontext.h"

#include "io/valueimport.h"
#include "report/reportdata.h"
#include "report/reportrenderer.h"
#include "session/workspace.h"
#include "storage/database.h"
#include "summary/evaluator.h"
#include "summary/streamcheck.h"

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

// What the overview page shows: open the file, load the year and the one before (for the
// year-over-year change), every indicator's figure, target, completion and status for the
// region, and the ranking of its children for every indicator.
// `scoped`: read only the region, its children and their cached roll-ups
// (Dataset::loadScoped, as `zhenxing-cli summary` does); else everything (Dataset::load, as
// the desktop workspace does).
} // namespace

void overviewOf(benchmark::State &state, const BenchContext &c, const QString &address,
                const QString &region, bool scoped)
{
    for (auto _ : state) {
        auto db = openOrSkip(state, address);
        if (!db)
            return;
        auto data = scoped ? Dataset::loadScoped(*db, {region}, c.year - 1, c.year)
                           : Dataset::load(*db, c.year - 1, c.year);
        if (!data) {
            state.SkipWithError(qPrintable(data.error()));
            return;
        }
        const Evaluator eval(*data);
        const RegionSummary summary = eval.summarize(region, c.year, c.quarter);
        std::size_t ranked = 0;
        for (const IndicatorSummary &s : summary.indicators)
            ranked += eval.rankChildren(*s.indicator, region, c.year, c.quarter).size();
        benchmark::DoNotOptimize(ranked);
    }
}

namespace {

void overview(benchmark::State &state, const BenchContext &c, const QString &region, bool scoped)
{
    overviewOf(state, c, c.dbPath, region, scoped);
}

// The Dataset load alone (two years), to tell reading from computing.
void datasetLoad(benchmark::State &state, const BenchContext &c)
{
    auto db = openOrSkip(state, c.dbPath);
    if (!db)
        return;
    for (auto _ : state) {
        auto data = Dataset::load(*db, c.year - 1, c.year);
        if (!data) {
            state.SkipWithError(qPrintable(data.error()));
            return;
        }
        benchmark::DoNotOptimize(data->values().size());
    }
}

// Plans and applies `csv` as `zhenxing-cli import` does (the backup before writing, one
// validation, one transaction), on a fresh copy of the database each time (the copy is not
// timed).
void importFile(benchmark::State &state, const BenchContext &c, const QString &csv, qint64 rows)
{
    const QString copy = c.work->filePath(QStringLiteral("import-copy.db"));
    for (auto _ : state) {
        state.PauseTiming();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(copy + QLatin1String(suffix));
        if (!QFile::copy(c.dbPath, copy)) {
            state.SkipWithError("cannot copy the database");
            return;
        }
        state.ResumeTiming();
        auto db = openOrSkip(state, copy);
        if (!db)
            return;
        const ImportPlan plan = planImportFile(*db, csv, systemUserName());
        if (plan.blocked()) {
            state.SkipWithError(plan.findings.empty()
                                    ? "import cancelled"
                                    : qPrintable(formatFinding(plan.findings.front())));
            return;
        }
        ImportCheck check = ImportCheck::None;
        if (auto ok = applyImport(*db, plan, systemUserName(), {}, &check); !ok) {
            state.SkipWithError(qPrintable(ok.error()));
            return;
        }
        if (check != ImportCheck::Reused) {
            state.SkipWithError("the import checked its plan a second time");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * rows);
    state.counters["rows"] = double(rows);
}

// What `zhenxing-cli report` does for the county: open, load (scoped), build the report, write
// the PDF.
void countyPdf(benchmark::State &state, const BenchContext &c)
{
    const QString out = c.work->filePath(QStringLiteral("county.pdf"));
    for (auto _ : state) {
        auto db = openOrSkip(state, c.dbPath);
        if (!db)
            return;
        auto data = Dataset::loadScoped(*db, {c.countyCode}, c.year - 1, c.year);
        if (!data) {
            state.SkipWithError(qPrintable(data.error()));
            return;
        }
        const Evaluator eval(*data);
        const ReportData report = buildReport(eval, c.countyCode, c.year, c.quarter,
                                              ReportLanguage::Chinese);
        if (auto ok = renderPdf(report, out); !ok) {
            state.SkipWithError(qPrintable(ok.error()));
            return;
        }
    }
}

// What `zhenxing-cli check` does after PRAGMA integrity_check: every rule over every figure,
// read family by family (streamChecks); tools/perf/run-benchmarks.sh times the whole command
// against integrity_check alone.
void streamedCheck(benchmark::State &state, const BenchContext &c)
{
    auto db = openOrSkip(state, c.dbPath);
    if (!db)
        return;
    for (auto _ : state) {
        std::size_t findings = 0;
        if (auto ok = streamChecks(*db, [&](const Finding &) { ++findings; }); !ok) {
            state.SkipWithError(qPrintable(ok.error()));
            return;
        }
        benchmark::DoNotOptimize(findings);
    }
}

// The county report's data alone (scoped load, figures, rankings and the findings of the
// county's subtree), without the PDF: what should not grow with the other counties of the file.
void countyReportData(benchmark::State &state, const BenchContext &c)
{
    auto db = openOrSkip(state, c.dbPath);
    if (!db)
        return;
    for (auto _ : state) {
        auto data = Dataset::loadScoped(*db, {c.countyCode}, c.year - 1, c.year);
        if (!data) {
            state.SkipWithError(qPrintable(data.error()));
            return;
        }
        const Evaluator eval(*data);
        const ReportData report = buildReport(eval, c.countyCode, c.year, c.quarter,
                                              ReportLanguage::Chinese);
        benchmark::DoNotOptimize(report.findings.size());
    }
}

} // namespace

// exportbenchmarks.cpp: export_values_city, template_county, template_city.
void registerExportBenchmarks(BenchContext &c);

void registerBenchmarks(BenchContext &c)
{
    const auto ms = benchmark::kMillisecond;
    for (const bool scoped : {true, false}) {
        const std::string suffix = scoped ? "_scoped" : "_full_load";
        benchmark::RegisterBenchmark(("county_overview" + suffix).c_str(),
                                     [&c, scoped](benchmark::State &s) { overview(s, c, c.countyCode, scoped); })
            ->Unit(ms)->UseRealTime();
        benchmark::RegisterBenchmark(("city_overview" + suffix).c_str(),
                                     [&c, scoped](benchmark::State &s) { overview(s, c, c.cityCode, scoped); })
            ->Unit(ms)->UseRealTime();
    }
    benchmark::RegisterBenchmark("dataset_load_two_years", [&c](benchmark::State &s) { datasetLoad(s, c); })
        ->Unit(ms)->UseRealTime();
    benchmark::RegisterBenchmark("import_csv", [&c](benchmark::State &s) {
        importFile(s, c, c.importCsv, c.importRows);
    })->Unit(ms)->UseRealTime()->Iterations(1);
    benchmark::RegisterBenchmark("import_changed_90k", [&c](benchmark::State &s) {
        importFile(s, c, c.changedCsv, c.changedRows);
    })->Unit(ms)->UseRealTime()->Iterations(1);
    benchmark::RegisterBenchmark("county_pdf", [&c](benchmark::State &s) { countyPdf(s, c); })
        ->Unit(ms)->UseRealTime();
    benchmark::RegisterBenchmark("county_report_data", [&c](benchmark::State &s) { countyReportData(s, c); })
        ->Unit(ms)->UseRealTime();
    benchmark::RegisterBenchmark("check_streamed", [&c](benchmark::State &s) { streamedCheck(s, c); })
        ->Unit(ms)->UseRealTime()->Iterations(1);
    registerExportBenchmarks(c);
}

} // namespace zx::bench
