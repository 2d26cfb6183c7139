#include "completion.h"

#include "accumulation.h"

#include <cmath>

namespace zx {

namespace {

std::optional<double> atMostPct(double actual, double target)
{
    // A ceiling below zero cannot be met or missed in any meaningful way.
    if (target < 0.0)
        return std::nullopt;
    if (actual <= target)
        return 100.0;
    // Over the ceiling: the further over, the lower (actual > target ≥ 0, so actual > 0).
    return target / actual * 100.0;
}

std::optional<double> reducePct(double actual, double target, std::optional<double> baseline)
{
    // Without a starting level, or with nothing to reduce, progress cannot be measured.
    if (!baseline || *baseline == target)
        return std::nullopt;
    return (*baseline - actual) / (*baseline - target) * 100.0;
}

} // namespace

std::optional<double> completionPct(TargetMode mode, double actual, double target,
                                    std::optional<double> baseline)
{
    switch (mode) {
    case TargetMode::AtLeast:
        if (target <= 0.0)
            return std::nullopt;
        return actual / target * 100.0;
    case TargetMode::AtMost:
        return atMostPct(actual, target);
    case TargetMode::Reduce:
        return reducePct(actual, target, baseline);
    }
    return std::nullopt;
}

double roundPct(double pct)
{
    if (!std::isfinite(pct))
        return pct;
    // 1.005 % is 1.00499999… as a double and would round down, unlike on paper. Pushing the
    // scaled value away from zero by a relative 1e-9 restores the half-way cases while being
    // far too small to move any other figure across a rounding boundary.
    double scaled = pct * 100.0;
    scaled += scaled * 1e-9;
    return std::round(scaled) / 100.0;
}

double timeProgressPct(int quarter, const std::array<std::optional<double>, 4> &milestones)
{
    if (quarter < 1)
        return 0.0;
    if (quarter > 4)
        quarter = 4;
    if (const std::optional<double> &milestone = milestones[quarter - 1])
        return *milestone;
    return quarter * 25.0;
}

TrackStatus trackStatus(std::optional<double> completionPct, double timeProgressPct, double lagBand)
{
    if (!completionPct)
        return TrackStatus::Untracked;
    // Compare the figures as shown (two decimals) so a reader never sees "33.33 % of
    // 33.33 %" marked as lagging.
    const double completion = roundPct(*completionPct);
    if (completion >= 100.0)
        return TrackStatus::Done;
    if (completion >= roundPct(timeProgressPct))
        return TrackStatus::OnTrack;
    if (completion >= roundPct(timeProgressPct - lagBand))
        return TrackStatus::Lagging;
    return TrackStatus::Behind;
}

TrackStatus trackStatus(bool hasTarget, bool hasFigure, std::optional<double> completionPct,
                        double timeProgressPct, double lagBand)
{
    if (!hasTarget)
        return TrackStatus::Untracked;
    // A target waiting for its first figure is a gap in the reporting, not work behind plan.
    if (!hasFigure)
        return TrackStatus::NotReported;
    return trackStatus(completionPct, timeProgressPct, lagBand);
}

std::optional<double> projectYearEnd(Accumulation accumulation, std::optional<double> yearToDate,
                                     double timeProgressPct)
{
    if (!yearToDate || timeProgressPct <= 0.0)
        return std::nullopt;
    // A level (e.g. villages above ¥1M income) does not grow with time; work done does.
    if (accumulation == Accumulation::Stock)
        return yearToDate;
    return *yearToDate / timeProgressPct * 100.0;
}

std::optional<double> changePct(std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous || *previous == 0.0)
        return std::nullopt;
    // Divide by |previous| so a loss that shrinks (−10 → −5) reads as an improvement.
    return (*current - *previous) / std::abs(*previous) * 100.0;
}

std::optional<double> quarterOverQuarterPct(Accumulation accumulation, bool isRate,
                                            const QuarterValues &year,
                                            const QuarterValues &yearBefore, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return std::nullopt;
    // A running total has no 环比 (see the header); a rate is a level at the quarter's end,
    // like a stock.
    if (accumulation == Accumulation::Cumulative && !isRate)
        return std::nullopt;
    const Accumulation like = isRate ? Accumulation::Stock : accumulation;
    const auto figure = [](const std::optional<Decimal> &d) {
        return d ? std::optional<double>(d->toDouble()) : std::nullopt;
    };
    const auto current = figure(quarterFigure(like, year, quarter));
    const auto previous = figure(quarter > 1 ? quarterFigure(like, year, quarter - 1)
                                             : quarterFigure(like, yearBefore, 4));
    return changePct(current, previous);
}

} // namespace zx
