#pragma once

#include <QString>

class QChart;
class QChartView;
class QFont;

namespace zx::chartstyle {

// What the dashboard's charts share: the theme follows the application palette, the fonts
// follow the widget (the app's CJK-capable font; QtCharts themes would otherwise set
// "Arial"), no animations (screenshots and tests stay deterministic), legend at the bottom.
QChart *newChart(bool dark);
void applyFonts(QChart *chart, const QFont &font);
// QChartView::setChart releases the previous chart instead of deleting it; this deletes it.
void replaceChart(QChartView *view, QChart *chart);
// A value axis's range and ticks: about five ticks on a step of 1, 2 or 5 × 10^k, never finer
// than `decimals` allow (a count, decimals 0, steps by whole numbers: 0, 1, 2, not 0.5), the
// range from a multiple of the step at or below `lo` to one at or above `hi`.
struct AxisTicks
{
    double min = 0;
    double max = 1;
    int count = 2;    // ticks, both ends included
    int decimals = 0; // the labels' decimals: as many as the step needs
};
AxisTicks niceTicks(double lo, double hi, int decimals);
// Up to two decimals, no trailing zeros, no group separators ("18234.5", "479").
QString number(double v);

} // namespace zx::chartstyle
