#pragma once

#include "report/reportdata.h"
#include "report/reportprofile.h"
#include "result.h"

namespace zx {

// Writes the bulletin as an OpenDocument text (.odt) written with libzip and QXmlStreamWriter
// from the same document model as the .docx (reportdocument.h): headings with outline levels,
// body paragraphs, tables whose status cells carry their shading as the cell style's
// fo:background-color and always the word, charts as PNG pictures, page numbers in the footer.
// (Qt's own ODF writer dropped cell backgrounds and left white status words on nothing.)
Outcome writeOdt(const ReportData &report, const QString &path,
                 ReportProfile profile = ReportProfile::Official);

} // namespace zx
