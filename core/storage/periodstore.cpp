#include "periodstore.h"

#include "database.h"
#include "domain/enums.h"
#include "sql.h"

#include <QCoreApplication>

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

} // namespace

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
    auto status = find(db, regionCode, year, quarter);
    if (!status)
        return Error{status.error()};
    if (status.value() && status.value()->state == PeriodState::Approved)
        return Error{QCoreApplication::translate(
                         "zx::Entry", "%1 Q%2 of region %3 was approved by %4 at %5 and is "
                                      "locked; a reviewer must reopen it first")
                         .arg(year)
                         .arg(quarter)
                         .arg(regionCode, status.value()->changedBy, status.value()->changedAt)};
    return Outcome::success();
}

} // namespace zx::periodstore
