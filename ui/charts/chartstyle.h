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
// Up to two decimals, no trailing zeros, no group separators ("18234.5", "479").
QString number(double v);

} // namespace zx::chartstyle
