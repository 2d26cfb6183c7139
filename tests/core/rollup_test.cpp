#include "analytics/rollup.h"

#include <gtest/gtest.h>

using namespace zx;

namespace {

Decimal dec(const char *text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

std::string str(const std::optional<Decimal> &value)
{
    return value ? value->toString().toStdString() : std::string("<none>");
}

} // namespace

TEST(Rollup, SumOfVillagesIsExact)
{
    EXPECT_EQ(str(rollUp(Aggregation::Sum, {dec("48"), dec("211"), dec("2177")}, 0)), "2436");
    EXPECT_EQ(str(rollUp(Aggregation::Sum, {dec("1000.1"), dec("1000.1"), dec("2296.1")}, 0)),
              "4296.3");
}

TEST(Rollup, MeanIsRoundedToTheRequestedDecimals)
{
    EXPECT_EQ(str(rollUp(Aggregation::Mean, {dec("1"), dec("2"), dec("2")}, 2)), "1.67");
    EXPECT_EQ(str(rollUp(Aggregation::Mean, {dec("10"), dec("11")}, 1)), "10.5");
    EXPECT_EQ(str(rollUp(Aggregation::Mean, {dec("10"), dec("11")}, 0)), "11");
    EXPECT_EQ(str(rollUp(Aggregation::Mean, {dec("-10"), dec("-11")}, 0)), "-11");
    EXPECT_EQ(str(rollUp(Aggregation::Mean, {dec("21.95"), dec("21.85")}, 1)), "21.9");
}

TEST(Rollup, MeanHalfWayRoundsAsOnPaper)
{
    // 1.005 exactly; a double would read it as 1.00499999… and show 1.00.
    EXPECT_EQ(str(rollUp(Aggregation::Mean, {dec("1.00"), dec("1.01")}, 2)), "1.01");
}

TEST(Rollup, MaxAndMinCompareAcrossScales)
{
    const std::vector<Decimal> v{dec("4296.25"), dec("4296.3"), dec("1735")};
    EXPECT_EQ(str(rollUp(Aggregation::Max, v, 0)), "4296.3");
    EXPECT_EQ(str(rollUp(Aggregation::Min, v, 0)), "1735");
}

TEST(Rollup, NoChildrenNoFigure)
{
    for (Aggregation a : {Aggregation::Sum, Aggregation::Mean, Aggregation::Max, Aggregation::Min})
        EXPECT_EQ(str(rollUp(a, {}, 2)), "<none>");
}

TEST(Rollup, RatioIsNeverRolledUpFromTheChildrensRates)
{
    EXPECT_EQ(str(rollUp(Aggregation::Ratio, {dec("100"), dec("33.33")}, 2)), "<none>");
}

TEST(Rollup, RatioIsRecomputedFromAggregatedParts)
{
    // Village A: 1 of 1 (100 %); village B: 1 of 3 (33.33 %).
    EXPECT_EQ(str(rollUp(Aggregation::Mean, {dec("100"), dec("33.33")}, 2)), "66.67");
    const std::optional<double> township = ratioValue(dec("2"), dec("4"), 100.0);
    ASSERT_TRUE(township);
    EXPECT_DOUBLE_EQ(*township, 50.0);
}

TEST(Rollup, RatioScaleAndMissingParts)
{
    EXPECT_DOUBLE_EQ(ratioValue(dec("3"), dec("5"), 100.0).value(), 60.0);
    EXPECT_DOUBLE_EQ(ratioValue(dec("3"), dec("5"), 1000.0).value(), 600.0);
    EXPECT_FALSE(ratioValue(dec("3"), dec("0"), 100.0));
    EXPECT_FALSE(ratioValue(dec("3"), dec("0.00"), 100.0));
    EXPECT_FALSE(ratioValue(std::nullopt, dec("5"), 100.0));
    EXPECT_FALSE(ratioValue(dec("3"), std::nullopt, 100.0));
}

// Two villages at the largest figure (999 999 999 999.999999 each) add up to about 2 × 10^12:
// beyond the supported range, so the sub-district has no figure and the error names the
// limit; before, two villages of 999999999999999999 wrapped to a sub-district of 0.
TEST(Rollup, SumBeyondTheRangeIsRefusedNotWrapped)
{
    const std::vector<Decimal> villages{dec("999999999999.999999"), dec("999999999999.999999")};
    EXPECT_EQ(str(rollUp(Aggregation::Sum, villages, 0)), "<none>");
    const auto checked = checkedRollUp(Aggregation::Sum, villages, 0);
    ASSERT_FALSE(checked.ok());
    const std::string message = checked.error().toStdString();
    EXPECT_NE(message.find("The sum of 2 sub-region figures"), std::string::npos) << message;
    EXPECT_NE(message.find("12 digits before the point, 6 after"), std::string::npos) << message;
    // 999 999 999 999 + 0 + -1 = 999 999 999 998, within the range.
    EXPECT_EQ(str(checkedRollUp(Aggregation::Sum,
                                {dec("999999999999"), dec("0"), dec("-1")}, 0).value()),
              "999999999998");
}

TEST(Rollup, MeanAndMaxOfTheLargestFiguresStayExact)
{
    const std::vector<Decimal> villages{dec("999999999999.999999"), dec("999999999999.999997")};
    // (…999 + …997) / 2 = 999 999 999 999.999998, though their sum is beyond the range.
    EXPECT_EQ(str(rollUp(Aggregation::Mean, villages, 6)), "999999999999.999998");
    EXPECT_TRUE(checkedRollUp(Aggregation::Mean, villages, 6).ok());
    EXPECT_EQ(str(rollUp(Aggregation::Max, villages, 0)), "999999999999.999999");
    EXPECT_EQ(str(rollUp(Aggregation::Mean, {dec("-999999999999"), dec("-999999999998")}, 1)),
              "-999999999998.5");
}
