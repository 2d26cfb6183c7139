// End-to-end tests of the review workflow and the audit trail through zhenxing-cli: submit,
// approve (which locks the quarter), reopen with a reason, audit filters, and `audit --verify`
// after a row was changed with the real sqlite3 shell. Each test runs the built binary in a
// fresh temporary folder, as a chosen system user ($USER is the name in the audit trail).
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifndef ZX_CLI_PATH
#error "ZX_CLI_PATH must name the zhenxing-cli executable"
#endif

namespace {

std::string s(const QString &q) { return q.toStdString(); }

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const CliRun &r)
{
    return os << "exit " << r.exitCode << (r.crashed ? " (crashed)" : "") << "\n--- stdout ---\n"
              << s(r.out) << "--- stderr ---\n"
              << s(r.err);
}

// Runs the CLI as `user` (empty: the current user).
CliRun cliAs(const QString &user, const QStringList &args)
{
    QProcess p;
    if (!user.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), user);
        p.setProcessEnvironment(env);
    }
    p.setProgram(QStringLiteral(ZX_CLI_PATH));
    p.setArguments(args);
    p.start();
    CliRun r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("could not run %1").arg(p.program());
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliRun cli(const QStringList &args)
{
    return cliAs(QString(), args);
}

QStringList nonEmptyLines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

class CliReviewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid()) << s(m_dir.errorString());
        m_db = m_dir.filePath(QStringLiteral("county.zxdb"));
    }

    void makeSample()
    {
        const CliRun r = cli({QStringLiteral("sample"), m_db});
        ASSERT_EQ(r.exitCode, 0) << r;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QStringList setArgs(const QString &db, const QString &indicator, const QString &region, int year,
                    int quarter, const QString &value)
{
    return {QStringLiteral("set"), db, QStringLiteral("--indicator"), indicator,
            QStringLiteral("--region"), region, QStringLiteral("--year"), QString::number(year),
            QStringLiteral("--quarter"), QString::number(quarter), QStringLiteral("--value"), value};
}

QStringList periodArgs(const QString &command, const QString &db, const QString &region)
{
    return {command, db, QStringLiteral("--region"), region, QStringLiteral("--year"),
            QStringLiteral("2023"), QStringLiteral("--quarter"), QStringLiteral("4")};
}

TEST_F(CliReviewTest, AuditVerifyFailsAfterTheSqlite3ShellEditsEntryTwo)
{
    const QString sqlite3 = QStringLiteral("/usr/bin/sqlite3");
    ASSERT_TRUE(QFileInfo::exists(sqlite3)) << "no " << s(sqlite3) << " (setup.sh installs it)";
    makeSample();
    const CliRun set = cli(setArgs(m_db, QStringLiteral("labour_transfer"),
                                   QStringLiteral("410104"), 2023, 4, QStringLiteral("30")));
    ASSERT_EQ(set.exitCode, 0) << set;
    const CliRun verified = cli({QStringLiteral("audit"), m_db, QStringLiteral("--verify")});
    ASSERT_EQ(verified.exitCode, 0) << verified;

    QProcess shell;
    shell.start(sqlite3, {m_db, QStringLiteral("UPDATE audit_entry SET new_value='999' WHERE id=2")});
    ASSERT_TRUE(shell.waitForFinished(30000));
    ASSERT_EQ(shell.exitCode(), 0) << s(QString::fromUtf8(shell.readAllStandardError()));

    const CliRun tampered = cli({QStringLiteral("audit"), m_db, QStringLiteral("--verify")});
    EXPECT_EQ(tampered.exitCode, 1) << tampered;
    EXPECT_EQ(nonEmptyLines(tampered.err).size(), 1) << tampered;
    EXPECT_TRUE(tampered.err.contains(QRegularExpression(QStringLiteral("\\bentry\\s+2\\b"))))
        << tampered;
}

TEST_F(CliReviewTest, AuditFiltersByRegionYearIndicatorAndUser)
{
    makeSample();
    ASSERT_EQ(cliAs(QStringLiteral("clerk01"),
                    setArgs(m_db, QStringLiteral("labour_transfer"), QStringLiteral("410104"), 2023,
                            4, QStringLiteral("30")))
                  .exitCode,
              0);
    ASSERT_EQ(cliAs(QStringLiteral("clerk02"),
                    setArgs(m_db, QStringLiteral("returning_entrepreneurs"),
                            QStringLiteral("410104002003"), 2022, 4, QStringLiteral("7")))
                  .exitCode,
              0);
    ASSERT_EQ(cliAs(QStringLiteral("clerk02"),
                    setArgs(m_db, QStringLiteral("returning_entrepreneurs"),
                            QStringLiteral("410104002003"), 2023, 3, QStringLiteral("8")))
                  .exitCode,
              0);

    const auto lines = [&](const QStringList &filter) {
        const CliRun r = cli(QStringList{QStringLiteral("audit"), m_db} + filter);
        EXPECT_EQ(r.exitCode, 0) << r;
        return nonEmptyLines(r.out);
    };
    const QStringList everything = lines({});
    ASSERT_EQ(everything.size(), 4) << s(everything.join(u'\n')); // sample.load + 3 sets

    // The district and every region under it, in 2023: the two 2023 changes, not the load.
    const QStringList y2023 = lines({QStringLiteral("--region"), QStringLiteral("410104"),
                                     QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(y2023.size(), 2) << s(y2023.join(u'\n'));
    EXPECT_TRUE(y2023[0].contains(QLatin1String("labour_transfer")));
    EXPECT_TRUE(y2023[1].contains(QLatin1String("410104002003")));
    EXPECT_TRUE(y2023[1].contains(QLatin1String("2023Q3")));

    const QStringList village = lines({QStringLiteral("--region"), QStringLiteral("410104002")});
    EXPECT_EQ(village.size(), 2) << s(village.join(u'\n'));
    const QStringList indicator =
        lines({QStringLiteral("--indicator"), QStringLiteral("labour_transfer")});
    ASSERT_EQ(indicator.size(), 1);
    EXPECT_TRUE(indicator[0].contains(QLatin1String("clerk01")));
    EXPECT_EQ(lines({QStringLiteral("--user"), QStringLiteral("clerk02")}).size(), 2);
    EXPECT_EQ(lines({QStringLiteral("--user"), QStringLiteral("clerk02"),
                     QStringLiteral("--quarter"), QStringLiteral("4")})
                  .size(),
              1);

    const CliRun badQuarter = cli({QStringLiteral("audit"), m_db, QStringLiteral("--quarter"),
                                   QStringLiteral("5")});
    EXPECT_EQ(badQuarter.exitCode, 2) << badQuarter;
}

TEST_F(CliReviewTest, AnApprovedQuarterRefusesSetNamingTheApprover)
{
    makeSample();
    const QString region = QStringLiteral("410104001");
    const QString village = QStringLiteral("410104001001");
    // Approving needs a submitted quarter; the default user of a single-user file is the
    // administrator.
    const CliRun early = cliAs(QStringLiteral("zhou"), periodArgs(QStringLiteral("approve"), m_db, region));
    EXPECT_EQ(early.exitCode, 1) << early;
    EXPECT_TRUE(early.err.contains(QLatin1String("draft"))) << early;
    const CliRun submitted = cliAs(QStringLiteral("zhang"), periodArgs(QStringLiteral("submit"), m_db, region));
    ASSERT_EQ(submitted.exitCode, 0) << submitted;
    const CliRun approved = cliAs(QStringLiteral("zhou"), periodArgs(QStringLiteral("approve"), m_db, region));
    ASSERT_EQ(approved.exitCode, 0) << approved;
    EXPECT_TRUE(approved.out.contains(QLatin1String("approved"))) << approved;

    const CliRun refused = cliAs(QStringLiteral("zhang"),
                                 setArgs(m_db, QStringLiteral("returning_entrepreneurs"), village,
                                         2023, 4, QStringLiteral("8")));
    EXPECT_EQ(refused.exitCode, 1) << refused;
    EXPECT_TRUE(refused.err.contains(QLatin1String("zhou"))) << refused;

    const CliRun noReason = cli(periodArgs(QStringLiteral("reopen"), m_db, region));
    EXPECT_EQ(noReason.exitCode, 2) << noReason;
    QStringList reopen = periodArgs(QStringLiteral("reopen"), m_db, region);
    reopen << QStringLiteral("--reason") << QStringLiteral("补报12月数据");
    const CliRun reopened = cliAs(QStringLiteral("zhou"), reopen);
    ASSERT_EQ(reopened.exitCode, 0) << reopened;
    const CliRun set = cli(setArgs(m_db, QStringLiteral("returning_entrepreneurs"), village, 2023,
                                   4, QStringLiteral("8")));
    EXPECT_EQ(set.exitCode, 0) << set;

    const CliRun trail = cli({QStringLiteral("audit"), m_db, QStringLiteral("--region"), region});
    ASSERT_EQ(trail.exitCode, 0) << trail;
    EXPECT_TRUE(trail.out.contains(QLatin1String("period.reopen"))) << trail;
    EXPECT_TRUE(trail.out.contains(QStringLiteral("补报12月数据"))) << trail;
}

// `return`: a submitted quarter goes back to the clerk with a reason; without one, or from a
// draft, it is refused for that reason.
TEST_F(CliReviewTest, ReturnSendsASubmittedQuarterBackWithItsReason)
{
    makeSample();
    const QString region = QStringLiteral("410104001");
    const CliRun fromDraft = cliAs(QStringLiteral("zhou"), [&] {
        QStringList args = periodArgs(QStringLiteral("return"), m_db, region);
        return args << QStringLiteral("--reason") << QStringLiteral("缺少12月台账");
    }());
    EXPECT_EQ(fromDraft.exitCode, 1) << fromDraft;
    EXPECT_EQ(fromDraft.err.trimmed(), QStringLiteral("zhenxing-cli: Cannot return 2023 Q4 of region "
                                                      "410104001: its state is draft"))
        << fromDraft;

    const CliRun submitted = cliAs(QStringLiteral("zhang"), periodArgs(QStringLiteral("submit"), m_db, region));
    ASSERT_EQ(submitted.exitCode, 0) << submitted;
    const CliRun noReason = cliAs(QStringLiteral("zhou"), periodArgs(QStringLiteral("return"), m_db, region));
    EXPECT_EQ(noReason.exitCode, 2) << noReason;
    EXPECT_EQ(noReason.err.trimmed(), QStringLiteral("zhenxing-cli: return needs --reason")) << noReason;

    QStringList args = periodArgs(QStringLiteral("return"), m_db, region);
    args << QStringLiteral("--reason") << QStringLiteral("缺少12月台账");
    const CliRun returned = cliAs(QStringLiteral("zhou"), args);
    ASSERT_EQ(returned.exitCode, 0) << returned;
    EXPECT_EQ(returned.out, QStringLiteral("2023 Q4 of region 410104001 is now returned\n")) << returned;

    const CliRun trail = cli({QStringLiteral("audit"), m_db, QStringLiteral("--region"), region});
    ASSERT_EQ(trail.exitCode, 0) << trail;
    const QStringList lines = nonEmptyLines(trail.out).filter(QStringLiteral("period.return"));
    ASSERT_EQ(lines.size(), 1) << trail;
    EXPECT_TRUE(lines.first().contains(QStringLiteral("\tzhou\t"))) << s(lines.first());
    EXPECT_TRUE(lines.first().contains(QStringLiteral("缺少12月台账"))) << s(lines.first());

    // Returned, the clerk can submit again.
    const CliRun again = cliAs(QStringLiteral("zhang"), periodArgs(QStringLiteral("submit"), m_db, region));
    EXPECT_EQ(again.exitCode, 0) << again;
    EXPECT_EQ(again.out, QStringLiteral("2023 Q4 of region 410104001 is now submitted\n")) << again;
}

// `generate`: a tiny synthetic city, its size counted by hand: 1 city + 1 county + 2 townships
// + 2 × 2 villages = 8 regions, every figure on a checked, summarisable database.
TEST_F(CliReviewTest, GenerateWritesTheCityAskedForAndRefusesToOverwrite)
{
    const QString city = m_dir.filePath(QStringLiteral("city.db"));
    const QStringList args{QStringLiteral("generate"), city, QStringLiteral("--counties"),
                           QStringLiteral("1"), QStringLiteral("--townships-per-county"),
                           QStringLiteral("2"), QStringLiteral("--villages-per-township"),
                           QStringLiteral("2"), QStringLiteral("--indicators"), QStringLiteral("75"),
                           QStringLiteral("--years"), QStringLiteral("1"),
                           QStringLiteral("--first-year"), QStringLiteral("2024")};
    const CliRun made = cli(args);
    ASSERT_EQ(made.exitCode, 0) << made;
    EXPECT_TRUE(made.out.startsWith(QStringLiteral("Created %1: 8 regions, 75 indicators, ").arg(city)))
        << made;

    const CliRun summary = cli({QStringLiteral("summary"), city, QStringLiteral("--region"),
                                QStringLiteral("4101"), QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(summary.exitCode, 0) << summary;

    const CliRun again = cli(args);
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_EQ(again.err.trimmed(),
              QStringLiteral("zhenxing-cli: %1 already exists; use --force to overwrite it").arg(city))
        << again;
    QStringList notANumber = args;
    notANumber[3] = QStringLiteral("many");
    notANumber << QStringLiteral("--force");
    const CliRun bad = cli(notANumber);
    EXPECT_EQ(bad.exitCode, 2) << bad;
    EXPECT_EQ(bad.err.trimmed(), QStringLiteral("zhenxing-cli: --counties needs a number")) << bad;
}

} // namespace

// Issue 14: four eyes holds in the CLI too, and `settings` shows and changes the office's rules
// (the four-eyes rule administrators only; audited).
TEST_F(CliReviewTest, WhoeverSubmittedCannotApproveUntilAnAdministratorTurnsFourEyesOff)
{
    makeSample();
    const QString region = QStringLiteral("410104001");
    ASSERT_EQ(cliAs(QStringLiteral("zhou"), {QStringLiteral("users"), QStringLiteral("add"), m_db,
                                             QStringLiteral("--name"), QStringLiteral("zhou"),
                                             QStringLiteral("--role"), QStringLiteral("administrator")})
                  .exitCode,
              0);
    ASSERT_EQ(cliAs(QStringLiteral("zhou"), {QStringLiteral("users"), QStringLiteral("add"), m_db,
                                             QStringLiteral("--name"), QStringLiteral("zhang"),
                                             QStringLiteral("--role"), QStringLiteral("reviewer")})
                  .exitCode,
              0);
    const CliRun shown = cli({QStringLiteral("settings"), m_db});
    ASSERT_EQ(shown.exitCode, 0) << shown;
    EXPECT_EQ(shown.out, QStringLiteral("four_eyes\ton\ndeadline_day\t0\n")) << shown;

    ASSERT_EQ(cliAs(QStringLiteral("zhang"), periodArgs(QStringLiteral("submit"), m_db, region)).exitCode, 0);
    const CliRun own = cliAs(QStringLiteral("zhang"), periodArgs(QStringLiteral("approve"), m_db, region));
    EXPECT_EQ(own.exitCode, 1) << own;
    EXPECT_TRUE(own.err.contains(QLatin1String("it was submitted by zhang"))) << own;
    EXPECT_TRUE(own.err.contains(QLatin1String("zhenxing-cli settings --four-eyes off"))) << own;

    const CliRun byReviewer = cliAs(QStringLiteral("zhang"), {QStringLiteral("settings"), m_db,
                                                              QStringLiteral("--four-eyes"), QStringLiteral("off")});
    EXPECT_EQ(byReviewer.exitCode, 1) << byReviewer;
    EXPECT_TRUE(byReviewer.err.contains(QLatin1String("Only an administrator"))) << byReviewer;
    const CliRun byAdmin = cliAs(QStringLiteral("zhou"), {QStringLiteral("settings"), m_db,
                                                          QStringLiteral("--four-eyes"), QStringLiteral("off"),
                                                          QStringLiteral("--deadline-day"), QStringLiteral("10")});
    ASSERT_EQ(byAdmin.exitCode, 0) << byAdmin;
    EXPECT_EQ(byAdmin.out, QStringLiteral("four_eyes\toff\ndeadline_day\t10\n")) << byAdmin;
    const CliRun approved = cliAs(QStringLiteral("zhang"), periodArgs(QStringLiteral("approve"), m_db, region));
    EXPECT_EQ(approved.exitCode, 0) << approved;

    const CliRun trail = cli({QStringLiteral("audit"), m_db, QStringLiteral("--user"), QStringLiteral("zhou")});
    EXPECT_TRUE(trail.out.contains(QStringLiteral("setting.save")) &&
                trail.out.contains(QStringLiteral("four_eyes=on → four_eyes=off")))
        << trail;
    EXPECT_EQ(cli({QStringLiteral("settings"), m_db, QStringLiteral("--deadline-day"), QStringLiteral("32")}).exitCode, 2);
}
