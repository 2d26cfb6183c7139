// The shared server against the same county in a file (issue 16): the county overview and the
// imports, with the server a database on a PostgreSQL cluster given by --server=ADMIN (a
// libpq address of a database where the user may CREATE DATABASE, e.g. "dbname=postgres"
// under pg_virtualenv). The file's own benchmarks (county_overview_scoped, import_csv,
// import_changed_90k) run in the same process: tools/perf/server-benchmarks.sh sets the ratios.
#include "benchcontext.h"
#include "io/valueimport.h"
#include "storage/database.h"
#include "storage/storecopy.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <atomic>
#include <unistd.h>

namespace zx::bench {

namespace {

// Runs a statement on the cluster's maintenance database (CREATE/DROP DATABASE); the error text.
QString admin(const QString &adminAddress, const QString &statement)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("zx-bench-admin-%1").arg(++counter);
    QString error;
    {
        const Connection where = Connection::parse(adminAddress);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QStringList options;
        for (const auto &[key, value] : where.parameters())
            options << key + u'=' + Connection::quotedValue(value);
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            error = db.lastError().text();
        else if (QSqlQuery q(db); !q.exec(statement))
            error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The address of database `name` on the admin address's cluster.
QString databaseOn(const QString &adminAddress, const QString &name)
{
    QString text = Connection::parse(adminAddress).text();
    static const QRegularExpression dbname(QStringLiteral("dbname=\\S+"));
    text.remove(dbname);
    return text.trimmed() + QStringLiteral(" dbname=") + name;
}

// A fresh database holding the context's county (the file copied whole); its address, or "".
// A fresh database `name` holding the context's county (the file copied whole): its address,
// or the error.
Result<QString> copyOnto(const BenchContext &c, const QString &adminAddress, const QString &name)
{
    admin(adminAddress, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (const QString error = admin(adminAddress, QStringLiteral("CREATE DATABASE %1").arg(name)); !error.isEmpty())
        return Error{error};
    const QString address = databaseOn(adminAddress, name);
    auto from = Database::open(c.dbPath, Database::OpenMode::OpenExisting);
    auto to = Database::open(address, Database::OpenMode::CreateIfMissing);
    if (!from || !to)
        return Error{!from ? from.error() : to.error()};
    if (auto copied = storecopy::copyAll(*from.value(), *to.value()); !copied)
        return Error{copied.error()};
    return address;
}

QString freshCopy(benchmark::State &state, const BenchContext &c, const QString &adminAddress, const QString &name)
{
    auto address = copyOnto(c, adminAddress, name);
    if (!address) {
        state.SkipWithError(qPrintable(address.error()));
        return QString();
    }
    return address.value();
}

// What `zhenxing-cli import URL FILE` does, on a fresh copy of the county on the server each
// time (the copy is not timed): plan, one validation, one transaction, the server's audit
// trigger writing an entry per figure.
void serverImport(benchmark::State &state, const BenchContext &c, const QString &adminAddress,
                  const QString &csv, qint64 rows)
{
    const QString name = QStringLiteral("zx_bench_import_%1").arg(::getpid());
    for (auto _ : state) {
        state.PauseTiming();
        const QString address = freshCopy(state, c, adminAddress, name);
        if (address.isEmpty())
            return;
        state.ResumeTiming();
        auto db = Database::open(address, Database::OpenMode::OpenExisting);
        if (!db) {
            state.SkipWithError(qPrintable(db.error()));
            return;
        }
        const ImportPlan plan = planImportFile(*db.value(), csv, db.value()->userName());
        if (plan.blocked()) {
            state.SkipWithError(plan.findings.empty() ? "import cancelled"
                                                      : qPrintable(formatFinding(plan.findings.front())));
            return;
        }
        if (auto ok = applyImport(*db.value(), plan, db.value()->userName()); !ok) {
            state.SkipWithError(qPrintable(ok.error()));
            return;
        }
    }
    admin(adminAddress, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    state.SetItemsProcessed(state.iterations() * rows);
    state.counters["rows"] = double(rows);
}

} // namespace

void registerServerBenchmarks(BenchContext &c, const QString &adminAddress)
{
    // One copy of the county for the reading benchmarks, made before any runs.
    static QString readAddress;
    auto copied = copyOnto(c, adminAddress, QStringLiteral("zx_bench_read_%1").arg(::getpid()));
    const QString error = copied ? QString() : copied.error();
    if (copied)
        readAddress = copied.value();
    const auto ms = benchmark::kMillisecond;
    if (!error.isEmpty()) {
        benchmark::RegisterBenchmark("server_setup", [error](benchmark::State &s) {
            for (auto _ : s)
                s.SkipWithError(qPrintable(error));
        });
        return;
    }
    benchmark::RegisterBenchmark("server_county_overview_scoped", [&c](benchmark::State &s) {
        overviewOf(s, c, readAddress, c.countyCode, true);
    })->Unit(ms)->UseRealTime();
    benchmark::RegisterBenchmark("server_city_overview_scoped", [&c](benchmark::State &s) {
        overviewOf(s, c, readAddress, c.cityCode, true);
    })->Unit(ms)->UseRealTime();
    benchmark::RegisterBenchmark("server_import_csv", [&c, adminAddress](benchmark::State &s) {
        serverImport(s, c, adminAddress, c.importCsv, c.importRows);
    })->Unit(ms)->UseRealTime()->Iterations(1);
    benchmark::RegisterBenchmark("server_import_changed_90k", [&c, adminAddress](benchmark::State &s) {
        serverImport(s, c, adminAddress, c.changedCsv, c.changedRows);
    })->Unit(ms)->UseRealTime()->Iterations(1);
}

} // namespace zx::bench
