// Planning a catalogue import: each row of an indicators table (the columns of
// resources/sample/indicators.csv, plus `retired`) becomes an Indicator, checked as a batch
// by catalogueentry's checkIndicators; new, changed and unchanged indicators are counted.
#include "importplanner.h"

#include "domain/enums.h"
#include "entry/catalogueentry.h"
#include "storage/catalogstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

namespace zx {

namespace {

QString decimalText(const std::optional<Decimal> &d)
{
    return d ? d->toString() : QString();
}

bool same(const Indicator &a, const Indicator &b)
{
    return a.code == b.code && a.categoryCode == b.categoryCode && a.name == b.name &&
           a.nameEn == b.nameEn && a.unit == b.unit && a.unitEn == b.unitEn && a.decimals == b.decimals &&
           a.accumulation == b.accumulation && a.aggregation == b.aggregation &&
           a.numeratorCode == b.numeratorCode && a.denominatorCode == b.denominatorCode &&
           a.ratioScale == b.ratioScale && a.targetMode == b.targetMode && a.kind == b.kind &&
           decimalText(a.minValue) == decimalText(b.minValue) &&
           decimalText(a.maxValue) == decimalText(b.maxValue) && a.parentCode == b.parentCode &&
           a.partRule == b.partRule && a.partTolerance == b.partTolerance &&
           a.narrativeZh == b.narrativeZh &&
           a.narrativeEn == b.narrativeEn && a.description == b.description &&
           a.headline == b.headline && a.retired == b.retired && a.sortOrder == b.sortOrder;
}

// Reads one row onto `ind` (the stored indicator, or a default one): only the columns the
// table has are read, so a table without `retired` keeps what is stored.
class RowReader
{
public:
    RowReader(ImportPlan &plan, const ImportTable &table, qsizetype row)
        : m_plan(plan), m_table(table), m_row(row)
    {
    }

    void read(Indicator &ind)
    {
        text("category", ind.categoryCode, true);
        text("name", ind.name);
        text("name_en", ind.nameEn);
        text("unit", ind.unit);
        text("unit_en", ind.unitEn);
        integer("decimals", ind.decimals);
        code("accumulation", ind.accumulation, accumulationFromCode);
        code("aggregation", ind.aggregation, aggregationFromCode);
        text("numerator", ind.numeratorCode, true);
        text("denominator", ind.denominatorCode, true);
        if (has("ratio_scale") && !field("ratio_scale").isEmpty()) {
            if (const auto d = number("ratio_scale"))
                ind.ratioScale = d->toDouble();
        }
        code("target_mode", ind.targetMode, targetModeFromCode);
        code("kind", ind.kind, kindFromCode);
        if (has("min"))
            ind.minValue = field("min").isEmpty() ? std::nullopt : number("min");
        if (has("max"))
            ind.maxValue = field("max").isEmpty() ? std::nullopt : number("max");
        text("parent", ind.parentCode, true);
        code("part_rule", ind.partRule, partRuleFromCode);
        if (has("part_tolerance"))
            ind.partTolerance = field("part_tolerance").isEmpty()
                                    ? Decimal()
                                    : number("part_tolerance").value_or(Decimal());
        flag("headline", ind.headline);
        integer("sort_order", ind.sortOrder);
        text("narrative_zh", ind.narrativeZh);
        text("narrative_en", ind.narrativeEn);
        text("description", ind.description);
        flag("retired", ind.retired);
    }

private:
    bool has(const char *column) const { return m_table.column(QString::fromLatin1(column)) >= 0; }
    QString field(const char *column) const
    {
        return m_table.field(m_row, QString::fromLatin1(column)).trimmed();
    }
    void add(const char *column, const QString &reason)
    {
        m_plan.findings.push_back(m_table.finding(m_row, QString::fromLatin1(column), reason));
    }
    void text(const char *column, QString &out, bool isCode = false)
    {
        if (has(column))
            out = isCode ? field(column) : m_table.text(m_row, QString::fromLatin1(column));
    }
    std::optional<Decimal> number(const char *column)
    {
        const auto d = Decimal::parseInput(field(column));
        if (!d)
            add(column, Decimal::exceedsRange(field(column))
                            ? Decimal::rangeMessage(QStringLiteral("'%1'").arg(field(column)))
                            : QCoreApplication::translate("zx::Import", "bad number '%1'")
                                  .arg(field(column)));
        return d;
    }
    void integer(const char *column, int &out)
    {
        if (!has(column))
            return;
        if (field(column).isEmpty()) {
            out = 0;
            return;
        }
        const auto d = number(column);
        if (d && d->scale() == 0)
            out = d->toString().toInt();
        else if (d)
            add(column,
                QCoreApplication::translate("zx::Import", "bad number '%1'").arg(field(column)));
    }
    template <typename T>
    void code(const char *column, T &out, std::optional<T> (*fromCode)(const QString &))
    {
        if (!has(column))
            return;
        if (const auto v = fromCode(field(column)))
            out = *v;
        else
            add(column,
                QCoreApplication::translate("zx::Import", "unknown code '%1'").arg(field(column)));
    }
    void flag(const char *column, bool &out)
    {
        if (!has(column))
            return;
        const QString v = field(column).toLower();
        if (v.isEmpty() || v == QLatin1String("0") || v == QLatin1String("false"))
            out = false;
        else if (v == QLatin1String("1") || v == QLatin1String("true"))
            out = true;
        else
            add(column,
                QCoreApplication::translate("zx::Import", "'%1' is not 0 or 1").arg(field(column)));
    }

    ImportPlan &m_plan;
    const ImportTable &m_table;
    qsizetype m_row;
};

} // namespace

bool planCatalogue(Database &db, ImportPlan &plan, const ImportTable &table,
                   const QString &userName, const ImportControl &control)
{
    ImportProgress progress(control, table.rowCount());
    auto stored = catalogstore::indicators(db);
    if (!stored) {
        plan.findings.push_back(table.finding(-1, QString(), stored.error()));
        return true;
    }
    if (!userName.isEmpty())
        if (auto ok = checkMayChangeCatalogue(db, userName); !ok)
            plan.findings.push_back(table.finding(-1, QString(), ok.error()));
    QHash<QString, Indicator> byCode;
    for (const Indicator &i : *stored)
        byCode.insert(i.code, i);

    QHash<QString, qsizetype> seen;
    std::vector<qsizetype> rowOf; // parallel to plan.indicators
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        if (!progress.step(i))
            return false;
        const std::size_t before = plan.findings.size();
        const QString code = table.field(i, QStringLiteral("code")).trimmed();
        if (const auto it = seen.constFind(code); it != seen.cend()) {
            plan.findings.push_back(table.finding(
                i, QStringLiteral("code"),
                QCoreApplication::translate("zx::Import", "duplicate of %1 (same code)")
                    .arg(table.placeOf(*it))));
            continue;
        }
        seen.insert(code, i);
        const auto old = byCode.constFind(code);
        const bool isNew = old == byCode.cend();
        Indicator ind = isNew ? Indicator() : *old;
        ind.code = code;
        RowReader(plan, table, i).read(ind);
        if (plan.findings.size() != before)
            continue;
        if (!isNew && same(ind, *old)) {
            ++plan.unchangedCount;
            continue;
        }
        ++(isNew ? plan.newCount : plan.changedCount);
        plan.indicators.push_back(ind);
        plan.indicatorIsNew.push_back(isNew);
        rowOf.push_back(i);
    }
    // Categories the same import creates (a workbook's categories sheet) count as known.
    auto problems = checkIndicators(db, plan.indicators, plan.indicatorIsNew, plan.categories);
    if (!problems) {
        plan.findings.push_back(table.finding(-1, QString(), problems.error()));
        return true;
    }
    for (const IndicatorProblem &p : *problems) {
        const qsizetype row = rowOf[p.index];
        const QString column = table.column(p.field) >= 0 ? p.field : QString();
        plan.findings.push_back(table.finding(row, column, p.message));
    }
    return progress.step(table.rowCount());
}

} // namespace zx
