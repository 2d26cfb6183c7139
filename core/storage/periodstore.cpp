#include "periodstore.h"

#include "database.h"
#include "domain/enums.h"
#include "domain/timetext.h"
#include "sql.h"

#include <QCoreApplication>
#include <QLocale>

namespace zx::periodstore {

namespace {

const char *const SelectOne = R"(
SELECT state, reason, changed_by, changed_at FROM period_status
WHERE region_code = ? AND year = ? AND quarter = ?)";

const char *const Upsert = R"(
INSERT INTO period_status (region_code, year, quarter, state, reason, changed_by, changed_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (region_code, year, quarter) DO UPDATE SET
    state = excluded.state, reason = excluded.reason,
    changed_by = excluded.changed_by, changed_at = excluded.changed_at)";

const char *const SelectQuarter = R"(
SELECT region_code, state, reason, changed_by, changed_at FROM period_status
WHERE year = ? AND quarter = ? ORDER BY region_code)";

const char *const SelectParent = "SELECT parent_code FROM region WHERE code = ?";
const char *const SelectRegionNames = "SELECT name, name_en FROM region WHERE code = ?";

PeriodStatus statusFromRow(const QSqlQuery &q, int year, int quarter)
{
    PeriodStatus s;
    s.regionCode = q.value(0).toString();
    s.year = year;
    s.quarter = quarter;
    s.state = periodStateFromCode(q.value(1).toString()).value_or(PeriodState::Draft);
    s.reason = q.value(2).toString();
    s.changedBy = q.value(3).toString();
    s.changedAt = q.value(4).toString();
    return s;
}

// The region's parent, or an empty string at the root (or for an unknown region).
Result<QString> parentOf(Database &db, const QString &regionCode)
{
    // Kept prepared: a review check walks up the tree for every region an import touches
    // (a round trip each on a server).
    QString error;
    QSqlQuery *q = sql::queryCached(db, SelectParent, {regionCode}, [] {
        return QCoreApplication::translate("zx::Database", "reading regions");
    }, error);
    if (!q)
        return Error{error};
    const QString parent = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return parent;
}

// "城东街道办事处 (410104001)" as a refusal names a region: its name in the reader's language
// (the Chinese one in Chinese) and its code; the code alone when it has no name or cannot be read.
QString regionText(Database &db, const QString &regionCode)
{
    auto q = sql::prepare(db.connection(), SelectRegionNames, QString());
    if (!q || !sql::exec(q.value(), {regionCode}, QString()) || !q.value().next())
        return regionCode;
    const QString zh = q->value(0).toString();
    const QString en = q->value(1).toString();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString name = chinese ? (zh.isEmpty() ? en : zh) : (en.isEmpty() ? zh : en);
    return name.isEmpty() ? regionCode : QStringLiteral("%1 (%2)").arg(name, regionCode);
}

} // namespace

Result<std::vector<PeriodStatus>> ofQuarter(Database &db, int year, int quarter)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the review state");
    auto q = sql::prepare(db.connection(), SelectQuarter, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {year, quarter}, what); !ok)
        return Error{ok.error()};
    std::vector<PeriodStatus> result;
    while (q.value().next())
        result.push_back(statusFromRow(q.value(), year, quarter));
    return result;
}

Result<std::optional<PeriodStatus>> find(Database &db, const QString &regionCode, int year,
                                         int quarter)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the review state");
    auto q = sql::prepare(db.connection(), SelectOne, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {regionCode, year, quarter}, what); !ok)
        return Error{ok.error()};
    if (!q.value().next())
        return std::optional<PeriodStatus>();
    PeriodStatus s;
    s.regionCode = regionCode;
    s.year = year;
    s.quarter = quarter;
    s.state = periodStateFromCode(q->value(0).toString()).value_or(PeriodState::Draft);
    s.reason = q->value(1).toString();
    s.changedBy = q->value(2).toString();
    s.changedAt = q->value(3).toString();
    return std::optional<PeriodStatus>(s);
}

Outcome upsert(Database &db, const PeriodStatus &s)
{
    return sql::run(db.connection(), Upsert,
                    {s.regionCode, s.year, s.quarter, toCode(s.state), s.reason, s.changedBy,
                     s.changedAt},
                    QCoreApplication::translate("zx::Database", "saving the review state"));
}

Outcome checkEditable(Database &db, const QString &regionCode, int year, int quarter)
{
    // Walk up the tree; the depth is small (county → township → village) and a cycle in
    // broken data must not loop forever.
    QString region = regionCode;
    for (int depth = 0; !region.isEmpty() && depth < 16; ++depth) {
        auto status = find(db, region, year, quarter);
        if (!status)
            return Error{status.error()};
        // Submitted: the reviewer approves what was handed in, so it is not changed under
        // them; the reviewer returns the quarter for a correction.
        if (status.value() && status.value()->state == PeriodState::Submitted)
            return Error{QCoreApplication::translate(
                             "zx::Entry", "%1 Q%2 of region %3 was submitted by %4 at %5 and awaits "
                                          "review; a reviewer must return it before its figures "
                                          "change")
                             .arg(year)
                             .arg(quarter)
                             .arg(regionText(db, region), status.value()->changedBy,
                                  localTimeText(status.value()->changedAt))};
        if (status.value() && status.value()->state == PeriodState::Approved)
            return Error{QCoreApplication::translate(
                             "zx::Entry", "%1 Q%2 of region %3 was approved by %4 at %5 and is "
                                          "locked; a reviewer must reopen it first")
                             .arg(year)
                             .arg(quarter)
                             .arg(regionText(db, region), status.value()->changedBy,
                                  localTimeText(status.value()->changedAt))};
        auto parent = parentOf(db, region);
        if (!parent)
            return Error{parent.error()};
        region = parent.value();
    }
    return Outcome::success();
}

} // namespace zx::periodstore
