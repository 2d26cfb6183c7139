// zhenxing-cli import / export (issue 6), end to end through the built executable.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const CliResult &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout ---\n" << r.out.toStdString()
              << "--- stderr ---\n" << r.err.toStdString();
}

CliResult run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZHENXING_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ZX_CLI_PATH), args);
    CliResult r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

class CliImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        a = dir.filePath(QStringLiteral("a.zxdb"));
        b = dir.filePath(QStringLiteral("b.zxdb"));
        ASSERT_EQ(run({QStringLiteral("sample"), a}).exitCode, 0);
        ASSERT_EQ(run({QStringLiteral("sample"), b}).exitCode, 0);
    }
    QString summary(const QString &db)
    {
        const CliResult r = run({QStringLiteral("summary"), db, QStringLiteral("--region"),
                           QStringLiteral("410104"), QStringLiteral("--year"),
                           QStringLiteral("2023"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r;
        return r.out;
    }
    QTemporaryDir dir;
    QString a, b;
};

TEST_F(CliImportTest, ExportFromOneSampleImportIntoAChangedOneGivesTheSameSummary)
{
    const QString csv = dir.filePath(QStringLiteral("values.csv"));
    CliResult r = run({QStringLiteral("export"), a, csv});
    ASSERT_EQ(r.exitCode, 0) << r;
    // Change a county figure of Q4 in B so that its summary (of the year to Q4) differs.
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    QStringList first;
    for (const QString &line : lines)
        if (line.section(QLatin1Char(','), 1, 1) == QLatin1String("410104") &&
            line.section(QLatin1Char(','), 2, 2) == QLatin1String("2023") &&
            line.section(QLatin1Char(','), 3, 3) == QLatin1String("4")) {
            first = line.split(QLatin1Char(','));
            break;
        }
    ASSERT_GE(first.size(), 5);
    r = run({QStringLiteral("set"), b, QStringLiteral("--indicator"), first[0],
             QStringLiteral("--region"), first[1], QStringLiteral("--year"), first[2],
             QStringLiteral("--quarter"), first[3], QStringLiteral("--value"),
             QString::number(first[4].toDouble() + 1), QStringLiteral("--comment"),
             QStringLiteral("typo")});
    ASSERT_EQ(r.exitCode, 0) << r;
    ASSERT_NE(summary(a), summary(b));

    r = run({QStringLiteral("import"), b, csv, QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 new, 1 changed"))) << r;
    EXPECT_NE(summary(a), summary(b)); // a dry run writes nothing
    r = run({QStringLiteral("import"), b, csv});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(summary(a), summary(b));
}

TEST_F(CliImportTest, ImportWithFindingsExitsOneListingThemAndWritesNothing)
{
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("indicator,region,year,quarter,value,comment\n"
               "branches_rated,410104,2023,1,abc,\n"
               "no_such,410104,2023,1,5,\n");
    file.close();
    const QString before = summary(b);
    const CliResult r = run({QStringLiteral("import"), b, csv});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.contains(csv + QStringLiteral(":2: value: bad number 'abc'"))) << r;
    EXPECT_TRUE(r.out.contains(csv + QStringLiteral(":3: indicator: unknown indicator 'no_such'"))) << r;
    EXPECT_EQ(summary(b), before);
}

TEST_F(CliImportTest, ExportCatalogueAndTargetsAsCsv)
{
    const QString cat = dir.filePath(QStringLiteral("cat.csv"));
    CliResult r = run({QStringLiteral("export"), a, cat, QStringLiteral("--what"), QStringLiteral("catalogue")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QFile file(cat);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("\xEF\xBB\xBF" "code,category,name,"));
    r = run({QStringLiteral("export"), a, dir.filePath(QStringLiteral("t.csv")), QStringLiteral("--what"),
             QStringLiteral("targets"), QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 0) << r;
    r = run({QStringLiteral("import"), b, dir.filePath(QStringLiteral("t.csv"))});
    EXPECT_EQ(r.exitCode, 0) << r;
}

// The issue's round trip through xlsx: sample A → values.xlsx → a changed copy B → the
// same summary as A.
TEST_F(CliImportTest, ExportXlsxFromOneSampleImportIntoAChangedOneGivesTheSameSummary)
{
    const QString xlsx = dir.filePath(QStringLiteral("values.xlsx"));
    CliResult r = run({QStringLiteral("export"), a, xlsx});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = run({QStringLiteral("set"), b, QStringLiteral("--indicator"), QStringLiteral("returning_entrepreneurs"),
             QStringLiteral("--region"), QStringLiteral("410104001001"), QStringLiteral("--year"),
             QStringLiteral("2023"), QStringLiteral("--quarter"), QStringLiteral("2"),
             QStringLiteral("--value"), QStringLiteral("40"), QStringLiteral("--comment"), QStringLiteral("typo")});
    ASSERT_EQ(r.exitCode, 0) << r;
    ASSERT_NE(summary(a), summary(b));
    r = run({QStringLiteral("import"), b, xlsx});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 changed"))) << r;
    EXPECT_EQ(summary(a), summary(b));
}

// A fill-in template exported, filled by a script (openpyxl, as a township clerk's Excel
// would), and imported lands in the right cell: indicator row, region sheet, quarter column.
TEST_F(CliImportTest, TemplateFilledByAScriptLandsInTheRightCells)
{
    const QString xlsx = dir.filePath(QStringLiteral("template.xlsx"));
    CliResult r = run({QStringLiteral("export"), b, xlsx, QStringLiteral("--what"), QStringLiteral("template"),
                       QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--region"),
                       QStringLiteral("410104001")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const char *fill = R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
meta = wb["_zhenxing"]
sheets = {meta.cell(row=i, column=2).value: meta.cell(row=i, column=1).value for i in range(3, meta.max_row + 1)}
ws = wb[sheets["410104001001"]]
for row in range(4, ws.max_row + 1):
    if ws.cell(row=row, column=1).value == "returning_entrepreneurs":
        ws.cell(row=row, column=5).value = 7        # Q2
        ws.cell(row=row, column=8).value = "脚本填报"
wb.save(sys.argv[1])
)";
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(fill), xlsx});
    ASSERT_TRUE(py.waitForFinished(60000));
    ASSERT_EQ(py.exitCode(), 0) << py.readAllStandardError().toStdString();
    r = run({QStringLiteral("import"), b, xlsx});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 new"))) << r;
    const QString csv = dir.filePath(QStringLiteral("after.csv"));
    r = run({QStringLiteral("export"), b, csv, QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("returning_entrepreneurs,410104001001,2024,2,7,脚本填报"))) << text.left(400).toStdString();
    EXPECT_EQ(text.count(QStringLiteral(",2024,")), 1) << "only the filled cell was imported";
}

// A refused import writes nothing, and its count line says so instead of counting figures
// that were never written; a dry run says it wrote nothing on the same line.
TEST_F(CliImportTest, RefusedImportsCountLineSaysNothingWasWritten)
{
    const QString mac = dir.filePath(QStringLiteral("mac.csv"));
    QFile file(mac);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("indicator,region,year,quarter,value,comment\r"
               "returning_entrepreneurs,410104001001,2023,2,40,\r");
    file.close();
    const QString before = summary(b);
    CliResult r = run({QStringLiteral("import"), b, mac});
    EXPECT_EQ(r.exitCode, 1) << r;
    // The header is 43 characters (by hand): its carriage return is column 44 of line 1.
    EXPECT_TRUE(r.out.contains(QStringLiteral("line 1, column 44"))) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 written: 1 finding(s) block the import"))) << r;
    EXPECT_FALSE(r.out.contains(QStringLiteral(" new, "))) << r;
    EXPECT_EQ(summary(b), before);

    const QString twice = dir.filePath(QStringLiteral("twice.csv"));
    QFile second(twice);
    ASSERT_TRUE(second.open(QIODevice::WriteOnly));
    second.write("indicator,region,year,quarter,value,value\n"
                 "returning_entrepreneurs,410104001001,2023,2,40,41\n");
    second.close();
    r = run({QStringLiteral("import"), b, twice, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.contains(twice + QStringLiteral(":1: value: columns 5 and 6 of the header are both named 'value'"))) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 written: 1 finding(s) block the import"))) << r;
    EXPECT_EQ(summary(b), before);

    const QString good = dir.filePath(QStringLiteral("good.csv"));
    QFile third(good);
    ASSERT_TRUE(third.open(QIODevice::WriteOnly));
    third.write("indicator,region,year,quarter,value,comment\n"
                "returning_entrepreneurs,410104001001,2024,2,7,dry\n");
    third.close();
    r = run({QStringLiteral("import"), b, good, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Dry run, 0 written: would be 1 new, 0 changed, 0 unchanged, 0 finding(s)"))) << r;
    EXPECT_EQ(summary(b), before);
}

} // namespace
