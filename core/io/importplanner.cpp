#include "importplanner.h"

#include "importrules.h"

#include "entry/workflow.h"
#include "storage/database.h"
#include "storage/dataversion.h"
#include "storage/periodstore.h"
#include "storage/valuestore.h"
#include "summary/dataset.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace zx {

namespace {

// Reads the fields of one row, adding a finding for each that is not what it should be.
struct Fields
{
    ImportPlan &plan;
    const ImportTable &table;

    void add(qsizetype row, const QString &column, const QString &reason)
    {
        plan.findings.push_back(table.finding(row, column, reason));
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
            add(row, QString::fromLatin1(column),
                QCoreApplication::translate("zx::Import", "bad number '%1'").arg(text));
            return std::nullopt;
        }
        return v;
    }
    std::optional<Decimal> number(qsizetype row, const char *column, bool optional = false)
    {
        const QString text = field(row, column);
        if (text.isEmpty()) {
            if (!optional)
                add(row, QString::fromLatin1(column),
                    QCoreApplication::translate("zx::Import", "missing number"));
            return std::nullopt;
        }
        auto v = Decimal::parseInput(text);
        if (!v)
            add(row, QString::fromLatin1(column),
                Decimal::exceedsRange(text)
                    ? Decimal::rangeMessage(QStringLiteral("'%1'").arg(text))
                    : QCoreApplication::translate("zx::Import", "bad number '%1'").arg(text));
        return v;
    }
};

using Row = PlannedRow;

// First pass: every row parsed, duplicates found; the span of years returned.
bool parseValues(Fields &p, const ImportTable &table, ImportProgress &progress,
                 std::vector<Row> &rows, int &minYear, int &maxYear)
{
    QHash<Dataset::Slot, qsizetype> seen;
    seen.reserve(table.rowCount());
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        if (!progress.step(i))
            return false;
        const std::size_t before = p.plan.findings.size();
        ValueChange c;
        c.key.indicatorCode = p.field(i, "indicator");
        c.key.regionCode = p.field(i, "region");
        const auto year = p.integer(i, "year");
        const auto quarter = p.integer(i, "quarter");
        if (quarter && (*quarter < 1 || *quarter > 4))
            p.add(i, QStringLiteral("quarter"),
                  QCoreApplication::translate("zx::Import", "quarter must be 1 to 4, not %1")
                      .arg(*quarter));
        c.value = p.number(i, "value");
        c.comment = table.text(i, QStringLiteral("comment"));
        if (p.plan.findings.size() != before)
            continue;
        c.key.year = *year;
        c.key.quarter = *quarter;
        const Dataset::Slot key =
            Dataset::slot(c.key.indicatorCode, c.key.regionCode, c.key.year, c.key.quarter);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            p.add(i, QString(),
                  QCoreApplication::translate(
                      "zx::Import", "duplicate of %1 (same indicator, region, year and quarter)")
                      .arg(table.placeOf(*it)));
            continue;
        }
        seen.insert(key, i);
        minYear = rows.empty() ? c.key.year : std::min(minYear, c.key.year);
        maxYear = rows.empty() ? c.key.year : std::max(maxYear, c.key.year);
        rows.push_back({i, std::move(c)});
    }
    return true;
}

} // namespace

bool RegionRights::allows(const ImportTable &table, qsizetype i, const QString &region)
{
    if (m_user.isEmpty())
        return true; // planned without a user (planImport): setValues checks when writing
    auto it = m_allowed.constFind(region);
    if (it == m_allowed.cend()) {
        const Outcome ok = workflow::checkMayEdit(m_db, m_user, region);
        it = m_allowed.insert(region, ok.ok());
        if (!ok) {
            m_refused.insert(region, {table.finding(i, QStringLiteral("region"), ok.error()), 0});
            m_order << region;
        }
    }
    if (!*it)
        ++m_refused[region].rows;
    return *it;
}

void RegionRights::report(ImportPlan &plan) const
{
    for (const QString &region : m_order) {
        Refusal r = m_refused.value(region);
        if (r.rows > 1) // the count is at least two: always plural
            r.first.reason = QCoreApplication::translate("zx::Import", "%1 (%2 rows of this region)")
                                 .arg(r.first.reason, QString::number(r.rows));
        plan.findings.push_back(r.first);
    }
}

bool planValues(Database &db, ImportPlan &plan, const ImportTable &table, const QString &userName,
                const ImportControl &control)
{
    Fields p{plan, table};
    ImportProgress progress(control, 2 * table.rowCount());
    // Read before anything else: whatever is committed after it makes the version differ, and
    // applyImport checks again (a reading that fails only costs that second check).
    if (auto version = dataversion::current(db)) {
        plan.checkedAt = *version;
        plan.checkedFor = userName;
    }
    std::vector<Row> rows;
    rows.reserve(std::size_t(table.rowCount())); // no doubling copy of a million rows
    int minYear = 0, maxYear = 0;
    if (!parseValues(p, table, progress, rows, minYear, maxYear))
        return false;
    if (rows.empty())
        return true;
    // The regions the file touches and their history, not every region's figures.
    QSet<QString> touched;
    for (const Row &r : rows)
        touched.insert(r.change.key.regionCode);
    auto loaded = Dataset::loadAround(db, QStringList(touched.cbegin(), touched.cend()),
                                      minYear - 3, maxYear);
    if (!loaded) {
        p.add(-1, QString(), loaded.error());
        return true;
    }
    Dataset &context = loaded.value();

    RegionRights rights(db, userName);
    QHash<Dataset::Slot, bool> editable; // region, year and quarter → open
    std::vector<Row *> valid;
    valid.reserve(rows.size());
    for (Row &r : rows) {
        if (!progress.step(table.rowCount() + r.row))
            return false;
        const ValueKey &k = r.change.key;
        bool ok = true;
        if (!context.indicator(k.indicatorCode)) {
            p.add(r.row, QStringLiteral("indicator"),
                  QCoreApplication::translate("zx::Import", "unknown indicator '%1'")
                      .arg(k.indicatorCode));
            ok = false;
        }
        if (const Region *region = context.region(k.regionCode); !region) {
            p.add(
                r.row, QStringLiteral("region"),
                QCoreApplication::translate("zx::Import", "unknown region '%1'").arg(k.regionCode));
            ok = false;
        } else if (!region->activeIn(k.year)) {
            p.add(r.row, QStringLiteral("region"),
                  QCoreApplication::translate("zx::Import",
                                              "%1 is retired from %2 and takes no figures for %3")
                      .arg(k.regionCode)
                      .arg(region->retiredFrom)
                      .arg(k.year));
            ok = false;
        }
        if (!ok)
            continue;
        // Read before the overlay below changes the context.
        const Value *old = context.storedValue(k.indicatorCode, k.regionCode, k.year, k.quarter);
        if (old && table.isXlsx() && old->value == *r.change.value)
            r.change.value = old->value; // a spreadsheet number has no scale: 4296.30 stays
        if (old && table.keepsStoredComment() && r.change.comment.isEmpty())
            r.change.comment = old->comment;
        const bool changed = !old || old->value.toString() != r.change.value->toString() ||
                             old->comment != r.change.comment;
        if (!changed) {
            ++plan.unchangedCount;
            continue;
        }
        ++(old ? plan.changedCount : plan.newCount);
        // Applied later (the wizard's preview, a long plan): a figure changed meanwhile by
        // someone else refuses the import instead of being overwritten unseen.
        r.change.seen.emplace(old ? std::optional<Decimal>(old->value) : std::nullopt);
        if (!rights.allows(table, r.row, k.regionCode))
            continue;
        const Dataset::Slot quarterKey = Dataset::slot(QString(), k.regionCode, k.year, k.quarter);
        auto it = editable.find(quarterKey);
        if (it == editable.end()) {
            const Outcome open = periodstore::checkEditable(db, k.regionCode, k.year, k.quarter);
            it = editable.insert(quarterKey, open.ok());
            if (!open.ok()) {
                p.add(r.row, QStringLiteral("quarter"),
                      QCoreApplication::translate("zx::Import", "locked: %1").arg(open.error()));
                continue;
            }
        }
        if (!*it) {
            p.add(r.row, QStringLiteral("quarter"),
                  QCoreApplication::translate("zx::Import", "locked: the quarter is approved"));
            continue;
        }
        valid.push_back(&r);
    }
    rights.report(plan);
    // The rules between figures as `check` judges them, with the whole file overlaid; then each
    // figure's own rules and warnings (its history may come from the file too).
    judgeBetweenFigures(context, table, {valid.cbegin(), valid.cend()}, [&] {
        context.reserveOverlay(valid.size());
        for (const Row *r : valid)
            context.overlay(r->change.key.indicatorCode, r->change.key.regionCode,
                            r->change.key.year, r->change.key.quarter, r->change.value);
    }, plan);
    for (Row *r : valid) {
        if (!progress.step(table.rowCount() + r->row))
            return false;
        const auto found = checkEntryAlone(context, r->change.key, *r->change.value);
        bool blocked = false;
        for (const RuleViolation &v : found) {
            if (v.severity == Severity::Error) {
                p.add(r->row, QStringLiteral("value"), v.message);
                blocked = true;
            } else if (r->change.comment.trimmed().isEmpty()) {
                p.add(r->row, QStringLiteral("value"),
                      QCoreApplication::translate("zx::Import",
                                                  "%1 (add a comment to keep this figure)")
                          .arg(v.message));
                blocked = true;
            }
        }
        if (!blocked) // the row's last use: moved, not copied (a million of them)
            plan.values.push_back(std::move(r->change));
    }
    return progress.step(2 * table.rowCount());
}

bool planTargets(Database &db, ImportPlan &plan, const ImportTable &table, const QString &userName,
                 const ImportControl &control)
{
    Fields p{plan, table};
    ImportProgress progress(control, table.rowCount());
    auto loaded = Dataset::loadCatalogue(db);
    if (!loaded) {
        p.add(-1, QString(), loaded.error());
        return true;
    }
    if (!userName.isEmpty()) {
        auto account = workflow::accountOf(db, userName);
        if (!account)
            p.add(-1, QString(), account.error());
        else if (account->role == Role::Clerk)
            p.add(-1, QString(),
                  QCoreApplication::translate(
                      "zx::Import",
                      "only a reviewer or an administrator may import targets; %1 is a clerk")
                      .arg(userName));
    }
    const Dataset &context = *loaded;
    RegionRights rights(db, userName);
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        if (!progress.step(i))
            return false;
        const std::size_t before = plan.findings.size();
        TargetChange c;
        Target &t = c.target;
        t.indicatorCode = p.field(i, "indicator");
        t.regionCode = p.field(i, "region");
        const Indicator *ind = context.indicator(t.indicatorCode);
        if (!ind)
            p.add(i, QStringLiteral("indicator"),
                  QCoreApplication::translate("zx::Import", "unknown indicator '%1'")
                      .arg(t.indicatorCode));
        if (!context.region(t.regionCode))
            p.add(
                i, QStringLiteral("region"),
                QCoreApplication::translate("zx::Import", "unknown region '%1'").arg(t.regionCode));
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
            p.add(i, QStringLiteral("target"),
                  QCoreApplication::translate("zx::Import", "a target must not be negative"));
        if (ind->targetMode == TargetMode::Reduce && (!t.baseline || !(*t.baseline > t.value)))
            p.add(i, QStringLiteral("baseline"),
                  QCoreApplication::translate(
                      "zx::Import", "a reduce-mode target needs a baseline above the target"));
        const QString key = Dataset::key(t.indicatorCode, t.regionCode, t.year);
        if (const auto it = seen.constFind(key); it != seen.cend())
            p.add(i, QString(),
                  QCoreApplication::translate("zx::Import",
                                              "duplicate of %1 (same indicator, region and year)")
                      .arg(table.placeOf(*it)));
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
        if (rights.allows(table, i, t.regionCode))
            plan.targets.push_back(c);
    }
    rights.report(plan);
    return progress.step(table.rowCount());
}

ImportPlan planTable(Database &db, const ImportTable &table, ImportPlan::Kind wanted,
                     const QString &userName, const ImportControl &control,
                     const std::vector<Category> &categories,
                     const std::vector<bool> &categoryIsNew)
{
    ImportPlan result;
    result.categories = categories;
    result.categoryIsNew = categoryIsNew;
    result.fileName = table.fileName();
    result.kind = kindOf(table);
    table.fillPreview(result);
    // Two columns of one name: which of them holds the figure is anybody's guess.
    const QStringList &header = table.header();
    for (int second = 1; second < header.size(); ++second) {
        const int first = int(header.indexOf(header[second]));
        if (first == second || header[second].isEmpty())
            continue;
        ImportFinding f = table.finding(
            -1, header[second],
            QCoreApplication::translate("zx::Import",
                                        "columns %1 and %2 of the header are both named '%3'; "
                                        "rename or remove one of them")
                .arg(table.columnLabel(first), table.columnLabel(second), header[second]));
        f.line = table.headerLine();
        result.findings.push_back(f);
    }
    if (!result.findings.empty())
        return result;
    if (result.kind == ImportPlan::Kind::Unknown ||
        (wanted != ImportPlan::Kind::Unknown && wanted != result.kind)) {
        ImportFinding f = table.finding(-1, QString(), expectedHeaders());
        f.line = 1;
        result.findings.push_back(f);
        return result;
    }
    bool finished = true;
    switch (result.kind) {
    case ImportPlan::Kind::Values:
        finished = planValues(db, result, table, userName, control);
        break;
    case ImportPlan::Kind::Targets:
        finished = planTargets(db, result, table, userName, control);
        break;
    case ImportPlan::Kind::Catalogue:
        finished = planCatalogue(db, result, table, userName, control);
        break;
    case ImportPlan::Kind::Categories:
        finished = planCategories(db, result, table, userName, control);
        break;
    case ImportPlan::Kind::Regions:
        finished = planRegions(db, result, table, userName, control);
        break;
    case ImportPlan::Kind::Unknown:
        break;
    }
    if (!finished) {
        ImportPlan cancelled;
        cancelled.fileName = table.fileName();
        cancelled.cancelled = true;
        return cancelled;
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const ImportFinding &a, const ImportFinding &b) {
                         return std::tie(a.sheet, a.line) < std::tie(b.sheet, b.line);
                     });
    if (result.blocked()) {
        result.values.clear();
        result.targets.clear();
        result.indicators.clear();
        result.indicatorIsNew.clear();
        result.regions.clear();
        result.regionIsNew.clear();
    }
    return result;
}

} // namespace zx
