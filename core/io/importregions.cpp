// Planning a regions import: each row of `code,name,name_en,parent_code,level,sort_order,retired`
// becomes a Region — the stored one of that code updated (like a value import updates a
// figure), else a new one — and the new and changed regions are checked as one batch by
// regionentry's checkRegions against the tree as it would be.
#include "importplanner.h"

#include "domain/enums.h"
#include "entry/regionentry.h"
#include "storage/database.h"
#include "storage/regionstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace zx {

namespace {

bool same(const Region &a, const Region &b)
{
    return a.code == b.code && a.name == b.name && a.nameEn == b.nameEn && a.level == b.level &&
           a.parentCode == b.parentCode && a.sortOrder == b.sortOrder &&
           a.retiredFrom == b.retiredFrom && a.mergedInto == b.mergedInto;
}

std::optional<int> integerOf(const QString &text)
{
    const auto d = Decimal::parseInput(text);
    if (!d || d->scale() != 0)
        return std::nullopt;
    bool ok = false;
    const int v = d->toString().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

// The first year a region retired by the file takes no figures: the year after its last
// figure, or this year when it has none.
Result<int> retiredYear(Database &db, const QString &code)
{
    auto periods = regionstore::figurePeriods(db, code, 0);
    if (!periods)
        return Error{periods.error()};
    return periods->empty() ? QDate::currentDate().year() : periods->back().first + 1;
}

} // namespace

bool planRegions(Database &db, ImportPlan &plan, const ImportTable &table,
                 const QString &userName, const ImportControl &control)
{
    ImportProgress progress(control, table.rowCount());
    const auto add = [&](qsizetype row, const char *column, const QString &reason) {
        plan.findings.push_back(table.finding(row, QString::fromLatin1(column), reason));
    };
    auto stored = regionstore::all(db);
    if (!stored) {
        plan.findings.push_back(table.finding(-1, QString(), stored.error()));
        return true;
    }
    if (!userName.isEmpty())
        if (auto ok = checkMayChangeRegions(db, userName); !ok)
            plan.findings.push_back(table.finding(-1, QString(), ok.error()));
    QHash<QString, Region> byCode;
    for (const Region &r : *stored)
        byCode.insert(r.code, r);
    const auto field = [&](qsizetype row, const char *column) {
        return table.field(row, QString::fromLatin1(column)).trimmed();
    };
    const bool hasNameEn = table.column(QStringLiteral("name_en")) >= 0;
    const bool hasOrder = table.column(QStringLiteral("sort_order")) >= 0;
    const bool hasRetired = table.column(QStringLiteral("retired")) >= 0;

    QHash<QString, qsizetype> seen;
    std::vector<qsizetype> rowOf; // parallel to plan.regions
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        if (!progress.step(i))
            return false;
        const std::size_t before = plan.findings.size();
        const QString code = field(i, "code");
        if (code.isEmpty()) {
            add(i, "code", QCoreApplication::translate("zx::Import", "missing code"));
            continue;
        }
        if (const auto it = seen.constFind(code); it != seen.cend()) {
            add(i, "code", QCoreApplication::translate("zx::Import", "duplicate of %1 (same code)")
                               .arg(table.placeOf(*it)));
            continue;
        }
        seen.insert(code, i);
        const auto old = byCode.constFind(code);
        const bool isNew = old == byCode.cend();
        Region r = isNew ? Region() : *old;
        r.code = code;
        if (const QString name = table.text(i, QStringLiteral("name")).trimmed(); !name.isEmpty())
            r.name = name;
        else if (isNew)
            add(i, "name", QCoreApplication::translate("zx::Import", "a new region needs a name"));
        if (hasNameEn)
            r.nameEn = table.text(i, QStringLiteral("name_en")).trimmed();
        r.parentCode = field(i, "parent_code");
        const QString levelText = field(i, "level");
        const auto levelNumber = integerOf(levelText);
        const auto level = levelNumber ? regionLevelFromInt(*levelNumber) : std::nullopt;
        if (!level)
            add(i, "level",
                QCoreApplication::translate("zx::Import", "level must be 0 (city), 1 (county), "
                                                          "2 (township) or 3 (village), not '%1'")
                    .arg(levelText));
        else
            r.level = *level;
        if (const QString order = field(i, "sort_order"); hasOrder && !order.isEmpty()) {
            if (const auto n = integerOf(order))
                r.sortOrder = *n;
            else
                add(i, "sort_order",
                    QCoreApplication::translate("zx::Import", "bad number '%1'").arg(order));
        } else if (isNew) {
            r.sortOrder = int(i) + 1; // the file's order
        }
        if (const QString retired = field(i, "retired").toLower(); hasRetired && !retired.isEmpty()) {
            if (retired == QLatin1String("0") || retired == QLatin1String("false")) {
                r.retiredFrom = 0;
                r.mergedInto.clear();
            } else if (retired == QLatin1String("1") || retired == QLatin1String("true")) {
                if (!r.isRetired()) {
                    auto year = isNew ? Result<int>(QDate::currentDate().year())
                                      : retiredYear(db, code);
                    if (!year)
                        add(i, "retired", year.error());
                    else
                        r.retiredFrom = *year;
                }
            } else {
                add(i, "retired",
                    QCoreApplication::translate("zx::Import", "'%1' is not 0 or 1")
                        .arg(field(i, "retired")));
            }
        }
        if (plan.findings.size() != before)
            continue;
        if (!isNew && same(r, *old)) {
            ++plan.unchangedCount;
            continue;
        }
        ++(isNew ? plan.newCount : plan.changedCount);
        plan.regions.push_back(r);
        plan.regionIsNew.push_back(isNew);
        rowOf.push_back(i);
    }
    auto problems = checkRegions(db, plan.regions, plan.regionIsNew);
    if (!problems) {
        plan.findings.push_back(table.finding(-1, QString(), problems.error()));
        return true;
    }
    for (const RegionProblem &p : *problems) {
        const qsizetype row = rowOf[p.index];
        const QString column = table.column(p.field) >= 0 ? p.field : QString();
        ImportFinding f = table.finding(row, column, p.message);
        f.warning = p.warning;
        plan.findings.push_back(f);
    }
    return progress.step(table.rowCount());
}

} // namespace zx
