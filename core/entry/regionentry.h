#pragma once

#include "domain/types.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace zx {

class Database;

// Changes to the region tree (行政区划), administrators only, each audited in the same
// transaction as the change ("region.save" for add, rename, move and reorder, "region.retire",
// "region.merge"; region_code is the region, old/new a short summary, year the year a
// retirement starts). A retired region keeps its figures and history — the roll-ups of the
// years before it retired are computed from them as before — and takes no figures from its
// retired year on (setValues refuses them).

// Whether `userName` may change the regions (administrators only); the error says why not.
Outcome checkMayChangeRegions(Database &db, const QString &userName);

// One problem of a batch: the region's index, the attribute at fault as its column in the
// regions file ("code", "name", "parent_code", "level", "retired") and the reason. A warning
// (a code that does not extend its parent's, the 统计用区划代码 rule) does not stop a save.
struct RegionProblem
{
    std::size_t index = 0;
    QString field;
    QString message;
    bool warning = false;
};

// The checks of a batch (isNew[k]: regions[k] is created, else it replaces the stored one),
// judged against the tree as it would be with the whole batch saved: a bad or duplicate code,
// an unknown parent, a cycle, a level outside 0–3 or not one below its parent's, a second top
// region, a region retired while a sub-region stays active, a region newly retired that
// still has figures in an open (not approved) quarter, and — as a warning — a code that does
// not extend its parent's (a township's 9 digits start with its county's 6, a village's 12
// with its township's 9, a county's 6 with its city's 4). Writes nothing.
Result<std::vector<RegionProblem>> checkRegions(Database &db, const std::vector<Region> &regions,
                                                const std::vector<bool> &isNew);

// Saves the batch in one transaction, one "region.save" entry per region, or nothing (the
// first problem that is not a warning is the error). `keepGoing(done, total)` is asked before
// each region is written; false rolls everything back.
Outcome saveRegions(Database &db, const std::vector<Region> &regions,
                    const std::vector<bool> &isNew, const QString &userName,
                    const std::function<bool(qint64 done, qint64 total)> &keepGoing = {});

// One region: add (isNew), rename (zh/en), move under another parent, change its order.
// Retirement is not changed here (the stored one is kept): see retireRegion.
Outcome saveRegion(Database &db, const Region &region, bool isNew, const QString &userName);

// Puts the children of one parent in this order (sort_order 1, 2, …), one audited step.
Outcome reorderRegions(Database &db, const QStringList &codesInOrder, const QString &userName);

// Retires `code` from `fromYear` on (no figures from then on); refused while it holds
// figures of `fromYear` or later or has active sub-regions. fromYear 0 brings it back.
Outcome retireRegion(Database &db, const QString &code, int fromYear, const QString &userName);

// 村庄撤并: the villages `merged` are merged into the village `into` from `fromYear` on. They
// keep their history, take no figures from `fromYear`, and name `into` as their successor.
// Refused when one of them has figures of `fromYear` or later, when `into` is one of them,
// retired by then or not a village, or when they are not villages.
Outcome mergeRegions(Database &db, const QStringList &merged, const QString &into, int fromYear,
                     const QString &userName);

// A short, stable summary for the audit trail: "张庄村 / Zhangzhuang; level 3 under 410104001;
// order 1" (+ "; retired from 2024", "; merged into 410104001002").
QString regionSummary(const Region &region);

} // namespace zx
