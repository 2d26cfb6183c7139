// Validation as a clerk types (checkEntry) and the batch write (setValues): the sample's own
// figures are the oracles, e.g. 何寨村 sowed 770.4 亩 in summer 2023 (Q2), of which 331.6 maize.
#include "entryfixture.h"

#include "entry/valueentry.h"
#include "entry/workflow.h"
#include "summary/dataset.h"

#include <algorithm>

using namespace zx;
using namespace zx::test;

namespace {

const QString Hezhai = QStringLiteral("410104004004");      // 何寨村
const QString Zhangzhuang = QStringLiteral("410104001001"); // 张庄村
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");

bool hasRule(const std::vector<RuleViolation> &found, const char *rule, Severity severity)
{
    return std::any_of(found.begin(), found.end(), [&](const RuleViolation &v) {
        return v.rule == QLatin1String(rule) && v.severity == severity;
    });
}

std::string describe(const std::vector<RuleViolation> &found)
{
    std::string text;
    for (const RuleViolation &v : found)
        text += (v.severity == Severity::Error ? "error " : "warning ") + str(v.rule) + ": " +
                str(v.message) + "\n";
    return text.empty() ? "(nothing)" : text;
}

class EntryCheckTest : public SampleDbTest
{
protected:
    Dataset context(int year)
    {
        auto data = Dataset::load(*db, year - 3, year);
        EXPECT_TRUE(data.ok()) << str(data.error());
        return std::move(data).value();
    }
};

} // namespace

TEST_F(EntryCheckTest, ANegativeCountIsAnError)
{
    const auto found = checkEntry(context(2023), {Entrepreneurs, Zhangzhuang, 2023, 4}, dec("-5"));
    EXPECT_TRUE(hasRule(found, "negative", Severity::Error)) << describe(found);
}

TEST_F(EntryCheckTest, MoreDecimalsThanTheIndicatorTakesIsAnError)
{
    // 返乡下乡创业人员 counts people: 0 decimals in the catalogue.
    const auto found =
        checkEntry(context(2023), {Entrepreneurs, Zhangzhuang, 2023, 4}, dec("0.000001"));
    ASSERT_TRUE(hasRule(found, "decimals", Severity::Error)) << describe(found);
    const auto it = std::find_if(found.begin(), found.end(),
                                 [](const RuleViolation &v) { return v.rule == "decimals"; });
    EXPECT_TRUE(it->message.startsWith(QStringLiteral("0.000001 has 6 decimals; 人 figures of ")))
        << str(it->message);
    EXPECT_TRUE(it->message.endsWith(QStringLiteral(" take at most 0"))) << str(it->message);
}

TEST_F(EntryCheckTest, TrailingZerosThatAddNoPrecisionAreAccepted)
{
    // 12.0 is 12; the sample's 张庄村 figure for 2023 Q4 is 7, so 12 breaks nothing else.
    const auto found = checkEntry(context(2023), {Entrepreneurs, Zhangzhuang, 2023, 4}, dec("12.0"));
    EXPECT_TRUE(found.empty()) << describe(found);
}

TEST_F(EntryCheckTest, APercentageAbove100IsAnError)
{
    const auto found = checkEntry(context(2023),
                                  {QStringLiteral("sampling_pass_rate"), QStringLiteral("410104"),
                                   2023, 4},
                                  dec("120"));
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front().severity, Severity::Error);
    EXPECT_TRUE(found.front().message.contains(QStringLiteral("100"))) << describe(found);
}

TEST_F(EntryCheckTest, ARatioIsComputedNotEntered)
{
    const auto found = checkEntry(context(2023),
                                  {QStringLiteral("rectification_rate"), QStringLiteral("410104"),
                                   2023, 4},
                                  dec("90"));
    EXPECT_TRUE(hasRule(found, "computed", Severity::Error)) << describe(found);
}

TEST_F(EntryCheckTest, MaizeAboveTheVillagesSummerSowingIsAnError)
{
    const Dataset data = context(2023);
    const ValueKey corn{QStringLiteral("corn_area"), Hezhai, 2023, 2};
    EXPECT_TRUE(checkEntry(data, corn, dec("770.4")).empty()) << "equal to the total is fine";
    const auto found = checkEntry(data, corn, dec("800"));
    ASSERT_TRUE(hasRule(found, "part_above_total", Severity::Error)) << describe(found);
    const QString message = found.front().message;
    EXPECT_TRUE(message.contains(QStringLiteral("800"))) << str(message);
    EXPECT_TRUE(message.contains(QStringLiteral("770.4"))) << str(message);
    EXPECT_TRUE(message.contains(QStringLiteral("Maize sown area")) ||
                message.contains(QStringLiteral("玉米播种面积")))
        << str(message);

    // The total may not fall below the maize already sown (331.6).
    const auto total = checkEntry(data, {QStringLiteral("summer_sowing_area"), Hezhai, 2023, 2},
                                  dec("300"));
    EXPECT_TRUE(hasRule(total, "part_above_total", Severity::Error)) << describe(total);
    EXPECT_TRUE(
        checkEntry(data, {QStringLiteral("summer_sowing_area"), Hezhai, 2023, 2}, dec("331.6"))
            .empty());
}

TEST_F(EntryCheckTest, PartsThatNoLongerFitTheirTotalAreAnError)
{
    // 张庄村 2023 Q4: six problems fixed 2 = supervised 1 + self-check 1.
    const Dataset data = context(2023);
    const ValueKey supervised{QStringLiteral("supervised_problems"), Zhangzhuang, 2023, 4};
    const auto found = checkEntry(data, supervised, dec("2"));
    ASSERT_TRUE(hasRule(found, "parts_sum", Severity::Error)) << describe(found);
    EXPECT_TRUE(found.front().message.contains(QStringLiteral("no longer fit")))
        << str(found.front().message);
    EXPECT_TRUE(found.front().message.contains(QStringLiteral("3"))) << str(found.front().message);
    // Falling short is allowed while the breakdown is being entered.
    EXPECT_TRUE(checkEntry(data, supervised, dec("0")).empty());

    const auto total =
        checkEntry(data, {QStringLiteral("six_problems_fixed"), Zhangzhuang, 2023, 4}, dec("1"));
    EXPECT_TRUE(hasRule(total, "parts_sum", Severity::Error)) << describe(total);
}

TEST_F(EntryCheckTest, AFigureFarFromItsHistoryIsAWarningThatNeedsAComment)
{
    // 张庄村 entrepreneurs in Q4: 5 (2022), 7 (2023); the median is 6, so 61 is far off (60
    // would read as 6 with a 0 too many: a magnitude slip, outlierentry_test.cpp).
    const ValueKey key{Entrepreneurs, Zhangzhuang, 2024, 4};
    const auto found = checkEntry(context(2024), key, dec("61"));
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_EQ(found.front().severity, Severity::Warning);
    EXPECT_EQ(found.front().rule, QStringLiteral("outlier"));
    EXPECT_TRUE(checkEntry(context(2024), key, dec("8")).empty());

    const std::size_t before = audit().size();
    auto refused = setValues(*db, {{key, dec("61"), QString()}}, QStringLiteral("local"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("comment"))) << str(refused.error());
    EXPECT_FALSE(stored(key).has_value());
    EXPECT_EQ(audit().size(), before);

    auto kept = setValues(*db, {{key, dec("61"), QStringLiteral("返乡创业园开园")}},
                          QStringLiteral("local"));
    ASSERT_TRUE(kept.ok()) << str(kept.error());
    EXPECT_EQ(storedText(key), QStringLiteral("61"));
    EXPECT_EQ(stored(key)->comment, QStringLiteral("返乡创业园开园"));
    EXPECT_EQ(audit().size(), before + 1);

    // Putting a state back (undo) needs no comment; a fresh entry does.
    const ValueKey other{Entrepreneurs, Zhangzhuang, 2024, 3};
    EXPECT_TRUE(setValues(*db, {{other, dec("50"), QString()}}, QStringLiteral("local"), true).ok());
}

TEST_F(EntryCheckTest, ABlockIsAllOrNothing)
{
    const QStringList indicators{Entrepreneurs, QStringLiteral("labour_transfer"),
                                 QStringLiteral("six_problems_fixed")};
    std::vector<ValueChange> block;
    for (const QString &code : indicators)
        for (int q = 1; q <= 4; ++q)
            block.push_back({{code, Zhangzhuang, 2023, q}, Decimal::fromInt(2 + q), QString()});
    block.back().value = dec("-1"); // the last figure is invalid
    std::vector<QString> old;
    for (const ValueChange &c : block)
        old.push_back(storedText(c.key));
    const std::size_t before = audit().size();

    auto refused = setValues(*db, block, QStringLiteral("local"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("2023 Q4"))) << str(refused.error());
    for (std::size_t i = 0; i < block.size(); ++i)
        EXPECT_EQ(storedText(block[i].key), old[i]) << "figure " << i << " was stored";
    EXPECT_EQ(audit().size(), before);

    // Parts and total (six problems fixed: supervised + self-check) move together.
    block.back().value = dec("9");
    block.push_back({{QStringLiteral("supervised_problems"), Zhangzhuang, 2023, 4}, dec("5"), {}});
    block.push_back({{QStringLiteral("self_check_problems"), Zhangzhuang, 2023, 4}, dec("4"), {}});
    auto stored = setValues(*db, block, QStringLiteral("local"));
    ASSERT_TRUE(stored.ok()) << str(stored.error());
    EXPECT_EQ(storedText(block.back().key), QStringLiteral("4"));
    // One audit entry per changed figure: the block changes 14 figures except those equal
    // to what was stored already.
    std::size_t changed = 0;
    for (std::size_t i = 0; i < old.size(); ++i)
        changed += old[i] != block[i].value->toString() ? 1 : 0;
    changed += 2; // supervised 1 → 5, self-check 1 → 4
    EXPECT_EQ(audit().size(), before + changed);
    expectChainVerifies();

    // The same block again changes nothing and writes nothing.
    ASSERT_TRUE(setValues(*db, block, QStringLiteral("local")).ok());
    EXPECT_EQ(audit().size(), before + changed);
}

TEST_F(EntryCheckTest, RatiosUnknownCodesAndQuartersAreRefused)
{
    const std::size_t before = audit().size();
    auto ratio = setValues(
        *db, {{{QStringLiteral("rectification_rate"), QStringLiteral("410104"), 2023, 4}, dec("90"), {}}},
        QStringLiteral("local"));
    ASSERT_FALSE(ratio.ok());
    EXPECT_TRUE(ratio.error().contains(QStringLiteral("not entered"))) << str(ratio.error());
    auto deleteRatio = setValues(
        *db, {{{QStringLiteral("rectification_rate"), QStringLiteral("410104"), 2023, 4}, {}, {}}},
        QStringLiteral("local"));
    EXPECT_FALSE(deleteRatio.ok());
    auto quarter = setValues(*db, {{{Entrepreneurs, Zhangzhuang, 2023, 0}, dec("1"), {}}},
                             QStringLiteral("local"));
    EXPECT_FALSE(quarter.ok());
    EXPECT_EQ(audit().size(), before);
}

TEST_F(EntryCheckTest, AnApprovedQuarterRefusesTheBlockNamingTheApprover)
{
    const ValueKey key{Entrepreneurs, Zhangzhuang, 2023, 4};
    ASSERT_TRUE(workflow::submit(*db, Zhangzhuang, 2023, 4, QStringLiteral("张填报")).ok());
    ASSERT_TRUE(workflow::approve(*db, Zhangzhuang, 2023, 4, QStringLiteral("王审核")).ok());
    const std::size_t before = audit().size();
    auto refused = setValues(*db,
                             {{{Entrepreneurs, Zhangzhuang, 2023, 3}, dec("6"), {}},
                              {key, dec("8"), {}}},
                             QStringLiteral("张填报"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("王审核"))) << str(refused.error());
    EXPECT_EQ(storedText(key), QStringLiteral("7"));
    EXPECT_EQ(storedText({Entrepreneurs, Zhangzhuang, 2023, 3}), QStringLiteral("5"));
    EXPECT_EQ(audit().size(), before);
}
