// Two programs, one file: the desktop's open and load path (zx_holder) holds the sample
// county open and writes figures while zhenxing-cli reads and writes the same file in a loop.
// Every committed change of both must be there once with its audit entry, the file must pass
// integrity_check and the audit chain must verify. This is the README's reproduction (a CLI
// read deleted the open file's -wal and -shm, after which the two wrote past each other).
#include "reliabilityhelpers.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zxtest;

namespace {

const QStringList Villages = {QStringLiteral("410104001001"), QStringLiteral("410104001002"),
                              QStringLiteral("410104002001")};
constexpr int Year = 2024;

} // namespace

TEST(TwoProcesses, DesktopAndCommandLineOnOneFileLoseNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("c.db"));
    ASSERT_EQ(cli({QStringLiteral("sample"), db}).exitCode, 0);

    constexpr int HolderWrites = 12;
    constexpr int CliWrites = 12;
    QProcess holder;
    holder.setProgram(QStringLiteral(ZX_HOLDER_PATH));
    holder.setArguments({db, QString::number(HolderWrites), QStringLiteral("1000"),
                         QStringLiteral("farmland_patrols"), Villages.join(u','),
                         QString::number(Year)});
    holder.start();
    ASSERT_TRUE(holder.waitForStarted(10000));
    ASSERT_TRUE(waitForLine(holder, "ready", 30000)) << holder.readAllStandardError().toStdString();

    // The CLI reads (what deleted the log before) and writes while the holder writes.
    for (int i = 0; i < CliWrites; ++i) {
        const CliRun read = cli({QStringLiteral("summary"), db, QStringLiteral("--region"),
                                 QStringLiteral("410104"), QStringLiteral("--year"),
                                 QStringLiteral("2023")});
        EXPECT_EQ(read.exitCode, 0) << read;
        EXPECT_TRUE(QFileInfo::exists(db + QStringLiteral("-wal")))
            << "a read by the CLI removed the open file's log (round " << i << ")";
        const CliRun write = cli({QStringLiteral("set"), db, QStringLiteral("--indicator"),
                                  QStringLiteral("food_safety_batches"), QStringLiteral("--region"),
                                  Villages[i % Villages.size()], QStringLiteral("--year"),
                                  QString::number(Year), QStringLiteral("--quarter"),
                                  QString::number(1 + (i / int(Villages.size())) % 4),
                                  QStringLiteral("--value"), QString::number(5000 + i),
                                  QStringLiteral("--comment"), QStringLiteral("cli %1").arg(i)});
        EXPECT_EQ(write.exitCode, 0) << write;
    }
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(60000));
    const QString holderOut = QString::fromUtf8(holder.readAllStandardOutput());
    EXPECT_EQ(holder.exitCode(), 0) << holder.readAllStandardError().toStdString();
    EXPECT_TRUE(holderOut.contains(QStringLiteral("done %1").arg(HolderWrites)))
        << holderOut.toStdString() << holder.readAllStandardError().toStdString();

    RawFile raw(db);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    // Each figure of each program: stored with its last value, and one audit entry per write.
    for (int i = 0; i < HolderWrites; ++i) {
        const QString region = Villages[i % Villages.size()];
        const int quarter = 1 + (i / int(Villages.size())) % 4;
        EXPECT_EQ(raw.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'value.set' "
                                           "AND indicator_code = 'farmland_patrols' AND region_code = '%1' "
                                           "AND year = %2 AND quarter = %3 AND new_value = '%4'")
                                .arg(region)
                                .arg(Year)
                                .arg(quarter)
                                .arg(1000 + i)),
                  1)
            << "holder write " << i;
    }
    for (int i = 0; i < CliWrites; ++i) {
        const QString region = Villages[i % Villages.size()];
        const int quarter = 1 + (i / int(Villages.size())) % 4;
        EXPECT_EQ(raw.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'value.set' "
                                           "AND indicator_code = 'food_safety_batches' AND region_code = '%1' "
                                           "AND year = %2 AND quarter = %3 AND new_value = '%4'")
                                .arg(region)
                                .arg(Year)
                                .arg(quarter)
                                .arg(5000 + i)),
                  1)
            << "cli write " << i;
    }
    // 12 writes over 3 villages × 4 quarters: every figure written once, the last value stays.
    EXPECT_EQ(raw.count(QStringLiteral("SELECT count(*) FROM indicator_value WHERE year = %1 AND "
                                       "indicator_code = 'farmland_patrols'").arg(Year)),
              12);
    EXPECT_EQ(raw.count(QStringLiteral("SELECT sum(CAST(amount AS INTEGER)) FROM indicator_value WHERE "
                                       "year = %1 AND indicator_code = 'food_safety_batches'").arg(Year)),
              5000 * 12 + (0 + 11) * 12 / 2);
    raw.close();

    const CliRun verify = cli({QStringLiteral("audit"), db, QStringLiteral("--verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify;
    const CliRun check = cli({QStringLiteral("check"), db});
    EXPECT_FALSE(check.err.contains(QStringLiteral("wrong # of entries"))) << check;
}
