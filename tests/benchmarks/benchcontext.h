#pragma once

#include <QString>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

namespace zx::bench {

// What every benchmark works on, set up once by main before any runs: the database (the city
// given with --db / ZX_BENCH_DB, else a tiny synthetic one generated in a temporary folder),
// the regions and period to summarise, and the CSV of figures to import. Owned by main and
// passed to the benchmarks by reference.
struct BenchContext
{
    std::unique_ptr<QTemporaryDir> work;
    QString dbPath;
    QString cityCode;   // the root region
    QString countyCode; // its first child
    int year = 0;       // the last year with figures
    int quarter = 2;
    QString importCsv;  // figures for the year after the last, up to importLimit
    qint64 importRows = 0;
    qint64 importLimit = 1000000;
    // Every stored figure of the county's subtree in the last year (90,068 on the 10-county
    // city), each re-entered with a new comment: that many changed figures.
    QString changedCsv;
    qint64 changedRows = 0;
};

// Prepares the context; on failure prints why and returns nullptr.
std::unique_ptr<BenchContext> prepareContext(const QString &dbPath);

// What the overview page shows, on the database at `address` (a file or a server): open, load
// the year and the one before, every indicator's summary and its children's ranking
// (registerbenchmarks.cpp). `scoped`: Dataset::loadScoped, else Dataset::load.
void overviewOf(benchmark::State &state, const BenchContext &context, const QString &address,
                const QString &region, bool scoped);

// Registers the benchmarks (opening + overview of the county and the city, CSV import,
// county PDF, and the Dataset load alone).
void registerBenchmarks(BenchContext &context);
// The county overview and the imports on a PostgreSQL server (serverbenchmarks.cpp): the
// county copied into a database made on the cluster of `adminAddress` (a libpq address where
// the user may CREATE DATABASE).
void registerServerBenchmarks(BenchContext &context, const QString &adminAddress);

} // namespace zx::bench
