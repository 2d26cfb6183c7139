#include "widgets/gaugelayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace zx {

namespace {

// Room around the band ring for the time-progress triangle, as a share of the radius.
constexpr double kMarkerShare = 0.09;
// The arc's lowest points (its two ends) lie this share of the radius below the centre.
constexpr double kEndDrop = 0.5;

} // namespace

GaugeLayout gaugeLayout(const QSizeF &size, const QFont &)
{
    GaugeLayout l;
    const double w = size.width();
    const double h = size.height();
    const double pad = std::max(4.0, 0.03 * std::min(w, h));
    const QRectF area(pad, pad, w - 2 * pad, h - 2 * pad);
    const double top = 1.0 + kMarkerShare; // centre to the marker tip above the arc
    const double bottom = kEndDrop * (1.0 + kMarkerShare);
    l.radius = std::max(10.0, std::min(area.width() / (2 * top), area.height() / (top + bottom)));
    const double spare = std::max(0.0, area.height() - (top + bottom) * l.radius);
    l.centre = QPointF(area.center().x(), area.top() + spare / 2 + top * l.radius);

    const double r = l.radius;
    l.bandWidth = std::max(3.0, 0.06 * r);
    const double ringGap = std::max(2.0, 0.035 * r);
    l.valueWidth = 0.15 * r;
    l.valueRadius = r - l.bandWidth - ringGap - l.valueWidth / 2;
    l.markerSize = kMarkerShare * r;
    l.numberPx = 0.30 * r;
    l.statusPx = std::max(9.0, 0.125 * r);
    l.labelPx = std::max(8.0, 0.085 * r);
    return l;
}

double gaugeAngle(double pct)
{
    const double clamped = std::clamp(pct, 0.0, kGaugeMaxPct);
    return kGaugeStartDeg - kGaugeSweepDeg * clamped / kGaugeMaxPct;
}

QPointF gaugePoint(const GaugeLayout &layout, double pct, double radius)
{
    const double rad = gaugeAngle(pct) * std::numbers::pi / 180.0;
    return layout.centre + QPointF(radius * std::cos(rad), -radius * std::sin(rad));
}

} // namespace zx
