#pragma once

#include "domain/types.h"

#include <QColor>
#include <QString>

#include <array>
#include <vector>

class QPalette;

namespace zx {

// The one set of status colours used everywhere (tiles, table, gauges, charts, report):
// done green, on track blue, lagging amber, behind red, not reported blue grey, untracked
// grey. Each has a fill for light and dark themes and a text colour readable on that fill.
namespace statuspalette {

// How many statuses there are; an array of counts follows order().
inline constexpr std::size_t Count = 6;
using Counts = std::array<int, Count>;

QColor fill(TrackStatus status, bool dark = false);
QColor text(TrackStatus status, bool dark = false);
// Whether `palette` (the application's) is a dark theme.
bool isDark(const QPalette &palette);
// All statuses in display order: done, on track, lagging, behind, not reported, untracked.
const std::array<TrackStatus, Count> &order();
// The place of `status` in order().
std::size_t indexOf(TrackStatus status);
// How many of `statuses` there are of each, in order().
Counts countsOf(const std::vector<TrackStatus> &statuses);

} // namespace statuspalette
} // namespace zx
