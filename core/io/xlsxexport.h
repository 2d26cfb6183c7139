#pragma once

#include "io/exporttable.h"
#include "result.h"

#include <QString>

#include <optional>
#include <vector>

namespace zx {

class Database;

namespace xlsxexport {

// Writes the sheets as one xlsx workbook with libxlsxwriter: a bold frozen header row,
// numbers as numbers, text starting with = + - @ tab or CR written as a string (never a
// formula). Written beside `path` and renamed over it only when complete, so a failed write
// leaves any existing file as it was. The error names the file.
Outcome writeWorkbook(const std::vector<ExportSheet> &sheets, const QString &path);
// The values table (exporttable::values) as one sheet "values", the same workbook as
// writeWorkbook({values}) makes, its rows read a batch of regions at a time (valuestream) and
// never held as an ExportSheet. A sheet holds at most 1,048,576 rows: export a year at a time.
Outcome writeValues(Database &db, std::optional<int> year, const QString &path);

// The fill-in template for `year` (docs/formats.md, "Fill-in template"): one sheet per region
// under `rootRegion` (itself included; all regions when empty), laid out like the paper form —
// title, region and year, then indicators × quarters with names and units, stored figures
// filled in; input cells unlocked, the sheet protected without a password so only they take
// input; approved quarters locked and grey. Rows that cannot be entered at that region (ratio
// indicators, figures rolled up from sub-regions) are left out. A hidden sheet "_zhenxing"
// says which sheet is which region and year, so the file imports back as it is.
// `lang`: "zh" / "en" for the visible words.
Outcome writeTemplate(Database &db, const QString &path, int year,
                      const QString &rootRegion = QString(), const QString &lang = QStringLiteral("zh"));

} // namespace xlsxexport
} // namespace zx
