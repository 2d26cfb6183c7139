#pragma once

#include "report/reportdata.h"
#include "result.h"

class QPagedPaintDevice;

namespace zx {

// The one report renderer (STYLE 7): lays out a ReportData on A4 pages with QPainter — cover,
// summary table with status colours, one section per category (narrative, target-vs-actual
// chart, ranking), findings — with a header (region, period) and a footer (page x of y,
// generation date) on every page. Everything is vector: text stays text (selectable,
// searchable), charts are rectangles and lines. Uses QtGui only, so the headless CLI can link
// it (library zx_report).

// Paints onto any paged device: a QPdfWriter, or a QPrinter for printing and print preview.
// The device's page size and margins are used as set. Pages are counted in a first layout
// pass, then painted.
Outcome renderReport(const ReportData &report, QPagedPaintDevice &device);

// Writes the report as a PDF (A4, 20 mm margins, 300 dpi, CJK fonts embedded as subsets).
Outcome renderPdf(const ReportData &report, const QString &path);

// Writes the same report as an editable OpenDocument text (QTextDocumentWriter), which Word
// and WPS open: title block, summary table with status-coloured cells, one section per
// category (narrative, target-vs-actual table, ranking table), findings. Charts become tables.
Outcome writeOdt(const ReportData &report, const QString &path);

} // namespace zx
