#include "report/barchart.h"

#include "report/reportformat.h"
#include "widgets/statuspalette.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace zx {

std::vector<ChartBar> targetBars(const ReportSection &section, ReportLanguage language)
{
    std::vector<ChartBar> bars;
    for (const ReportBar &b : section.bars)
        bars.push_back({b.label, b.completionPct,
                        QStringLiteral("%1 / %2  %3")
                            .arg(b.actualText, reportformat::withUnit(b.targetText, b.unit, language),
                                 reportformat::pct(b.completionPct)),
                        b.status});
    return bars;
}

std::vector<ChartBar> rankingBars(const ReportSection &section)
{
    std::vector<ChartBar> bars;
    for (const ReportRankItem &r : section.ranking)
        bars.push_back({r.rank > 0 ? QStringLiteral("%1. %2").arg(r.rank).arg(r.regionName)
                                   : r.regionName,
                        r.completionPct, reportformat::pct(r.completionPct), r.status});
    return bars;
}

BarChartGeometry barChartGeometry(double width, double gap, const std::vector<ChartBar> &bars,
                                  const QFontMetricsF &metrics)
{
    double maxPct = 100;
    double longestLabel = 0;
    double longestText = 0;
    for (const ChartBar &b : bars) {
        if (b.pct)
            maxPct = std::max(maxPct, *b.pct);
        longestLabel = std::max(longestLabel, metrics.horizontalAdvance(b.label));
        longestText = std::max(longestText, metrics.horizontalAdvance(b.text));
    }
    BarChartGeometry g;
    g.scale = std::min(200.0, std::ceil(maxPct / 25.0) * 25.0);
    // Labels and figures get the room they need (English names and "21.9 / 21.9 10k yuan
    // 100.00%" are long), within limits that leave the bars at least 28 % of the width.
    g.labelWidth = std::clamp(longestLabel + 1, width * 0.20, width * 0.42);
    g.textWidth = std::clamp(longestText + 1, width * 0.15, width * 0.30);
    g.barX = g.labelWidth + gap;
    g.barWidth = width - g.labelWidth - g.textWidth - 2 * gap;
    g.textX = g.barX + g.barWidth + gap;
    return g;
}

void paintBarRow(QPainter &p, const BarChartGeometry &g, double y, double height,
                 const ChartBar &bar, QString *drawn)
{
    const QFontMetricsF fm(p.font(), p.device());
    const QString label = fm.elidedText(bar.label, Qt::ElideRight, g.labelWidth);
    const QString text = fm.elidedText(bar.text, Qt::ElideRight, g.textWidth);
    p.setPen(reportformat::ink());
    p.drawText(QRectF(0, y, g.labelWidth, height), Qt::AlignRight | Qt::AlignVCenter, label);
    const QRectF track(g.barX, y + height * 0.18, g.barWidth, height * 0.64);
    p.setPen(Qt::NoPen);
    p.setBrush(reportformat::track());
    p.drawRect(track);
    if (bar.pct) {
        const double w = g.barWidth * std::clamp(*bar.pct, 0.0, g.scale) / g.scale;
        p.setBrush(statuspalette::fill(bar.status));
        p.drawRect(QRectF(track.left(), track.top(), w, track.height()));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(reportformat::ink());
    p.drawText(QRectF(g.textX, y, g.textWidth, height), Qt::AlignLeft | Qt::AlignVCenter, text);
    if (drawn)
        *drawn += label + text;
}

void paintTargetLine(QPainter &p, const BarChartGeometry &g, double top, double bottom,
                     double penWidth)
{
    p.setPen(QPen(reportformat::ink(), penWidth, Qt::DashLine));
    p.drawLine(QPointF(g.x100(), top), QPointF(g.x100(), bottom));
}

void paintTargetLabel(QPainter &p, const BarChartGeometry &g, double y, double height,
                      QString *drawn)
{
    const QString label = QStringLiteral("100%");
    p.setPen(reportformat::muted());
    p.drawText(QRectF(g.x100() - height * 3, y, height * 6, height), Qt::AlignCenter, label);
    if (drawn)
        *drawn += label;
}

QByteArray barChartPng(const std::vector<ChartBar> &bars, double widthMm, const QFont &font,
                       const QFont &labelFont, int dpi, double *heightMm)
{
    if (bars.empty())
        return {};
    const double perMm = dpi / 25.4;
    // Measured on an image of this resolution, so points become the same pixels as drawn.
    QImage probe(1, 1, QImage::Format_RGB32);
    probe.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    probe.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    const double rowH = QFontMetricsF(font, &probe).height() * 1.7;
    const double labelH = QFontMetricsF(labelFont, &probe).height();
    const double pad = perMm * 1;
    const int width = int(std::lround(widthMm * perMm));
    const int height = int(std::ceil(pad + rowH * bars.size() + labelH + pad));
    QImage image(width, height, QImage::Format_RGB32);
    image.setDotsPerMeterX(probe.dotsPerMeterX());
    image.setDotsPerMeterY(probe.dotsPerMeterY());
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const BarChartGeometry g =
            barChartGeometry(width, perMm * 2, bars, QFontMetricsF(font, &probe));
        double y = pad;
        p.setFont(font);
        for (const ChartBar &bar : bars) {
            paintBarRow(p, g, y, rowH, bar);
            y += rowH;
        }
        paintTargetLine(p, g, pad, y, perMm * 0.35);
        p.setFont(labelFont);
        paintTargetLabel(p, g, y, labelH);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (heightMm)
        *heightMm = height / perMm;
    return png;
}

} // namespace zx
