#pragma once

#include "report/reportdata.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QFont;
class QFontMetricsF;
class QPainter;

namespace zx {

// The bulletin's bar charts, drawn one way for the PDF (vector, row by row across pages) and
// for the editable documents (a PNG of the whole chart): per row a label, a bar in the status
// colour scaled so that 100 % sits at a dashed line, and the figures.

struct ChartBar
{
    QString label;
    std::optional<double> pct;
    QString text;
    TrackStatus status = TrackStatus::Untracked;
};

// The target-vs-actual bars of a section ("479 / 350人  136.86%") and its ranking
// ("1. 东风街道", "98.20%").
std::vector<ChartBar> targetBars(const ReportSection &section, ReportLanguage language);
std::vector<ChartBar> rankingBars(const ReportSection &section);

// Where the parts of a row go in a chart `width` wide (device units), `gap` between them.
struct BarChartGeometry
{
    double labelWidth = 0;
    double barX = 0;
    double barWidth = 0;
    double textX = 0;
    double textWidth = 0;
    double scale = 100; // the percentage at the bar's right end: 100–200, in steps of 25

    double x100() const { return barX + barWidth * 100.0 / scale; }
};

// Labels and figures are as wide as the longest of them in `metrics` (within limits).
BarChartGeometry barChartGeometry(double width, double gap, const std::vector<ChartBar> &bars,
                                  const QFontMetricsF &metrics);

// One row at `y`, `height` high, in the painter's current font; every string drawn is
// appended to `drawn` when given (the PDF's text map, pdfunicode.h).
void paintBarRow(QPainter &painter, const BarChartGeometry &g, double y, double height,
                 const ChartBar &bar, QString *drawn = nullptr);
// The dashed line at 100 % from `top` to `bottom`, and its "100%" label under `bottom`.
void paintTargetLine(QPainter &painter, const BarChartGeometry &g, double top, double bottom,
                     double penWidth);
void paintTargetLabel(QPainter &painter, const BarChartGeometry &g, double y, double height,
                      QString *drawn = nullptr);

// The whole chart as a PNG, `widthMm` wide at `dpi`, rows in `font` (labelFont for "100%");
// its height in mm through `heightMm`. Empty without bars.
QByteArray barChartPng(const std::vector<ChartBar> &bars, double widthMm, const QFont &font,
                       const QFont &labelFont, int dpi, double *heightMm);

} // namespace zx
