#pragma once

#include "report/reportdata.h"
#include "report/odtwriter.h"
#include "report/reportprofile.h"
#include "result.h"

#include <QMarginsF>

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
// Official: the document flow of the .docx (documentpainter.h), on a device whose margins are
// reportPageMarginsMm(ReportProfile::Official).
Outcome renderReport(const ReportData &report, QPagedPaintDevice &device,
                     ReportProfile profile = ReportProfile::Plain);

// The margins (mm, on A4) to set on the device before renderReport.
QMarginsF reportPageMarginsMm(ReportProfile profile);

// Writes the report as a PDF (A4, 300 dpi, CJK fonts embedded as subsets): plain (20 mm
// margins, a cover page, today's look) or official (GB/T 9704: reportprofile.h).
Outcome renderPdf(const ReportData &report, const QString &path,
                  ReportProfile profile = ReportProfile::Plain);

} // namespace zx
