#include "analytics/completion.h"
#include "domain/enums.h"

#include <gtest/gtest.h>

using namespace zx;

namespace {

double shown(std::optional<double> pct)
{
    return roundPct(pct.value());
}

QuarterValues quarters(std::initializer_list<std::optional<int>> figures)
{
    QuarterValues q;
    int i = 0;
    for (const std::optional<int> &f : figures) {
        if (f)
            q[i] = Decimal::fromInt(*f);
        ++i;
    }
    return q;
}

// 环比 as shown (two decimals); nullopt when there is none.
std::optional<double> shownQoq(Accumulation accumulation, bool isRate, const QuarterValues &year,
                               const QuarterValues &yearBefore, int quarter)
{
    const auto pct = quarterOverQuarterPct(accumulation, isRate, year, yearBefore, quarter);
    return pct ? std::optional<double>(roundPct(*pct)) : std::nullopt;
}

QuarterValues rates(std::initializer_list<const char *> figures)
{
    QuarterValues q;
    int i = 0;
    for (const char *f : figures) {
        if (f)
            q[i] = Decimal::parse(QString::fromLatin1(f));
        ++i;
    }
    return q;
}

} // namespace

TEST(Completion, AtLeastMatchesTheSeedsStatedRates)
{
    // "新增…返乡下乡创业人员479人，占年度目标任务350人的136.86%"
    EXPECT_DOUBLE_EQ(shown(completionPct(TargetMode::AtLeast, 479, 350, std::nullopt)), 136.86);
    // "新增农村劳动力转移就业99人，占年度目标任务80人的123.75%"
    EXPECT_DOUBLE_EQ(shown(completionPct(TargetMode::AtLeast, 99, 80, std::nullopt)), 123.75);
    EXPECT_DOUBLE_EQ(shown(completionPct(TargetMode::AtLeast, 0, 80, std::nullopt)), 0.0);
}

TEST(Completion, AtLeastWithoutAPositiveTargetIsNotComputed)
{
    EXPECT_FALSE(completionPct(TargetMode::AtLeast, 5, 0, std::nullopt));
    EXPECT_FALSE(completionPct(TargetMode::AtLeast, 5, -1, std::nullopt));
}

TEST(Completion, AtMostIsMetWhileUnderTheCeiling)
{
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::AtMost, 80, 100, std::nullopt).value(), 100.0);
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::AtMost, 100, 100, std::nullopt).value(), 100.0);
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::AtMost, 0, 100, std::nullopt).value(), 100.0);
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::AtMost, 0, 0, std::nullopt).value(), 100.0);
}

TEST(Completion, AtMostOverTheCeilingDropsWithTheExcess)
{
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::AtMost, 125, 100, std::nullopt).value(), 80.0);
    // A zero ceiling (no incidents allowed) broken by any incident is 0 % complete.
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::AtMost, 3, 0, std::nullopt).value(), 0.0);
    EXPECT_FALSE(completionPct(TargetMode::AtMost, 3, -1, std::nullopt));
}

TEST(Completion, ReduceMeasuresTheWayFromBaselineToTarget)
{
    // Groundwater extraction from 200 down to a target of 100.
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::Reduce, 150, 100, 200.0).value(), 50.0);
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::Reduce, 100, 100, 200.0).value(), 100.0);
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::Reduce, 80, 100, 200.0).value(), 120.0);
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::Reduce, 200, 100, 200.0).value(), 0.0);
    // Went up instead of down: negative progress, shown as such.
    EXPECT_DOUBLE_EQ(completionPct(TargetMode::Reduce, 250, 100, 200.0).value(), -50.0);
}

TEST(Completion, ReduceNeedsABaselineDifferentFromTheTarget)
{
    EXPECT_FALSE(completionPct(TargetMode::Reduce, 150, 100, std::nullopt));
    EXPECT_FALSE(completionPct(TargetMode::Reduce, 150, 100, 100.0));
}

TEST(Completion, RoundPctRoundsHalfAwayFromZeroLikeOnPaper)
{
    EXPECT_DOUBLE_EQ(roundPct(479.0 / 350.0 * 100.0), 136.86);
    EXPECT_DOUBLE_EQ(roundPct(99.0 / 80.0 * 100.0), 123.75);
    EXPECT_DOUBLE_EQ(roundPct(1.005), 1.01); // 1.00499999… as a double
    EXPECT_DOUBLE_EQ(roundPct(2.675), 2.68);
    EXPECT_DOUBLE_EQ(roundPct(100.5 / 100.0 * 1.0), 1.01);
    EXPECT_DOUBLE_EQ(roundPct(0.125), 0.13);
    EXPECT_DOUBLE_EQ(roundPct(-0.125), -0.13);
    EXPECT_DOUBLE_EQ(roundPct(-1.005), -1.01);
    EXPECT_DOUBLE_EQ(roundPct(33.3333), 33.33);
    EXPECT_DOUBLE_EQ(roundPct(99.994), 99.99);
    EXPECT_DOUBLE_EQ(roundPct(99.995), 100.0);
}

TEST(Completion, TimeProgressIsLinearUnlessAMilestoneIsSet)
{
    EXPECT_DOUBLE_EQ(timeProgressPct(1), 25.0);
    EXPECT_DOUBLE_EQ(timeProgressPct(2), 50.0);
    EXPECT_DOUBLE_EQ(timeProgressPct(3), 75.0);
    EXPECT_DOUBLE_EQ(timeProgressPct(4), 100.0);
    const std::array<std::optional<double>, 4> milestones{10.0, 40.0, std::nullopt, 100.0};
    EXPECT_DOUBLE_EQ(timeProgressPct(1, milestones), 10.0);
    EXPECT_DOUBLE_EQ(timeProgressPct(2, milestones), 40.0);
    EXPECT_DOUBLE_EQ(timeProgressPct(3, milestones), 75.0);
    EXPECT_DOUBLE_EQ(timeProgressPct(4, milestones), 100.0);
}

TEST(Completion, StatusAtTheFirstQuarter)
{
    EXPECT_EQ(trackStatus(30.0, 25.0), TrackStatus::OnTrack);
    EXPECT_EQ(trackStatus(25.0, 25.0), TrackStatus::OnTrack);
    EXPECT_EQ(trackStatus(20.0, 25.0), TrackStatus::Lagging);
    EXPECT_EQ(trackStatus(15.0, 25.0), TrackStatus::Lagging);
    EXPECT_EQ(trackStatus(14.99, 25.0), TrackStatus::Behind);
    EXPECT_EQ(trackStatus(136.86, 25.0), TrackStatus::Done);
}

TEST(Completion, StatusAtMidYear)
{
    EXPECT_EQ(trackStatus(50.0, 50.0), TrackStatus::OnTrack);
    EXPECT_EQ(trackStatus(40.0, 50.0), TrackStatus::Lagging);
    EXPECT_EQ(trackStatus(39.99, 50.0), TrackStatus::Behind);
    EXPECT_EQ(trackStatus(0.0, 50.0), TrackStatus::Behind);
}

TEST(Completion, StatusAtThirdQuarterWithANarrowerBand)
{
    EXPECT_EQ(trackStatus(75.0, 75.0, 5.0), TrackStatus::OnTrack);
    EXPECT_EQ(trackStatus(70.0, 75.0, 5.0), TrackStatus::Lagging);
    EXPECT_EQ(trackStatus(69.99, 75.0, 5.0), TrackStatus::Behind);
    // The default band of 10 points would still call 69.99 lagging.
    EXPECT_EQ(trackStatus(69.99, 75.0), TrackStatus::Lagging);
}

TEST(Completion, StatusAtYearEnd)
{
    EXPECT_EQ(trackStatus(100.0, 100.0), TrackStatus::Done);
    EXPECT_EQ(trackStatus(123.75, 100.0), TrackStatus::Done);
    EXPECT_EQ(trackStatus(99.99, 100.0), TrackStatus::Lagging);
    EXPECT_EQ(trackStatus(90.0, 100.0), TrackStatus::Lagging);
    EXPECT_EQ(trackStatus(89.99, 100.0), TrackStatus::Behind);
    EXPECT_EQ(trackStatus(89.99, 100.0, 15.0), TrackStatus::Lagging);
}

TEST(Completion, StatusAgreesWithTheRoundedFigureShown)
{
    // Shown as 100.00 %: it must not be marked anything but done.
    EXPECT_EQ(trackStatus(99.996, 100.0), TrackStatus::Done);
    // Shown as 50.00 % against 50 %: on track.
    EXPECT_EQ(trackStatus(49.996, 50.0), TrackStatus::OnTrack);
    // Shown as 33.33 % against a milestone shown as 33.33 %.
    EXPECT_EQ(trackStatus(33.33, 100.0 / 3.0), TrackStatus::OnTrack);
}

TEST(Completion, StatusAgainstMilestones)
{
    const std::array<std::optional<double>, 4> milestones{10.0, 40.0, 70.0, 100.0};
    const double t = timeProgressPct(2, milestones);
    EXPECT_EQ(trackStatus(45.0, t), TrackStatus::OnTrack); // behind linear 50 %, ahead of plan
    EXPECT_EQ(trackStatus(35.0, t), TrackStatus::Lagging);
    EXPECT_EQ(trackStatus(29.0, t), TrackStatus::Behind);
    EXPECT_EQ(trackStatus(8.0, timeProgressPct(1, milestones)), TrackStatus::Lagging);
}

TEST(Completion, NoCompletionIsUntracked)
{
    EXPECT_EQ(trackStatus(std::nullopt, 50.0), TrackStatus::Untracked);
    EXPECT_EQ(trackStatus(completionPct(TargetMode::AtLeast, 5, 0, std::nullopt), 50.0),
              TrackStatus::Untracked);
}

TEST(Completion, ProjectionExtrapolatesWorkButKeepsALevel)
{
    EXPECT_DOUBLE_EQ(projectYearEnd(Accumulation::Flow, 120.0, 25.0).value(), 480.0);
    EXPECT_DOUBLE_EQ(projectYearEnd(Accumulation::Cumulative, 250.0, 50.0).value(), 500.0);
    EXPECT_DOUBLE_EQ(projectYearEnd(Accumulation::Flow, 60.0, 40.0).value(), 150.0);
    EXPECT_DOUBLE_EQ(projectYearEnd(Accumulation::Stock, 10.0, 50.0).value(), 10.0);
    EXPECT_DOUBLE_EQ(projectYearEnd(Accumulation::Flow, 479.0, 100.0).value(), 479.0);
}

TEST(Completion, ProjectionNeedsAFigureAndElapsedTime)
{
    EXPECT_FALSE(projectYearEnd(Accumulation::Flow, std::nullopt, 50.0));
    EXPECT_FALSE(projectYearEnd(Accumulation::Flow, 120.0, 0.0));
    EXPECT_FALSE(projectYearEnd(Accumulation::Stock, 10.0, -5.0));
}

TEST(Completion, ChangeAgainstThePreviousPeriod)
{
    EXPECT_DOUBLE_EQ(changePct(110.0, 100.0).value(), 10.0);
    EXPECT_DOUBLE_EQ(changePct(90.0, 100.0).value(), -10.0);
    EXPECT_DOUBLE_EQ(roundPct(changePct(479.0, 350.0).value()), 36.86);
    // A loss shrinking from −10 to −5 is an improvement, not a fall.
    EXPECT_DOUBLE_EQ(changePct(-5.0, -10.0).value(), 50.0);
}

TEST(Completion, ChangeFromZeroOrNothingIsNotComputed)
{
    EXPECT_FALSE(changePct(5.0, 0.0));
    EXPECT_FALSE(changePct(std::nullopt, 10.0));
    EXPECT_FALSE(changePct(10.0, std::nullopt));
}

// A target with no figure yet is 未填报 (not reported), not 未设目标 (no target) and not behind.
TEST(Completion, ATargetWithoutAFigureIsNotReported)
{
    EXPECT_EQ(trackStatus(true, false, std::nullopt, 25.0), TrackStatus::NotReported);
    // Even where the quarter's time progress asks for nothing yet (milestone 0 %).
    EXPECT_EQ(trackStatus(true, false, std::nullopt, 0.0), TrackStatus::NotReported);
    EXPECT_EQ(trackStatus(false, false, std::nullopt, 25.0), TrackStatus::Untracked);
    EXPECT_EQ(trackStatus(false, true, std::nullopt, 25.0), TrackStatus::Untracked);
    // A figure and a target that give no completion (a target of 0 to reach): nothing to
    // measure against, still untracked.
    EXPECT_EQ(trackStatus(true, true, completionPct(TargetMode::AtLeast, 5, 0, std::nullopt), 50.0),
              TrackStatus::Untracked);
    // 479 of 350 → 136.86 %: done; 40 of 100 at Q2 (50 %) → 40 % ≥ 40: lagging.
    const auto done = completionPct(TargetMode::AtLeast, 479, 350, std::nullopt);
    EXPECT_EQ(trackStatus(true, true, done, 25.0), TrackStatus::Done);
    const auto lagging = completionPct(TargetMode::AtLeast, 40, 100, std::nullopt);
    EXPECT_EQ(trackStatus(true, true, lagging, 50.0), TrackStatus::Lagging);
}

// The text codes stay what the database, the CSV files and the JSON already say; not_reported
// is added beside them.
TEST(Completion, StatusCodesAreStableAndRoundTrip)
{
    EXPECT_EQ(toCode(TrackStatus::Done), QStringLiteral("done"));
    EXPECT_EQ(toCode(TrackStatus::OnTrack), QStringLiteral("on_track"));
    EXPECT_EQ(toCode(TrackStatus::Lagging), QStringLiteral("lagging"));
    EXPECT_EQ(toCode(TrackStatus::Behind), QStringLiteral("behind"));
    EXPECT_EQ(toCode(TrackStatus::NotReported), QStringLiteral("not_reported"));
    EXPECT_EQ(toCode(TrackStatus::Untracked), QStringLiteral("untracked"));
    for (TrackStatus s : {TrackStatus::Done, TrackStatus::OnTrack, TrackStatus::Lagging,
                          TrackStatus::Behind, TrackStatus::NotReported, TrackStatus::Untracked})
        EXPECT_EQ(trackStatusFromCode(toCode(s)), s);
    EXPECT_FALSE(trackStatusFromCode(QStringLiteral("no_target")));
}

// 环比 of a cumulative indicator is empty (issue 13: "compares like with like or is left empty
// instead of showing −65 % for growth"). The sample's Party members linked to households
// (party_members_linked, a running total for the year) at the district, 2022: 856, 1226, 1367,
// 1415. Q4's total is larger than Q3's, yet its growth of 48 against Q3's 141 would read
// (48 − 141) / 141 = −65.96 %; and 1415 against 1367 (+3.51 %) sets twelve months against nine.
TEST(Completion, QuarterOverQuarterOfACumulativeIsEmpty)
{
    const QuarterValues county2022 = quarters({856, 1226, 1367, 1415});
    const QuarterValues county2023 = quarters({900, 1300, 1450, 1500});
    for (int q = 1; q <= 4; ++q) {
        EXPECT_FALSE(quarterOverQuarterPct(Accumulation::Cumulative, false, county2023,
                                           county2022, q))
            << "Q" << q;
        EXPECT_FALSE(quarterOverQuarterPct(Accumulation::Cumulative, false, county2022, {}, q))
            << "Q" << q;
    }
    // The same figures as a stock (levels) do compare: 1415 against 1367 = +3.51 %.
    EXPECT_EQ(shownQoq(Accumulation::Stock, false, county2022, {}, 4), 3.51);
}

// Flow: the quarters' own figures. The sample's farmland inspections (farmland_patrols) at the
// district: 2022 quarters 7, 10, 4, 4; 2023 quarters 9, 11, 5, 4. 2023 Q1 against 2022 Q4:
// (9 − 4) / 4 = +125.00 %, never against 2022's year of 25 (−64.00 %).
TEST(Completion, QuarterOverQuarterOfAFlowComparesTheQuarters)
{
    const QuarterValues y2022 = quarters({7, 10, 4, 4});
    const QuarterValues y2023 = quarters({9, 11, 5, 4});
    EXPECT_EQ(shownQoq(Accumulation::Flow, false, y2023, y2022, 1), 125.00);
    EXPECT_EQ(shownQoq(Accumulation::Flow, false, y2023, y2022, 2), 22.22); // (11 − 9) / 9
    EXPECT_EQ(shownQoq(Accumulation::Flow, false, y2023, y2022, 4), -20.00); // (4 − 5) / 5
}

// Stock: the levels at the quarters' ends. Southern villages still to build (southern_villages):
// 2022 10, 9, 9, 8; 2023 8, 8, 7, 7. 2023 Q1 against 2022 Q4: 8 against 8 → 0.00 %; 2023 Q3:
// (7 − 8) / 8 = −12.50 %.
TEST(Completion, QuarterOverQuarterOfAStockComparesLevels)
{
    const QuarterValues y2022 = quarters({10, 9, 9, 8});
    const QuarterValues y2023 = quarters({8, 8, 7, 7});
    EXPECT_EQ(shownQoq(Accumulation::Stock, false, y2023, y2022, 1), 0.0);
    EXPECT_EQ(shownQoq(Accumulation::Stock, false, y2023, y2022, 3), -12.50);
}

// A rate is a level, whatever its accumulation: the rates at the quarters' ends. The sample's
// rectification rate (rectification_rate, cumulative, problems_rectified / problems_found):
// 2022 Q3 83.47 %, Q4 137 / 140 = 97.86 %; 2023 Q1 20 / 21 = 95.24 %, Q2 55 / 71 = 77.46 %.
// Q2: (77.46 − 95.24) / 95.24 = −18.67 %; Q1: (95.24 − 97.86) / 97.86 = −2.68 %. Read as a
// running total, the rate "grew" by 77.46 − 95.24 = −17.78 in Q2 (−118.67 % against Q1's
// 95.24) and 2022 Q4's "growth" of 97.86 − 83.47 = 14.39 made 2023 Q1 +561.85 %: no rate.
TEST(Completion, QuarterOverQuarterOfARateComparesTheRates)
{
    const QuarterValues y2022 = rates({"87.5", "80.6", "83.47", "97.86"});
    const QuarterValues y2023 = rates({"95.24", "77.46", "87.29", "100"});
    EXPECT_EQ(shownQoq(Accumulation::Cumulative, true, y2023, y2022, 2), -18.67);
    EXPECT_EQ(shownQoq(Accumulation::Cumulative, true, y2023, y2022, 1), -2.68);
}

TEST(Completion, QuarterOverQuarterNeedsBothQuarters)
{
    // The first year: nothing a quarter before Q1.
    EXPECT_FALSE(quarterOverQuarterPct(Accumulation::Flow, false, quarters({9, 11, 5, 4}), {}, 1));
    // Cumulative Q3 without Q2: Q3's growth is unknown (it may span two quarters).
    EXPECT_FALSE(quarterOverQuarterPct(Accumulation::Cumulative, false,
                                       quarters({44, std::nullopt, 71, 74}), {}, 3));
    // Cumulative Q2 growing from a Q1 of 0: nothing to compare against.
    EXPECT_FALSE(
        quarterOverQuarterPct(Accumulation::Cumulative, false, quarters({0, 12, 20, 20}), {}, 2));
    // Stock without the previous level.
    EXPECT_FALSE(quarterOverQuarterPct(Accumulation::Stock, false,
                                       quarters({std::nullopt, 8, 7, 7}), {}, 2));
    EXPECT_FALSE(quarterOverQuarterPct(Accumulation::Flow, false, quarters({1, 2, 3, 4}), {}, 0));
    EXPECT_FALSE(quarterOverQuarterPct(Accumulation::Flow, false, quarters({1, 2, 3, 4}), {}, 5));
}
