// Write transactions: an interrupted change leaves nothing behind, a committed one stays, and
// a second writer is kept out while one is writing.
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zx;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

Region county(const QString &code = QStringLiteral("410104"))
{
    return {code, QStringLiteral("XX区"), QStringLiteral("XX District"), RegionLevel::County, {},
            1};
}

Region township(const QString &code, const QString &parent = QStringLiteral("410104"))
{
    return {code, QStringLiteral("城东街道办事处"), {}, RegionLevel::Township, parent, 1};
}

std::size_t regionCount(Database &db)
{
    auto regions = regionstore::all(db);
    EXPECT_TRUE(regions.ok()) << str(regions.error());
    return regions.ok() ? regions->size() : 0;
}

// Saves a county and a township in one transaction, the way store code does: any failure
// returns early without commit.
Outcome saveTwo(Database &db, const Region &first, const Region &second)
{
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = regionstore::insert(db, first); !ok)
        return ok;
    if (auto ok = regionstore::insert(db, second); !ok)
        return ok;
    return tx.commit();
}

class TransactionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << str(opened.error());
        db = std::move(opened).value();
    }

    QTemporaryDir dir;
    QString path = zxtest::freshStore(dir, "zx.db");
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(TransactionTest, WithoutCommitNothingIsKept)
{
    {
        WriteTransaction tx(*db);
        ASSERT_TRUE(tx.isActive()) << str(tx.error());
        ASSERT_TRUE(regionstore::insert(*db, county()).ok());
        EXPECT_EQ(regionCount(*db), 1u); // visible inside the transaction
    }
    EXPECT_EQ(regionCount(*db), 0u);
}

TEST_F(TransactionTest, ACommittedChangeIsKeptAcrossReopening)
{
    {
        WriteTransaction tx(*db);
        ASSERT_TRUE(tx.isActive()) << str(tx.error());
        ASSERT_TRUE(regionstore::insert(*db, county()).ok());
        auto committed = tx.commit();
        ASSERT_TRUE(committed.ok()) << str(committed.error());
    }
    EXPECT_EQ(regionCount(*db), 1u);

    db.reset();
    auto reopened = Database::open(path, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(reopened.ok()) << str(reopened.error());
    EXPECT_EQ(regionCount(**reopened), 1u);
}

TEST_F(TransactionTest, AFailedSecondRowTakesTheFirstWithIt)
{
    // Same code twice: the second insert breaks the primary key.
    auto result = saveTwo(*db, county(), county());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("410104"))) << str(result.error());
    EXPECT_EQ(regionCount(*db), 0u);

    // The connection is usable afterwards: no transaction was left open.
    auto good = saveTwo(*db, county(), township(QStringLiteral("410104001")));
    ASSERT_TRUE(good.ok()) << str(good.error());
    EXPECT_EQ(regionCount(*db), 2u);
}

TEST_F(TransactionTest, AMissingParentRegionIsRefusedAtCommitAndNothingIsKept)
{
    // parent_code is checked when the transaction commits (deferred), so regions may be
    // saved children first; a parent that never arrives fails the whole save.
    auto result = saveTwo(*db, township(QStringLiteral("410104001"), QStringLiteral("999999")),
                          township(QStringLiteral("410104002")));
    ASSERT_FALSE(result.ok());
    EXPECT_FALSE(result.error().isEmpty());
    EXPECT_EQ(regionCount(*db), 0u);

    auto childFirst = saveTwo(*db, township(QStringLiteral("410104001")), county());
    ASSERT_TRUE(childFirst.ok()) << str(childFirst.error());
    EXPECT_EQ(regionCount(*db), 2u);
}

TEST_F(TransactionTest, CommitTwiceOrAfterAFailedBeginIsAnError)
{
    WriteTransaction tx(*db);
    ASSERT_TRUE(tx.isActive());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_FALSE(tx.isActive());
    EXPECT_FALSE(tx.commit().ok());
}

TEST_F(TransactionTest, ASecondWriterIsRefusedWhileOneIsWriting)
{
    auto second = Database::open(path, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(second.ok()) << str(second.error());
    {
        // Keep the test fast: the second connection gives up after 100 ms.
        QSqlQuery q((*second)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA busy_timeout = 100")));
    }

    WriteTransaction first(*db);
    ASSERT_TRUE(first.isActive()) << str(first.error());
    ASSERT_TRUE(regionstore::insert(*db, county()).ok());

    {
        WriteTransaction blocked(**second);
        EXPECT_FALSE(blocked.isActive());
        // In plain words, not the driver's "database is locked Unable to fetch row".
        EXPECT_TRUE(blocked.error().contains(QStringLiteral("Another program is writing to this file")))
            << str(blocked.error());
        EXPECT_FALSE(blocked.commit().ok());
    }
    // Readers are not blocked by the writer (WAL) and do not see its uncommitted row.
    EXPECT_EQ(regionCount(**second), 0u);

    ASSERT_TRUE(first.commit().ok());
    EXPECT_EQ(regionCount(**second), 1u);

    WriteTransaction now(**second);
    EXPECT_TRUE(now.isActive()) << str(now.error());
}

// The kept-prepared writes (sql::runCached on the SQLite handle) bind as sql::exec does and
// take part in the caller's transaction: a null QString is '', an invalid QVariant NULL,
// numbers stay numbers, a failed row names the work and the reason, and a rollback takes
// every row written through them with it.
TEST_F(TransactionTest, KeptPreparedWritesBindLikeQtAndRollBackWithTheTransaction)
{
    static const char *const Insert = "INSERT INTO probe VALUES (?, ?, ?, ?)";
    QSqlQuery create(db->connection());
    ASSERT_TRUE(create.exec(QStringLiteral(
        "CREATE TABLE probe (word TEXT NOT NULL, maybe TEXT, n INTEGER NOT NULL CHECK (n > 0), x REAL)")));
    const auto what = [] { return QStringLiteral("probing"); };
    // Debian's Qt runs on the system SQLite, so the direct path is the one taken here.
    EXPECT_NE(db->cachedWrite(Insert), nullptr) << str(db->lastStatementError());
    {
        WriteTransaction tx(*db);
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(sql::runCached(*db, Insert, {QString(), QVariant(), 3, 2.5}, what).ok());
        ASSERT_TRUE(sql::runCached(*db, Insert, {QStringLiteral("张庄村"), QStringLiteral("x"),
                                                 qint64(1) << 40, 0.1},
                                   what)
                        .ok());
        const Outcome refused = sql::runCached(*db, Insert, {QStringLiteral("a"), {}, 0, 1.0}, what);
        ASSERT_FALSE(refused.ok());
        EXPECT_NE(str(refused.error()).find("probing"), std::string::npos) << str(refused.error());
        EXPECT_NE(str(refused.error()).find("CHECK"), std::string::npos) << str(refused.error());
        // Too few values: refused, not filled in from the previous row's bindings.
        const Outcome short_ = sql::runCached(*db, Insert, {QStringLiteral("b"), {}, 5}, what);
        ASSERT_FALSE(short_.ok());
        EXPECT_NE(str(short_.error()).find("3"), std::string::npos) << str(short_.error());
        ASSERT_TRUE(tx.commit().ok());
    }
    QSqlQuery rows(db->connection());
    ASSERT_TRUE(rows.exec(QStringLiteral(
        "SELECT word, maybe IS NULL, typeof(n), n, x FROM probe ORDER BY rowid")));
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(str(rows.value(0).toString()), "");
    EXPECT_EQ(rows.value(1).toInt(), 1);
    EXPECT_EQ(str(rows.value(2).toString()), "integer");
    EXPECT_EQ(rows.value(3).toLongLong(), 3);
    EXPECT_DOUBLE_EQ(rows.value(4).toDouble(), 2.5);
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(str(rows.value(0).toString()), "张庄村");
    EXPECT_EQ(rows.value(1).toInt(), 0);
    EXPECT_EQ(rows.value(3).toLongLong(), qint64(1) << 40);
    EXPECT_FALSE(rows.next()); // the refused row is not there
    rows.finish();

    {
        WriteTransaction tx(*db);
        ASSERT_TRUE(sql::runCached(*db, Insert, {QStringLiteral("gone"), {}, 9, 9.0}, what).ok());
        // no commit: rolled back
    }
    QSqlQuery count(db->connection());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT COUNT(*) FROM probe")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 2);
}
