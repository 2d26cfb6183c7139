#pragma once

#include "analytics/validation.h"
#include "dataset.h"
#include "storage/valuestore.h"

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
    bool shortfall = false; // RuleViolation::shortfall
};

// Runs every validation rule over every stored figure of the Dataset: the single-figure
// checks, parts against their totals (at every region and quarter where the total has a
// figure), outliers against the region's earlier years, and figures stored on a parent
// region that differ from the roll-up of its children. Ordered by year, quarter, region,
// indicator.
std::vector<Finding> runChecks(const Dataset &data);

// runChecks, keeping only the findings located in the subtree of `root` (the region and every
// region below it) and, unless `year` is 0, in that year: what a report or the dashboard shows
// of one region. Only those regions are visited; their rules still see every figure of `data`
// (earlier years, siblings), so each finding is the one runChecks makes.
std::vector<Finding> runChecksWithin(const Dataset &data, const QString &root, int year = 0);

// One family's share of runChecks, for checking a file piece by piece (streamcheck.h) over
// Dataset::loadScoped({parent}): the figures of `parent` against the roll-up of its children
// and that roll-up's overflow; every other rule on each child's figures, and on the parent's
// own when `withParent` (a root, which has no family above it). Ordered as runChecks.
std::vector<Finding> checkFamily(const Dataset &data, const QString &parent, bool withParent);

// A finding of checkAround with the block's key that reaches its figure first.
struct CausedFinding
{
    Finding finding;
    std::size_t cause = 0; // index into the keys
};

// The findings of runChecks that a block of figures (`keys`, overlaid on `data` or about to be)
// can change: every rule of each key's indicator on its region and on each ancestor region
// (whose roll-up the figure changes), and the breakdowns the indicator is a total or a part
// of at those regions. Run it before and after overlaying to see what the block changes; over
// Dataset::loadAround it reads only the regions involved. In the order of the keys.
// `betweenFiguresOnly`: only the rules between figures — parts against their total, a figure
// against its children's roll-up — as an import judges them (importrules.h); a figure's own
// rules and its outliers, which the import judges per row, are not worked out for nothing.
std::vector<CausedFinding> checkAround(const Dataset &data, const std::vector<ValueKey> &keys,
                                       bool betweenFiguresOnly = false);

} // namespace zx
