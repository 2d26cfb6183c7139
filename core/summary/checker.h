#pragma once

#include "analytics/validation.h"
#include "dataset.h"

#include <vector>

namespace zx {

// One validation finding, located: which figure broke which rule, and why.
struct Finding
{
    Severity severity = Severity::Error;
    QString rule;
    QString indicatorCode;
    QString regionCode;
    int year = 0;
    int quarter = 0;
    QString message;
};

// Runs every validation rule over every stored figure of the Dataset: the single-figure
// checks, parts against their totals (at every region and quarter where the total has a
// figure), outliers against the region's earlier years, and figures stored on a parent
// region that differ from the roll-up of its children. Ordered by year, quarter, region,
// indicator.
std::vector<Finding> runChecks(const Dataset &data);

} // namespace zx
