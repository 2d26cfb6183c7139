#include "regionstore.h"

#include "database.h"
#include "domain/enums.h"
#include "sql.h"

#include <QCoreApplication>

namespace zx::regionstore {

namespace {

const char *const Insert = R"(
INSERT INTO region (code, name, name_en, level, parent_code, sort_order)
VALUES (?, ?, ?, ?, ?, ?))";

const char *const SelectAll = R"(
SELECT code, name, name_en, level, parent_code, sort_order
FROM region ORDER BY level, sort_order, code)";

} // namespace

Outcome insert(Database &db, const Region &r)
{
    return sql::run(db.connection(), Insert,
                    {r.code, r.name, r.nameEn, static_cast<int>(r.level),
                     sql::nullIfEmpty(r.parentCode), r.sortOrder},
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
        regions.push_back(std::move(r));
    }
    return regions;
}

} // namespace zx::regionstore
