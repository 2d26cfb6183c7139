// zhenxing-cli and regions files (issue 12), end to end through the built executable: export
// --what regions (CSV and xlsx) and import it back (told by its header: nothing changes), a
// file with a new township and villages imported twice (the second time changes nothing), a
// bad file refused with its findings by line and column and nothing written, and a code that
// does not extend its parent's as a warning that does not stop the import.
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

class CliRegionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("county.db"));
        ASSERT_EQ(run({QStringLiteral("sample"), db}).exitCode, 0);
    }
    QString write(const QString &name, const QString &text)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return path;
    }
    QString exported()
    {
        const QString csv = dir.filePath(QStringLiteral("now.csv"));
        QFile::remove(csv);
        const CliResult r = run({QStringLiteral("export"), db, csv, QStringLiteral("--what"),
                                 QStringLiteral("regions")});
        EXPECT_EQ(r.exitCode, 0) << r;
        QFile f(csv);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    }
    QTemporaryDir dir;
    QString db;
};

const QString Header = QStringLiteral("code,name,name_en,parent_code,level,sort_order,retired\n");

TEST_F(CliRegionsTest, ExportedRegionsImportBackUnchangedInCsvAndXlsx)
{
    const QString before = exported();
    const QStringList lines = before.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 28); // header, 26 regions, the empty end
    EXPECT_EQ(lines[0], Header.trimmed()); // fromUtf8 drops the BOM; the bytes hold one:
    QFile raw(dir.filePath(QStringLiteral("now.csv")));
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_TRUE(raw.readAll().startsWith("\xEF\xBB\xBF" "code,name,"));
    EXPECT_EQ(lines[1], QStringLiteral("410104,XX区,XX District,,1,1,0"));
    EXPECT_EQ(lines[7], QStringLiteral("410104001001,张庄村,Zhangzhuang Village,410104001,3,1,0"));
    for (const QString &name : {QStringLiteral("regions.csv"), QStringLiteral("regions.xlsx")}) {
        const QString file = dir.filePath(name);
        CliResult r = run({QStringLiteral("export"), db, file, QStringLiteral("--what"),
                           QStringLiteral("regions")});
        ASSERT_EQ(r.exitCode, 0) << r;
        r = run({QStringLiteral("import"), db, file});
        ASSERT_EQ(r.exitCode, 0) << r;
        EXPECT_EQ(r.out, QStringLiteral("0 new, 0 changed, 26 unchanged, 0 finding(s)\nImported %1\n")
                             .arg(file));
    }
    EXPECT_EQ(exported(), before);
}

TEST_F(CliRegionsTest, ANewTownshipImportedTwiceChangesNothingTheSecondTime)
{
    const QString file = write(QStringLiteral("towns.csv"),
                               Header + QStringLiteral("410104006,新城街道办事处,Xincheng,410104,2,6,0\n"
                                                       "410104006001,东村,East Village,410104006,3,1,0\n"
                                                       "410104006002,西村,West Village,410104006,3,2,0\n"));
    CliResult r = run({QStringLiteral("import"), db, file});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("3 new, 0 changed, 0 unchanged, 0 finding(s)\n"))) << r;
    const QString after = exported();
    EXPECT_TRUE(after.contains(QStringLiteral("\r\n410104006002,西村,West Village,410104006,3,2,0\r\n")));
    r = run({QStringLiteral("import"), db, file});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("0 new, 0 changed, 3 unchanged, 0 finding(s)\n"))) << r;
    EXPECT_EQ(exported(), after);
    // Figures can be typed for the new village at once.
    r = run({QStringLiteral("set"), db, QStringLiteral("--indicator"),
             QStringLiteral("returning_entrepreneurs"), QStringLiteral("--region"),
             QStringLiteral("410104006001"), QStringLiteral("--year"), QStringLiteral("2024"),
             QStringLiteral("--quarter"), QStringLiteral("1"), QStringLiteral("--value"),
             QStringLiteral("5")});
    EXPECT_EQ(r.exitCode, 0) << r;
}

TEST_F(CliRegionsTest, ABadFileIsRefusedWithItsFindingsAndNothingIsWritten)
{
    const QString before = exported();
    const QString file = write(QStringLiteral("bad.csv"),
                               Header + QStringLiteral("410104006,新城街道,,410104,2,6,0\n"
                                                       "410104006,新城街道,,410104,2,6,0\n"
                                                       "410104006001,东村,,410104099,3,1,0\n"
                                                       "410104001005,北村,,410104001,2,5,0\n"));
    const CliResult r = run({QStringLiteral("import"), db, file});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(r.out,
              QStringLiteral("%1:3: code: duplicate of line 2 (same code)\n"
                             "%1:4: parent_code: Unknown parent region '410104099'\n"
                             "%1:5: level: Level 2 does not follow the parent 410104001 (level "
                             "2): expected level 3\n"
                             "0 written: 3 finding(s) block the import\n")
                  .arg(file));
    EXPECT_EQ(exported(), before);
}

TEST_F(CliRegionsTest, ACodeThatDoesNotExtendItsParentsIsAWarningAndTheImportGoesAhead)
{
    const QString file = write(QStringLiteral("warn.csv"),
                               Header + QStringLiteral("410104002099,新村,,410104001,3,5,0\n"));
    const CliResult r = run({QStringLiteral("import"), db, file});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out,
              QStringLiteral("%1:2: code: warning: The code 410104002099 does not extend its "
                             "parent's code 410104001: it should start with its first 9 digits "
                             "(统计用区划代码)\n"
                             "1 new, 0 changed, 0 unchanged, 1 finding(s)\n"
                             "Imported %1\n")
                  .arg(file));
    EXPECT_TRUE(exported().contains(QStringLiteral("\r\n410104002099,新村,,410104001,3,5,0\r\n")));
}

} // namespace
