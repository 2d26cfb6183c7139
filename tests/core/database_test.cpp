// Opening, creating and refusing database files: a user who opens the wrong file must get a
// clear message, and the file must be left exactly as it was.
#include "storage/database.h"
#include "storage/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

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

TEST_F(DatabaseTest, AnEmptyFileBecomesADatabase)
{
    writeBytes(path(), QByteArray());
    auto db = Database::open(path(), Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_EQ((*db)->schemaVersion(), schema::currentVersion());
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
