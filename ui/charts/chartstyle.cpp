#include "chartstyle.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <memory>

namespace zx::chartstyle {

QChart *newChart(bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void applyFonts(QChart *chart, const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

void replaceChart(QChartView *view, QChart *chart)
{
    std::unique_ptr<QChart> previous(view->chart());
    view->setChart(chart);
}

AxisTicks niceTicks(double lo, double hi, int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    const double finest = std::pow(10.0, -decimals);
    if (!(hi > lo))
        hi = lo + finest * 4;
    const double rough = (hi - lo) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (magnitude * m >= rough * 0.999) {
            step = magnitude * m;
            break;
        }
    }
    step = std::max(step, finest);
    AxisTicks t;
    t.min = std::floor(lo / step + 1e-9) * step;
    t.max = std::ceil(hi / step - 1e-9) * step;
    t.count = int(std::lround((t.max - t.min) / step)) + 1;
    while (t.decimals < decimals && std::abs(step * std::pow(10, t.decimals) -
                                             std::round(step * std::pow(10, t.decimals))) > 1e-6)
        ++t.decimals;
    return t;
}

QString number(double v)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(std::round(v * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

} // namespace zx::chartstyle
