#pragma once

#include "report/odtwriter.h" // the editable formats: writeOdt here, writeDocx in docxwriter.h
#include "report/reportdata.h"
#include "report/reportprofile.h"
#include "result.h"

#include <QMarginsF>

class QPagedPaintDevice;

namespace zx {

// The report renderer of the PDF and of printing (STYLE 7): lays out a ReportData on A4 pages
// with QPainter. Plain: cover, summary table with status colours, one section per category
// (narrative, target-vs-actual chart, ranking), findings — with a header (region, period) and
// a footer (page x of y, generation date) on every page. Official: the document flow of the
// .docx (documentpainter.h). Everything is vector: text stays text (selectable, searchable),
// charts are rectangles and lines. Uses QtGui only, so the headless CLI can link it (library
// zx_report).

// Paints onto any paged device: a QPdfWriter, or a QPrinter for printing and print preview.
// The device's page size and margins are used as set: reportPageMarginsMm(profile). Plain
// pages are counted in a first layout pass, then painted.
Outcome renderReport(const ReportData &report, QPagedPaintDevice &device,
                     ReportProfile profile = ReportProfile::Plain);

// The margins (mm, on A4) to set on the device before renderReport.
QMarginsF reportPageMarginsMm(ReportProfile profile);

// Writes the report as a PDF (A4, 300 dpi, CJK fonts embedded as subsets): plain (20 mm
// margins, a cover page, today's look) or official (GB/T 9704: reportprofile.h).
Outcome renderPdf(const ReportData &report, const QString &path,
                  ReportProfile profile = ReportProfile::Plain);

} // namespace zx
