// The values export and the fill-in template read a batch of regions at a time (issue 15):
// the rows, their order and the files' bytes are checked against raw SQL over the file and
// against literal figures (the sample county's, as in shared/seed/figures-2023.csv, and the
// generated city's first lines), never against the code under test. A fresh database per test.
#include "entryfixture.h"
#include "openpyxl.h"

#include "entry/valueentry.h"
#include "generate/synthetic.h"
#include "io/csvexport.h"
#include "io/exporttable.h"
#include "io/valuestream.h"
#include "io/xlsxexport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace zx::test {
namespace {

const QString County = QStringLiteral("410104");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << str(path);
    return f.readAll();
}

QList<QByteArray> linesOf(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A CSV field as RFC 4180 and docs/formats.md write it: a text starting with = + - @ tab or
// CR gets an apostrophe, a field with , " CR or LF is quoted with its quotes doubled.
QString field(const QString &value, bool isText)
{
    QString f = value;
    if (isText && !f.isEmpty() && QStringLiteral("=+-@\t\r").contains(f.front()))
        f.prepend(u'\'');
    if (f.contains(u',') || f.contains(u'"') || f.contains(u'\r') || f.contains(u'\n'))
        f = u'"' + f.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return f;
}

// The export as sqlite3 would list it: every stored figure through the indicator_value view,
// ORDER BY year, region_code, indicator_code, quarter (text compared as bytes), as CSV lines.
QByteArray expectedCsv(const QString &path, std::optional<int> year = std::nullopt)
{
    QByteArray out("\xEF\xBB\xBFindicator,region,year,quarter,value,comment\r\n");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("oracle"));
        raw.setDatabaseName(path);
        EXPECT_TRUE(raw.open());
        QSqlQuery q(raw);
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT indicator_code, region_code, year, quarter, amount, comment FROM indicator_value %1 "
            "ORDER BY year, region_code, indicator_code, quarter")
                               .arg(year ? QStringLiteral("WHERE year = %1").arg(*year) : QString())))
            << str(q.lastError().text());
        while (q.next()) {
            const QStringList fields{field(q.value(0).toString(), true), field(q.value(1).toString(), true),
                                     q.value(2).toString(), q.value(3).toString(),
                                     field(q.value(4).toString(), false), field(q.value(5).toString(), true)};
            out += (fields.join(u',') + QStringLiteral("\r\n")).toUtf8();
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("oracle"));
    return out;
}

qint64 rawCount(const QString &path, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        raw.setDatabaseName(path);
        EXPECT_TRUE(raw.open());
        QSqlQuery q(raw);
        EXPECT_TRUE(q.exec(sql)) << str(q.lastError().text());
        if (q.next())
            n = q.value(0).toLongLong();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

void rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exec"));
        raw.setDatabaseName(path);
        EXPECT_TRUE(raw.open());
        QSqlQuery q(raw);
        EXPECT_TRUE(q.exec(sql)) << str(q.lastError().text());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("exec"));
}

// Every part of an xlsx package, name and bytes, except docProps/core.xml (it holds the time
// the workbook was written).
QByteArray packageParts(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile\n"
                            "z = zipfile.ZipFile(sys.argv[1])\n"
                            "for n in sorted(z.namelist()):\n"
                            "    if n != 'docProps/core.xml':\n"
                            "        sys.stdout.buffer.write(n.encode() + b'\\n' + z.read(n) + b'\\n')\n"),
             path});
    EXPECT_TRUE(p.waitForFinished(120000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return p.readAllStandardOutput();
}

class ExportStreamTest : public SampleDbTest
{
protected:
    QString out(const QString &name) { return dir.filePath(name); }

    QByteArray writtenCsv(std::optional<int> year = std::nullopt)
    {
        const QString file = out(QStringLiteral("values.csv"));
        const Outcome ok = csvexport::writeValues(*db, year, file);
        EXPECT_TRUE(ok.ok()) << str(ok.error());
        return readAll(file);
    }
};

TEST_F(ExportStreamTest, SampleValuesCsvListsEveryFigureByYearRegionIndicatorQuarter)
{
    const QByteArray csv = writtenCsv();
    const QList<QByteArray> lines = linesOf(csv);
    ASSERT_EQ(lines.size(), 1 + 3978) << "the header and the sample's 3,978 figures";
    EXPECT_EQ(rawCount(path, QStringLiteral("SELECT count(*) FROM indicator_value")), 3978);
    EXPECT_EQ(lines[0], QByteArray("\xEF\xBB\xBFindicator,region,year,quarter,value,comment\r"));
    // 2022 first, the county (410104) before its townships, indicators by code, then quarters.
    EXPECT_EQ(lines[1], QByteArray("agri_input_dealers,410104,2022,1,21,\r"));
    EXPECT_EQ(lines[2], QByteArray("agri_input_dealers,410104,2022,2,21,\r"));
    EXPECT_EQ(lines[3], QByteArray("agri_input_dealers,410104,2022,3,22,\r"));
    EXPECT_TRUE(csv.contains("river_patrols,410104,2023,1,560,\r\n"
                             "river_patrols,410104,2023,2,640,\r\n"
                             "river_patrols,410104,2023,3,660,\r\n"
                             "river_patrols,410104,2023,4,576,\r\n"))
        << "the county's 2,436 patrols of 2023 (seed: 共计巡河(库)2436次), quarter by quarter";
    EXPECT_EQ(csv, expectedCsv(path)) << "byte for byte what sqlite3 lists in that order";
}

TEST_F(ExportStreamTest, StreamedInMemoryAndTableExportsWriteTheSameBytes)
{
    for (const std::optional<int> year : {std::optional<int>(), std::optional<int>(2023)}) {
        const QByteArray file = writtenCsv(year);
        auto inMemory = csvexport::values(*db, year);
        ASSERT_TRUE(inMemory.ok()) << str(inMemory.error());
        EXPECT_EQ(*inMemory, file);
        auto table = exporttable::values(*db, year);
        ASSERT_TRUE(table.ok()) << str(table.error());
        EXPECT_EQ(exporttable::toCsv(*table), file);
        EXPECT_EQ(file, expectedCsv(path, year));
    }
    EXPECT_EQ(linesOf(writtenCsv(2023)).size(),
              1 + rawCount(path, QStringLiteral("SELECT count(*) FROM indicator_value WHERE year = 2023")));
}

// Comments a clerk typed: formula starts get an apostrophe, commas, quotes and line breaks
// quotes, in the streamed file as in the rules of docs/formats.md.
TEST_F(ExportStreamTest, CommentsAreNeutralisedAndQuotedAsTheFormatSays)
{
    const QStringList comments = {QStringLiteral("=1+1"), QStringLiteral("+86 138"),
                                  QStringLiteral("-5 since Q1"), QStringLiteral("@SUM(A1)"),
                                  QStringLiteral("\tindented"), QStringLiteral("a, b"),
                                  QStringLiteral("say \"yes\""), QStringLiteral("two\r\nlines"),
                                  QStringLiteral("截至6月30日夏播进度")};
    const QStringList villages = {QStringLiteral("410104001001"), QStringLiteral("410104001002"),
                                  QStringLiteral("410104001003")};
    for (int i = 0; i < comments.size(); ++i) {
        const ValueKey key{QStringLiteral("river_patrols_village"), villages[i % 3], 2023, 1 + i / 3};
        const auto before = stored(key);
        ASSERT_TRUE(before.has_value()) << str(key.regionCode) << " Q" << key.quarter;
        ASSERT_TRUE(setValue(*db, key, before->value, comments[i], QStringLiteral("local")).ok());
    }
    const QByteArray csv = writtenCsv(2023);
    EXPECT_TRUE(csv.contains(",'=1+1\r\n")) << "formula start neutralised";
    EXPECT_TRUE(csv.contains(",'+86 138\r\n"));
    EXPECT_TRUE(csv.contains(",'-5 since Q1\r\n"));
    EXPECT_TRUE(csv.contains(",'@SUM(A1)\r\n"));
    EXPECT_TRUE(csv.contains(",'\tindented\r\n"));
    EXPECT_TRUE(csv.contains(",\"a, b\"\r\n"));
    EXPECT_TRUE(csv.contains(",\"say \"\"yes\"\"\"\r\n"));
    EXPECT_TRUE(csv.contains(",\"two\r\nlines\"\r\n"));
    EXPECT_TRUE(csv.contains(QStringLiteral(",截至6月30日夏播进度\r\n").toUtf8()));
    EXPECT_EQ(csv, expectedCsv(path, 2023));
    auto inMemory = csvexport::values(*db, 2023);
    ASSERT_TRUE(inMemory.ok());
    EXPECT_EQ(*inMemory, csv);
    auto table = exporttable::values(*db, 2023);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(exporttable::toCsv(*table), csv) << "the table's writer says the same";
}

TEST_F(ExportStreamTest, BatchSizeChangesNeitherTheRowsNorTheirOrder)
{
    const auto keysWith = [this](int regionsPerBatch, int readers = 0) {
        QStringList keys;
        int batches = 0;
        const auto each = [&](std::vector<Value> &&batch) {
            ++batches;
            for (const Value &v : batch)
                keys << QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(v.indicatorCode, v.regionCode)
                            .arg(v.year)
                            .arg(v.quarter)
                            .arg(v.value.toString());
            return Outcome::success();
        };
        // readers 0: on this connection; else read ahead on that many threads of their own.
        const Outcome ok =
            readers == 0
                ? valuestream::forEachBatch(*db, std::nullopt, each, regionsPerBatch)
                : valuestream::forEachBatchReadAhead(*db, std::nullopt, each, readers, regionsPerBatch);
        EXPECT_TRUE(ok.ok()) << str(ok.error());
        return std::make_pair(keys, batches);
    };
    const auto [one, oneBatches] = keysWith(1);
    ASSERT_EQ(one.size(), 3978);
    // 26 regions with figures in each of the sample's two years: one batch per region and year.
    EXPECT_EQ(oneBatches, rawCount(path, QStringLiteral(
                                             "SELECT count(*) FROM (SELECT DISTINCT year, region_code "
                                             "FROM indicator_value)")));
    EXPECT_EQ(keysWith(3).first, one);
    EXPECT_EQ(keysWith(1, 2), std::make_pair(one, oneBatches)) << "two readers, one region a batch";
    EXPECT_EQ(keysWith(5, 3).first, one);
    const auto [all, allBatches] = keysWith(valuestream::RegionsPerBatch);
    EXPECT_EQ(all, one);
    EXPECT_EQ(allBatches, 2) << "one batch per year";
}

TEST_F(ExportStreamTest, ReadingStopsAtTheFirstRefusedBatch)
{
    for (const bool ahead : {false, true}) {
        int batches = 0;
        const auto refuse = [&batches](std::vector<Value> &&) {
            ++batches;
            return Outcome(Error{QStringLiteral("disk full")});
        };
        const Outcome ok = ahead ? valuestream::forEachBatchReadAhead(*db, std::nullopt, refuse, 2, 1)
                                 : valuestream::forEachBatch(*db, std::nullopt, refuse, 5);
        ASSERT_FALSE(ok.ok());
        EXPECT_EQ(ok.error(), QStringLiteral("disk full"));
        EXPECT_EQ(batches, 1) << (ahead ? "read ahead" : "in turn");
    }
}

TEST_F(ExportStreamTest, GeneratedCityCsvHoldsEveryFigureInOrder)
{
    const QString cityPath = out(QStringLiteral("city.db"));
    {
        auto city = Database::open(cityPath, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(city.ok()) << str(city.error());
        GenerateOptions options;
        options.counties = 2;
        options.townshipsPerCounty = 2;
        options.villagesPerTownship = 3;
        options.indicators = 75;
        options.years = 2;
        auto made = generateDatabase(*city.value(), options, QStringLiteral("local"));
        ASSERT_TRUE(made.ok()) << str(made.error());
        ASSERT_EQ(made->regions, 1 + 2 + 2 * 2 + 2 * 2 * 3);
        const QString file = out(QStringLiteral("city.csv"));
        const Outcome ok = csvexport::writeValues(*city.value(), std::nullopt, file);
        ASSERT_TRUE(ok.ok()) << str(ok.error());
        const QByteArray csv = readAll(file);
        const QList<QByteArray> lines = linesOf(csv);
        ASSERT_EQ(lines.size(), 1 + made->values);
        EXPECT_EQ(made->values, rawCount(cityPath, QStringLiteral("SELECT count(*) FROM indicator_value")));
        EXPECT_EQ(lines[1], QByteArray("river_patrols,410101,2020,1,220,\r"));
        EXPECT_EQ(lines[2], QByteArray("river_patrols,410101,2020,2,198,\r"));
        EXPECT_EQ(lines[3], QByteArray("river_patrols,410101,2020,3,182,\r"));
        EXPECT_EQ(lines[4], QByteArray("river_patrols,410101,2020,4,190,\r"));
        EXPECT_EQ(lines[5], QByteArray("river_patrols_district,410101,2020,1,4,\r"));
        EXPECT_EQ(lines.last(), QByteArray("winter_wheat_area,410102002003,2021,4,125.5,\r"))
            << "the last village of the last county, last indicator by code, 2021 Q4";
        EXPECT_EQ(csv, expectedCsv(cityPath));
    }
}

TEST_F(ExportStreamTest, StreamedValuesWorkbookIsTheTableWorkbook)
{
    const QString streamed = out(QStringLiteral("streamed.xlsx"));
    const Outcome ok = xlsxexport::writeValues(*db, 2023, streamed);
    ASSERT_TRUE(ok.ok()) << str(ok.error());
    auto table = exporttable::values(*db, 2023);
    ASSERT_TRUE(table.ok()) << str(table.error());
    const QString whole = out(QStringLiteral("whole.xlsx"));
    ASSERT_TRUE(xlsxexport::writeWorkbook({*table}, whole).ok());
    EXPECT_EQ(packageParts(streamed), packageParts(whole)) << "every part byte for byte";

    const QJsonObject sheet = sheetNamed(readXlsx(streamed), QStringLiteral("values"));
    const QJsonArray rows = rowsOf(sheet);
    ASSERT_EQ(rows.size(),
              1 + rawCount(path, QStringLiteral("SELECT count(*) FROM indicator_value WHERE year = 2023")));
    EXPECT_EQ(text(cellAt(sheet, 1, 0)), QStringLiteral("agri_input_dealers"));
    EXPECT_EQ(text(cellAt(sheet, 1, 1)), County);
    EXPECT_EQ(cellAt(sheet, 1, 2)[QStringLiteral("v")].toDouble(), 2023);
    EXPECT_EQ(cellAt(sheet, 1, 4)[QStringLiteral("v")].toDouble(), 22) << "Q1 of 2023: 22 dealers";
}

// The county's sheet of the fill-in template holds the county's stored figures of 2023, the
// ones the seed's bulletin adds up to.
TEST_F(ExportStreamTest, CountyTemplateHoldsTheSeedFigures)
{
    const QString file = out(QStringLiteral("county.xlsx"));
    const Outcome ok = xlsxexport::writeTemplate(*db, file, 2023, County);
    ASSERT_TRUE(ok.ok()) << str(ok.error());
    const QJsonObject book = readXlsx(file);
    const QJsonArray index = rowsOf(sheetNamed(book, QStringLiteral("_zhenxing")));
    ASSERT_EQ(index.size(), 2 + 26) << "the county and its 25 townships and villages";
    ASSERT_EQ(index.at(2).toArray().at(1)[QStringLiteral("v")].toString(), County);
    const QJsonObject sheet = sheetNamed(book, index.at(2).toArray().at(0)[QStringLiteral("v")].toString());
    QHash<QString, QList<double>> quarters;
    const QJsonArray rows = rowsOf(sheet);
    for (qsizetype r = 3; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        QList<double> q;
        for (int c = 3; c <= 6; ++c)
            q << (cells.at(c)[QStringLiteral("v")].isNull() ? -1 : cells.at(c)[QStringLiteral("v")].toDouble());
        quarters.insert(cells.at(0)[QStringLiteral("v")].toString(), q);
    }
    // 现有农资经营户24家 (stock: the fourth quarter's figure).
    EXPECT_EQ(quarters.value(QStringLiteral("agri_input_dealers")), (QList<double>{22, 23, 24, 24}));
    // 共计巡河(库)2436次 = 560 + 640 + 660 + 576.
    EXPECT_EQ(quarters.value(QStringLiteral("river_patrols")), (QList<double>{560, 640, 660, 576}));
    // 宣传手册20000份 = 12000 + 8000.
    EXPECT_EQ(quarters.value(QStringLiteral("campaign_manuals")), (QList<double>{12000, 8000, 0, 0}));
    // 累计投入各类帮扶资金、物资20余万元 (cumulative: 20 by the fourth quarter).
    EXPECT_EQ(quarters.value(QStringLiteral("assistance_funds")), (QList<double>{4.6, 9.8, 15.3, 20}));
}

// Read a few hundred regions at a time with the roll-up cache, or the whole year at once when
// the cache is stale: the same workbook, part for part.
TEST_F(ExportStreamTest, TemplateReadByRegionsIsTheTemplateReadWhole)
{
    const QString countyScoped = out(QStringLiteral("county-scoped.xlsx"));
    const QString allScoped = out(QStringLiteral("all-scoped.xlsx"));
    ASSERT_TRUE(xlsxexport::writeTemplate(*db, countyScoped, 2023, County).ok());
    ASSERT_TRUE(xlsxexport::writeTemplate(*db, allScoped, 2023).ok());
    // A file changed by hand: the cache no longer stands in for the regions below.
    rawExec(path, QStringLiteral("INSERT INTO rollup_dirty VALUES ('*', '*', 0)"));
    const QString countyWhole = out(QStringLiteral("county-whole.xlsx"));
    const QString allWhole = out(QStringLiteral("all-whole.xlsx"));
    ASSERT_TRUE(xlsxexport::writeTemplate(*db, countyWhole, 2023, County).ok());
    ASSERT_TRUE(xlsxexport::writeTemplate(*db, allWhole, 2023).ok());
    const QByteArray county = packageParts(countyScoped);
    EXPECT_GT(county.size(), 10000);
    EXPECT_EQ(county, packageParts(countyWhole));
    EXPECT_EQ(packageParts(allScoped), packageParts(allWhole));
}

} // namespace
} // namespace zx::test
