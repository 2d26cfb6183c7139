// The audit trail is tamper-evident: editing or deleting an entry outside the program is
// found, and the first entry that no longer verifies is named.
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zx;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// Someone editing the store with another tool while the program has it open (the sqlite3
// shell on a file, psql as the server's superuser).
void rawExec(const QString &path, const QString &statement, const QVariantList &values = {})
{
    QSqlDatabase raw = zxtest::rawConnection(path);
    ASSERT_TRUE(raw.isOpen());
    QSqlQuery q(raw);
    ASSERT_TRUE(q.prepare(statement)) << str(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    ASSERT_TRUE(q.exec()) << str(statement) << ": " << str(q.lastError().text());
    EXPECT_EQ(q.numRowsAffected(), 1) << str(statement);
}

AuditEntry entry(const QString &oldValue, const QString &newValue, const QString &at,
                 const QString &action = QStringLiteral("value.set"))
{
    AuditEntry e;
    e.at = at;
    e.user = QStringLiteral("张填报");
    e.action = action;
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
        // A server writes a figure's entry itself, from its trigger on the figure, and takes
        // no "value.set" from a client: there the chain is made of entries a client does
        // append (a target's), signed by the role and stamped by the server's clock.
        if (db->isServer())
            action = QStringLiteral("target.set");

        WriteTransaction tx(*db);
        ASSERT_TRUE(tx.isActive()) << str(tx.error());
        ASSERT_TRUE(auditstore::append(*db, entry({}, QStringLiteral("100"),
                                                  QStringLiteral("2024-01-03T08:00:00Z"), action))
                        .ok());
        ASSERT_TRUE(auditstore::append(*db, entry(QStringLiteral("100"), QStringLiteral("120"),
                                                  QStringLiteral("2024-01-04T08:00:00Z"), action))
                        .ok());
        ASSERT_TRUE(auditstore::append(*db, entry(QStringLiteral("120"), QStringLiteral("121"),
                                                  QStringLiteral("2024-01-05T08:00:00Z"), action))
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
        ASSERT_EQ(entries().size(), 3u);
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
    QString path = zxtest::freshStore(dir, "zx.db");
    std::unique_ptr<Database> db;
    QString action = QStringLiteral("value.set");
};

} // namespace

// SHA-256 test vectors, computed outside the program with sha256sum over each entry's canonical
// input: the previous hash, at, user, action, indicator, region, year, quarter, old value,
// new value and comment as UTF-8, joined by U+001F. For entry 1:
//   printf '%s\x1f' 000…000 2024-01-03T08:00:00Z 张填报 value.set returning_entrepreneurs \
//     410104001 2023 4 '' 100 > e; printf '季度填报' >> e; sha256sum e
const QString Entry1Hash =
    QStringLiteral("a60b3172c5fff0a5d95a124bf02fd3608e9744862dcb33e80187764eb4b27a48");
const QString Entry2Hash =
    QStringLiteral("6b774dcd9e5bdb9da171e9a59d0d4556d70d3fb2fb8e446b3179560cc9a1a5fc");
const QString Entry3Hash =
    QStringLiteral("5b250608c5c1effe3ebdf1a6cba23792ed73f62793287ba590cca4a191100015");

TEST_F(AuditTest, AnUntouchedChainVerifies)
{
    const auto all = entries();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].prevHash, QString(64, u'0'));
    EXPECT_EQ(all[0].hash, Entry1Hash);
    EXPECT_EQ(all[1].prevHash, Entry1Hash);
    EXPECT_EQ(all[1].hash, Entry2Hash);
    EXPECT_EQ(all[2].prevHash, Entry2Hash);
    EXPECT_EQ(all[2].hash, Entry3Hash);
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
                                              QStringLiteral("2024-01-06T08:00:00Z"), action))
                    .ok());
    const auto all = entries();
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[3].prevHash, all[2].hash);
    EXPECT_EQ(firstBrokenId(), std::nullopt);
}

TEST(AuditHash, IsTheSha256OfTheCanonicalInput)
{
    const AuditEntry first =
        entry({}, QStringLiteral("100"), QStringLiteral("2024-01-03T08:00:00Z"));
    EXPECT_EQ(auditstore::hashOf(first, QString(64, u'0')), Entry1Hash);
    const AuditEntry second = entry(QStringLiteral("100"), QStringLiteral("120"),
                                    QStringLiteral("2024-01-04T08:00:00Z"));
    EXPECT_EQ(auditstore::hashOf(second, Entry1Hash), Entry2Hash);
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

// Chinese fields hash as their UTF-8 bytes joined by U+001F (the hash an entry written by any
// earlier version carries; worked out with Python's hashlib).
TEST(AuditHash, ChineseFieldsHashAsTheirUtf8)
{
    AuditEntry e;
    e.at = QStringLiteral("2026-12-05T16:00:00Z");
    e.user = QStringLiteral("张三");
    e.action = QStringLiteral("value.set");
    e.indicatorCode = QStringLiteral("river_patrols");
    e.regionCode = QStringLiteral("410104001001");
    e.year = 2023;
    e.quarter = 4;
    e.oldValue = QStringLiteral("12.5");
    e.newValue = QStringLiteral("13");
    e.comment = QStringLiteral("乡镇复核，已核实");
    EXPECT_EQ(auditstore::hashOf(e, QString(64, u'0')),
              QStringLiteral("d7c1fc6ce5c215e5280c560261c3fa566a7b7e529c420a5d30ed735d9dfd7123"));
}
