#include "analytics/completion.h"
#include "domain/enums.h"

#include <gtest/gtest.h>

using namespace zx;

namespace {

double shown(std::optional<double> pct)
{
    return roundPct(pct.value());
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
