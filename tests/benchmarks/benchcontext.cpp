#include "benchcontext.h"

#include "generate/synthetic.h"
#include "storage/database.h"
#include "storage/valuestore.h"
#include "summary/dataset.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace zx::bench {

namespace {

bool failed(const QString &message)
{
    std::fprintf(stderr, "zx_benchmarks: %s\n", qPrintable(message));
    return false;
}

// A tiny city (1 county, 2 townships of 3 villages, 2 years) so that a test can run every
// benchmark once in a second or two.
bool generateTiny(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return failed(db.error());
    GenerateOptions o;
    o.counties = 1;
    o.townshipsPerCounty = 2;
    o.villagesPerTownship = 3;
    o.indicators = 78;
    o.years = 2;
    auto summary = generateDatabase(*db.value(), o, QStringLiteral("bench"));
    return summary ? true : failed(summary.error());
}

// The figures of the last years again, one year later each: new rows that pass validation
// because they repeat figures that did. Each carries a comment, which keeps a figure the
// outlier and slip checks merely warn about (docs/validation.md).
bool writeImportCsv(Database &db, BenchContext &c, int firstYear)
{
    QFile file(c.importCsv);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed(file.errorString());
    QTextStream out(&file);
    out << "indicator,region,year,quarter,value,comment\n";
    const int shift = c.year - firstYear + 1;
    for (int year = c.year; year >= firstYear && c.importRows < c.importLimit; --year) {
        auto values = valuestore::inYears(db, year, year);
        if (!values)
            return failed(values.error());
        // Whole years only: a file cut inside a year (a region's parts without their total, a
        // county's villages without the rest of the city) is refused or warned about. On the
        // 10-county city one year is 900,680 figures.
        if (c.importRows > 0 && c.importRows + qint64(values->size()) > c.importLimit)
            break;
        for (const Value &v : *values)
            out << v.indicatorCode << ',' << v.regionCode << ',' << v.year + shift << ','
                << v.quarter << ',' << v.value.toString() << ",benchmark\n";
        c.importRows += qint64(values->size());
    }
    return true;
}

// The county's figures of the last year again, the same figures with a new comment each: every
// row a changed figure that passes validation as it did (a +1 on every figure would break the
// parts-sum and roll-up rules: 6,390 findings on the city).
bool writeChangedCsv(Database &db, const Dataset &tree, BenchContext &c)
{
    QStringList subtree{c.countyCode};
    for (qsizetype i = 0; i < subtree.size(); ++i)
        subtree += tree.children(subtree[i]);
    auto values = valuestore::inYearsForRegions(db, subtree, c.year, c.year);
    if (!values)
        return failed(values.error());
    QFile file(c.changedCsv);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed(file.errorString());
    QTextStream out(&file);
    out << "indicator,region,year,quarter,value,comment\n";
    for (const Value &v : *values) {
        out << v.indicatorCode << ',' << v.regionCode << ',' << v.year << ',' << v.quarter << ','
            << v.value.toString() << ",benchmark re-entered\n";
        ++c.changedRows;
    }
    return true;
}

} // namespace

std::unique_ptr<BenchContext> prepareContext(const QString &dbPath)
{
    auto c = std::make_unique<BenchContext>();
    c->work = std::make_unique<QTemporaryDir>();
    if (!c->work->isValid())
        return failed(QStringLiteral("no temporary folder")), nullptr;
    c->dbPath = dbPath;
    if (c->dbPath.isEmpty()) {
        c->dbPath = c->work->filePath(QStringLiteral("tiny.db"));
        if (!generateTiny(c->dbPath))
            return nullptr;
    }
    auto db = Database::open(c->dbPath, Database::OpenMode::OpenExisting);
    if (!db)
        return failed(db.error()), nullptr;
    auto years = valuestore::years(*db.value());
    if (!years || years->empty())
        return failed(years ? QStringLiteral("no figures in %1").arg(c->dbPath) : years.error()), nullptr;
    c->year = years->back();
    // The region tree only: a span without figures keeps the load small.
    auto tree = Dataset::load(*db.value(), 1, 1);
    if (!tree)
        return failed(tree.error()), nullptr;
    for (const Region &r : tree->regions())
        if (r.parentCode.isEmpty() && c->cityCode.isEmpty())
            c->cityCode = r.code;
    if (c->cityCode.isEmpty() || tree->children(c->cityCode).isEmpty())
        return failed(QStringLiteral("no region tree in %1").arg(c->dbPath)), nullptr;
    c->countyCode = tree->children(c->cityCode).first();
    c->importCsv = c->work->filePath(QStringLiteral("import.csv"));
    if (!writeImportCsv(*db.value(), *c, years->front()))
        return nullptr;
    c->changedCsv = c->work->filePath(QStringLiteral("changed.csv"));
    if (!writeChangedCsv(*db.value(), *tree, *c))
        return nullptr;
    return c;
}

} // namespace zx::bench
