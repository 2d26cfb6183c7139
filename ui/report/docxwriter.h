#pragma once

#include "report/reportdata.h"
#include "report/reportprofile.h"
#include "result.h"

namespace zx {

// Writes the bulletin as a Word document (.docx, WordprocessingML in a zip written with
// libzip; no office suite needed) that a clerk edits in Word, WPS or LibreOffice: real
// Heading 1/2 paragraphs, body paragraphs, tables whose status cells are shaded with w:shd and
// always carry the word, charts as PNG pictures, page numbers in the footer. The official
// profile lays it out as GB/T 9704-2012 asks (reportprofile.h).
Outcome writeDocx(const ReportData &report, const QString &path,
                  ReportProfile profile = ReportProfile::Official);

} // namespace zx
