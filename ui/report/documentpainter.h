#pragma once

#include "report/reportdocument.h"
#include "result.h"

#include <QMarginsF>

class QPagedPaintDevice;

namespace zx {

// The PDF (and print preview) of the official profile: paints the same document flow as the
// .docx and .odt (reportdocument.h) on A4 pages whose printable area is set by
// officialDeviceMarginsMm — the 156 × 225 mm type area and, under it, the band of the page
// number "— 1 —" (odd pages right, even pages left). The body runs at 22 lines of 28.95 pt
// and 28 characters a line; tables wrap their cells and repeat their header row; charts are
// vector bars (barchart.h); text stays text. Every string drawn is appended to `drawn` when
// given (the PDF's text map, pdfunicode.h).
Outcome paintDocument(const ReportDocument &doc, QPagedPaintDevice &device, QString *drawn = nullptr);

// The device margins in mm for paintDocument: the style's, less the page number's band at the
// bottom.
QMarginsF officialDeviceMarginsMm(const ReportStyle &style);

// Every font the document paints with (for the PDF's text map).
QList<QFont> documentFonts(const ReportStyle &style);

} // namespace zx
