// Entering a figure: stored exactly as typed and audited, or refused with a reason the clerk
// can act on, leaving nothing behind.
#include "entry/valueentry.h"
#include "io/sampleloader.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/periodstore.h"
#include "storage/valuestore.h"
#include "teststore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zx;

namespace {

const QString County = QStringLiteral("410104");
const QString Village = QStringLiteral("410104001001");

std::string str(const QString &s)
{
    return s.toStdString();
}

Decimal dec(const char *text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

class ValueEntryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = Database::open(zxtest::freshStore(dir, "zx.db"),
                                     Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << str(opened.error());
        db = std::move(opened).value();
        auto loaded = loadSample(*db, QStringLiteral("示例"));
        ASSERT_TRUE(loaded.ok()) << str(loaded.error());
    }

    std::optional<Value> stored(const ValueKey &key)
    {
        auto v = valuestore::find(*db, key);
        EXPECT_TRUE(v.ok()) << str(v.error());
        return v.ok() ? *v : std::nullopt;
    }

    std::vector<AuditEntry> audit()
    {
        auto all = auditstore::all(*db);
        EXPECT_TRUE(all.ok()) << str(all.error());
        return all.ok() ? *all : std::vector<AuditEntry>{};
    }

    // The person entering a figure (zxtest::actingAs: on a server, whoever signed in).
    QString as(const QString &name) const { return zxtest::actingAs(*db, name); }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(ValueEntryTest, StoresTheExactDecimalAndAuditsOldAndNew)
{
    const ValueKey key{QStringLiteral("summer_sowing_area"), County, 2024, 2};
    ASSERT_FALSE(stored(key).has_value());
    const std::size_t before = audit().size();

    auto first =
        setValue(*db, key, dec("4296.3"), QStringLiteral("夏播统计"), as(QStringLiteral("张填报")));
    ASSERT_TRUE(first.ok()) << str(first.error());
    auto v = stored(key);
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(v->value.toString(), QStringLiteral("4296.3"));
    EXPECT_EQ(v->comment, QStringLiteral("夏播统计"));
    EXPECT_EQ(v->enteredBy, as(QStringLiteral("张填报")));
    EXPECT_FALSE(v->enteredAt.isEmpty());

    auto trail = audit();
    ASSERT_EQ(trail.size(), before + 1);
    const AuditEntry &created = trail.back();
    EXPECT_EQ(created.action, QStringLiteral("value.set"));
    EXPECT_EQ(created.user, as(QStringLiteral("张填报")));
    EXPECT_EQ(created.indicatorCode, key.indicatorCode);
    EXPECT_EQ(created.regionCode, County);
    EXPECT_EQ(created.year, 2024);
    EXPECT_EQ(created.quarter, 2);
    EXPECT_EQ(created.oldValue, QString());
    EXPECT_EQ(created.newValue, QStringLiteral("4296.3"));
    EXPECT_EQ(created.comment, QStringLiteral("夏播统计"));

    // Trailing zeros as typed are kept too.
    auto second =
        setValue(*db, key, dec("4300.10"), QStringLiteral("更正"), as(QStringLiteral("李审核")));
    ASSERT_TRUE(second.ok()) << str(second.error());
    EXPECT_EQ(stored(key)->value.toString(), QStringLiteral("4300.10"));
    trail = audit();
    ASSERT_EQ(trail.size(), before + 2);
    EXPECT_EQ(trail.back().oldValue, QStringLiteral("4296.3"));
    EXPECT_EQ(trail.back().newValue, QStringLiteral("4300.10"));
    EXPECT_EQ(trail.back().user, as(QStringLiteral("李审核")));

    // Deleting is audited with the old figure.
    auto removed =
        setValue(*db, key, std::nullopt, QStringLiteral("误填"), as(QStringLiteral("李审核")));
    ASSERT_TRUE(removed.ok()) << str(removed.error());
    EXPECT_FALSE(stored(key).has_value());
    trail = audit();
    ASSERT_EQ(trail.size(), before + 3);
    EXPECT_EQ(trail.back().action, QStringLiteral("value.delete"));
    EXPECT_EQ(trail.back().oldValue, QStringLiteral("4300.10"));
    EXPECT_EQ(trail.back().newValue, QString());

    auto broken = auditstore::firstBroken(*db);
    ASSERT_TRUE(broken.ok()) << str(broken.error());
    EXPECT_FALSE(broken->has_value());
}

TEST_F(ValueEntryTest, ANegativeCountIsRefusedAndNothingIsStored)
{
    const ValueKey key{QStringLiteral("returning_entrepreneurs"), Village, 2023, 4};
    const auto old = stored(key);
    ASSERT_TRUE(old.has_value());
    const std::size_t before = audit().size();

    auto refused = setValue(*db, key, dec("-3"), {}, as(QStringLiteral("张填报")));
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().isEmpty());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("negative"))) << str(refused.error());
    EXPECT_EQ(stored(key)->value, old->value);
    EXPECT_EQ(audit().size(), before);
}

TEST_F(ValueEntryTest, MoreDecimalsThanTheIndicatorTakesAreRefusedAndTrailingZerosKept)
{
    // 返乡下乡创业人员 counts people (0 decimals).
    const ValueKey key{QStringLiteral("returning_entrepreneurs"), Village, 2023, 4};
    const auto old = stored(key);
    ASSERT_TRUE(old.has_value());
    const std::size_t before = audit().size();

    auto refused = setValue(*db, key, dec("0.000001"), QStringLiteral("核对"),
                            as(QStringLiteral("张填报")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("0.000001 has 6 decimals; 人 figures of ")))
        << str(refused.error());
    EXPECT_EQ(stored(key)->value.toString(), old->value.toString());
    EXPECT_EQ(audit().size(), before);

    // 12.0 adds no precision: accepted, stored as typed.
    auto accepted =
        setValue(*db, key, dec("12.0"), QStringLiteral("核对"), as(QStringLiteral("张填报")));
    ASSERT_TRUE(accepted.ok()) << str(accepted.error());
    EXPECT_EQ(stored(key)->value.toString(), QStringLiteral("12.0"));
    EXPECT_EQ(audit().size(), before + 1);
}

TEST_F(ValueEntryTest, APercentageAbove100IsRefused)
{
    const ValueKey key{QStringLiteral("sampling_pass_rate"), County, 2024, 1};
    const std::size_t before = audit().size();
    auto refused = setValue(*db, key, dec("100.5"), {}, as(QStringLiteral("张填报")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("100"))) << str(refused.error());
    EXPECT_FALSE(stored(key).has_value());
    EXPECT_EQ(audit().size(), before);
}

TEST_F(ValueEntryTest, UnknownIndicatorOrRegionIsRefusedNamingIt)
{
    const std::size_t before = audit().size();
    auto noIndicator = setValue(*db, {QStringLiteral("no_such_indicator"), County, 2023, 4},
                                dec("1"), {}, as(QStringLiteral("张填报")));
    ASSERT_FALSE(noIndicator.ok());
    EXPECT_TRUE(noIndicator.error().contains(QStringLiteral("no_such_indicator")))
        << str(noIndicator.error());

    auto noRegion = setValue(
        *db, {QStringLiteral("returning_entrepreneurs"), QStringLiteral("999999"), 2023, 4},
        dec("1"), {}, as(QStringLiteral("张填报")));
    ASSERT_FALSE(noRegion.ok());
    EXPECT_TRUE(noRegion.error().contains(QStringLiteral("999999"))) << str(noRegion.error());

    auto badQuarter = setValue(*db, {QStringLiteral("returning_entrepreneurs"), County, 2023, 5},
                               dec("1"), {}, as(QStringLiteral("张填报")));
    ASSERT_FALSE(badQuarter.ok());
    EXPECT_TRUE(badQuarter.error().contains(QStringLiteral("5"))) << str(badQuarter.error());

    EXPECT_EQ(audit().size(), before);
}

TEST_F(ValueEntryTest, AnApprovedQuarterIsLockedNamingTheReviewerAndDate)
{
    const ValueKey key{QStringLiteral("returning_entrepreneurs"), Village, 2023, 4};
    const auto old = stored(key);
    ASSERT_TRUE(old.has_value());

    PeriodStatus approved;
    approved.regionCode = Village;
    approved.year = 2023;
    approved.quarter = 4;
    approved.state = PeriodState::Approved;
    approved.changedBy = QStringLiteral("王审核");
    approved.changedAt = QStringLiteral("2024-01-10T09:00:00Z");
    auto saved = periodstore::upsert(*db, approved);
    ASSERT_TRUE(saved.ok()) << str(saved.error());
    const std::size_t before = audit().size();

    const Decimal changed = old->value + Decimal::fromInt(1);
    auto refused = setValue(*db, key, changed, QStringLiteral("补报"), as(QStringLiteral("张填报")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("王审核"))) << str(refused.error());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("2024-01-10"))) << str(refused.error());
    EXPECT_EQ(stored(key)->value, old->value);
    EXPECT_EQ(stored(key)->enteredBy, old->enteredBy);
    EXPECT_EQ(audit().size(), before);

    // Deleting is refused the same way.
    auto deleted = setValue(*db, key, std::nullopt, {}, as(QStringLiteral("张填报")));
    ASSERT_FALSE(deleted.ok());
    EXPECT_TRUE(stored(key).has_value());

    // The lock is per region and quarter: Q3 of the same village is still open.
    auto q3 =
        setValue(*db, {key.indicatorCode, Village, 2023, 3}, changed, {}, as(QStringLiteral("张填报")));
    EXPECT_TRUE(q3.ok()) << str(q3.error());

    // Returned for correction is not locked.
    approved.state = PeriodState::Returned;
    approved.reason = QStringLiteral("数据有误");
    ASSERT_TRUE(periodstore::upsert(*db, approved).ok());
    auto fixed = setValue(*db, key, changed, QStringLiteral("更正"), as(QStringLiteral("张填报")));
    ASSERT_TRUE(fixed.ok()) << str(fixed.error());
    EXPECT_EQ(stored(key)->value, changed);
}
