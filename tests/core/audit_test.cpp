// The audit trail is tamper-evident: editing or deleting an entry outside the program is
// found, and the first entry that no longer verifies is named.
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

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

// Someone editing the file with another tool while the program has it open.
void rawExec(const QString &path, const QString &statement, const QVariantList &values = {})
{
    const QString name =
        QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open()) << str(raw.lastError().text());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.prepare(statement)) << str(q.lastError().text());
        for (const QVariant &v : values)
            q.addBindValue(v);
        ASSERT_TRUE(q.exec()) << str(statement) << ": " << str(q.lastError().text());
        EXPECT_EQ(q.numRowsAffected(), 1) << str(statement);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

AuditEntry entry(const QString &oldValue, const QString &newValue, const QString &at)
{
    AuditEntry e;
    e.at = at;
    e.user = QStringLiteral("张填报");
    e.action = QStringLiteral("value.set");
    e.indicatorCode = QStringLiteral("returning_entrepreneurs");
    e.regionCode = QStringLiteral("410104001");
    e.year = 2023;
    e.quarter = 4;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.comment = QStringLiteral("季度填报");
    return e;
}

class AuditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << str(opened.error());
        db = std::move(opened).value();

        WriteTransaction tx(db->connection());
        ASSERT_TRUE(tx.isActive()) << str(tx.error());
        ASSERT_TRUE(auditstore::append(*db, entry({}, QStringLiteral("100"),
                                                  QStringLiteral("2024-01-03T08:00:00Z")))
                        .ok());
        ASSERT_TRUE(auditstore::append(*db, entry(QStringLiteral("100"), QStringLiteral("120"),
                                                  QStringLiteral("2024-01-04T08:00:00Z")))
                        .ok());
        ASSERT_TRUE(auditstore::append(*db, entry(QStringLiteral("120"), QStringLiteral("121"),
                                                  QStringLiteral("2024-01-05T08:00:00Z")))
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }

    std::vector<AuditEntry> entries()
    {
        auto all = auditstore::all(*db);
        EXPECT_TRUE(all.ok()) << str(all.error());
        return all.ok() ? *all : std::vector<AuditEntry>{};
    }

    std::optional<qint64> firstBrokenId()
    {
        auto broken = auditstore::firstBroken(*db);
        EXPECT_TRUE(broken.ok()) << str(broken.error());
        if (!broken.ok() || !broken->has_value())
            return std::nullopt;
        return (*broken)->id;
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("zx.db"));
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(AuditTest, AnUntouchedChainVerifies)
{
    const auto all = entries();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].prevHash, QString(64, u'0'));
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].hash.size(), 64);
        EXPECT_EQ(all[i].hash, auditstore::hashOf(all[i], all[i].prevHash)) << "entry " << i;
        if (i > 0) {
            EXPECT_EQ(all[i].prevHash, all[i - 1].hash) << "entry " << i;
        }
    }
    EXPECT_EQ(all[1].oldValue, QStringLiteral("100"));
    EXPECT_EQ(all[1].newValue, QStringLiteral("120"));
    EXPECT_EQ(all[1].user, QStringLiteral("张填报"));
    EXPECT_EQ(all[1].comment, QStringLiteral("季度填报"));
    EXPECT_EQ(firstBrokenId(), std::nullopt);
}

TEST_F(AuditTest, AnEditedValueBreaksTheChainAtThatEntry)
{
    rawExec(path, QStringLiteral("UPDATE audit_entry SET new_value = '999' WHERE id = 2"));
    EXPECT_EQ(firstBrokenId(), std::optional<qint64>(2));
}

TEST_F(AuditTest, AnEditedUserOrTimeBreaksTheChainToo)
{
    rawExec(path, QStringLiteral("UPDATE audit_entry SET user_name = '李四' WHERE id = 3"));
    EXPECT_EQ(firstBrokenId(), std::optional<qint64>(3));
}

TEST_F(AuditTest, ADeletedEntryBreaksTheChainAtTheNextOne)
{
    rawExec(path, QStringLiteral("DELETE FROM audit_entry WHERE id = 2"));
    EXPECT_EQ(firstBrokenId(), std::optional<qint64>(3));
}

TEST_F(AuditTest, RecomputingTheEditedEntrysHashDoesNotHideTheEdit)
{
    // A careful forger fixes up entry 2's own hash; entry 3 still points at the old one.
    AuditEntry forged = entries().at(1);
    forged.newValue = QStringLiteral("999");
    const QString forgedHash = auditstore::hashOf(forged, forged.prevHash);
    rawExec(path, QStringLiteral("UPDATE audit_entry SET new_value = '999', hash = ? WHERE id = 2"),
            {forgedHash});
    EXPECT_EQ(firstBrokenId(), std::optional<qint64>(3));
}

TEST_F(AuditTest, AppendingAfterTheChainContinuesIt)
{
    ASSERT_TRUE(auditstore::append(*db, entry(QStringLiteral("121"), QStringLiteral("130"),
                                              QStringLiteral("2024-01-06T08:00:00Z")))
                    .ok());
    const auto all = entries();
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[3].prevHash, all[2].hash);
    EXPECT_EQ(firstBrokenId(), std::nullopt);
}

TEST(AuditHash, FieldBoundariesMatter)
{
    AuditEntry a;
    a.oldValue = QStringLiteral("12");
    a.newValue = QStringLiteral("3");
    AuditEntry b;
    b.oldValue = QStringLiteral("1");
    b.newValue = QStringLiteral("23");
    const QString prev(64, u'0');
    EXPECT_NE(auditstore::hashOf(a, prev), auditstore::hashOf(b, prev));
    EXPECT_NE(auditstore::hashOf(a, prev), auditstore::hashOf(a, QString(64, u'1')));
}
