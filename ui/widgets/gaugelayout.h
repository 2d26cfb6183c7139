#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace zx {

// Where the parts of a CompletionGauge's dial go for a given dial size (the title and the
// figures are labels above and below it). A pure function of the size and the base font, so
// the painter and the tests agree on the geometry.
// Angles follow Qt: degrees counter-clockwise from 3 o'clock; the arc starts at 210° (0 %)
// and sweeps 240° clockwise to −30° (150 %).
constexpr double kGaugeMaxPct = 150.0;
constexpr double kGaugeStartDeg = 210.0;
constexpr double kGaugeSweepDeg = 240.0;

struct GaugeLayout
{
    QPointF centre;
    double radius = 0;      // outer edge of the thin band ring
    double bandWidth = 0;   // the band ring (status thresholds)
    double valueRadius = 0; // centre line of the thick value arc
    double valueWidth = 0;
    double markerSize = 0; // the time-progress triangle, outside the band ring
    double numberPx = 0;
    double statusPx = 0;
    double labelPx = 0;
};

GaugeLayout gaugeLayout(const QSizeF &size, const QFont &font);
// Angle (Qt degrees) of a completion percentage, clamped to 0…150 %.
double gaugeAngle(double pct);
// The point at `pct` on the circle of `radius` around the gauge centre.
QPointF gaugePoint(const GaugeLayout &layout, double pct, double radius);

} // namespace zx
