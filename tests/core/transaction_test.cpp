// Write transactions: an interrupted change leaves nothing behind, a committed one stays, and
// a second writer is kept out while one is writing.
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"

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
    WriteTransaction tx(db.connection());
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
    QString path = dir.filePath(QStringLiteral("zx.db"));
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(TransactionTest, WithoutCommitNothingIsKept)
{
    {
        WriteTransaction tx(db->connection());
        ASSERT_TRUE(tx.isActive()) << str(tx.error());
        ASSERT_TRUE(regionstore::insert(*db, county()).ok());
        EXPECT_EQ(regionCount(*db), 1u); // visible inside the transaction
    }
    EXPECT_EQ(regionCount(*db), 0u);
}

TEST_F(TransactionTest, ACommittedChangeIsKeptAcrossReopening)
{
    {
        WriteTransaction tx(db->connection());
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
    WriteTransaction tx(db->connection());
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

    WriteTransaction first(db->connection());
    ASSERT_TRUE(first.isActive()) << str(first.error());
    ASSERT_TRUE(regionstore::insert(*db, county()).ok());

    {
        WriteTransaction blocked((*second)->connection());
        EXPECT_FALSE(blocked.isActive());
        EXPECT_FALSE(blocked.error().isEmpty());
        EXPECT_FALSE(blocked.commit().ok());
    }
    // Readers are not blocked by the writer (WAL) and do not see its uncommitted row.
    EXPECT_EQ(regionCount(**second), 0u);

    ASSERT_TRUE(first.commit().ok());
    EXPECT_EQ(regionCount(**second), 1u);

    WriteTransaction now((*second)->connection());
    EXPECT_TRUE(now.isActive()) << str(now.error());
}
