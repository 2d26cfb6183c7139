#pragma once

#include "result.h"

#include <QString>

namespace zx {

class Database;

// Fills an empty database with the bundled sample county (XX区, 410104): its regions, the
// catalogue built from the 2023 report, targets and quarterly figures for 2022–2023.
// The CSV files are compiled in from resources/sample/ (see its README). All or nothing:
// one write transaction.
Outcome loadSample(Database &db, const QString &userName);

// Same, from CSV files in `folder` (regions.csv, categories.csv, indicators.csv,
// targets.csv, values.csv).
Outcome loadSampleFrom(Database &db, const QString &folder, const QString &userName);

} // namespace zx
