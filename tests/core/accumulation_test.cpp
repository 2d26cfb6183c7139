#include "analytics/accumulation.h"

#include <gtest/gtest.h>

using namespace zx;

namespace {

std::optional<Decimal> dec(const char *text)
{
    return Decimal::parse(QString::fromUtf8(text));
}

std::string str(const std::optional<Decimal> &value)
{
    return value ? value->toString().toStdString() : std::string("<none>");
}

} // namespace

TEST(Accumulation, FlowYearToDateSumsTheEnteredQuarters)
{
    const QuarterValues q{dec("10"), std::nullopt, dec("5"), std::nullopt};
    EXPECT_EQ(str(yearToDate(Accumulation::Flow, q, 1)), "10");
    EXPECT_EQ(str(yearToDate(Accumulation::Flow, q, 2)), "10"); // empty Q2 is skipped
    EXPECT_EQ(str(yearToDate(Accumulation::Flow, q, 3)), "15");
    EXPECT_EQ(str(yearActual(Accumulation::Flow, q)), "15");
}

TEST(Accumulation, FlowYearIsExactForDecimals)
{
    const QuarterValues q{dec("1000.1"), dec("1000.1"), dec("2296.1"), std::nullopt};
    EXPECT_EQ(str(yearActual(Accumulation::Flow, q)), "4296.3");
}

TEST(Accumulation, NothingEnteredYetIsNoFigureNotZero)
{
    const QuarterValues empty{};
    for (Accumulation a : {Accumulation::Flow, Accumulation::Cumulative, Accumulation::Stock}) {
        EXPECT_EQ(str(yearActual(a, empty)), "<none>");
        const QuarterValues onlyQ2{std::nullopt, dec("7"), std::nullopt, std::nullopt};
        EXPECT_EQ(str(yearToDate(a, onlyQ2, 1)), "<none>");
        EXPECT_EQ(str(yearToDate(a, onlyQ2, 2)), "7");
    }
}

TEST(Accumulation, CumulativeYearIsTheLatestRunningTotalNotTheSum)
{
    // Returning entrepreneurs reported as running totals, ending at the seed's 479.
    const QuarterValues q{dec("120"), dec("250"), std::nullopt, dec("479")};
    EXPECT_EQ(str(yearToDate(Accumulation::Cumulative, q, 2)), "250");
    EXPECT_EQ(str(yearToDate(Accumulation::Cumulative, q, 3)), "250");
    EXPECT_EQ(str(yearActual(Accumulation::Cumulative, q)), "479");
}

TEST(Accumulation, StockYearIsTheLastLevel)
{
    const QuarterValues q{dec("8"), dec("9"), dec("10"), std::nullopt};
    EXPECT_EQ(str(yearActual(Accumulation::Stock, q)), "10");
    EXPECT_EQ(str(yearToDate(Accumulation::Stock, q, 1)), "8");
}

TEST(Accumulation, QuarterFigureOfAFlowIsTheQuartersOwn)
{
    const QuarterValues q{dec("10"), std::nullopt, dec("5"), dec("2.5")};
    EXPECT_EQ(str(quarterFigure(Accumulation::Flow, q, 3)), "5");
    EXPECT_EQ(str(quarterFigure(Accumulation::Flow, q, 4)), "2.5");
    EXPECT_EQ(str(quarterFigure(Accumulation::Flow, q, 2)), "<none>");
}

TEST(Accumulation, QuarterFigureOfACumulativeIsTheGrowth)
{
    const QuarterValues q{dec("120"), dec("250"), std::nullopt, dec("479")};
    EXPECT_EQ(str(quarterFigure(Accumulation::Cumulative, q, 1)), "120");
    EXPECT_EQ(str(quarterFigure(Accumulation::Cumulative, q, 2)), "130");
    // Q3 missing: neither Q3's nor Q4's own growth is known.
    EXPECT_EQ(str(quarterFigure(Accumulation::Cumulative, q, 3)), "<none>");
    EXPECT_EQ(str(quarterFigure(Accumulation::Cumulative, q, 4)), "<none>");
}

TEST(Accumulation, QuarterFigureOfAStockIsTheLevel)
{
    const QuarterValues q{dec("8"), dec("9"), dec("10"), dec("10")};
    EXPECT_EQ(str(quarterFigure(Accumulation::Stock, q, 2)), "9");
    EXPECT_EQ(str(quarterFigure(Accumulation::Stock, q, 4)), "10");
}

TEST(Accumulation, QuarterOutsideTheYearGivesNoFigure)
{
    const QuarterValues q{dec("1"), dec("2"), dec("3"), dec("4")};
    EXPECT_EQ(str(yearToDate(Accumulation::Flow, q, 0)), "<none>");
    EXPECT_EQ(str(yearToDate(Accumulation::Flow, q, 5)), "<none>");
    EXPECT_EQ(str(quarterFigure(Accumulation::Cumulative, q, 0)), "<none>");
}

// Four quarters of 300 000 000 000 are 1 200 000 000 000 for the year: beyond the largest
// supported figure (12 digits before the point), so no figure rather than a wrapped one,
// and yearToDateOverflows tells the checker from Q4 on (Q1-Q3: 900 000 000 000, fine).
TEST(Accumulation, FlowYearBeyondTheRangeHasNoFigureAndIsFlagged)
{
    const QuarterValues q{dec("300000000000"), dec("300000000000"), dec("300000000000"),
                          dec("300000000000")};
    EXPECT_EQ(str(yearToDate(Accumulation::Flow, q, 3)), "900000000000");
    EXPECT_FALSE(yearToDateOverflows(Accumulation::Flow, q, 3));
    EXPECT_EQ(str(yearActual(Accumulation::Flow, q)), "<none>");
    EXPECT_TRUE(yearToDateOverflows(Accumulation::Flow, q, 4));
    EXPECT_FALSE(yearToDateOverflows(Accumulation::Stock, q, 4));
    EXPECT_EQ(str(yearActual(Accumulation::Stock, q)), "300000000000");
    // A running total falling from the largest figure to the smallest is beyond the range.
    const QuarterValues swing{dec("999999999999"), dec("-999999999999"), std::nullopt,
                              std::nullopt};
    EXPECT_EQ(str(quarterFigure(Accumulation::Cumulative, swing, 2)), "<none>");
}
