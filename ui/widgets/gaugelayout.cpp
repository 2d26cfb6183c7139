#include "widgets/gaugelayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace zx {

namespace {

// Room around the band ring for the time-progress triangle, as a share of the radius.
constexpr double kMarkerShare = 0.09;
// The arc's lowest points (its two ends) lie this share of the radius below the centre.
constexpr double kEndDrop = 0.5;

double lineHeight(const QFont &base, double px)
{
    QFont f = base;
    f.setPixelSize(std::max(1, int(std::lround(px))));
    return QFontMetricsF(f).height();
}

} // namespace

GaugeLayout gaugeLayout(const QSizeF &size, const QFont &font)
{
    GaugeLayout l;
    const double w = size.width();
    const double h = size.height();
    const double pad = std::max(4.0, 0.03 * std::min(w, h));
    const double gap = std::max(2.0, 0.02 * h);

    l.titlePx = std::clamp(0.075 * h, 10.0, 22.0);
    l.footerPx = std::clamp(0.062 * h, 9.0, 18.0);
    const double titleH = lineHeight(font, l.titlePx);
    const double footerH = lineHeight(font, l.footerPx);
    l.title = QRectF(pad, pad, w - 2 * pad, titleH);
    l.footer = QRectF(pad, h - pad - footerH, w - 2 * pad, footerH);

    const QRectF area(pad, l.title.bottom() + gap, w - 2 * pad,
                      l.footer.top() - gap - (l.title.bottom() + gap));
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
