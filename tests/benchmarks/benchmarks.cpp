// zx_benchmarks: Google Benchmark over a synthetic city (docs/performance.md).
//   zx_benchmarks [--db=CITY.db] [--server=ADMIN] [benchmark flags]
// --server (or ZX_BENCH_SERVER): also the server's benchmarks (serverbenchmarks.cpp) on the
// PostgreSQL cluster of that libpq address, e.g. --server=dbname=postgres under pg_virtualenv.
// Without --db (or ZX_BENCH_DB) a tiny city is generated, so the test can run each once.
#include "benchcontext.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include <cstring>
#include <vector>

int main(int argc, char *argv[])
{
    // The PDF benchmark paints, which needs a QGuiApplication; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QString dbPath = qEnvironmentVariable("ZX_BENCH_DB");
    QString server = qEnvironmentVariable("ZX_BENCH_SERVER");
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--db=", 5) == 0)
            dbPath = QString::fromLocal8Bit(argv[i] + 5);
        else if (std::strncmp(argv[i], "--server=", 9) == 0)
            server = QString::fromLocal8Bit(argv[i] + 9);
        else
            args.push_back(argv[i]);
    }
    int count = int(args.size());
    QGuiApplication app(count, args.data());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 2;
    const auto context = zx::bench::prepareContext(dbPath);
    if (!context)
        return 1;
    zx::bench::registerBenchmarks(*context);
    if (!server.isEmpty())
        zx::bench::registerServerBenchmarks(*context, server);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
