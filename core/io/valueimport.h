#pragma once

#include "entry/targetentry.h"
#include "entry/valueentry.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace zx {

class Database;

// One reason a row of an imported file cannot be taken: every finding blocks the import
// (warnings such as an outlier are findings unless the row carries a comment).
struct ImportFinding
{
    QString file;
    int line = 0;   // 1-based line where the record starts; 0 for the file as a whole
    QString column; // header name, empty for the row as a whole
    QString reason;
};

// What an import would do, worked out before anything is written.
struct ImportPlan
{
    enum class Kind { Unknown, Values, Targets };
    Kind kind = Kind::Unknown;
    QString fileName;
    QString encoding;
    std::vector<ImportFinding> findings;
    std::vector<ValueChange> values;   // only figures that are new or changed
    std::vector<TargetChange> targets; // only targets that are new or changed
    int newCount = 0;
    int changedCount = 0;
    int unchangedCount = 0;

    bool blocked() const { return !findings.empty(); }
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

// Writes the whole plan in one audited transaction (setValues / setTargets), or nothing;
// refuses a plan with findings.
Outcome applyImport(Database &db, const ImportPlan &plan, const QString &userName);
Outcome applyValueImport(Database &db, const ImportPlan &plan, const QString &userName);

// "file:line: column: reason".
QString formatFinding(const ImportFinding &finding);

} // namespace zx
