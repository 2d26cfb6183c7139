// Typos with little history (issue 13) through zhenxing-cli: the sample's figures raise no
// warning in `check`; 6700 typed for 陈湾村's 67 联户党员 at the end of 2023 is refused by `set`
// and `import` without a comment, and listed by `check` once kept with one.
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
    return os << "exit " << r.exitCode << "\n--- stdout ---\n"
              << r.out.toStdString() << "--- stderr ---\n"
              << r.err.toStdString();
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

class CliOutlierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("county.db"));
        ASSERT_EQ(run({QStringLiteral("sample"), db}).exitCode, 0);
    }
    CliResult setTypo(const QStringList &extra = {})
    {
        return run(QStringList{QStringLiteral("set"), db, QStringLiteral("--indicator"),
                               QStringLiteral("party_members_linked"), QStringLiteral("--region"),
                               QStringLiteral("410104002001"), QStringLiteral("--year"),
                               QStringLiteral("2023"), QStringLiteral("--quarter"),
                               QStringLiteral("4"), QStringLiteral("--value"),
                               QStringLiteral("6700")} +
                   extra);
    }
    QTemporaryDir dir;
    QString db;
};

} // namespace

TEST_F(CliOutlierTest, TheSampleRaisesNoWarning)
{
    const CliResult r = run({QStringLiteral("check"), db});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.trimmed().endsWith(QStringLiteral("0 error(s), 0 warning(s)"))) << r;
}

TEST_F(CliOutlierTest, SetRefusesTheSlipWithoutACommentAndCheckListsItAfterwards)
{
    const CliResult refused = setTypo();
    EXPECT_EQ(refused.exitCode, 1) << refused;
    EXPECT_TRUE(refused.err.contains(QStringLiteral("did you mean 67?"))) << refused;

    const CliResult kept = setTypo({QStringLiteral("--comment"), QStringLiteral("checked")});
    ASSERT_EQ(kept.exitCode, 0) << kept;
    const CliResult check = run({QStringLiteral("check"), db});
    EXPECT_EQ(check.exitCode, 0) << "a warning is not an error\n" << check;
    EXPECT_TRUE(check.out.contains(QStringLiteral(
        "warning\t410104002001\tparty_members_linked\t2023Q4\tmagnitude_slip\t6700 is out of "
        "scale with 64, the figure of 2022 Q4: did you mean 67?")))
        << check;
    EXPECT_TRUE(check.out.trimmed().endsWith(QStringLiteral("0 error(s), 1 warning(s)"))) << check;
}

TEST_F(CliOutlierTest, ImportNamesTheRowAndTheFigureMeant)
{
    const QString csv = dir.filePath(QStringLiteral("q4.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("indicator,region,year,quarter,value,comment\n"
               "party_members_linked,410104002001,2023,4,6700,\n");
    file.close();
    const CliResult r = run({QStringLiteral("import"), db, csv});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.contains(csv + QStringLiteral(":2: value: 6700 is out of scale with 64, the "
                                                    "figure of 2022 Q4: did you mean 67? (add a "
                                                    "comment to keep this figure)")))
        << r;
}
