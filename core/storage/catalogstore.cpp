#include "catalogstore.h"

#include "database.h"
#include "domain/enums.h"
#include "sql.h"

#include <QCoreApplication>

namespace zx::catalogstore {

namespace {

const char *const InsertCategory =
    "INSERT INTO category (code, name, name_en, sort_order) VALUES (?, ?, ?, ?)";

const char *const UpdateCategory =
    "UPDATE category SET name = ?, name_en = ?, sort_order = ? WHERE code = ?";

const char *const SelectCategories =
    "SELECT code, name, name_en, sort_order FROM category ORDER BY sort_order, code";

const char *const InsertIndicator = R"(
INSERT INTO indicator (code, category_code, name, name_en, unit, decimals, accumulation,
    aggregation, numerator_code, denominator_code, ratio_scale, target_mode, kind, min_value,
    max_value, parent_code, part_rule, narrative_zh, narrative_en, description, headline,
    retired, sort_order)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";

// Version 6's column, written apart so that an indicator without a tolerance is inserted the
// same way into a file of any version (tests build old files with the sample).
const char *const UpdatePartTolerance = "UPDATE indicator SET part_tolerance = ? WHERE code = ?";
// Version 7's, the same way.
const char *const UpdateUnitEn = "UPDATE indicator SET unit_en = ? WHERE code = ?";

const char *const UpdateIndicator = R"(
UPDATE indicator SET category_code = ?, name = ?, name_en = ?, unit = ?, decimals = ?,
    accumulation = ?, aggregation = ?, numerator_code = ?, denominator_code = ?,
    ratio_scale = ?, target_mode = ?, kind = ?, min_value = ?, max_value = ?, parent_code = ?,
    part_rule = ?, narrative_zh = ?, narrative_en = ?, description = ?, headline = ?,
    retired = ?, sort_order = ?, part_tolerance = ?, unit_en = ?
WHERE code = ?)";

const char *const SelectIndicators = R"(
SELECT i.code, i.category_code, i.name, i.name_en, i.unit, i.decimals, i.accumulation,
    i.aggregation, i.numerator_code, i.denominator_code, i.ratio_scale, i.target_mode, i.kind,
    i.min_value, i.max_value, i.parent_code, i.part_rule, i.narrative_zh, i.narrative_en,
    i.description, i.headline, i.retired, i.sort_order, i.part_tolerance, i.unit_en
FROM indicator i JOIN category c ON c.code = i.category_code
ORDER BY c.sort_order, i.sort_order, i.code)";

QVariant optionalDecimal(const std::optional<Decimal> &d)
{
    return d ? QVariant(d->toString()) : QVariant();
}

std::optional<Decimal> decimalColumn(const QVariant &v)
{
    return v.isNull() ? std::nullopt : Decimal::parse(v.toString());
}

Indicator indicatorFromRow(const QSqlQuery &q)
{
    Indicator i;
    i.code = q.value(0).toString();
    i.categoryCode = q.value(1).toString();
    i.name = q.value(2).toString();
    i.nameEn = q.value(3).toString();
    i.unit = q.value(4).toString();
    i.decimals = q.value(5).toInt();
    i.accumulation = accumulationFromCode(q.value(6).toString()).value_or(Accumulation::Flow);
    i.aggregation = aggregationFromCode(q.value(7).toString()).value_or(Aggregation::Sum);
    i.numeratorCode = q.value(8).toString();
    i.denominatorCode = q.value(9).toString();
    i.ratioScale = q.value(10).toDouble();
    i.targetMode = targetModeFromCode(q.value(11).toString()).value_or(TargetMode::AtLeast);
    i.kind = kindFromCode(q.value(12).toString()).value_or(IndicatorKind::Expected);
    i.minValue = decimalColumn(q.value(13));
    i.maxValue = decimalColumn(q.value(14));
    i.parentCode = q.value(15).toString();
    i.partRule = partRuleFromCode(q.value(16).toString()).value_or(PartRule::None);
    i.narrativeZh = q.value(17).toString();
    i.narrativeEn = q.value(18).toString();
    i.description = q.value(19).toString();
    i.headline = q.value(20).toInt() != 0;
    i.retired = q.value(21).toInt() != 0;
    i.sortOrder = q.value(22).toInt();
    i.partTolerance = decimalColumn(q.value(23)).value_or(Decimal());
    i.unitEn = q.value(24).toString();
    return i;
}

QVariant ratioPart(const Indicator &i, const QString &code)
{
    return i.aggregation == Aggregation::Ratio ? QVariant(code) : QVariant();
}

// No tolerance (the exact sum) is stored as NULL.
QVariant toleranceColumn(const Decimal &tolerance)
{
    return tolerance.isZero() ? QVariant() : QVariant(tolerance.toString());
}

QVariant partRuleColumn(PartRule rule)
{
    return rule == PartRule::None ? QVariant() : QVariant(toCode(rule));
}

} // namespace

Outcome insertCategory(Database &db, const Category &c)
{
    return sql::run(db.connection(), InsertCategory, {c.code, c.name, c.nameEn, c.sortOrder},
                    QCoreApplication::translate("zx::Database", "saving category %1").arg(c.code));
}

Outcome updateCategory(Database &db, const Category &c)
{
    return sql::run(db.connection(), UpdateCategory, {c.name, c.nameEn, c.sortOrder, c.code},
                    QCoreApplication::translate("zx::Database", "saving category %1").arg(c.code));
}

Result<std::vector<Category>> categories(Database &db)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading categories");
    auto q = sql::prepare(db.connection(), SelectCategories, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what); !ok)
        return Error{ok.error()};
    std::vector<Category> result;
    while (q.value().next())
        result.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toInt()});
    return result;
}

Outcome insertIndicator(Database &db, const Indicator &i)
{
    const Outcome inserted = sql::run(
        db.connection(), InsertIndicator,
        {i.code, i.categoryCode, i.name, i.nameEn, i.unit, i.decimals, toCode(i.accumulation),
         toCode(i.aggregation), ratioPart(i, i.numeratorCode), ratioPart(i, i.denominatorCode),
         i.ratioScale, toCode(i.targetMode), toCode(i.kind), optionalDecimal(i.minValue),
         optionalDecimal(i.maxValue), sql::nullIfEmpty(i.parentCode), partRuleColumn(i.partRule),
         i.narrativeZh, i.narrativeEn, i.description, i.headline ? 1 : 0, i.retired ? 1 : 0,
         i.sortOrder},
        QCoreApplication::translate("zx::Database", "saving indicator %1").arg(i.code));
    const QString what = QCoreApplication::translate("zx::Database", "saving indicator %1").arg(i.code);
    if (!inserted)
        return inserted;
    // A file of an older version (tests build them with the sample) has neither column.
    if (!i.partTolerance.isZero() && db.schemaVersion() >= 6) {
        if (auto ok = sql::run(db.connection(), UpdatePartTolerance,
                               {toleranceColumn(i.partTolerance), i.code}, what);
            !ok)
            return ok;
    }
    if (!i.unitEn.isEmpty() && db.schemaVersion() >= 7)
        return sql::run(db.connection(), UpdateUnitEn, {i.unitEn, i.code}, what);
    return inserted;
}

Outcome updateIndicator(Database &db, const Indicator &i)
{
    return sql::run(
        db.connection(), UpdateIndicator,
        {i.categoryCode, i.name, i.nameEn, i.unit, i.decimals, toCode(i.accumulation),
         toCode(i.aggregation), ratioPart(i, i.numeratorCode), ratioPart(i, i.denominatorCode),
         i.ratioScale, toCode(i.targetMode), toCode(i.kind), optionalDecimal(i.minValue),
         optionalDecimal(i.maxValue), sql::nullIfEmpty(i.parentCode), partRuleColumn(i.partRule),
         i.narrativeZh, i.narrativeEn, i.description, i.headline ? 1 : 0, i.retired ? 1 : 0,
         i.sortOrder, toleranceColumn(i.partTolerance), i.unitEn, i.code},
        QCoreApplication::translate("zx::Database", "saving indicator %1").arg(i.code));
}

Result<std::vector<Indicator>> indicators(Database &db)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading indicators");
    auto q = sql::prepare(db.connection(), SelectIndicators, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what); !ok)
        return Error{ok.error()};
    std::vector<Indicator> result;
    while (q.value().next())
        result.push_back(indicatorFromRow(q.value()));
    return result;
}

} // namespace zx::catalogstore
