#pragma once

#include <Qt>

namespace zx {

// Roles a table model answers so that a cell exports to xlsx as a number (TableSnapshot,
// widgets/tablesnapshot.h) rather than as its display text. A model that answers neither
// exports every cell as the text it shows. Far above the models' own roles (Qt::UserRole + 1…).
enum ExportRole {
    // The number the cell shows, as exact decimal text in the unit of the spreadsheet cell:
    // "4296.3" for a figure, "1.3686" for "136.86%". Invalid: the cell is text.
    ExportNumberRole = Qt::UserRole + 500,
    // The Excel number format that shows that number as the cell reads ("0.00%"); empty or
    // invalid: General.
    ExportFormatRole,
};

} // namespace zx
