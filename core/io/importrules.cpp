#include "importrules.h"

#include "domain/names.h"
#include "summary/checker.h"

#include <QCoreApplication>
#include <QSet>

namespace zx {

namespace {

bool betweenFigures(const QString &rule)
{
    return rule == QLatin1String("parts_sum") || rule == QLatin1String("part_above_total") ||
           rule == QLatin1String("rollup_mismatch");
}

QString identity(const Finding &f)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(f.rule, f.indicatorCode, f.regionCode)
        .arg(f.year)
        .arg(f.quarter)
        .arg(f.message);
}

// Where the finding is, when it is not the row's own figure: "XX区 2023 Q1: ".
QString placePrefix(const Dataset &context, const Finding &f, const ValueKey &row)
{
    if (f.regionCode == row.regionCode && f.year == row.year && f.quarter == row.quarter &&
        f.indicatorCode == row.indicatorCode)
        return QString();
    const Region *region = context.region(f.regionCode);
    return QCoreApplication::translate("zx::Import", "%1 %2 Q%3: ")
        .arg(region ? displayName(*region) : f.regionCode)
        .arg(f.year)
        .arg(f.quarter);
}

} // namespace

void judgeBetweenFigures(Dataset &context, const ImportTable &table,
                         const std::vector<const PlannedRow *> &rows,
                         const std::function<void()> &overlay, ImportPlan &plan)
{
    std::vector<ValueKey> keys;
    keys.reserve(rows.size());
    QSet<Dataset::Slot> inFile;
    for (const PlannedRow *r : rows) {
        keys.push_back(r->change.key);
        inFile.insert(Dataset::slot(r->change.key.indicatorCode, r->change.key.regionCode,
                                    r->change.key.year, r->change.key.quarter));
    }
    QSet<QString> before;
    for (const CausedFinding &c : checkAround(context, keys, true))
        if (betweenFigures(c.finding.rule))
            before.insert(identity(c.finding));
    overlay();
    for (const CausedFinding &c : checkAround(context, keys, true)) {
        const Finding &f = c.finding;
        if (!betweenFigures(f.rule))
            continue;
        const PlannedRow &row = *rows[c.cause];
        const QString where = placePrefix(context, f, row.change.key) + f.message;
        ImportFinding out = table.finding(row.row, QStringLiteral("value"), where);
        const bool givenHere =
            inFile.contains(Dataset::slot(f.indicatorCode, f.regionCode, f.year, f.quarter));
        if (before.contains(identity(f))) {
            out.reason = QCoreApplication::translate("zx::Import", "%1 (as before this import)")
                             .arg(where);
            out.warning = true;
        } else if (f.shortfall && !givenHere) {
            out.reason = QCoreApplication::translate(
                             "zx::Import", "%1 (the file does not give this total: the rest "
                                           "may be yet to come)")
                             .arg(where);
            out.warning = true;
        }
        plan.findings.push_back(out);
    }
}

} // namespace zx
