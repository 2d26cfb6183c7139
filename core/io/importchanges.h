#pragma once

#include "domain/decimal.h"
#include "io/valueimport.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace zx {

class Database;

// One figure or target an import would write, as a person reads it: names, not codes, and what
// is stored now with who entered it and when — what the import wizard lists before anything is
// written. Built on the wizard's worker thread (names in the default QLocale's language).
struct ImportChangeRow
{
    QString indicator;  // name in the current language (the code when the catalogue lacks it)
    QString region;     // name in the current language (the code when the tree lacks it)
    int year = 0;
    int quarter = 0;    // 1–4 for a figure; 0 for an annual target
    QString unit;       // displayUnit
    std::optional<Decimal> stored;   // nothing stored yet: new
    QString storedBy;   // who entered the stored figure (figures only)
    QDateTime storedAt; // when, in UTC as stored; invalid when unknown
    std::optional<Decimal> incoming; // nullopt: the file removes it
};

// The first `limit` figure or target changes of a values or targets plan, in the plan's order.
// Empty for other kinds, or when the database cannot be read.
std::vector<ImportChangeRow> describeChanges(Database &db, const ImportPlan &plan,
                                             std::size_t limit);

} // namespace zx
