#pragma once

#include "domain/types.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace zx {

// Plain data the charts draw; the pages fill these from core's summaries, so QtCharts never
// leaks out of ui/charts/.

// One indicator in the target-vs-actual chart. Indicators of a category have different units
// (亩, 个, 万元), so bars are drawn relative to the target (target = 100 %); the labels and
// tooltips carry the real figures with units.
struct TargetActualItem
{
    QString code;
    QString label;      // indicator name
    QString unit;
    double actual = 0;
    double target = 0;  // > 0
    double completionPct = 0;
    TrackStatus status = TrackStatus::Untracked;
};

// Quarterly series of one indicator: one line per year, index 0 = Q1.
struct TrendSeries
{
    int year = 0;
    std::array<std::optional<double>, 4> quarters;
};

struct TrendData
{
    QString title; // indicator name
    QString unit;  // in the reader's language (displayUnit); may be empty
    std::vector<TrendSeries> years; // oldest first; the last is the chosen year
    std::optional<double> target;   // annual target of the chosen year, drawn as a line
    // The indicator's decimals: a count (0) gets whole-number ticks. When not given, whole
    // numbers when every figure is one.
    std::optional<int> decimals;
};

// One child region in the ranking chart, already ranked (best first).
struct RankingItem
{
    QString regionCode;
    QString regionName;
    std::optional<double> completionPct;
    int rank = 0;                  // 0 = no figure
    std::optional<int> rankChange; // + moved up, − moved down
    TrackStatus status = TrackStatus::Untracked;
};

} // namespace zx
