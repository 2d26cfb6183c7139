#include "charts/targetactualchart.h"

#include "charts/chartstyle.h"
#include "charts/sidelabels.h"

#include "domain/enums.h"
#include "widgets/chartexport.h"
#include "widgets/statuspalette.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace zx {

using chartstyle::applyFonts;
using chartstyle::newChart;
using chartstyle::number;
using chartstyle::replaceChart;

namespace {

double axisMax(const std::vector<TargetActualItem> &items)
{
    double top = 120;
    for (const TargetActualItem &item : items)
        top = std::max(top, std::ceil(item.completionPct / 20.0) * 20.0);
    return top;
}

// The figures just right of the longer of each indicator's two bars, kept there on layout.
// The chart's right margin holds the widest of them, so none runs off the chart.
void addFigureLabels(QChart *chart, QAbstractSeries *series,
                     const std::vector<TargetActualItem> &bottomUp, const QFont &font)
{
    std::vector<std::pair<QGraphicsSimpleTextItem *, QPointF>> labels;
    const QBrush brush = chart->axes(Qt::Horizontal).first()->labelsBrush();
    double widest = 0;
    for (std::size_t i = 0; i < bottomUp.size(); ++i) {
        auto *text =
            new QGraphicsSimpleTextItem(TargetActualChart::figuresFor(bottomUp[i]), chart);
        text->setFont(font);
        text->setBrush(brush);
        text->setZValue(100);
        widest = std::max(widest, text->boundingRect().width());
        labels.emplace_back(text, QPointF(std::max(100.0, bottomUp[i].completionPct), double(i)));
    }
    QMargins m = chart->margins();
    m.setRight(int(std::ceil(widest)) + 10);
    chart->setMargins(m);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, series, labels] {
        for (const auto &[text, value] : labels) {
            const QPointF end = chart->mapToPosition(value, series);
            text->setPos(end.x() + 4, end.y() - text->boundingRect().height() / 2);
        }
    });
}

QColor targetFill(bool dark)
{
    return dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xe6, 0xe6, 0xe6);
}

// Qt 6.4 has no per-bar colour in a QBarSet, so the chart holds two bar series on the same
// axes, which QtCharts places side by side in each category: a pale "Target" series (all
// 100 %) and a stacked series with one set per status, in which each indicator is non-zero
// only in its own status's set. Returns the actual series; all sets go to `sets`.
QAbstractSeries *addBars(QChart *chart, const std::vector<TargetActualItem> &bottomUp, bool dark,
                         const QString &targetName, std::vector<QBarSet *> &sets)
{
    auto *actuals = new QHorizontalStackedBarSeries;
    actuals->setBarWidth(0.75);
    std::vector<std::pair<QBarSet *, TrackStatus>> byStatus;
    for (TrackStatus status : statuspalette::order()) {
        if (std::none_of(bottomUp.begin(), bottomUp.end(),
                         [status](const TargetActualItem &it) { return it.status == status; }))
            continue;
        auto *set = new QBarSet(statusLabel(status));
        for (const TargetActualItem &item : bottomUp)
            set->append(item.status == status ? item.completionPct : 0.0);
        actuals->append(set);
        sets.push_back(set);
        byStatus.emplace_back(set, status);
    }
    auto *target = new QBarSet(targetName);
    for (std::size_t i = 0; i < bottomUp.size(); ++i)
        target->append(100.0);
    auto *targets = new QHorizontalBarSeries;
    targets->setBarWidth(0.75);
    targets->append(target);
    sets.insert(sets.begin(), target);
    // The first series added sits lowest in a row: actual below, target above it.
    chart->addSeries(actuals);
    chart->addSeries(targets);
    target->setColor(targetFill(dark)); // colours after addSeries, which applies the theme
    target->setBorderColor(targetFill(dark).darker(dark ? 70 : 125));
    for (const auto &[set, status] : byStatus) {
        set->setColor(statuspalette::fill(status, dark));
        set->setBorderColor(statuspalette::fill(status, dark));
    }
    return actuals;
}

QBarCategoryAxis *addAxes(QChart *chart, const std::vector<TargetActualItem> &bottomUp,
                          const QString &title)
{
    QStringList names;
    for (const TargetActualItem &item : bottomUp) {
        QString name = item.label;
        while (names.contains(name)) // QBarCategoryAxis drops duplicates
            name += QChar(0x200B);
        names << name;
    }
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    auto *axisX = new QValueAxis;
    const double top = axisMax(bottomUp);
    axisX->setRange(0, top);
    axisX->setTickCount(int(top / 20) + 1);
    axisX->setLabelFormat(QStringLiteral("%.0f%%"));
    axisX->setTitleText(title);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return axisY;
}

// `format` holds %1 name, %2 actual, %3 target, %4 unit, %5 completion.
QString tipText(const QString &format, const TargetActualItem &it)
{
    return format.arg(it.label.toHtmlEscaped(), number(it.actual), number(it.target),
                      it.unit.isEmpty() ? QString() : QLatin1Char(' ') + it.unit.toHtmlEscaped(),
                      number(std::round(it.completionPct * 10) / 10));
}

} // namespace

TargetActualChart::TargetActualChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *empty = new QLabel(tr("No targets set for this period"), this);
    empty->setObjectName(QStringLiteral("emptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(empty);
    setMinimumSize(360, 220);
    chartexport::addExportMenu(this, [this] { return m_title; });
    setItems({});
}

QString TargetActualChart::figuresFor(const TargetActualItem &item)
{
    const QString unit = item.unit.isEmpty() ? QString() : QLatin1Char(' ') + item.unit;
    return QStringLiteral("%1 / %2%3").arg(number(item.actual), number(item.target), unit);
}

void TargetActualChart::setTitle(const QString &title)
{
    m_title = title;
    if (m_view->chart())
        setItems(m_items);
}

void TargetActualChart::setItems(const std::vector<TargetActualItem> &items)
{
    m_items = items;
    const bool dark = statuspalette::isDark(palette());
    auto *chart = newChart(dark);
    replaceChart(m_view, chart);
    findChild<QLabel *>(QStringLiteral("emptyLabel"))->setVisible(items.empty());
    m_view->setVisible(!items.empty());
    // A row per indicator high enough for two lines of its name: the page scrolls instead.
    const int row = int(QFontMetricsF(font()).height() * 2.1);
    setMinimumHeight(std::max(220, int(items.size()) * row + 150));
    if (items.empty())
        return;

    // Qt draws the first category at the bottom, so the series run bottom-up: category i is
    // item n-1-i, and the first indicator is the top row.
    const std::vector<TargetActualItem> bottomUp(items.rbegin(), items.rend());
    std::vector<QBarSet *> sets;
    QAbstractSeries *actuals = addBars(chart, bottomUp, dark, tr("Target"), sets);
    QBarCategoryAxis *axis = addAxes(chart, bottomUp, tr("% of target"));
    applyFonts(chart, font());
    addWideTitle(chart, m_title, font());
    keepPercentTicksReadable(chart, qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first()),
                             font());
    QStringList names;
    for (const TargetActualItem &item : bottomUp)
        names << item.label;
    addSideLabels(chart, actuals, axis, names, font());
    addFigureLabels(chart, actuals, bottomUp, font());

    const auto itemAt = [this](int category) -> const TargetActualItem * {
        const int i = itemCount() - 1 - category;
        return i >= 0 && i < itemCount() ? &m_items[std::size_t(i)] : nullptr;
    };
    const auto showTip = [this, itemAt](bool on, int category) {
        const TargetActualItem *item = on ? itemAt(category) : nullptr;
        if (item)
            QToolTip::showText(
                QCursor::pos(),
                tipText(tr("<b>%1</b><br>Actual: %2%4<br>Target: %3%4<br>%5% of target"), *item),
                m_view);
        else
            QToolTip::hideText();
    };
    for (QBarSet *set : sets) {
        // Double-click, as everywhere else an indicator appears: a single click on a bar
        // should not pop up a dialog.
        connect(set, &QBarSet::doubleClicked, this, [this, itemAt](int category) {
            if (const TargetActualItem *item = itemAt(category))
                emit indicatorActivated(item->code);
        });
        connect(set, &QBarSet::hovered, this, showTip);
    }
}

} // namespace zx
