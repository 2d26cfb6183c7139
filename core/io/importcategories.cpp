// Planning a categories import (`code,name,name_en,sort_order`): each row a category, new or
// updating the stored one of its code; and a workbook holding categories and indicators, planned
// as one catalogue import whose indicators may name the categories it creates.
#include "importplanner.h"

#include "entry/catalogueentry.h"
#include "storage/catalogstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace zx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx", text); // lupdate files tr() here under the namespace
}

} // namespace

bool planCategories(Database &db, ImportPlan &plan, const ImportTable &table,
                    const QString &userName, const ImportControl &control)
{
    ImportProgress progress(control, table.rowCount());
    auto stored = catalogstore::categories(db);
    if (!stored) {
        plan.findings.push_back(table.finding(-1, QString(), stored.error()));
        return true;
    }
    if (!userName.isEmpty())
        if (auto ok = checkMayChangeCatalogue(db, userName); !ok)
            plan.findings.push_back(table.finding(-1, QString(), ok.error()));
    QHash<QString, Category> byCode;
    for (const Category &c : *stored)
        byCode.insert(c.code, c);
    QHash<QString, qsizetype> seen;
    const bool hasNameEn = table.column(QStringLiteral("name_en")) >= 0;
    const bool hasOrder = table.column(QStringLiteral("sort_order")) >= 0;
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        if (!progress.step(i))
            return false;
        const QString code = table.field(i, QStringLiteral("code")).trimmed();
        if (const auto it = seen.constFind(code); it != seen.cend()) {
            plan.findings.push_back(table.finding(
                i, QStringLiteral("code"),
                tr("duplicate of %1 (same code)").arg(table.placeOf(*it))));
            continue;
        }
        seen.insert(code, i);
        const auto old = byCode.constFind(code);
        const bool isNew = old == byCode.cend();
        Category c = isNew ? Category() : *old;
        c.code = code;
        c.name = table.text(i, QStringLiteral("name")).trimmed();
        if (hasNameEn)
            c.nameEn = table.text(i, QStringLiteral("name_en")).trimmed();
        bool ok = true;
        if (hasOrder) {
            const QString order = table.field(i, QStringLiteral("sort_order")).trimmed();
            bool isInt = order.isEmpty();
            const int n = order.isEmpty() ? 0 : order.toInt(&isInt);
            if (!isInt) {
                plan.findings.push_back(table.finding(i, QStringLiteral("sort_order"),
                                                      tr("bad number '%1'").arg(order)));
                ok = false;
            } else {
                c.sortOrder = n;
            }
        }
        if (auto valid = checkCategory(c); !valid) {
            const QString column = code.isEmpty() || valid.error().contains(u'\'')
                                       ? QStringLiteral("code")
                                       : QStringLiteral("name");
            plan.findings.push_back(table.finding(i, column, valid.error()));
            ok = false;
        }
        if (!ok)
            continue;
        if (!isNew && old->name == c.name && old->nameEn == c.nameEn &&
            old->sortOrder == c.sortOrder) {
            ++plan.unchangedCount;
            continue;
        }
        ++(isNew ? plan.newCount : plan.changedCount);
        plan.categories.push_back(c);
        plan.categoryIsNew.push_back(isNew);
    }
    return progress.step(table.rowCount());
}

ImportPlan planCatalogueWorkbook(Database &db, const ImportTable &categories,
                                 const ImportTable &indicators, const QString &userName,
                                 const ImportControl &control)
{
    ImportPlan first = planTable(db, categories, ImportPlan::Kind::Categories, userName, control);
    if (first.cancelled)
        return first;
    ImportPlan result = planTable(db, indicators, ImportPlan::Kind::Catalogue, userName, control,
                                  first.categories, first.categoryIsNew);
    if (result.cancelled)
        return result;
    // One finding about the file as a whole (e.g. not an administrator) is said once.
    for (const ImportFinding &f : first.findings)
        if (f.line > 0 || std::none_of(result.findings.begin(), result.findings.end(),
                                       [&](const ImportFinding &g) {
                                           return g.line == 0 && g.reason == f.reason;
                                       }))
            result.findings.push_back(f);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const ImportFinding &a, const ImportFinding &b) {
                         return std::tie(a.sheet, a.line) < std::tie(b.sheet, b.line);
                     });
    result.newCount += first.newCount;
    result.changedCount += first.changedCount;
    result.unchangedCount += first.unchangedCount;
    if (result.blocked()) {
        result.indicators.clear();
        result.indicatorIsNew.clear();
        result.categories.clear();
        result.categoryIsNew.clear();
    }
    return result;
}

} // namespace zx
