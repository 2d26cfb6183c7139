// Crash trials: an import of tens of thousands of figures is killed with SIGKILL at random
// moments (no chance to clean up, as when the power fails or the task manager ends it).
// Afterwards the file passes integrity_check, holds either all of the import or none of it
// (figures and audit entries alike), and its audit chain verifies. ZX_CRASH_TRIALS sets the
// number of trials (a few in the test suite; tools/reliability/crash-trials.sh runs hundreds),
// ZX_CRASH_SEED the random seed (printed, so a failure can be replayed).
#include "reliabilityhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace zxtest;

namespace {

const QStringList FreeIndicators = {
    QStringLiteral("comparison_sessions"), QStringLiteral("gold_mentors"),
    QStringLiteral("secretaries_trained"), QStringLiteral("assistance_activities"),
    QStringLiteral("farmland_patrols"),    QStringLiteral("food_safety_batches")};
constexpr int FirstYear = 2030;
constexpr int Years = 40;

// Every village of the sample × six indicators × four quarters × 40 years: 19,200 figures.
qint64 writeImport(const QString &path, const QStringList &villages)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    QByteArray csv = "indicator,region,year,quarter,value,comment\n";
    qint64 rows = 0;
    for (int year = FirstYear; year < FirstYear + Years; ++year)
        for (const QString &village : villages)
            for (const QString &indicator : FreeIndicators)
                for (int quarter = 1; quarter <= 4; ++quarter) {
                    csv += QStringLiteral("%1,%2,%3,%4,%5,crash trial\n")
                               .arg(indicator, village)
                               .arg(year)
                               .arg(quarter)
                               .arg(10 + (rows % 90))
                               .toUtf8();
                    ++rows;
                }
    f.write(csv);
    return rows;
}

QStringList villagesOf(const QString &db)
{
    RawFile raw(db);
    const QString list = raw.text("SELECT group_concat(code) FROM (SELECT code FROM region "
                                  "WHERE level = 3 ORDER BY code)");
    return list.split(u',');
}

struct Counts
{
    qint64 figures = 0;
    qint64 audits = 0;
};

Counts importedCounts(const QString &db)
{
    RawFile raw(db);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    return {raw.count(QStringLiteral("SELECT count(*) FROM indicator_value WHERE year >= %1").arg(FirstYear)),
            raw.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE year >= %1").arg(FirstYear))};
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

TEST(CrashTrials, AnImportKilledAtRandomMomentsIsAllOrNothing)
{
    const int trials = qEnvironmentVariableIsSet("ZX_CRASH_TRIALS")
                           ? qEnvironmentVariableIntValue("ZX_CRASH_TRIALS")
                           : 4;
    const quint32 seed = qEnvironmentVariableIsSet("ZX_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("ZX_CRASH_SEED"))
                             : quint32(QDateTime::currentMSecsSinceEpoch());
    std::printf("crash trials: %d, seed %u\n", trials, seed);
    QRandomGenerator rng(seed);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pristine = dir.filePath(QStringLiteral("pristine.db"));
    ASSERT_EQ(cli({QStringLiteral("sample"), pristine}).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("import.csv"));
    const qint64 rows = writeImport(csv, villagesOf(pristine));
    ASSERT_GT(rows, 10000);

    // One whole import first: how long it takes here, and that it brings every row.
    const QString db = dir.filePath(QStringLiteral("c.db"));
    ASSERT_TRUE(copyFile(pristine, db));
    QElapsedTimer clock;
    clock.start();
    const CliRun whole = cli({QStringLiteral("import"), db, csv});
    const qint64 fullMs = clock.elapsed();
    ASSERT_EQ(whole.exitCode, 0) << whole;
    const Counts all = importedCounts(db);
    ASSERT_EQ(all.figures, rows);
    ASSERT_EQ(all.audits, rows);

    int complete = 0, none = 0;
    for (int trial = 0; trial < trials; ++trial) {
        ASSERT_TRUE(copyFile(pristine, db));
        for (const char *side : {"-wal", "-shm"})
            QFile::remove(db + QString::fromLatin1(side));
        // Up to 1.2 times the whole import: most kills land before the commit, some after it.
        const int killAfterMs = int(rng.bounded(qint64(fullMs) * 6 / 5 + 1));
        QProcess importer;
        importer.start(QStringLiteral(ZX_CLI_PATH), {QStringLiteral("import"), db, csv});
        ASSERT_TRUE(importer.waitForStarted(10000));
        QThread::msleep(killAfterMs);
        ::kill(pid_t(importer.processId()), SIGKILL);
        importer.waitForFinished(30000);

        const Counts after = importedCounts(db);
        EXPECT_TRUE(after.figures == 0 || after.figures == rows)
            << "trial " << trial << " killed after " << killAfterMs << " ms: " << after.figures
            << " of " << rows << " figures";
        EXPECT_EQ(after.audits, after.figures) << "trial " << trial;
        (after.figures == rows ? complete : none) += 1;
        const CliRun verify = cli({QStringLiteral("audit"), db, QStringLiteral("--verify")});
        EXPECT_EQ(verify.exitCode, 0) << "trial " << trial << ": " << verify;
    }
    std::printf("crash trials: %d killed before the commit (nothing written), %d after (all "
                "written); a whole import takes %lld ms\n",
                none, complete, qint64(fullMs));
}
