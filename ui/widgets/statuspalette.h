#pragma once

#include "domain/types.h"

#include <QColor>
#include <QString>

class QPalette;

namespace zx {

// The one set of status colours used everywhere (tiles, table, gauges, charts, report):
// done green, on track blue, lagging amber, behind red, untracked grey. Each has a fill for
// light and dark themes and a text colour readable on that fill.
namespace statuspalette {

QColor fill(TrackStatus status, bool dark = false);
QColor text(TrackStatus status, bool dark = false);
// Whether `palette` (the application's) is a dark theme.
bool isDark(const QPalette &palette);
// All statuses in display order: done, on track, lagging, behind, untracked.
const std::array<TrackStatus, 5> &order();

} // namespace statuspalette
} // namespace zx
