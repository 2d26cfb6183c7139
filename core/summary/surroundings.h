#pragma once

#include "analytics/outliers.h"
#include "dataset.h"

#include <QHash>
#include <QString>

#include <vector>

namespace zx {

// The stored figures of a Dataset grouped by indicator, parent region, year and quarter, built
// once in one pass, so that `check` finds every figure's siblings without a lookup per sibling
// (a township of 20 villages would otherwise ask 19 times for each of its figures).
class SiblingIndex
{
public:
    explicit SiblingIndex(const Dataset &data);
    // Positions in data.values() of the figures of the children of `parent`.
    const std::vector<qsizetype> *group(const QString &indicator, const QString &parent, int year,
                                        int quarter) const;

private:
    QHash<Dataset::Slot, std::vector<qsizetype>> m_groups; // slot(indicator, parent, year, quarter)
};

// What one figure is judged against for outliers and magnitude slips (analytics/outliers.h),
// read from the stored figures of `data`: the same region and quarter in the earlier years the
// Dataset holds, the region's quarter before, and the same quarter at the other regions under
// the same parent (from `siblings` when given, which must be built over `data`). Only what
// `data` holds counts: a scoped Dataset must hold the siblings (Dataset::loadAround does) for
// the sibling comparison to run.
FigureSurroundings surroundingsOf(const Dataset &data, const QString &indicator,
                                  const QString &region, int year, int quarter,
                                  const SiblingIndex *siblings = nullptr);

// checkOutliers of `value` as the figure of `indicator` at `region`, `year` and `quarter`:
// what the entry checks (grid, import, setValues) and `check` both ask. The siblings are only
// gathered for a figure that does not follow the region's own figures.
std::vector<RuleViolation> checkOutliersIn(const Dataset &data, const Indicator &indicator,
                                           const QString &region, int year, int quarter,
                                           const Decimal &value,
                                           const SiblingIndex *siblings = nullptr);

} // namespace zx
