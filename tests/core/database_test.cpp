// Opening, creating and refusing database files: a user who opens the wrong file must get a
// clear message, and the file must be left exactly as it was.
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace zx;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << str(path);
    ASSERT_EQ(f.write(bytes), bytes.size());
}

// A plain Qt SQLite connection of its own, as another program (or the sqlite3 shell) would
// use: no checks, no pragmas of ours.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(statement);
        if (!ok)
            ADD_FAILURE() << str(statement) << ": " << str(q.lastError().text());
        return ok;
    }
    QVariant scalar(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(statement) || !q.next()) {
            ADD_FAILURE() << str(statement) << ": " << str(q.lastError().text());
            return {};
        }
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

QVariant pragma(Database &db, const char *statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(statement)) || !q.next()) {
        ADD_FAILURE() << statement << ": " << str(q.lastError().text());
        return {};
    }
    return q.value(0);
}

bool sideFilesExist(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm")) ||
           QFileInfo::exists(path + QStringLiteral("-journal"));
}

class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString path(const char *name = "zx.db") const
    {
        return dir.filePath(QString::fromLatin1(name));
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(DatabaseTest, NewFileCarriesOurApplicationIdAndCurrentVersion)
{
    auto db = Database::open(path(), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_EQ((*db)->schemaVersion(), schema::currentVersion());
    EXPECT_EQ(pragma(**db, "PRAGMA application_id").toLongLong(), 0x5A584E47);
    EXPECT_EQ(pragma(**db, "PRAGMA application_id").toLongLong(), schema::ApplicationId);
    EXPECT_EQ(pragma(**db, "PRAGMA user_version").toInt(), schema::currentVersion());
}

TEST_F(DatabaseTest, ConnectionIsConfiguredForSafety)
{
    auto db = Database::open(path(), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_EQ(pragma(**db, "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**db, "PRAGMA foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(**db, "PRAGMA synchronous").toInt(), 2); // FULL
    EXPECT_GT(pragma(**db, "PRAGMA busy_timeout").toInt(), 0);
}

TEST_F(DatabaseTest, ReopeningOurFileWorksAndKeepsTheVersion)
{
    {
        auto db = Database::open(path(), Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok()) << str(db.error());
    }
    auto again = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_TRUE(again.ok()) << str(again.error());
    EXPECT_EQ((*again)->schemaVersion(), schema::currentVersion());
    EXPECT_EQ((*again)->path(), path());
}

// Only New / init create a database: an empty file (a failed copy, a mistaken name) is refused
// and left as it is, in either mode.
TEST_F(DatabaseTest, AnEmptyFileIsRefusedAndLeftEmpty)
{
    writeBytes(path(), QByteArray());
    for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::CreateIfMissing}) {
        auto db = Database::open(path(), mode);
        ASSERT_FALSE(db.ok());
        EXPECT_TRUE(db.error().contains(QStringLiteral("empty file"))) << str(db.error());
        EXPECT_TRUE(db.error().contains(path())) << str(db.error());
        EXPECT_EQ(QFileInfo(path()).size(), 0);
        EXPECT_FALSE(sideFilesExist(path()));
    }
}

TEST_F(DatabaseTest, OpenExistingOnAMissingPathFailsNamingThePath)
{
    const QString missing = path("nowhere.db");
    auto db = Database::open(missing, Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(missing)) << str(db.error());
    EXPECT_FALSE(QFileInfo::exists(missing)) << "a missing file must not be created";
}

TEST_F(DatabaseTest, AFolderIsRefused)
{
    auto db = Database::open(dir.path(), Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(dir.path())) << str(db.error());
}

TEST_F(DatabaseTest, RandomBytesAreRefusedAndLeftUnchanged)
{
    QByteArray garbage(8192, '\0');
    QRandomGenerator rng(42);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    garbage[0] = 'X'; // certainly not "SQLite format 3"
    writeBytes(path(), garbage);

    auto db = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("not an SQLite file"))) << str(db.error());
    EXPECT_TRUE(db.error().contains(path())) << str(db.error());
    EXPECT_EQ(readBytes(path()), garbage);
    EXPECT_FALSE(sideFilesExist(path()));

    // CreateIfMissing must not overwrite an existing file either.
    auto create = Database::open(path(), Database::OpenMode::CreateIfMissing);
    ASSERT_FALSE(create.ok());
    EXPECT_EQ(readBytes(path()), garbage);
    EXPECT_FALSE(sideFilesExist(path()));
}

TEST_F(DatabaseTest, ATextFileIsRefusedAndLeftUnchanged)
{
    const QByteArray text = QStringLiteral("code,name\n410104,XX区\n").toUtf8();
    writeBytes(path("regions.csv"), text);

    auto db = Database::open(path("regions.csv"), Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("not an SQLite file"))) << str(db.error());
    EXPECT_EQ(readBytes(path("regions.csv")), text);
    EXPECT_FALSE(sideFilesExist(path("regions.csv")));
}

TEST_F(DatabaseTest, AForeignSqliteFileIsRefusedAndLeftByteIdentical)
{
    {
        RawConnection raw(path());
        ASSERT_TRUE(raw.isOpen());
        raw.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO t VALUES (1, 'other program')"));
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), 0);
    }
    const QByteArray before = readBytes(path());
    ASSERT_FALSE(before.isEmpty());

    auto db = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("another program"))) << str(db.error());
    EXPECT_TRUE(db.error().contains(path())) << str(db.error());
    EXPECT_EQ(readBytes(path()), before);
    EXPECT_FALSE(sideFilesExist(path()));

    // Nothing was migrated into it.
    RawConnection raw(path());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("delete"));
}

TEST_F(DatabaseTest, AFileFromANewerReleaseIsRefusedAndNotModified)
{
    {
        auto db = Database::open(path(), Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok()) << str(db.error());
    }
    {
        RawConnection raw(path());
        ASSERT_TRUE(raw.isOpen());
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    ASSERT_FALSE(sideFilesExist(path()));
    const QByteArray before = readBytes(path());

    auto db = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("newer"))) << str(db.error());
    EXPECT_TRUE(db.error().contains(QStringLiteral("99"))) << str(db.error());
    EXPECT_EQ(readBytes(path()), before);
    EXPECT_FALSE(sideFilesExist(path()));

    RawConnection raw(path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

TEST_F(DatabaseTest, IntegrityCheckOfAHealthyFileSaysOk)
{
    auto db = Database::open(path(), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.ok()) << str(db.error());
    auto check = (*db)->integrityCheck();
    ASSERT_TRUE(check.ok()) << str(check.error());
    EXPECT_EQ(*check, QStringList{QStringLiteral("ok")});
}

TEST_F(DatabaseTest, TwoDatabasesOpenAtOnceUseSeparateConnections)
{
    auto a = Database::open(path("a.db"), Database::OpenMode::CreateIfMissing);
    auto b = Database::open(path("b.db"), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(a.ok()) << str(a.error());
    ASSERT_TRUE(b.ok()) << str(b.error());
    EXPECT_NE((*a)->connection().connectionName(), (*b)->connection().connectionName());
    EXPECT_NE((*a)->connection().connectionName(),
              QString::fromLatin1(QSqlDatabase::defaultConnection));
    EXPECT_EQ((*a)->connection().databaseName(), path("a.db"));
    EXPECT_EQ((*b)->connection().databaseName(), path("b.db"));
}

namespace {

// Another program's WAL database left with its log beside it (as after that program was
// killed): written through a raw connection that keeps the log, then the file and its log are
// copied while that connection still holds them.
void makeForeignFileWithLog(const QString &source, const QString &target)
{
    RawConnection raw(source);
    ASSERT_TRUE(raw.isOpen());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode=WAL")).toString(), QStringLiteral("wal"));
    raw.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    raw.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)"));
    raw.exec(QStringLiteral("INSERT INTO t VALUES (1, 'only in the log')"));
    writeBytes(target, readBytes(source));
    writeBytes(target + QStringLiteral("-wal"), readBytes(source + QStringLiteral("-wal")));
}

// Makes `path` unwritable even for root (CI runs as root, where permissions do not bind):
// the immutable attribute of ext4, which chattr sets; an ordinary user gets mode 0444.
// Undone by the guard's destructor.
struct Unwritable
{
    explicit Unwritable(const QString &path) : path(path)
    {
        if (geteuid() == 0)
            ok = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        else
            ok = QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    }
    ~Unwritable()
    {
        if (geteuid() == 0)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        else
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QString path;
    bool ok = false;
};

Result<std::unique_ptr<Database>> newDatabaseWithARegion(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return db;
    QSqlQuery q((*db)->connection());
    if (!q.exec(QStringLiteral("INSERT INTO region (code, name, level) VALUES ('410104', 'XX区', 1)")))
        return Error{q.lastError().text()};
    return db;
}

qint64 regionRows(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM region")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

// The log of another program's file is its unsaved work: refusing the file must not merge the
// log into it nor delete it (SQLite does both when the last writer closes).
TEST_F(DatabaseTest, AForeignFileWithALogKeepsFileAndLogByteIdentical)
{
    makeForeignFileWithLog(path("source.db"), path());
    const QByteArray file = readBytes(path());
    const QByteArray log = readBytes(path() + QStringLiteral("-wal"));
    ASSERT_GT(log.size(), 0);

    auto db = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("another program"))) << str(db.error());
    EXPECT_EQ(readBytes(path()), file);
    ASSERT_TRUE(QFileInfo::exists(path() + QStringLiteral("-wal")));
    EXPECT_EQ(readBytes(path() + QStringLiteral("-wal")), log);
}

// Our own file after a crash: its log holds committed work and is read.
TEST_F(DatabaseTest, OurFileWithALogLeftByACrashOpensWithItsFigures)
{
    {
        auto db = newDatabaseWithARegion(path("source.db"));
        ASSERT_TRUE(db.ok()) << str(db.error());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO region (code, name, level, parent_code) "
                                          "VALUES ('410104001', '甲街道', 2, '410104')")));
        writeBytes(path(), readBytes(path("source.db")));
        writeBytes(path() + QStringLiteral("-wal"), readBytes(path("source.db") + QStringLiteral("-wal")));
    }
    auto db = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_EQ(regionRows(**db), 2);
}

TEST_F(DatabaseTest, AnUnwritableFileOpensReadOnlyAndRefusesWrites)
{
    {
        auto db = newDatabaseWithARegion(path());
        ASSERT_TRUE(db.ok()) << str(db.error());
    }
    ASSERT_FALSE(sideFilesExist(path()));
    const QByteArray before = readBytes(path());
    Unwritable guard(path());
    ASSERT_TRUE(guard.ok) << "chattr +i failed: the test needs e2fsprogs and an ext4 folder";

    auto db = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_TRUE((*db)->isReadOnly());
    EXPECT_EQ(regionRows(**db), 1); // reading works
    const Outcome write = (*db)->checkWritable();
    ASSERT_FALSE(write.ok());
    EXPECT_TRUE(write.error().contains(QStringLiteral("read-only"))) << str(write.error());
    WriteTransaction tx(**db);
    EXPECT_FALSE(tx.isActive());
    EXPECT_TRUE(tx.error().contains(QStringLiteral("read-only"))) << str(tx.error());
    db.value().reset();
    EXPECT_EQ(readBytes(path()), before);
}

TEST_F(DatabaseTest, ReadOnlyModeNeverWrites)
{
    {
        auto db = newDatabaseWithARegion(path());
        ASSERT_TRUE(db.ok()) << str(db.error());
    }
    const QByteArray before = readBytes(path());
    auto db = Database::open(path(), Database::OpenMode::ReadOnly);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_TRUE((*db)->isReadOnly());
    EXPECT_EQ(regionRows(**db), 1);
    QSqlQuery q((*db)->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM region"))); // even past our own checks
    db.value().reset();
    EXPECT_EQ(readBytes(path()), before);
}

// A page of an index overwritten (a disk fault): the file still reads, writes are refused
// with a message that points to the latest backup.
TEST_F(DatabaseTest, ADamagedFileReadsButRefusesWritesNamingTheLatestBackup)
{
    int pageSize = 0;
    int indexRoot = 0;
    {
        auto db = newDatabaseWithARegion(path());
        ASSERT_TRUE(db.ok()) << str(db.error());
        pageSize = pragma(**db, "PRAGMA page_size").toInt();
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                                          "AND tbl_name = 'target' ORDER BY rootpage DESC")));
        ASSERT_TRUE(q.next());
        indexRoot = q.value(0).toInt();
    }
    ASSERT_FALSE(sideFilesExist(path()));
    QDir(dir.path()).mkdir(QStringLiteral("backups"));
    const QString older = dir.filePath(QStringLiteral("backups/zx-20261201-080000-daily.db"));
    const QString newest = dir.filePath(QStringLiteral("backups/zx-20261204-170000-import.db"));
    writeBytes(older, readBytes(path()));
    writeBytes(newest, readBytes(path()));

    QByteArray bytes = readBytes(path());
    const qsizetype page = qsizetype(indexRoot - 1) * pageSize;
    ASSERT_LT(page + 8, bytes.size());
    bytes[page] = char(0x00); // no b-tree page type
    bytes[page + 3] = char(0x7f);
    writeBytes(path(), bytes);

    auto db = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_TRUE((*db)->isDamaged());
    EXPECT_EQ(regionRows(**db), 1);
    const Outcome write = (*db)->checkWritable();
    ASSERT_FALSE(write.ok());
    EXPECT_TRUE(write.error().contains(QStringLiteral("damaged"))) << str(write.error());
    EXPECT_TRUE(write.error().contains(newest)) << str(write.error());
    WriteTransaction tx(**db);
    EXPECT_FALSE(tx.isActive());
}
