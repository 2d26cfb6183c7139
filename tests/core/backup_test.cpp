// Backups (issue 11): a checked copy before risky changes and once a day, keep-N rotation,
// restore through SQLite (checked, audited), the migration hook, the audit chain's head and
// anchor, and the guard that keeps exports and reports from overwriting a database. Each test
// works on a fresh sample database in a QTemporaryDir; files are checked with a raw SQLite
// connection or by reading their bytes, not through the code under test.
#include "entryfixture.h"

#include "session/changenotifier.h"
#include "io/valueimport.h"
#include "session/workspace.h"
#include "storage/backups.h"
#include "storage/filesafety.h"
#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <functional>

namespace zx::test {
namespace {

const ValueKey Figure{QStringLiteral("returning_entrepreneurs"), QStringLiteral("410104001001"), 2023, 4};

// A raw connection, as another program would open the file.
QVariant rawScalar(const QString &path, const QString &statement)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("backup-test-raw-%1").arg(++counter);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                result = q.value(0);
            else
                result = QStringLiteral("error: ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QStringList backupNames(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
}

class BackupTest : public SampleDbTest
{
protected:
    QString folder() const { return dir.filePath(QStringLiteral("backups")); }

    void setFigure(const char *value)
    {
        auto ok = zx::setValue(*db, Figure, dec(value), {}, QStringLiteral("local"));
        ASSERT_TRUE(ok.ok()) << str(ok.error());
    }
};

TEST_F(BackupTest, ABackupIsACheckedZhenxingCopyBesideTheFileNamedByTimeAndReason)
{
    auto made = backups::create(*db, backups::Reason::Import);
    ASSERT_TRUE(made.ok()) << str(made.error());
    EXPECT_EQ(QFileInfo(*made).absolutePath(), QFileInfo(folder()).absoluteFilePath());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^zx-\\d{8}-\\d{6}-import\\.db$"))
                    .match(QFileInfo(*made).fileName())
                    .hasMatch())
        << str(*made);
    // The header says SQLite, application_id 'ZXNG' at bytes 68..71.
    QFile f(*made);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(100);
    EXPECT_TRUE(header.startsWith(QByteArray("SQLite format 3\0", 16)));
    EXPECT_EQ(header.mid(68, 4), QByteArray("ZXNG"));
    f.close();
    EXPECT_EQ(rawScalar(*made, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(rawScalar(*made, QStringLiteral("SELECT amount FROM indicator_value WHERE indicator_code = "
                                              "'returning_entrepreneurs' AND region_code = '410104001001' "
                                              "AND year = 2023 AND quarter = 4"))
                  .toString(),
              QStringLiteral("7"));
    ASSERT_EQ(backups::list(path).size(), 1u);
    EXPECT_EQ(backups::list(path).front().reason, backups::Reason::Import);
}

TEST_F(BackupTest, OnlyTheNewestNAreKept)
{
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto b = backups::create(*db, backups::Reason::Manual, 3);
        ASSERT_TRUE(b.ok()) << str(b.error());
        made << QFileInfo(*b).fileName();
    }
    EXPECT_EQ(made.size(), 5);
    EXPECT_EQ(QStringList(made.mid(2)), [&] {
        QStringList listed;
        for (const auto &b : backups::list(path))
            listed << QFileInfo(b.path).fileName();
        return listed;
    }()) << "the three newest, oldest first";
    EXPECT_EQ(backupNames(folder()).size(), 3);
}

TEST_F(BackupTest, TheDailyBackupIsTakenOncePerDay)
{
    ASSERT_TRUE(backups::ensureDailyBackup(*db).ok());
    const QStringList first = backupNames(folder());
    ASSERT_EQ(first.size(), 1);
    EXPECT_TRUE(first.front().endsWith(QLatin1String("-daily.db"))) << str(first.front());
    ASSERT_TRUE(backups::ensureDailyBackup(*db).ok());
    setFigure("8");
    ASSERT_TRUE(backups::ensureDailyBackup(*db).ok());
    EXPECT_EQ(backupNames(folder()), first);
}

TEST_F(BackupTest, RestoreBringsTheFigureBackAndIsAudited)
{
    auto made = backups::create(*db, backups::Reason::Manual);
    ASSERT_TRUE(made.ok()) << str(made.error());
    setFigure("8");
    ASSERT_EQ(storedText(Figure), QStringLiteral("8"));

    auto saved = backups::restore(db, *made, QStringLiteral("clerk"));
    ASSERT_TRUE(saved.ok()) << str(saved.error());
    EXPECT_EQ(storedText(Figure), QStringLiteral("7"));
    // The replaced contents were kept: the pre-restore copy holds the 8.
    EXPECT_TRUE(QFileInfo(*saved).fileName().endsWith(QLatin1String("-restore.db")));
    EXPECT_EQ(rawScalar(*saved, QStringLiteral("SELECT amount FROM indicator_value WHERE indicator_code = "
                                               "'returning_entrepreneurs' AND region_code = '410104001001' "
                                               "AND year = 2023 AND quarter = 4"))
                  .toString(),
              QStringLiteral("8"));
    const auto trail = audit();
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.back().action, QStringLiteral("restore"));
    EXPECT_EQ(trail.back().user, QStringLiteral("clerk"));
    EXPECT_TRUE(trail.back().comment.contains(QFileInfo(*made).fileName())) << str(trail.back().comment);
    expectChainVerifies();
    // Another connection (another program) sees the restored contents too.
    EXPECT_EQ(rawScalar(path, QStringLiteral("SELECT amount FROM indicator_value WHERE indicator_code = "
                                             "'returning_entrepreneurs' AND region_code = '410104001001' "
                                             "AND year = 2023 AND quarter = 4"))
                  .toString(),
              QStringLiteral("7"));
}

TEST_F(BackupTest, AnImportIsBackedUpBeforeAnythingIsWritten)
{
    const QString csv = dir.filePath(QStringLiteral("values.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("indicator,region,year,quarter,value,comment\n"
                "returning_entrepreneurs,410104001001,2023,4,9,\n");
    }
    const ImportPlan plan = planImportFile(*db, csv, QStringLiteral("local"));
    ASSERT_FALSE(plan.blocked()) << (plan.findings.empty() ? std::string() : str(formatFinding(plan.findings.front())));
    auto ok = applyImport(*db, plan, QStringLiteral("local"));
    ASSERT_TRUE(ok.ok()) << str(ok.error());
    EXPECT_EQ(storedText(Figure), QStringLiteral("9"));
    const auto listed = backups::list(path);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed.front().reason, backups::Reason::Import);
    EXPECT_EQ(rawScalar(listed.front().path,
                        QStringLiteral("SELECT amount FROM indicator_value WHERE indicator_code = "
                                       "'returning_entrepreneurs' AND region_code = '410104001001' "
                                       "AND year = 2023 AND quarter = 4"))
                  .toString(),
              QStringLiteral("7"));
}

TEST_F(BackupTest, TheOldestBackupCanBeRestoredWhenTheLimitIsReached)
{
    backups::setKeepCount(2);
    auto oldest = backups::create(*db, backups::Reason::Manual);
    ASSERT_TRUE(oldest.ok()) << str(oldest.error());
    setFigure("8");
    ASSERT_TRUE(backups::create(*db, backups::Reason::Manual).ok());
    // The copy of the current contents taken by restore would push the oldest out.
    auto saved = backups::restore(db, *oldest, QStringLiteral("clerk"));
    backups::setKeepCount(backups::DefaultKeep);
    ASSERT_TRUE(saved.ok()) << str(saved.error());
    EXPECT_EQ(storedText(Figure), QStringLiteral("7"));
}

TEST_F(BackupTest, ADamagedBackupIsRefusedAndNothingChanges)
{
    auto made = backups::create(*db, backups::Reason::Manual);
    ASSERT_TRUE(made.ok()) << str(made.error());
    setFigure("8");
    {
        // Overwrite the middle of the file (past the header page) with garbage.
        QFile f(*made);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        ASSERT_GT(size, 8192);
        f.seek(size / 2);
        f.write(QByteArray(8192, '\xA5'));
    }
    const size_t before = backups::list(path).size();
    auto refused = backups::restore(db, *made, QStringLiteral("clerk"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QLatin1String("damaged"))) << str(refused.error());
    EXPECT_EQ(storedText(Figure), QStringLiteral("8"));
    EXPECT_EQ(backups::list(path).size(), before) << "no pre-restore copy for a refused restore";
    EXPECT_NE(audit().back().action, QStringLiteral("restore"));
}

TEST_F(BackupTest, AFileOfAnotherProgramIsNotRestored)
{
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t (x)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto refused = backups::restore(db, other, QStringLiteral("clerk"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QLatin1String("not a Zhenxing database"))) << str(refused.error());
    auto self = backups::restore(db, path, QStringLiteral("clerk"));
    EXPECT_FALSE(self.ok());
}

TEST_F(BackupTest, ACopyThatFailsTheCheckIsDeleted)
{
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    ASSERT_TRUE(db->backupTo(copy).ok());
    {
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\x5A'));
    }
    auto checked = backups::checkCopy(copy);
    EXPECT_FALSE(checked.ok());
    EXPECT_FALSE(QFileInfo::exists(copy));
}

TEST_F(BackupTest, AnOlderFileIsBackedUpBeforeItsSchemaIsUpgraded)
{
    const QString old = dir.filePath(QStringLiteral("old.db"));
    {
        auto v1 = Database::openAtVersion(old, 1);
        ASSERT_TRUE(v1.ok()) << str(v1.error());
    }
    EXPECT_TRUE(backups::list(old).empty()) << "a file being created is not backed up";
    auto upgraded = Database::open(old, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(upgraded.ok()) << str(upgraded.error());
    const auto listed = backups::list(old);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed.front().reason, backups::Reason::Migration);
    EXPECT_EQ(rawScalar(listed.front().path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

TEST_F(BackupTest, TheChainHeadAndAnAnchorThatNoLongerHolds)
{
    auto head = auditstore::head(*db);
    ASSERT_TRUE(head.ok()) << str(head.error());
    const auto trail = audit();
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(head->count, qint64(trail.size()));
    EXPECT_EQ(auditstore::headText(*head),
              QStringLiteral("%1:%2").arg(trail.size()).arg(trail.back().hash.left(12)));
    auto holds = auditstore::checkAnchor(*db, head->count, trail.back().hash.left(12).toUpper());
    ASSERT_TRUE(holds.ok());
    EXPECT_EQ(holds->outcome, auditstore::AnchorCheck::Outcome::Holds);
    auto missing = auditstore::checkAnchor(*db, head->count + 1, trail.back().hash.left(12));
    ASSERT_TRUE(missing.ok());
    EXPECT_EQ(missing->outcome, auditstore::AnchorCheck::Outcome::Missing);
    auto differs = auditstore::checkAnchor(*db, head->count, QStringLiteral("0000"));
    ASSERT_TRUE(differs.ok());
    EXPECT_EQ(differs->outcome, auditstore::AnchorCheck::Outcome::Differs);
    EXPECT_FALSE(auditstore::parseAnchor(QStringLiteral("12")).has_value());
    EXPECT_FALSE(auditstore::parseAnchor(QStringLiteral("0:abcd")).has_value());
    EXPECT_EQ(auditstore::parseAnchor(QStringLiteral("12:9F86d081")).value(),
              std::make_pair(qint64(12), QStringLiteral("9f86d081")));
}

TEST_F(BackupTest, ExportTargetsThatAreDatabasesAreRefused)
{
    // The open database itself, also through a symlink and a hard link.
    EXPECT_FALSE(filesafety::checkWriteTarget(path, path).ok());
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    ASSERT_TRUE(QFile::link(path, link));
    EXPECT_FALSE(filesafety::checkWriteTarget(link, path).ok());
    EXPECT_FALSE(filesafety::checkWriteTarget(path + QStringLiteral("-wal"), path).ok());
    // Another Zhenxing file (a backup) and another program's SQLite file.
    auto made = backups::create(*db, backups::Reason::Manual);
    ASSERT_TRUE(made.ok());
    auto zhenxing = filesafety::checkWriteTarget(*made, path);
    ASSERT_FALSE(zhenxing.ok());
    EXPECT_TRUE(zhenxing.error().contains(QLatin1String("Zhenxing database"))) << str(zhenxing.error());
    // A plain file and a new file are fine.
    const QString csv = dir.filePath(QStringLiteral("old.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("indicator,region\n");
    }
    EXPECT_TRUE(filesafety::checkWriteTarget(csv, path).ok());
    EXPECT_TRUE(filesafety::checkWriteTarget(dir.filePath(QStringLiteral("new.csv")), path).ok());
    // The open database is still usable: no handle to it was opened and closed.
    setFigure("9");
    EXPECT_EQ(storedText(Figure), QStringLiteral("9"));
}

class WorkspaceBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("ws.db"));
        auto created = workspace.createSample(path);
        ASSERT_TRUE(created.ok()) << str(created.error());
    }
    QTemporaryDir dir;
    QString path;
    ChangeNotifier notifier;
    Workspace workspace{&notifier};
};

TEST_F(WorkspaceBackupTest, EditsTakeTheDailyBackupAndCatalogueChangesTheirOwn)
{
    ASSERT_TRUE(workspace.setValue(Figure, dec("8"), {}).ok());
    auto listed = backups::list(path);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed.front().reason, backups::Reason::Daily);
    ASSERT_TRUE(workspace.setValue(Figure, dec("9"), {}).ok());
    EXPECT_EQ(backups::list(path).size(), 1u);

    Category c{QStringLiteral("industry"), QStringLiteral("产业振兴"), {}, 7};
    ASSERT_TRUE(workspace.saveCategory(c, true).ok());
    listed = backups::list(path);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed.back().reason, backups::Reason::Catalogue);

    // Restore through the workspace: the views are told to reload, the figure is back.
    int replaced = 0;
    QObject::connect(&notifier, &ChangeNotifier::databaseReplaced, [&] { ++replaced; });
    ASSERT_TRUE(workspace.restoreBackup(listed.front().path).ok());
    EXPECT_EQ(replaced, 1);
    auto v = valuestore::find(*workspace.database(), Figure);
    ASSERT_TRUE(v.ok() && v.value());
    EXPECT_EQ(v.value()->value.toString(), QStringLiteral("7"));
    EXPECT_EQ(workspace.undoStack()->count(), 0);
}

} // namespace
} // namespace zx::test
