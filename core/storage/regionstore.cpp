#include "regionstore.h"

#include "database.h"
#include "domain/enums.h"
#include "sql.h"
#include "valuestore.h"

#include <QCoreApplication>

namespace zx::regionstore {

namespace {

const char *const Insert = R"(
INSERT INTO region (code, name, name_en, level, parent_code, sort_order)
VALUES (?, ?, ?, ?, ?, ?))";

const char *const Update = R"(
UPDATE region SET name = ?, name_en = ?, level = ?, parent_code = ?, sort_order = ?,
                  retired_from = ?, merged_into = ?
WHERE code = ?)";

const char *const SelectAll = R"(
SELECT code, name, name_en, level, parent_code, sort_order, retired_from, merged_into
FROM region ORDER BY level, sort_order, code)";

// Whether a region holds any figure of a period: one seek in figure's primary key.
const char *const SelectHasFigureIn = R"(
SELECT EXISTS (SELECT 1 FROM figure
               WHERE period = ? AND region_id = (SELECT id FROM region WHERE code = ?)))";

QVariant retiredFrom(const Region &r)
{
    return r.retiredFrom > 0 ? QVariant(r.retiredFrom) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

// The columns of version 1 only, so that an active region can be written into an older file
// (tests build old files with the sample); retirement is a second statement.
Outcome insert(Database &db, const Region &r)
{
    if (auto ok = sql::run(db.connection(), Insert,
                           {r.code, r.name, r.nameEn, static_cast<int>(r.level),
                            sql::nullIfEmpty(r.parentCode), r.sortOrder},
                           QCoreApplication::translate("zx::Database", "saving region %1").arg(r.code));
        !ok)
        return ok;
    return r.isRetired() || !r.mergedInto.isEmpty() ? update(db, r) : Outcome::success();
}

Outcome update(Database &db, const Region &r)
{
    return sql::run(db.connection(), Update,
                    {r.name, r.nameEn, static_cast<int>(r.level), sql::nullIfEmpty(r.parentCode),
                     r.sortOrder, retiredFrom(r), sql::nullIfEmpty(r.mergedInto), r.code},
                    QCoreApplication::translate("zx::Database", "saving region %1").arg(r.code));
}

Result<std::vector<Region>> all(Database &db)
{
    auto q = sql::prepare(db.connection(), SelectAll, QCoreApplication::translate("zx::Database", "reading regions"));
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, QCoreApplication::translate("zx::Database", "reading regions")); !ok)
        return Error{ok.error()};
    std::vector<Region> regions;
    while (q.value().next()) {
        Region r;
        r.code = q->value(0).toString();
        r.name = q->value(1).toString();
        r.nameEn = q->value(2).toString();
        r.level = regionLevelFromInt(q->value(3).toInt()).value_or(RegionLevel::Village);
        r.parentCode = q->value(4).toString();
        r.sortOrder = q->value(5).toInt();
        r.retiredFrom = q->value(6).isNull() ? 0 : q->value(6).toInt();
        r.mergedInto = q->value(7).toString();
        regions.push_back(std::move(r));
    }
    return regions;
}

Result<std::vector<std::pair<int, int>>> figurePeriods(Database &db, const QString &code,
                                                       int fromYear)
{
    const QString what =
        QCoreApplication::translate("zx::Database", "reading the figures of region %1").arg(code);
    // Period by period over the years that hold figures, rather than a walk of every figure.
    auto stored = valuestore::years(db);
    if (!stored)
        return Error{stored.error()};
    auto q = sql::prepare(db.connection(), SelectHasFigureIn, what);
    if (!q)
        return Error{q.error()};
    std::vector<std::pair<int, int>> periods;
    for (int year : *stored) {
        if (year < fromYear)
            continue;
        for (int quarter = 1; quarter <= 4; ++quarter) {
            if (auto ok = sql::exec(q.value(), {year * 10 + quarter, code}, what); !ok)
                return Error{ok.error()};
            if (q.value().next() && q->value(0).toInt() != 0)
                periods.emplace_back(year, quarter);
            q.value().finish();
        }
    }
    return periods;
}

} // namespace zx::regionstore
