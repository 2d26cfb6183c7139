#pragma once

#include "io/importtable.h"
#include "io/valueimport.h"

#include <QHash>

namespace zx {

class Database;

// Progress and cancel while planning or applying: `step(done)` reports every few thousand
// rows and says whether to go on.
class ImportProgress
{
public:
    ImportProgress(const ImportControl &control, qint64 total) : m_control(control), m_total(total)
    {
    }
    bool step(qint64 done)
    {
        if (m_control.progress && (done % 2000 == 0 || done == m_total))
            m_control.progress(done, m_total);
        return !m_control.cancelled();
    }

private:
    const ImportControl &m_control;
    qint64 m_total;
};

// Whether the importing user may edit each region, asked once per region; the first row of a
// refused region carries the finding with a count of the others.
class RegionRights
{
public:
    RegionRights(Database &db, const QString &userName) : m_db(db), m_user(userName) {}
    // Records row `i` of `table` as touching `region`; false when the user may not edit it.
    bool allows(const ImportTable &table, qsizetype i, const QString &region);
    // Adds one finding per refused region to the plan.
    void report(ImportPlan &plan) const;

private:
    struct Refusal
    {
        ImportFinding first;
        int rows = 0;
    };
    Database &m_db;
    QString m_user;
    QHash<QString, bool> m_allowed;
    QHash<QString, Refusal> m_refused;
    QStringList m_order;
};

// Each plans `table` (already told to be of that kind) into `plan`, reporting progress;
// false when cancelled part way (the plan is then to be thrown away).
bool planValues(Database &db, ImportPlan &plan, const ImportTable &table, const QString &userName,
                const ImportControl &control);
bool planTargets(Database &db, ImportPlan &plan, const ImportTable &table, const QString &userName,
                 const ImportControl &control);
bool planCatalogue(Database &db, ImportPlan &plan, const ImportTable &table,
                   const QString &userName, const ImportControl &control);

// Regions (importregions.cpp): each row a region, new or updating the stored one of its code.
bool planRegions(Database &db, ImportPlan &plan, const ImportTable &table,
                 const QString &userName, const ImportControl &control);

// Categories (importcategories.cpp): each row a category, new or updating the stored one.
bool planCategories(Database &db, ImportPlan &plan, const ImportTable &table,
                    const QString &userName, const ImportControl &control);

// A plan of `table` by its kind (`wanted`: Unknown for any), findings in file order.
// `categories` / `categoryIsNew`: categories the same import creates or changes (a workbook's
// categories sheet, planned first); a catalogue table may name them, and they are written with it.
ImportPlan planTable(Database &db, const ImportTable &table, ImportPlan::Kind wanted,
                     const QString &userName, const ImportControl &control,
                     const std::vector<Category> &categories = {},
                     const std::vector<bool> &categoryIsNew = {});

// A workbook holding a categories sheet and an indicators (catalogue) sheet: one plan, the
// categories first; the indicators may name the categories the same import creates.
ImportPlan planCatalogueWorkbook(Database &db, const ImportTable &categories,
                                 const ImportTable &indicators, const QString &userName,
                                 const ImportControl &control);

} // namespace zx
