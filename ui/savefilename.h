#pragma once

#include <QString>

class QWidget;

namespace zx {

// Every save dialog of the app goes through here, so a name typed without its ending gets the
// ending of the kind chosen in the dialog ("county" → "county.db", "bulletin" under "PDF
// (*.pdf)" → "bulletin.pdf"); a name that already ends in one of the filter's endings stays.

// `path` with the first ending of `selectedFilter` ("Word (*.docx)") added unless it already
// ends in an ending of `filters` (all of the dialog's filters, ";;"-separated). A selected
// filter without an ending ("All files (*)", or none) falls back to the first filter's.
QString withFilterSuffix(const QString &path, const QString &selectedFilter,
                         const QString &filters);

// QFileDialog::getSaveFileName, then withFilterSuffix. Empty when cancelled.
QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                        const QString &filters, QString *selectedFilter = nullptr);

} // namespace zx
