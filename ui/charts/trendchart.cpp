#include "charts/trendchart.h"

#include "charts/chartstyle.h"

#include "widgets/chartexport.h"
#include "widgets/statuspalette.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <tuple>

namespace zx {

using chartstyle::applyFonts;
using chartstyle::newChart;
using chartstyle::number;
using chartstyle::replaceChart;

namespace {

bool hasFigures(const TrendSeries &year)
{
    return std::any_of(year.quarters.begin(), year.quarters.end(),
                       [](const std::optional<double> &v) { return v.has_value(); });
}

// Runs of consecutive present quarters (x = 1..4); a missing quarter ends a run, so the
// line shows a gap instead of dropping to zero or bridging over it.
std::vector<QList<QPointF>> runs(const TrendSeries &year)
{
    std::vector<QList<QPointF>> result;
    QList<QPointF> current;
    for (int q = 0; q < 4; ++q) {
        if (year.quarters[std::size_t(q)]) {
            current << QPointF(q + 1, *year.quarters[std::size_t(q)]);
        } else if (!current.isEmpty()) {
            result.push_back(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.push_back(current);
    return result;
}

// The chosen year's figures above its points (below where the target line would strike
// them through). QXYSeries point labels sit too close to large markers and would be
// overdrawn, so these are own items kept in place on layout.
void addValueLabels(QChart *chart, const std::vector<QLineSeries *> &lines, const QColor &colour,
                    std::optional<double> target, const QFont &font)
{
    std::vector<std::tuple<QGraphicsSimpleTextItem *, QPointF, QLineSeries *>> labels;
    for (QLineSeries *line : lines) {
        for (const QPointF &p : line->points()) {
            auto *text = new QGraphicsSimpleTextItem(number(p.y()), chart);
            text->setFont(font);
            text->setBrush(colour);
            text->setZValue(100);
            labels.emplace_back(text, p, line);
        }
    }
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, labels, target] {
        for (const auto &[text, value, line] : labels) {
            const QPointF at = chart->mapToPosition(value, line);
            const QRectF box = text->boundingRect();
            qreal y = at.y() - box.height() - 6;
            if (target) {
                const qreal targetY = chart->mapToPosition(QPointF(1, *target), line).y();
                if (y < targetY + 3 && y + box.height() > targetY - 3)
                    y = at.y() + 6;
            }
            text->setPos(at.x() - box.width() / 2, y);
        }
    });
}

// Year colours by age (0 = the chosen year), the same in every trend and away from the
// status hues (green, blue, amber, red, grey) so that no line reads as a judgement.
QColor yearColour(std::size_t age, bool dark)
{
    static constexpr std::array<QRgb, 4> light{0x00838f, 0x8e24aa, 0x6d4c41, 0x546e7a};
    static constexpr std::array<QRgb, 4> darkTheme{0x4dd0e1, 0xce93d8, 0xbcaaa4, 0x90a4ae};
    return QColor((dark ? darkTheme : light)[std::min<std::size_t>(age, 3)]);
}

// One year as one QLineSeries per run, all with the same pen; only the first run keeps a
// legend entry. The chosen year (age 0) is drawn thick with its values, earlier years thin
// and translucent.
void addYear(QChart *chart, const TrendSeries &year, std::size_t age, std::optional<double> target,
             const QFont &font)
{
    const bool chosen = age == 0;
    const bool dark = chart->theme() == QChart::ChartThemeDark;
    std::vector<QLineSeries *> parts;
    for (const QList<QPointF> &points : runs(year)) {
        auto *line = new QLineSeries;
        line->setName(QString::number(year.year));
        line->append(points);
        chart->addSeries(line); // before setPen: adding applies the theme's colours
        parts.push_back(line);
    }
    QColor colour = yearColour(age, dark);
    if (!chosen)
        colour.setAlpha(dark ? 200 : 150);
    QPen pen(colour, chosen ? 3.5 : 1.5);
    pen.setCapStyle(Qt::RoundCap);
    for (QLineSeries *line : parts) {
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(chosen ? 7 : 5);
        if (line != parts.front())
            chart->legend()->markers(line).constFirst()->setVisible(false);
    }
    if (chosen)
        addValueLabels(chart, parts, colour, target, font);
}

void addTarget(QChart *chart, double target, const QString &name, bool dark)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(0.5, target);
    line->append(4.5, target);
    chart->addSeries(line);
    // Neutral rather than a status colour: red or green here would read as a judgement.
    line->setPen(
        QPen(dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x42, 0x42, 0x42), 1.5, Qt::DashLine));
}

bool wholeFigures(const TrendData &data)
{
    const auto whole = [](double v) { return std::abs(v - std::round(v)) < 1e-9; };
    if (data.target && !whole(*data.target))
        return false;
    for (const TrendSeries &year : data.years)
        for (const std::optional<double> &v : year.quarters)
            if (v && !whole(*v))
                return false;
    return true;
}

void addAxes(QChart *chart, const TrendData &data, const QStringList &quarterLabels)
{
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setStartValue(0.5);
    for (int q = 0; q < 4; ++q)
        axisX->append(quarterLabels[q], q + 1);
    axisX->setRange(0.5, 4.5);

    double lo = 0;
    double hi = data.target.value_or(0);
    for (const TrendSeries &year : data.years) {
        for (const std::optional<double> &v : year.quarters) {
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        }
    }
    // Room above the highest point for its figure; the unit is in the chart's title, written
    // horizontally (a rotated 个 beside the axis read as an arrow).
    const chartstyle::AxisTicks ticks =
        chartstyle::niceTicks(lo, hi > lo ? hi + (hi - lo) * 0.08 : lo + 1,
                              data.decimals.value_or(wholeFigures(data) ? 0 : 2));
    auto *axisY = new QValueAxis;
    axisY->setRange(ticks.min, ticks.max);
    axisY->setTickCount(ticks.count);
    axisY->setLabelFormat(QStringLiteral("%.%1f").arg(ticks.decimals));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
}

} // namespace

TrendChart::TrendChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *empty = new QLabel(tr("No figures for this period"), this);
    empty->setObjectName(QStringLiteral("emptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(empty);
    setMinimumSize(360, 220); // two side by side and two rows fit 1280×720
    chartexport::addExportMenu(this, [this] { return m_title; });
    setData({});
}

void TrendChart::setData(const TrendData &data)
{
    const bool dark = statuspalette::isDark(palette());
    auto *chart = newChart(dark);
    replaceChart(m_view, chart);
    m_seriesCount = int(std::count_if(data.years.begin(), data.years.end(), hasFigures));
    findChild<QLabel *>(QStringLiteral("emptyLabel"))->setVisible(m_seriesCount == 0);
    m_view->setVisible(m_seriesCount > 0);
    if (m_seriesCount == 0)
        return;

    m_title = titleOf(data);
    chart->setTitle(m_title);
    for (std::size_t i = 0; i < data.years.size(); ++i) {
        if (hasFigures(data.years[i]))
            addYear(chart, data.years[i], data.years.size() - 1 - i, data.target, font());
    }
    if (data.target)
        addTarget(chart, *data.target, tr("Target"), dark);
    addAxes(chart, data, {tr("Q%1").arg(1), tr("Q%1").arg(2), tr("Q%1").arg(3), tr("Q%1").arg(4)});
    applyFonts(chart, font());
}

QString TrendChart::titleOf(const TrendData &data)
{
    return data.unit.isEmpty() ? data.title : tr("%1 (%2)").arg(data.title, data.unit);
}

int TrendChart::seriesCount() const
{
    return m_seriesCount;
}

} // namespace zx
