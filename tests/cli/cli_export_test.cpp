// zhenxing-cli export (issue 6): CSV and xlsx tables, the status table and the fill-in
// template, end to end through the built executable; xlsx read back with openpyxl.
#include "../core/openpyxl.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace zx::test;

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

class CliExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("a.zxdb"));
        ASSERT_EQ(run({QStringLiteral("sample"), db}).exitCode, 0);
    }
    CliResult exportTo(const QString &file, const QStringList &options)
    {
        return run(QStringList{QStringLiteral("export"), db, file} + options);
    }
    QTemporaryDir dir;
    QString db;
};

TEST_F(CliExportTest, TemplateOpensWithOneProtectedSheetPerRegion)
{
    const QString file = dir.filePath(QStringLiteral("填报表.xlsx"));
    const CliResult r = exportTo(file, {QStringLiteral("--what"), QStringLiteral("template"),
                                        QStringLiteral("--year"), QStringLiteral("2023"),
                                        QStringLiteral("--region"), QStringLiteral("410104001")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(file)) << r;
    const QJsonObject book = readXlsx(file);
    const QStringList names = sheetNames(book);
    ASSERT_EQ(names.size(), 1 + 4 + 1) << names.join(u',').toStdString()
                                       << ": the sub-district, its 4 villages, the index";
    EXPECT_EQ(names.first(), QStringLiteral("城东街道办事处"));
    EXPECT_EQ(names.last(), QStringLiteral("_zhenxing"));
    const QJsonObject first = sheetNamed(book, names.first());
    EXPECT_TRUE(first[QStringLiteral("protected")].toBool());
    EXPECT_TRUE(text(cellAt(first, 0, 0)).contains(QStringLiteral("乡村振兴指标填报表")));
    EXPECT_EQ(sheetNamed(book, QStringLiteral("_zhenxing"))[QStringLiteral("state")].toString(),
              QStringLiteral("hidden"));
}

TEST_F(CliExportTest, TemplateWithAnApprovedQuarterImportsBackUnchanged)
{
    ASSERT_EQ(run({QStringLiteral("submit"), db, QStringLiteral("--region"), QStringLiteral("410104001"),
                   QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--quarter"),
                   QStringLiteral("2")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("approve"), db, QStringLiteral("--region"), QStringLiteral("410104001"),
                   QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--quarter"),
                   QStringLiteral("2")}).exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("form.xlsx"));
    CliResult r = exportTo(file, {QStringLiteral("--what"), QStringLiteral("template"),
                                  QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = run({QStringLiteral("import"), db, file, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 new, 0 changed, "))) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral(" 0 finding(s)"))) << r;
}

TEST_F(CliExportTest, StatusAsXlsxAndCsvInEitherLanguage)
{
    const QString xlsx = dir.filePath(QStringLiteral("status.xlsx"));
    CliResult r = exportTo(xlsx, {QStringLiteral("--what"), QStringLiteral("status"),
                                  QStringLiteral("--region"), QStringLiteral("410104"),
                                  QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject sheet = sheetNamed(readXlsx(xlsx), QStringLiteral("status"));
    bool found = false;
    for (const QJsonValue &row : rowsOf(sheet)) {
        const QJsonArray cells = row.toArray();
        if (cells.at(0)[QStringLiteral("v")].toString() != QLatin1String("returning_entrepreneurs"))
            continue;
        found = true;
        EXPECT_EQ(cells.at(3)[QStringLiteral("v")].toDouble(), 479);
        EXPECT_EQ(cells.at(5)[QStringLiteral("t")].toString(), QStringLiteral("n"));
        EXPECT_EQ(cells.at(5)[QStringLiteral("v")].toDouble(), 136.86);
        EXPECT_EQ(cells.at(7)[QStringLiteral("v")].toString(), QStringLiteral("已完成"));
    }
    EXPECT_TRUE(found);

    const QString csv = dir.filePath(QStringLiteral("status.csv"));
    r = exportTo(csv, {QStringLiteral("--what"), QStringLiteral("status"), QStringLiteral("--region"),
                       QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023"),
                       QStringLiteral("--quarter"), QStringLiteral("4"), QStringLiteral("--lang"),
                       QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "code,name,unit,actual,target,completion_pct,"));
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(QStringLiteral(
        "returning_entrepreneurs,returning entrepreneurs,persons,479,350,136.86,100,Done,")))
        << text.toStdString();
}

TEST_F(CliExportTest, ValuesAsXlsx)
{
    const QString xlsx = dir.filePath(QStringLiteral("values.xlsx"));
    const CliResult r = exportTo(xlsx, {QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject sheet = sheetNamed(readXlsx(xlsx), QStringLiteral("values"));
    const QJsonArray rows = rowsOf(sheet);
    ASSERT_GT(rows.size(), 100);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QJsonArray cells = rows.at(i).toArray();
        ASSERT_EQ(cells.at(2)[QStringLiteral("v")].toInt(), 2023);
        ASSERT_EQ(cells.at(4)[QStringLiteral("t")].toString(), QStringLiteral("n"));
    }
}

TEST_F(CliExportTest, BadCombinationsExitTwoAndWriteNothing)
{
    const QString xlsx = dir.filePath(QStringLiteral("x.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("x.csv"));
    const QList<std::pair<QString, QStringList>> bad = {
        {csv, {QStringLiteral("--what"), QStringLiteral("template"), QStringLiteral("--year"), QStringLiteral("2023")}},
        {xlsx, {QStringLiteral("--what"), QStringLiteral("template")}},
        {xlsx, {QStringLiteral("--what"), QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2023")}},
        {xlsx, {QStringLiteral("--what"), QStringLiteral("status"), QStringLiteral("--region"), QStringLiteral("410104")}},
        {xlsx, {QStringLiteral("--what"), QStringLiteral("status"), QStringLiteral("--region"), QStringLiteral("410104"),
                QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--quarter"), QStringLiteral("5")}},
        {xlsx, {QStringLiteral("--what"), QStringLiteral("values"), QStringLiteral("--quarter"), QStringLiteral("2")}},
        {xlsx, {QStringLiteral("--what"), QStringLiteral("values"), QStringLiteral("--region"), QStringLiteral("410104")}},
        {xlsx, {QStringLiteral("--what"), QStringLiteral("everything")}},
        {xlsx, {QStringLiteral("--what"), QStringLiteral("template"), QStringLiteral("--year"), QStringLiteral("2023"),
                QStringLiteral("--lang"), QStringLiteral("fr")}},
        {dir.filePath(QStringLiteral("x.ods")), {}},
    };
    for (const auto &[file, options] : bad) {
        const CliResult r = exportTo(file, options);
        EXPECT_EQ(r.exitCode, 2) << options.join(u' ').toStdString() << "\n" << r;
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(file)) << file.toStdString();
    }
}

TEST_F(CliExportTest, UnknownRegionAndMissingFolderExitOne)
{
    CliResult r = exportTo(dir.filePath(QStringLiteral("s.xlsx")),
                           {QStringLiteral("--what"), QStringLiteral("status"), QStringLiteral("--region"),
                            QStringLiteral("999"), QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("999"))) << r;
    const QString missing = dir.filePath(QStringLiteral("no/folder/t.xlsx"));
    r = exportTo(missing, {QStringLiteral("--what"), QStringLiteral("template"), QStringLiteral("--year"),
                           QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("t.xlsx"))) << r;
    r = exportTo(dir.filePath(QStringLiteral("no/folder/v.csv")), {});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("v.csv"))) << r;
}

} // namespace
