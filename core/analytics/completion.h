#pragma once

#include "domain/types.h"

#include <array>
#include <optional>

namespace zx {

// Completion in percent per target mode, unrounded:
//  at_least: actual / target × 100 (nullopt when target ≤ 0);
//  at_most:  100 while actual ≤ target, else target / actual × 100 (nullopt when
//            target < 0);
//  reduce:   (baseline − actual) / (baseline − target) × 100 (nullopt without a baseline
//            or when baseline == target).
std::optional<double> completionPct(TargetMode mode, double actual, double target,
                                    std::optional<double> baseline);

// Percent rounded half away from zero to two decimals, as reports show it: 479/350 → 136.86.
double roundPct(double pct);

// Time progress (序时进度) at the end of `quarter`: the target's milestone for that quarter
// when set, else linear 25/50/75/100. A quarter below 1 gives 0, above 4 is read as 4.
double timeProgressPct(int quarter, const std::array<std::optional<double>, 4> &milestones = {});

// Status of a completion against time progress T: done (≥ 100), on track (≥ T), lagging
// (≥ T − lagBand), behind (below); no completion → untracked. Compares the two-decimal
// rounded completion (and thresholds) so the status always agrees with the figures shown.
TrackStatus trackStatus(std::optional<double> completionPct, double timeProgressPct,
                        double lagBand = 10.0);

// The status shown for an indicator, region and period: untracked (未设目标) without a target;
// not reported (未填报) with a target but no figure up to the quarter; otherwise trackStatus of
// the completion (untracked when a figure and a target give none: a target of 0 to reach, a
// reduction without a baseline).
TrackStatus trackStatus(bool hasTarget, bool hasFigure, std::optional<double> completionPct,
                        double timeProgressPct, double lagBand = 10.0);

// Year-end projection from the year-to-date pace: flow and cumulative extrapolate the
// year-to-date figure by time progress (ytd / T × 100); a stock keeps its level.
std::optional<double> projectYearEnd(Accumulation accumulation, std::optional<double> yearToDate,
                                     double timeProgressPct);

// Relative change in percent (同比 / 环比): (current − previous) / |previous| × 100;
// nullopt when either is missing or previous is zero.
std::optional<double> changePct(std::optional<double> current, std::optional<double> previous);

// 环比: the quarter against the one before it (Q1: Q4 of the year before), like with like — two
// periods of one quarter each, never a year-to-date against a shorter or longer one:
//  flow:       the quarters' own figures;
//  cumulative: none. The figure is a running total for the year: Q3's total covers nine months
//              and Q2's six, so they are not alike, and the growth within each quarter read
//              against the quarter before (48 after 141: −65.96 %) shows a fall while the total
//              rises. 同比 (year-to-date against the same span a year earlier) compares it;
//  stock:      the levels at the two quarters' ends;
//  a rate (`isRate`, aggregation ratio), whatever its accumulation: the rates at the two
//              quarters' ends — a rate does not grow with the length of its period, and the
//              difference of two running rates is no rate.
// nullopt when either quarter's figure is missing or the earlier one is zero. `year` and
// `yearBefore` hold the quarters of the two years.
std::optional<double> quarterOverQuarterPct(Accumulation accumulation, bool isRate,
                                            const QuarterValues &year,
                                            const QuarterValues &yearBefore, int quarter);

} // namespace zx
