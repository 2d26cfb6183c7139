// Data safety through zhenxing-cli (issue 11): backup and restore, the daily backup of `set`,
// keep-N rotation, a damaged backup refused, the audit chain's anchor (entries deleted with the
// sqlite3 command-line tool), the head in the bulletin's footer (pdftotext), and export and
// report refusing to write over a database. Each test runs the built executable in a fresh
// temporary folder.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct BackupRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const BackupRun &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout ---\n" << r.out.toStdString()
              << "--- stderr ---\n" << r.err.toStdString();
}

BackupRun runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZHENXING_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    BackupRun r;
    if (!p.waitForFinished(120000)) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

BackupRun cli(const QStringList &args)
{
    return runProgram(QStringLiteral(ZX_CLI_PATH), args);
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

class CliBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("county.db"));
        const BackupRun r = cli({QStringLiteral("sample"), db});
        ASSERT_EQ(r.exitCode, 0) << r;
    }

    QString summary(const QString &file)
    {
        const BackupRun r = cli({QStringLiteral("summary"), file, QStringLiteral("--region"),
                           QStringLiteral("410104"), QStringLiteral("--year"),
                           QStringLiteral("2023"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r;
        return r.out;
    }

    // With a comment: 500 is far from the village's 5 of a year before, a warning to confirm.
    BackupRun setFigure(const QString &file, const QString &value)
    {
        return cli({QStringLiteral("set"), file, QStringLiteral("--indicator"),
                    QStringLiteral("returning_entrepreneurs"), QStringLiteral("--region"),
                    QStringLiteral("410104001001"), QStringLiteral("--year"), QStringLiteral("2023"),
                    QStringLiteral("--quarter"), QStringLiteral("4"), QStringLiteral("--value"),
                    value, QStringLiteral("--comment"), QStringLiteral("checked")});
    }

    QStringList backupFiles() const
    {
        return QDir(dir.filePath(QStringLiteral("backups")))
            .entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    }

    QTemporaryDir dir;
    QString db;
};

TEST_F(CliBackupTest, BackupChangeRestoreGivesTheSummaryOfBeforeTheChange)
{
    const QString before = summary(db);
    ASSERT_FALSE(before.isEmpty());
    const BackupRun backup = cli({QStringLiteral("backup"), db});
    ASSERT_EQ(backup.exitCode, 0) << backup;
    const QString backupPath = backup.out.trimmed();
    EXPECT_TRUE(QFileInfo::exists(backupPath)) << backup;
    EXPECT_EQ(QFileInfo(backupPath).absolutePath(), QDir(dir.filePath(QStringLiteral("backups"))).absolutePath());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^county-\\d{8}-\\d{6}-manual\\.db$"))
                    .match(QFileInfo(backupPath).fileName())
                    .hasMatch())
        << backup;

    BackupRun r = setFigure(db, QStringLiteral("500"));
    ASSERT_EQ(r.exitCode, 0) << r;
    ASSERT_NE(summary(db), before) << "the change shows in the county's summary";

    r = cli({QStringLiteral("restore"), db, backupPath});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QLatin1String("Restored"))) << r;
    EXPECT_EQ(summary(db), before);

    // The restore is the newest audit entry and names the backup; the chain still verifies.
    r = cli({QStringLiteral("audit"), db});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.last().section(u'\t', 3, 3), QStringLiteral("restore")) << r;
    EXPECT_TRUE(lines.last().contains(QFileInfo(backupPath).fileName())) << r;
    r = cli({QStringLiteral("audit"), db, QStringLiteral("--verify")});
    EXPECT_EQ(r.exitCode, 0) << r;
    // The contents replaced by the restore were backed up first (they hold the 500).
    bool restoreCopy = false;
    for (const QString &name : backupFiles())
        restoreCopy = restoreCopy || name.endsWith(QLatin1String("-restore.db"));
    EXPECT_TRUE(restoreCopy) << backupFiles().join(u' ').toStdString();
}

TEST_F(CliBackupTest, TheFirstSetOfTheDayBacksUpOnce)
{
    ASSERT_TRUE(backupFiles().isEmpty());
    BackupRun r = setFigure(db, QStringLiteral("8"));
    ASSERT_EQ(r.exitCode, 0) << r;
    const QStringList first = backupFiles();
    ASSERT_EQ(first.size(), 1);
    EXPECT_TRUE(first.front().endsWith(QLatin1String("-daily.db"))) << first.front().toStdString();
    r = setFigure(db, QStringLiteral("9"));
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(backupFiles(), first);
}

TEST_F(CliBackupTest, OnlyTheNewestNBackupsAreKept)
{
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        const BackupRun r = cli({QStringLiteral("backup"), db, QStringLiteral("--keep"), QStringLiteral("2")});
        ASSERT_EQ(r.exitCode, 0) << r;
        made << QFileInfo(r.out.trimmed()).fileName();
    }
    ASSERT_EQ(made.size(), 4);
    QStringList kept = backupFiles();
    EXPECT_EQ(kept.size(), 2) << kept.join(u' ').toStdString();
    EXPECT_TRUE(kept.contains(made[2]) && kept.contains(made[3])) << kept.join(u' ').toStdString();
    const BackupRun list = cli({QStringLiteral("backup"), db, QStringLiteral("--list")});
    ASSERT_EQ(list.exitCode, 0) << list;
    EXPECT_EQ(list.out.split(u'\n', Qt::SkipEmptyParts).size(), 2) << list;
}

TEST_F(CliBackupTest, ADamagedBackupIsRefused)
{
    const BackupRun backup = cli({QStringLiteral("backup"), db});
    ASSERT_EQ(backup.exitCode, 0) << backup;
    const QString backupPath = backup.out.trimmed();
    {
        QFile f(backupPath);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 16384);
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\xA5'));
    }
    ASSERT_EQ(setFigure(db, QStringLiteral("500")).exitCode, 0);
    const QString changed = summary(db);
    const BackupRun r = cli({QStringLiteral("restore"), db, backupPath});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("damaged"))) << r;
    EXPECT_EQ(summary(db), changed) << "nothing was restored";

    // Not a database at all, and the database itself.
    const QString text = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    EXPECT_EQ(cli({QStringLiteral("restore"), db, text}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("restore"), db, db}).exitCode, 1);
    EXPECT_EQ(summary(db), changed);
}

TEST_F(CliBackupTest, AnAnchoredVerifyNoticesDeletedNewestEntries)
{
    ASSERT_EQ(setFigure(db, QStringLiteral("8")).exitCode, 0);
    BackupRun r = cli({QStringLiteral("audit"), db, QStringLiteral("--verify")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const auto m = QRegularExpression(QStringLiteral("head (\\d+):([0-9a-f]{12})")).match(r.out);
    ASSERT_TRUE(m.hasMatch()) << r;
    const QString anchor = m.captured(1) + u':' + m.captured(2);

    r = cli({QStringLiteral("audit"), db, QStringLiteral("--verify"), QStringLiteral("--anchor"), anchor});
    EXPECT_EQ(r.exitCode, 0) << r;

    // Someone deletes the newest entry with the sqlite3 tool.
    const BackupRun deleted = runProgram(QStringLiteral("sqlite3"),
                                   {db, QStringLiteral("DELETE FROM audit_entry WHERE id = "
                                                       "(SELECT max(id) FROM audit_entry);")});
    ASSERT_EQ(deleted.exitCode, 0) << deleted;

    // The chain alone still verifies: that is why the anchor is needed.
    r = cli({QStringLiteral("audit"), db, QStringLiteral("--verify")});
    EXPECT_EQ(r.exitCode, 0) << r;
    r = cli({QStringLiteral("audit"), db, QStringLiteral("--verify"), QStringLiteral("--anchor"), anchor});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(anchor)) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("removed"))) << r;

    // A new entry in its place (same count) has another hash: still caught.
    ASSERT_EQ(setFigure(db, QStringLiteral("10")).exitCode, 0);
    r = cli({QStringLiteral("audit"), db, QStringLiteral("--verify"), QStringLiteral("--anchor"), anchor});
    EXPECT_EQ(r.exitCode, 1) << r;

    r = cli({QStringLiteral("audit"), db, QStringLiteral("--verify"), QStringLiteral("--anchor"), QStringLiteral("abc")});
    EXPECT_EQ(r.exitCode, 2) << r;
}

TEST_F(CliBackupTest, TheBulletinsFooterCarriesTheChainHead)
{
    BackupRun r = cli({QStringLiteral("audit"), db, QStringLiteral("--verify")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const auto m = QRegularExpression(QStringLiteral("head (\\d+:[0-9a-f]{12})")).match(r.out);
    ASSERT_TRUE(m.hasMatch()) << r;
    const QString pdf = dir.filePath(QStringLiteral("bulletin.pdf"));
    r = cli({QStringLiteral("report"), db, QStringLiteral("--region"), QStringLiteral("410104"),
             QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r;
    const BackupRun text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text;
    EXPECT_TRUE(text.out.contains(m.captured(1))) << text.out.right(600).toStdString();
}

TEST_F(CliBackupTest, ExportAndReportRefuseToWriteOverADatabase)
{
    // The database itself, named like the export (the old bug: it was replaced by CSV).
    const QString csvNamed = dir.filePath(QStringLiteral("data.csv"));
    ASSERT_TRUE(QFile::copy(db, csvNamed));
    const QByteArray hash = sha256(csvNamed);
    BackupRun r = cli({QStringLiteral("export"), csvNamed, csvNamed});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("open database"))) << r;
    EXPECT_EQ(sha256(csvNamed), hash);
    EXPECT_FALSE(summary(csvNamed).isEmpty());

    // Another Zhenxing file, as .csv and .xlsx.
    const QString other = dir.filePath(QStringLiteral("other.xlsx"));
    ASSERT_TRUE(QFile::copy(db, other));
    const QByteArray otherHash = sha256(other);
    r = cli({QStringLiteral("export"), db, csvNamed});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("Zhenxing database"))) << r;
    EXPECT_EQ(sha256(csvNamed), hash);
    r = cli({QStringLiteral("export"), db, other});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(sha256(other), otherHash);

    // Report: over the open database and over another Zhenxing file.
    const QString pdfNamed = dir.filePath(QStringLiteral("county.pdf"));
    ASSERT_TRUE(QFile::copy(db, pdfNamed));
    const QByteArray pdfHash = sha256(pdfNamed);
    const QStringList period{QStringLiteral("--region"), QStringLiteral("410104"),
                             QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out")};
    r = cli(QStringList{QStringLiteral("report"), pdfNamed} + period + QStringList{pdfNamed});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("open database"))) << r;
    r = cli(QStringList{QStringLiteral("report"), db} + period + QStringList{pdfNamed});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("Zhenxing database"))) << r;
    EXPECT_EQ(sha256(pdfNamed), pdfHash);

    // An ordinary file is still replaced as before.
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    {
        QFile f(plain);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    r = cli({QStringLiteral("export"), db, plain});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_NE(sha256(plain), QCryptographicHash::hash("old", QCryptographicHash::Sha256).toHex());
}

} // namespace
