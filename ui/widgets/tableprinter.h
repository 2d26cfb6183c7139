#pragma once

#include "result.h"

#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace zx {

struct TableSnapshot;

// Lays a TableSnapshot out on pages: its title and subtitle on the first page, the header row
// again at the top of every page, the rows with their colours (status cells keep their tint),
// long texts wrapped within their columns, and "page x of y" at the foot. The one renderer
// for print preview, printing and PDF. Returns every character drawn (for the PDF's text
// layer, pdfunicode.h), or why the device could not be painted on.
Result<QString> paintTable(const TableSnapshot &table, QPagedPaintDevice &device);

// Paints on `printer` (preview, paper or PDF); a PDF written to a file then gets its text
// layer repaired so search and copy give the characters printed (户, not ⼾; pdfunicode.h).
Outcome printTable(const TableSnapshot &table, QPrinter &printer);

} // namespace zx
