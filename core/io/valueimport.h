#pragma once

#include "entry/targetentry.h"
#include "entry/valueentry.h"
#include "result.h"
#include "storage/dataversion.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace zx {

class Database;

// One reason a row of an imported file cannot be taken: every finding blocks the import
// (warnings such as an outlier are findings unless the row carries a comment).
struct ImportFinding
{
    QString file;
    int line = 0;   // 1-based line (CSV) or sheet row (xlsx) of the record; 0 for the file as a whole
    QString column; // header name, empty for the row as a whole
    QString reason;
    QString sheet;  // xlsx: the worksheet's name; empty for CSV
    QString cell;   // xlsx: the cell reference ("D7") when one cell is meant; empty otherwise
    bool warning = false; // shown, but does not block the import (a regions file's code rule)
};

// Progress and cancel for long imports (the wizard runs them off the UI thread).
// `progress(done, total)` is called now and then from the working thread; `cancel` is
// polled — once set, planning stops with ImportPlan::cancelled and applying rolls back.
struct ImportControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(); }
};

// What an import would do, worked out before anything is written.
struct ImportPlan
{
    enum class Kind { Unknown, Values, Targets, Catalogue, Regions, Categories };
    Kind kind = Kind::Unknown;
    QString fileName;
    QString encoding;   // CSV: "UTF-8" / "GB18030"; xlsx: "xlsx"
    QString sheet;      // xlsx: the sheet (or "template") that was read
    bool cancelled = false;
    // The first rows of the table that was read, as text, for the wizard's preview.
    QStringList previewHeader;
    std::vector<QStringList> previewRows;
    std::vector<ImportFinding> findings;
    std::vector<ValueChange> values;   // only figures that are new or changed
    std::vector<TargetChange> targets; // only targets that are new or changed
    std::vector<Indicator> indicators; // Catalogue: new or changed indicators
    std::vector<bool> indicatorIsNew;  // parallel to `indicators`
    // Categories: new or changed categories; in a Catalogue plan, the categories the same
    // import creates or changes (a workbook's categories sheet), written before the indicators.
    std::vector<Category> categories;
    std::vector<bool> categoryIsNew; // parallel to `categories`
    std::vector<Region> regions;       // Regions: new or changed regions
    std::vector<bool> regionIsNew;     // parallel to `regions`
    int newCount = 0;
    int changedCount = 0;
    int unchangedCount = 0;
    // Values: the data the plan was checked against, read before planning, and the user whose
    // rights it checked. applyImport writes `values` without checking them again when it finds
    // the same version under its write lock (nothing written in between) and the same user.
    std::optional<DataVersion> checkedAt;
    QString checkedFor;

    // Any finding blocks the import, except a warning.
    bool blocked() const
    {
        return cancelled || std::any_of(findings.cbegin(), findings.cend(),
                                        [](const ImportFinding &f) { return !f.warning; });
    }
};

// Reads a values (`indicator,region,year,quarter,value,comment`) or targets
// (`indicator,region,year,target,baseline[,m1..m4]`) CSV, kind told by the header, and
// validates every row against the database with the whole file overlaid: unknown indicator
// or region, bad number, quarter not 1–4, approved (locked) quarter, duplicate key, failed
// validation rule. Writes nothing.
ImportPlan planImport(Database &db, const QByteArray &bytes, const QString &fileName);
// The same, insisting on a values file / a targets file.
ImportPlan planValueImport(Database &db, const QByteArray &bytes, const QString &fileName);
ImportPlan planTargetImport(Database &db, const QByteArray &bytes, const QString &fileName);

// Reads a file by its extension — .csv (values, targets or catalogue, told by the header) or
// .xlsx (a sheet named and laid out like one of those tables, or a fill-in template, see
// docs/formats.md) — and plans it as above. `userName` is checked for edit rights on every
// region the file touches (a finding per row it may not edit). Writes nothing.
ImportPlan planImportFile(Database &db, const QString &path, const QString &userName,
                          const ImportControl &control = {});

// How applyImport judged a values plan inside its write transaction.
enum class ImportCheck {
    None,      // nothing written, or not a values plan
    Reused,    // planned on this connection with nothing written since: the plan's check stands
    Rechecked, // loaded and checked again (setValues), as when another writer came in between
};

// Writes the whole plan in one audited transaction (setValues / setTargets), or nothing;
// refuses a plan with findings. A values plan made on the same connection for the same user
// is written as planned when nothing was written since planning (ImportPlan::checkedAt);
// otherwise every figure is loaded and checked again and a figure changed meanwhile refuses
// the whole import. `check`, when given, says which it was.
Outcome applyImport(Database &db, const ImportPlan &plan, const QString &userName,
                    const ImportControl &control = {}, ImportCheck *check = nullptr);
Outcome applyValueImport(Database &db, const ImportPlan &plan, const QString &userName);

// "file:line: column: reason" for CSV; "file: sheet!D7: column: reason" for xlsx.
QString formatFinding(const ImportFinding &finding);

} // namespace zx
