#pragma once

#include "analytics/ranking.h"
#include "dataset.h"

#include <QHash>

#include <optional>
#include <vector>

namespace zx {

// What the dashboard, the CLI and the report say about one indicator for one region and
// period. Percentages are rounded to two decimals, as shown.
struct IndicatorSummary
{
    const Indicator *indicator = nullptr;
    std::optional<Decimal> actual; // year-to-date at the quarter
    std::optional<Decimal> target; // annual
    std::optional<double> completionPct;
    double timeProgressPct = 0;
    TrackStatus status = TrackStatus::Untracked; // not_reported: a target, no figure yet
    std::optional<double> yearOverYearPct;       // 同比: year to date against a year before
    std::optional<double> quarterOverQuarterPct; // 环比: quarterOverQuarterPct (completion.h)
    std::optional<double> projectedYearEnd;
};

struct RegionSummary
{
    QString regionCode;
    int year = 0;
    int quarter = 4;
    double timeProgressPct = 100;
    std::vector<IndicatorSummary> indicators;
};

// Computes figures over a Dataset: a region's figure is what was stored on it, or else the
// roll-up of its children's figures per the indicator's aggregation (ratios recomputed from
// their aggregated numerator and denominator). Results are memoised; the Dataset must
// outlive the Evaluator.
class Evaluator
{
public:
    explicit Evaluator(const Dataset &data, double lagBand = 10.0);
    double lagBand() const { return m_lagBand; }
    const Dataset &dataset() const { return m_data; }

    // The figure of one quarter: stored on the region, else rolled up from its children.
    std::optional<Decimal> quarterValue(const Indicator &ind, const QString &region, int year,
                                        int quarter) const;
    QuarterValues quarterValues(const Indicator &ind, const QString &region, int year) const;
    std::optional<Decimal> yearToDate(const Indicator &ind, const QString &region, int year,
                                      int quarter) const;
    // The roll-up of the children alone (ignores a figure stored on the region itself).
    std::optional<Decimal> childrenRollup(const Indicator &ind, const QString &region, int year,
                                          int quarter) const;
    // The region's own target, else for summed indicators the sum of its children's when
    // every child has one.
    std::optional<Decimal> target(const Indicator &ind, const QString &region, int year) const;

    IndicatorSummary summarize(const Indicator &ind, const QString &region, int year,
                               int quarter) const;
    RegionSummary summarize(const QString &region, int year, int quarter) const;
    // The region's children ranked by completion, with the rank change since the quarter
    // before (Q4 of the year before for Q1).
    std::vector<RankedRegion> rankChildren(const Indicator &ind, const QString &region, int year,
                                           int quarter) const;

private:
    std::optional<double> completion(const Indicator &ind, const QString &region, int year,
                                     int quarter) const;

    const Dataset &m_data;
    double m_lagBand;
    mutable QHash<Dataset::Slot, std::optional<Decimal>> m_quarterCache;
};

} // namespace zx
