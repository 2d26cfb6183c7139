// Outliers and magnitude slips (issue 13), on plain numbers: the sample's 联户党员 (rural Party
// members linked to households, cumulative, 0 decimals) of 陈湾村 in 城南街道 — 64 in 2022 Q4,
// 65 in 2023 Q3, 67 in 2023 Q4; its three sibling villages 65, 78, 76 — with 6700 typed for 67.
#include "analytics/outliers.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace zx;

namespace {

Decimal dec(const char *text)
{
    const auto d = Decimal::parse(QString::fromLatin1(text));
    EXPECT_TRUE(d.has_value()) << text;
    return d.value_or(Decimal());
}

std::vector<Decimal> decs(std::initializer_list<const char *> texts)
{
    std::vector<Decimal> out;
    for (const char *t : texts)
        out.push_back(dec(t));
    return out;
}

Indicator indicator(Accumulation accumulation, int decimals = 0)
{
    Indicator ind;
    ind.code = QStringLiteral("party_members_linked");
    ind.accumulation = accumulation;
    ind.decimals = decimals;
    return ind;
}

const QString Chengnan = QStringLiteral("城南街道办事处");

// 陈湾村 at 2023 Q4 with one earlier year (2022), the quarter before and its siblings.
FigureSurroundings chenwanQ4()
{
    FigureSurroundings around;
    around.year = 2023;
    around.quarter = 4;
    around.sameQuarter = {{2022, 4, dec("64")}};
    around.previousQuarter = EarlierFigure{2023, 3, dec("65")};
    around.siblings = decs({"65", "78", "76"});
    around.parentName = Chengnan;
    return around;
}

FigureSurroundings siblingsOnly(std::vector<Decimal> siblings)
{
    FigureSurroundings around;
    around.year = 2022;
    around.quarter = 1;
    around.siblings = std::move(siblings);
    around.parentName = Chengnan;
    return around;
}

std::string describe(const std::vector<RuleViolation> &found)
{
    std::string text;
    for (const RuleViolation &v : found)
        text += v.rule.toStdString() + ": " + v.message.toStdString() + "\n";
    return text.empty() ? "(nothing)" : text;
}

// The one warning `found` must hold, with `rule`, and every piece of `words` in its message.
void expectOne(const std::vector<RuleViolation> &found, const char *rule,
               std::initializer_list<const char *> words)
{
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_EQ(found.front().severity, Severity::Warning);
    EXPECT_EQ(found.front().rule, QString::fromLatin1(rule)) << describe(found);
    for (const char *w : words)
        EXPECT_TRUE(found.front().message.contains(QString::fromUtf8(w)))
            << w << " in " << describe(found);
}

} // namespace

// --- magnitude slips -------------------------------------------------------------------------

TEST(Outliers, SixThousandSevenHundredForSixtySevenIsASlipWithOneYearOfHistory)
{
    const Indicator ind = indicator(Accumulation::Cumulative);
    // 6700 / 100 = 67, within a factor 1.5 of 2022 Q4's 64 (42.7 … 96).
    expectOne(checkOutliers(ind, dec("6700"), chenwanQ4()), "magnitude_slip",
              {"6700", "64", "2022 Q4", "did you mean 67?"});
    EXPECT_TRUE(checkOutliers(ind, dec("67"), chenwanQ4()).empty());
    EXPECT_TRUE(checkOutliers(ind, dec("68"), chenwanQ4()).empty());
}

TEST(Outliers, WithoutEarlierYearsTheQuarterBeforeAtItsPaceServes)
{
    // Cumulative: Q3's year-to-date 65 runs at 65 × 4/3 = 86.67 by Q4; 67 is within 1.5 of it.
    FigureSurroundings around = chenwanQ4();
    around.sameQuarter.clear();
    expectOne(checkOutliers(indicator(Accumulation::Cumulative), dec("6700"), around),
              "magnitude_slip", {"6700", "87", "65", "2023 Q3", "did you mean 67?"});
}

TEST(Outliers, WithoutAnyHistoryTheSiblingsMedianServes)
{
    // 2022 Q1 of 城南街道's other villages: 35, 43, 46, median 43; 4000 typed for 40.
    const auto found = checkOutliers(indicator(Accumulation::Cumulative), dec("4000"),
                                     siblingsOnly(decs({"35", "43", "46"})));
    expectOne(found, "magnitude_slip",
              {"4000", "43", "3 other sub-regions", "城南街道办事处", "did you mean 40?"});
    EXPECT_TRUE(checkOutliers(indicator(Accumulation::Cumulative), dec("40"),
                              siblingsOnly(decs({"35", "43", "46"})))
                    .empty());
}

TEST(Outliers, AShiftedDecimalPointIsSuggestedWithTheIndicatorsDecimals)
{
    // 何寨村-like wheat area, a stock with 1 decimal: 476.7 last quarter, 4767 typed.
    FigureSurroundings around;
    around.year = 2023;
    around.quarter = 2;
    around.previousQuarter = EarlierFigure{2023, 1, dec("476.7")};
    expectOne(checkOutliers(indicator(Accumulation::Stock, 1), dec("4767"), around),
              "magnitude_slip", {"4767", "476.7", "2023 Q1", "did you mean 476.7?"});
    // Too small: 0.67 for 67 of a two-decimal figure is suggested as 67.00.
    around.previousQuarter = EarlierFigure{2023, 1, dec("66.50")};
    expectOne(checkOutliers(indicator(Accumulation::Stock, 2), dec("0.67"), around),
              "magnitude_slip", {"0.67", "66.50", "did you mean 67.00?"});
}

TEST(Outliers, FiguresWhoseDigitsDoNotShiftAreOutliersNotSlips)
{
    // 6705 / 100 = 67.05 has decimals 联户党员 do not take: not 67 with the point moved.
    expectOne(checkOutliers(indicator(Accumulation::Cumulative), dec("6705"), chenwanQ4()),
              "outlier", {"6705 is more than three times 64", "2022 Q4"});
}

// --- against the region's own figures --------------------------------------------------------

TEST(Outliers, TheMedianOfTheSameQuarterFromTwoEarlierYears)
{
    FigureSurroundings around;
    around.year = 2024;
    around.quarter = 1;
    around.sameQuarter = {{2021, 1, dec("110")}, {2022, 1, dec("120")}, {2023, 1, dec("100")}};
    const Indicator ind = indicator(Accumulation::Flow);
    EXPECT_TRUE(checkOutliers(ind, dec("330"), around).empty()) << "exactly three times 110";
    expectOne(checkOutliers(ind, dec("331"), around), "outlier",
              {"331 is more than three times 110", "the usual figure for this quarter"});
    EXPECT_TRUE(checkOutliers(ind, dec("37"), around).empty());
    expectOne(checkOutliers(ind, dec("36"), around), "outlier",
              {"36 is less than a third of 110"}); // 110 / 3 = 36.67
}

TEST(Outliers, AFigureInLineWithAnyOwnFigureIsNotFlagged)
{
    // A stock that rose from 100 (a year before) to 400 (last quarter): 420 follows it.
    FigureSurroundings around;
    around.year = 2023;
    around.quarter = 3;
    around.sameQuarter = {{2022, 3, dec("100")}};
    around.previousQuarter = EarlierFigure{2023, 2, dec("400")};
    const Indicator stock = indicator(Accumulation::Stock);
    EXPECT_TRUE(checkOutliers(stock, dec("420"), around).empty());
    // 4000 is far from both; with its point moved it is last quarter's 400.
    expectOne(checkOutliers(stock, dec("4000"), around), "magnitude_slip",
              {"4000", "400", "2023 Q2", "did you mean 400?"});
}

TEST(Outliers, SmallCountsMoveByChance)
{
    // The same quarter had 1 and 1: 0, 4, 9 and 12 are chance (|√12 − √1| = 2.46 < 2.5), 13 is
    // not (2.61).
    FigureSurroundings around;
    around.year = 2024;
    around.quarter = 2;
    around.sameQuarter = {{2022, 2, dec("1")}, {2023, 2, dec("1")}};
    const Indicator ind = indicator(Accumulation::Flow);
    for (const char *ordinary : {"0", "1", "3", "4", "9", "10", "12"})
        EXPECT_TRUE(checkOutliers(ind, dec(ordinary), around).empty()) << ordinary;
    expectOne(checkOutliers(ind, dec("13"), around), "outlier", {"13 is more than three times 1"});
    // Twice 2 before: 20 is far (|√20 − √2| = 3.06) and 2 with a 0 added.
    around.sameQuarter = {{2022, 2, dec("2")}, {2023, 2, dec("2")}};
    expectOne(checkOutliers(ind, dec("20"), around), "magnitude_slip", {"did you mean 2?"});
}

TEST(Outliers, AFlowIsNotHeldAgainstTheQuarterBeforeNorACumulativeQ1AgainstLastYear)
{
    // Flows are seasonal (banners: 200 in Q2, none in Q3); a year-to-date starts again in Q1.
    FigureSurroundings around;
    around.year = 2023;
    around.quarter = 3;
    around.previousQuarter = EarlierFigure{2023, 2, dec("200")};
    EXPECT_TRUE(checkOutliers(indicator(Accumulation::Flow), dec("0"), around).empty());
    EXPECT_TRUE(checkOutliers(indicator(Accumulation::Flow), dec("20000"), around).empty());
    around.quarter = 1;
    around.previousQuarter = EarlierFigure{2022, 4, dec("256")};
    EXPECT_TRUE(checkOutliers(indicator(Accumulation::Cumulative), dec("0"), around).empty());
}

TEST(Outliers, ANegativeFigureIsNotJudgedByRatios)
{
    EXPECT_TRUE(checkOutliers(indicator(Accumulation::Stock), dec("-6700"), chenwanQ4()).empty());
}

// --- against the siblings --------------------------------------------------------------------

TEST(Outliers, TheRobustScoreAgainstTheSiblings)
{
    // Median 12, deviations 2 1 0 1 2 → MAD 1. 40: z = 0.6745 × 28 / 1 = 18.9, and 40 > 3 × 12.
    const auto siblings = siblingsOnly(decs({"10", "11", "12", "13", "14"}));
    const Indicator ind = indicator(Accumulation::Flow);
    expectOne(checkOutliers(ind, dec("40"), siblings), "outlier",
              {"40 is far from 12", "5 other sub-regions", "robust z-score 18.9", "3.5"});
    EXPECT_TRUE(checkOutliers(ind, dec("36"), siblings).empty()) << "not beyond three times";
    EXPECT_TRUE(checkOutliers(ind, dec("20"), siblings).empty());
}

TEST(Outliers, SiblingsThatDifferWidelyExcuseAFarFigure)
{
    // Median 50, deviations 49 40 0 50 150 → MAD 49. 160 is 3.2 × 50, but z = 0.6745 × 110 / 49
    // = 1.5: in a township this uneven, 160 is not unusual.
    const auto siblings = siblingsOnly(decs({"1", "10", "50", "100", "200"}));
    EXPECT_TRUE(checkOutliers(indicator(Accumulation::Flow), dec("160"), siblings).empty());
}

TEST(Outliers, MostSiblingsEqualUseTheMeanAbsoluteDeviation)
{
    // 5 5 5 20: MAD 0, mean deviation 15 / 4 = 3.75; 100: z = 95 / (1.2533 × 3.75) = 20.2.
    expectOne(checkOutliers(indicator(Accumulation::Flow), dec("100"),
                            siblingsOnly(decs({"5", "5", "5", "20"}))),
              "outlier", {"100 is far from 5", "robust z-score 20.2"});
}

TEST(Outliers, AllSiblingsEqualLeaveTheFarFactorAlone)
{
    // 5 5 5 have no spread: 22 is chance (|√22 − √5| = 2.45), 23 is far (2.56), 50 is 5 shifted.
    const auto siblings = siblingsOnly(decs({"5", "5", "5"}));
    const Indicator ind = indicator(Accumulation::Flow);
    EXPECT_TRUE(checkOutliers(ind, dec("22"), siblings).empty());
    expectOne(checkOutliers(ind, dec("23"), siblings), "outlier",
              {"23 is more than three times 5", "the median of the 3 other sub-regions"});
    expectOne(checkOutliers(ind, dec("50"), siblings), "magnitude_slip", {"did you mean 5?"});
}

TEST(Outliers, FewerThanThreeSiblingsSayNothing)
{
    EXPECT_TRUE(
        checkOutliers(indicator(Accumulation::Flow), dec("500"), siblingsOnly(decs({"5", "5"})))
            .empty());
}

TEST(Outliers, OwnFiguresComeBeforeTheSiblings)
{
    // 陈湾村 itself had 640 a year before: 670 is its own level, whatever its siblings say.
    FigureSurroundings around = chenwanQ4();
    around.sameQuarter = {{2022, 4, dec("640")}};
    around.previousQuarter = EarlierFigure{2023, 3, dec("650")};
    EXPECT_TRUE(checkOutliers(indicator(Accumulation::Cumulative), dec("670"), around).empty());
}

TEST(Outliers, AFigureInLineWithItsSiblingsIsNotFlagged)
{
    // 陈湾村 had 64 a year before; 250 is far from it (above 3 × 64 = 192), but its sibling
    // villages now report 200, 260 and 240: it has caught up with them.
    FigureSurroundings around = chenwanQ4();
    around.previousQuarter.reset();
    around.siblings = decs({"200", "260", "240"});
    const Indicator ind = indicator(Accumulation::Cumulative);
    EXPECT_TRUE(checkOutliers(ind, dec("250"), around).empty());
    around.siblings.clear();
    expectOne(checkOutliers(ind, dec("250"), around), "outlier",
              {"250 is more than three times 64", "2022 Q4"});
}

TEST(Outliers, SiblingsWithNothingToReportNeitherExcuseNorFlag)
{
    // Most villages had no such event (median 0): 陈湾村's own 64 still holds 6700 to account,
    // and without it the siblings alone say nothing.
    FigureSurroundings around = chenwanQ4();
    around.siblings = decs({"0", "0", "1"});
    expectOne(checkOutliers(indicator(Accumulation::Cumulative), dec("6700"), around),
              "magnitude_slip", {"did you mean 67?"});
    EXPECT_TRUE(checkOutliers(indicator(Accumulation::Flow), dec("6700"),
                              siblingsOnly(decs({"0", "0", "1"})))
                    .empty());
}

TEST(Outliers, FollowingOwnFiguresIsDecidedWithoutTheSiblings)
{
    // The fast path: 67 follows 64; 6700 does not, nor does anything without own figures.
    const Indicator ind = indicator(Accumulation::Cumulative);
    EXPECT_TRUE(followsOwnFigures(ind, dec("67"), chenwanQ4()));
    EXPECT_FALSE(followsOwnFigures(ind, dec("6700"), chenwanQ4()));
    EXPECT_FALSE(followsOwnFigures(ind, dec("40"), siblingsOnly(decs({"35", "43", "46"}))));
}

// --- helpers ---------------------------------------------------------------------------------

TEST(Outliers, ShiftPointMovesTheDigitsOrRefuses)
{
    EXPECT_EQ(shiftPoint(dec("6700"), 2, 0)->toString(), QStringLiteral("67"));
    EXPECT_FALSE(shiftPoint(dec("6705"), 2, 0)) << "67.05 takes decimals";
    EXPECT_EQ(shiftPoint(dec("6705"), 2, 2)->toString(), QStringLiteral("67.05"));
    EXPECT_EQ(shiftPoint(dec("4767"), 1, 1)->toString(), QStringLiteral("476.7"));
    EXPECT_EQ(shiftPoint(dec("0.67"), -2, 2)->toString(), QStringLiteral("67.00"));
    EXPECT_EQ(shiftPoint(dec("67"), 2, 2)->toString(), QStringLiteral("0.67"));
    EXPECT_FALSE(shiftPoint(dec("67"), 3, 2)) << "0.067";
    EXPECT_EQ(shiftPoint(dec("12.5"), -1, 0)->toString(), QStringLiteral("125"));
    EXPECT_EQ(shiftPoint(dec("-12.5"), -1, 0)->toString(), QStringLiteral("-125"));
    EXPECT_FALSE(shiftPoint(dec("999999999999"), -1, 0)) << "beyond 12 digits";
}

TEST(Outliers, MedianOfAnEvenCountIsExact)
{
    EXPECT_EQ(medianOf(decs({"10", "12"})).toString(), QStringLiteral("11"));
    EXPECT_EQ(medianOf(decs({"10", "11"})).toString(), QStringLiteral("10.5"));
    EXPECT_EQ(medianOf(decs({"7", "5", "6"})).toString(), QStringLiteral("6"));
    EXPECT_TRUE(medianOf({}).isZero());
}
