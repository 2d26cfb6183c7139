#pragma once

#include <QFont>
#include <QStringList>

class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QFontMetricsF;
class QValueAxis;

namespace zx {

// Category names of a horizontal bar chart drawn by the chart's own text items left of the
// plot, right-aligned on their rows, instead of by the category axis: QtCharts gives a vertical
// axis's labels a share of the width of its own choosing and cuts or overruns the longer ones
// ("ngdong Sub-district"). The column is as wide as the longest name, up to `maxShare` of the
// chart's width; a longer name wraps to two lines, and only a name longer than that is elided
// with the whole name as its tooltip. `bottomUp` is in category order (category 0 lowest).
// The axis keeps its categories (tests and clicks use them) but draws no labels.
void addSideLabels(QChart *chart, QAbstractSeries *series, QBarCategoryAxis *axis,
                   const QStringList &bottomUp, const QFont &font, double maxShare = 0.45);

// The chart's title drawn by an own text item centred over the whole chart (QChart centres its
// title between the margins, which the side labels widen), wrapped to two lines if need be; the
// top margin makes room for it. An empty title draws nothing.
void addWideTitle(QChart *chart, const QString &title, const QFont &font);

// Ticks of a percentage axis (0 … top) every 20, 25, 50 or 100 %, the finest whose labels
// ("120%") fit side by side in the plot's width; kept so on every layout.
void keepPercentTicksReadable(QChart *chart, QValueAxis *axis, const QFont &font);

// Tokens for wrapping: each CJK character on its own, Latin words whole, each with the spaces
// after it.
QStringList wrapTokens(const QString &text);
// `text` in at most `maxLines` lines of at most `width` (greedy, then evened out), the last
// one elided when it does not fit.
QStringList wrappedLines(const QString &text, const QFontMetricsF &fm, double width, int maxLines);

} // namespace zx
