#include "valueimport.h"

#include "io/csv.h"
#include "io/textdecode.h"
#include "storage/database.h"
#include "storage/periodstore.h"
#include "storage/valuestore.h"
#include "summary/dataset.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace zx {

namespace {

struct Planner
{
    ImportPlan &plan;
    const CsvTable &table;

    void add(qsizetype row, const QString &column, const QString &reason)
    {
        plan.findings.push_back({plan.fileName, row < 0 ? 0 : table.lineOf(row), column, reason});
    }
    QString field(qsizetype row, const char *column) const
    {
        return table.field(row, QString::fromLatin1(column)).trimmed();
    }
    std::optional<int> integer(qsizetype row, const char *column)
    {
        bool ok = false;
        const QString text = field(row, column);
        const auto number = Decimal::parseInput(text);
        const int v = number && number->scale() == 0 ? number->toString().toInt(&ok) : 0;
        if (!ok) {
            add(row, QString::fromLatin1(column), QCoreApplication::translate("zx::Import", "bad number '%1'").arg(text));
            return std::nullopt;
        }
        return v;
    }
    std::optional<Decimal> number(qsizetype row, const char *column, bool optional = false)
    {
        const QString text = field(row, column);
        if (text.isEmpty()) {
            if (!optional)
                add(row, QString::fromLatin1(column), QCoreApplication::translate("zx::Import", "missing number"));
            return std::nullopt;
        }
        auto v = Decimal::parseInput(text);
        if (!v)
            add(row, QString::fromLatin1(column), QCoreApplication::translate("zx::Import", "bad number '%1'").arg(text));
        return v;
    }
};

bool hasColumns(const CsvTable &t, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        if (t.column(QString::fromLatin1(n)) < 0)
            return false;
    return true;
}

ImportPlan::Kind kindOf(const CsvTable &t)
{
    if (hasColumns(t, {"indicator", "region", "year", "quarter", "value"}))
        return ImportPlan::Kind::Values;
    if (hasColumns(t, {"indicator", "region", "year", "target"}))
        return ImportPlan::Kind::Targets;
    return ImportPlan::Kind::Unknown;
}

struct Row
{
    qsizetype row;
    ValueChange change;
    bool changed;
};

void planValues(Database &db, ImportPlan &plan, const CsvTable &table)
{
    Planner p{plan, table};
    // First pass: parse every row, collecting the span of years.
    std::vector<Row> rows;
    QHash<QString, qsizetype> seen;
    int minYear = 0, maxYear = 0;
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const std::size_t before = plan.findings.size();
        ValueChange c;
        c.key.indicatorCode = p.field(i, "indicator");
        c.key.regionCode = p.field(i, "region");
        const auto year = p.integer(i, "year");
        const auto quarter = p.integer(i, "quarter");
        if (quarter && (*quarter < 1 || *quarter > 4))
            p.add(i, QStringLiteral("quarter"), QCoreApplication::translate("zx::Import", "quarter must be 1 to 4, not %1").arg(*quarter));
        c.value = p.number(i, "value");
        c.comment = table.field(i, QStringLiteral("comment"));
        if (plan.findings.size() != before)
            continue;
        c.key.year = *year;
        c.key.quarter = *quarter;
        const QString key = Dataset::key(c.key.indicatorCode, c.key.regionCode, c.key.year,
                                         c.key.quarter);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            p.add(i, QString(), QCoreApplication::translate("zx::Import", "duplicate of line %1 (same indicator, region, year and quarter)")
                                    .arg(table.lineOf(*it)));
            continue;
        }
        seen.insert(key, i);
        if (rows.empty()) {
            minYear = maxYear = c.key.year;
        } else {
            minYear = std::min(minYear, c.key.year);
            maxYear = std::max(maxYear, c.key.year);
        }
        rows.push_back({i, c, false});
    }
    if (rows.empty())
        return;
    auto loaded = Dataset::load(db, minYear - 3, maxYear);
    if (!loaded) {
        p.add(-1, QString(), loaded.error());
        return;
    }
    Dataset &context = loaded.value();
    QHash<QString, const Value *> stored;
    for (const Value &v : context.values())
        stored.insert(Dataset::key(v.indicatorCode, v.regionCode, v.year, v.quarter), &v);

    QHash<QString, bool> editable; // region|year|quarter → open
    std::vector<Row *> valid;
    for (Row &r : rows) {
        const ValueKey &k = r.change.key;
        bool ok = true;
        if (!context.indicator(k.indicatorCode)) {
            p.add(r.row, QStringLiteral("indicator"), QCoreApplication::translate("zx::Import", "unknown indicator '%1'").arg(k.indicatorCode));
            ok = false;
        }
        if (!context.region(k.regionCode)) {
            p.add(r.row, QStringLiteral("region"), QCoreApplication::translate("zx::Import", "unknown region '%1'").arg(k.regionCode));
            ok = false;
        }
        if (!ok)
            continue;
        const Value *old = stored.value(Dataset::key(k.indicatorCode, k.regionCode, k.year, k.quarter));
        r.changed = !old || old->value.toString() != r.change.value->toString() ||
                    old->comment != r.change.comment;
        if (!r.changed) {
            ++plan.unchangedCount;
            continue;
        }
        ++(old ? plan.changedCount : plan.newCount);
        const QString quarterKey = Dataset::key(QString(), k.regionCode, k.year, k.quarter);
        auto it = editable.find(quarterKey);
        if (it == editable.end()) {
            const Outcome open = periodstore::checkEditable(db, k.regionCode, k.year, k.quarter);
            it = editable.insert(quarterKey, open.ok());
            if (!open.ok()) {
                p.add(r.row, QStringLiteral("quarter"), QCoreApplication::translate("zx::Import", "locked: %1").arg(open.error()));
                continue;
            }
        }
        if (!*it) {
            p.add(r.row, QStringLiteral("quarter"), QCoreApplication::translate("zx::Import", "locked: the quarter is approved"));
            continue;
        }
        valid.push_back(&r);
    }
    // Judge the file as a whole: every new figure stands in the context first.
    for (const Row *r : valid)
        context.overlay(r->change.key.indicatorCode, r->change.key.regionCode, r->change.key.year,
                        r->change.key.quarter, r->change.value);
    for (const Row *r : valid) {
        const auto found = checkEntry(context, r->change.key, *r->change.value);
        bool blocked = false;
        for (const RuleViolation &v : found) {
            if (v.severity == Severity::Error) {
                p.add(r->row, QStringLiteral("value"), v.message);
                blocked = true;
            } else if (r->change.comment.trimmed().isEmpty()) {
                p.add(r->row, QStringLiteral("value"),
                      QCoreApplication::translate("zx::Import", "%1 (add a comment to keep this figure)").arg(v.message));
                blocked = true;
            }
        }
        if (!blocked)
            plan.values.push_back(r->change);
    }
}

void planTargets(Database &db, ImportPlan &plan, const CsvTable &table)
{
    Planner p{plan, table};
    auto loaded = Dataset::load(db, 0, 0);
    if (!loaded) {
        p.add(-1, QString(), loaded.error());
        return;
    }
    const Dataset &context = *loaded;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const std::size_t before = plan.findings.size();
        TargetChange c;
        Target &t = c.target;
        t.indicatorCode = p.field(i, "indicator");
        t.regionCode = p.field(i, "region");
        const Indicator *ind = context.indicator(t.indicatorCode);
        if (!ind)
            p.add(i, QStringLiteral("indicator"), QCoreApplication::translate("zx::Import", "unknown indicator '%1'").arg(t.indicatorCode));
        if (!context.region(t.regionCode))
            p.add(i, QStringLiteral("region"), QCoreApplication::translate("zx::Import", "unknown region '%1'").arg(t.regionCode));
        const auto year = p.integer(i, "year");
        const auto value = p.number(i, "target");
        t.baseline = p.number(i, "baseline", true);
        for (int q = 0; q < 4; ++q) {
            const QByteArray column = "m" + QByteArray::number(q + 1);
            if (const auto m = p.number(i, column.constData(), true))
                t.milestonePct[q] = m->toDouble();
        }
        if (plan.findings.size() != before)
            continue;
        t.year = *year;
        t.value = *value;
        if (t.value.isNegative())
            p.add(i, QStringLiteral("target"), QCoreApplication::translate("zx::Import", "a target must not be negative"));
        if (ind->targetMode == TargetMode::Reduce && (!t.baseline || !(*t.baseline > t.value)))
            p.add(i, QStringLiteral("baseline"),
                  QCoreApplication::translate("zx::Import", "a reduce-mode target needs a baseline above the target"));
        const QString key = Dataset::key(t.indicatorCode, t.regionCode, t.year);
        if (const auto it = seen.constFind(key); it != seen.cend())
            p.add(i, QString(), QCoreApplication::translate("zx::Import", "duplicate of line %1 (same indicator, region and year)")
                                    .arg(table.lineOf(*it)));
        else
            seen.insert(key, i);
        if (plan.findings.size() != before)
            continue;
        auto old = valuestore::findTarget(db, t.indicatorCode, t.regionCode, t.year);
        if (!old) {
            p.add(i, QString(), old.error());
            continue;
        }
        const auto &o = old.value();
        const bool same = o && o->value.toString() == t.value.toString() &&
                          (o->baseline ? o->baseline->toString() : QString()) ==
                              (t.baseline ? t.baseline->toString() : QString()) &&
                          o->milestonePct == t.milestonePct;
        if (same) {
            ++plan.unchangedCount;
            continue;
        }
        ++(o ? plan.changedCount : plan.newCount);
        plan.targets.push_back(c);
    }
}

ImportPlan plan(Database &db, const QByteArray &bytes, const QString &fileName,
                ImportPlan::Kind wanted)
{
    ImportPlan result;
    result.fileName = fileName;
    const DecodedText decoded = decodeCsvBytes(bytes);
    result.encoding = decoded.encoding;
    if (!decoded.ok) {
        result.findings.push_back({fileName, 0, QString(),
                                   QCoreApplication::translate("zx::Import", "the file is neither UTF-8 nor GB18030 text")});
        return result;
    }
    auto table = CsvTable::parse(decoded.text, fileName);
    if (!table) {
        result.findings.push_back({fileName, 0, QString(), table.error()});
        return result;
    }
    result.kind = kindOf(*table);
    if (result.kind == ImportPlan::Kind::Unknown ||
        (wanted != ImportPlan::Kind::Unknown && wanted != result.kind)) {
        result.findings.push_back(
            {fileName, 1, QString(),
             QCoreApplication::translate("zx::Import", "unknown header: expected indicator,region,year,quarter,value,comment or "
                "indicator,region,year,target,baseline")});
        return result;
    }
    if (result.kind == ImportPlan::Kind::Values)
        planValues(db, result, *table);
    else
        planTargets(db, result, *table);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const ImportFinding &a, const ImportFinding &b) { return a.line < b.line; });
    if (result.blocked()) {
        result.values.clear();
        result.targets.clear();
    }
    return result;
}

} // namespace

ImportPlan planImport(Database &db, const QByteArray &bytes, const QString &fileName)
{
    return plan(db, bytes, fileName, ImportPlan::Kind::Unknown);
}

ImportPlan planValueImport(Database &db, const QByteArray &bytes, const QString &fileName)
{
    return plan(db, bytes, fileName, ImportPlan::Kind::Values);
}

ImportPlan planTargetImport(Database &db, const QByteArray &bytes, const QString &fileName)
{
    return plan(db, bytes, fileName, ImportPlan::Kind::Targets);
}

ImportPlan planImportFile(Database &db, const QString &path, const QString &userName,
                          const ImportControl &control)
{
    // First version: CSV only; xlsx, edit rights and progress come with the xlsx reader.
    Q_UNUSED(userName);
    Q_UNUSED(control);
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan result;
        result.fileName = name;
        result.findings.push_back({name, 0, QString(), file.errorString()});
        return result;
    }
    return planImport(db, file.readAll(), name);
}

Outcome applyImport(Database &db, const ImportPlan &plan, const QString &userName,
                    const ImportControl &control)
{
    Q_UNUSED(control);
    if (plan.blocked())
        return Error{QCoreApplication::translate("zx::Import", "%1 has %2 finding(s); nothing was imported")
                         .arg(plan.fileName)
                         .arg(plan.findings.size())};
    if (plan.kind == ImportPlan::Kind::Values)
        return setValues(db, plan.values, userName);
    if (plan.kind == ImportPlan::Kind::Targets)
        return setTargets(db, plan.targets, userName);
    return Error{QCoreApplication::translate("zx::Import", "nothing to import")};
}

Outcome applyValueImport(Database &db, const ImportPlan &plan, const QString &userName)
{
    if (plan.kind != ImportPlan::Kind::Values && !plan.blocked())
        return Error{QCoreApplication::translate("zx::Import", "%1 is not a values file").arg(plan.fileName)};
    return applyImport(db, plan, userName);
}

QString formatFinding(const ImportFinding &f)
{
    QString text = f.file + QLatin1Char(':') + QString::number(f.line) + QStringLiteral(": ");
    if (!f.column.isEmpty())
        text += f.column + QStringLiteral(": ");
    return text + f.reason;
}

} // namespace zx
