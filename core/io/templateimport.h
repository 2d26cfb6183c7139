#pragma once

#include "io/importtable.h"

#include <vector>

namespace zx {

class Database;
struct XlsxSheet;
struct XlsxWorkbook;

// Reads a fill-in template (docs/formats.md, "Fill-in template") into the long-form values
// table `indicator,region,year,quarter,value,comment`: one row per non-empty quarter cell
// (D…G) of every fill-in sheet listed in the hidden sheet `meta` ("_zhenxing"), each pointing
// at its own cell. What is wrong with the index itself (an unknown version or region, a
// listed sheet that is missing) goes to `findings`; those sheets are left out.
ImportTable templateTable(Database &db, const XlsxWorkbook &book, const XlsxSheet &meta,
                          const QString &fileName, std::vector<ImportFinding> &findings);

} // namespace zx
