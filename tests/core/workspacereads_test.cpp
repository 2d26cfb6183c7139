// What the UI reads through Workspace instead of storage (workspacereads.cpp): the audit trail
// narrowed and its head, backups, the export target check, and a worker's own connection.
#include "entryfixture.h"

#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QDir>
#include <QFile>

#include <thread>

using namespace zx;
using namespace zx::test;

namespace {

const QString Zhangzhuang = QStringLiteral("410104001001");
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");

class WorkspaceReadsTest : public ::testing::Test
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

} // namespace

TEST_F(WorkspaceReadsTest, AuditEntriesAndHeadShowWhatWasWritten)
{
    auto before = workspace.auditHead();
    ASSERT_TRUE(before.ok()) << str(before.error());
    const ValueKey q3{Entrepreneurs, Zhangzhuang, 2023, 3}; // 5 in the sample
    const ValueKey q4{Entrepreneurs, Zhangzhuang, 2023, 4}; // 7
    ASSERT_TRUE(workspace.setValue(q3, dec("6"), {}).ok());
    ASSERT_TRUE(workspace.setValue(q4, dec("9"), {}).ok());

    auditstore::Filter filter;
    filter.indicatorCode = Entrepreneurs;
    filter.regionCode = Zhangzhuang;
    filter.year = 2023;
    filter.quarter = 3;
    auto q3Entries = workspace.auditEntries(filter);
    ASSERT_TRUE(q3Entries.ok()) << str(q3Entries.error());
    ASSERT_EQ(q3Entries->size(), 1u);
    EXPECT_EQ(q3Entries->front().oldValue, QStringLiteral("5"));
    EXPECT_EQ(q3Entries->front().newValue, QStringLiteral("6"));

    auto after = workspace.auditHead();
    ASSERT_TRUE(after.ok()) << str(after.error());
    EXPECT_EQ(after->count, before->count + 2);
    auto all = workspace.auditEntries({});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(qint64(all->size()), after->count);
    EXPECT_EQ(after->hash, all->back().hash); // the newest entry: q4's
    EXPECT_EQ(all->back().newValue, QStringLiteral("9"));

    auto broken = workspace.auditFirstBroken();
    ASSERT_TRUE(broken.ok()) << str(broken.error());
    EXPECT_FALSE(broken->has_value());
}

TEST_F(WorkspaceReadsTest, NothingOpenIsAnErrorOrNothing)
{
    workspace.close();
    EXPECT_FALSE(workspace.auditHead().ok());
    EXPECT_FALSE(workspace.indicators().ok());
    EXPECT_FALSE(workspace.checkMayEdit(Zhangzhuang).ok());
    EXPECT_TRUE(workspace.backupFiles().empty());
    EXPECT_TRUE(workspace.connection().path().isEmpty());
}

TEST_F(WorkspaceReadsTest, BackupFilesAreTheCopiesBesideTheFile)
{
    // The first write of the day backs the file up first.
    ASSERT_TRUE(workspace.setValue({Entrepreneurs, Zhangzhuang, 2023, 3}, dec("6"), {}).ok());
    const QStringList copies =
        QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("ws-*.db")});
    ASSERT_FALSE(copies.isEmpty());
    const auto listed = workspace.backupFiles();
    ASSERT_EQ(qsizetype(listed.size()), copies.size());
    for (const backups::BackupFile &b : listed)
        EXPECT_TRUE(copies.contains(QFileInfo(b.path).fileName())) << str(b.path);
}

TEST_F(WorkspaceReadsTest, AnExportNeverOverwritesADatabase)
{
    EXPECT_EQ(workspace.connection().path(), path);
    EXPECT_FALSE(workspace.checkWriteTarget(path).ok()); // the open file
    const QString fresh = dir.filePath(QStringLiteral("figures.csv"));
    EXPECT_TRUE(workspace.checkWriteTarget(fresh).ok());
    // Another program's database file is refused by its header, whatever is open.
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    ASSERT_TRUE(workspace.saveCopy(copy).ok());
    EXPECT_FALSE(Workspace::checkWriteTarget(copy, Connection()).ok());
    // A database on a server has no file: its description is not taken for a path.
    EXPECT_TRUE(Workspace::checkWriteTarget(fresh, Connection::parse(QStringLiteral(
                                                       "postgresql://clerk@db.example/county")))
                    .ok());
}

TEST_F(WorkspaceReadsTest, AWorkerOpensItsOwnConnectionOnItsThread)
{
    ASSERT_TRUE(workspace.setValue({Entrepreneurs, Zhangzhuang, 2023, 3}, dec("6"), {}).ok());
    const Connection where = workspace.connection();
    QString seen;
    QString error;
    std::thread worker([&] {
        auto db = Workspace::openWorker(where);
        if (!db) {
            error = db.error();
            return;
        }
        auto v = valuestore::find(*db.value(), {Entrepreneurs, Zhangzhuang, 2023, 3});
        seen = v.ok() && v.value() ? v.value()->value.toString() : QString();
    }); // closed on the worker's thread as `db` goes out of scope
    worker.join();
    EXPECT_TRUE(error.isEmpty()) << str(error);
    EXPECT_EQ(seen, QStringLiteral("6"));
    EXPECT_FALSE(
        Workspace::openWorker(Connection::file(dir.filePath(QStringLiteral("none.db")))).ok());
}
