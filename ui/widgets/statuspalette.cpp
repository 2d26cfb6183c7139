#include "widgets/statuspalette.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace zx::statuspalette {

namespace {

// Light fills are Material 800 shades; dark fills are the lighter 400 shades, which keep
// their hue but stand out on a dark window without glaring.
QColor lightFill(TrackStatus status)
{
    switch (status) {
    case TrackStatus::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case TrackStatus::OnTrack:
        return QColor(0x15, 0x65, 0xc0);
    case TrackStatus::Lagging:
        return QColor(0xf9, 0xa8, 0x25);
    case TrackStatus::Behind:
        return QColor(0xc6, 0x28, 0x28);
    case TrackStatus::NotReported: // blue grey 700: a gap to chase, darker than no target
        return QColor(0x45, 0x5a, 0x64);
    case TrackStatus::Untracked:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor darkFill(TrackStatus status)
{
    switch (status) {
    case TrackStatus::Done:
        return QColor(0x66, 0xbb, 0x6a);
    case TrackStatus::OnTrack:
        return QColor(0x64, 0xb5, 0xf6);
    case TrackStatus::Lagging:
        return QColor(0xff, 0xca, 0x28);
    case TrackStatus::Behind:
        return QColor(0xef, 0x53, 0x50);
    case TrackStatus::NotReported: // blue grey 300
        return QColor(0x90, 0xa4, 0xae);
    case TrackStatus::Untracked:
        break;
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QColor fill(TrackStatus status, bool dark)
{
    return dark ? darkFill(status) : lightFill(status);
}

QColor text(TrackStatus status, bool dark)
{
    // Pick whichever of black and white contrasts more with the fill (WCAG ratio).
    const double l = luminance(fill(status, dark));
    const double onWhite = 1.05 / (l + 0.05);
    const double onBlack = (l + 0.05) / 0.05;
    return onWhite >= onBlack ? QColor(Qt::white) : QColor(Qt::black);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

const std::array<TrackStatus, Count> &order()
{
    static const std::array<TrackStatus, Count> statuses{
        TrackStatus::Done,   TrackStatus::OnTrack,     TrackStatus::Lagging,
        TrackStatus::Behind, TrackStatus::NotReported, TrackStatus::Untracked};
    return statuses;
}

std::size_t indexOf(TrackStatus status)
{
    const auto &all = order();
    return std::size_t(std::find(all.begin(), all.end(), status) - all.begin());
}

Counts countsOf(const std::vector<TrackStatus> &statuses)
{
    Counts counts{};
    for (TrackStatus s : statuses)
        if (const std::size_t i = indexOf(s); i < Count)
            ++counts[i];
    return counts;
}

} // namespace zx::statuspalette
