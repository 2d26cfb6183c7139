#include "charts/rankingchart.h"

#include "charts/chartstyle.h"
#include "charts/sidelabels.h"

#include "domain/enums.h"
#include "widgets/chartexport.h"
#include "widgets/statuspalette.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace zx {

using chartstyle::applyFonts;
using chartstyle::newChart;
using chartstyle::number;
using chartstyle::replaceChart;

namespace {

// The share of the chart's width the region names may take before they wrap.
constexpr double NameShare = 0.55;

QString percent(double v)
{
    return QLocale().toString(v, 'f', 1) + QLatin1Char('%');
}

QString tipText(const RankingItem &item)
{
    return RankingChart::labelFor(item) + QLatin1Char('\n') +
           (item.completionPct ? percent(*item.completionPct) : QStringLiteral("—"));
}

// Horizontal stacked bars with one set per status, each region non-zero only in its own
// status's set: Qt 6.4 has no per-bar colours, and stacking keeps every region's single
// bar centred on its category. Returns the series; the sets go to `sets`.
QAbstractSeries *addBars(QChart *chart, const std::vector<RankingItem> &items, bool dark,
                         std::vector<QBarSet *> &sets)
{
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.65);
    std::vector<std::pair<QBarSet *, TrackStatus>> byStatus;
    for (TrackStatus status : statuspalette::order()) {
        if (std::none_of(items.begin(), items.end(), [status](const RankingItem &it) {
                return it.completionPct && it.status == status;
            }))
            continue;
        auto *set = new QBarSet(statusLabel(status));
        for (const RankingItem &item : items)
            set->append(item.completionPct && item.status == status ? *item.completionPct : 0.0);
        series->append(set);
        sets.push_back(set);
        byStatus.emplace_back(set, status);
    }
    chart->addSeries(series);
    for (const auto &[set, status] : byStatus) { // after addSeries, which applies the theme
        set->setColor(statuspalette::fill(status, dark));
        set->setBorderColor(statuspalette::fill(status, dark));
    }
    return series;
}

// A dashed vertical line at time progress, as a line series on the bars' axes: categories
// sit at 0..n-1, so it runs from -0.5 to n-0.5.
void addProgressLine(QChart *chart, double progress, int count, const QString &name, bool dark)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(progress, -0.5);
    line->append(progress, count - 0.5);
    chart->addSeries(line);
    line->setPen(QPen(dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x42, 0x42, 0x42), 2, Qt::DashLine));
}

// Category labels bottom to top; QBarCategoryAxis drops duplicates, so equal ones get a
// zero-width space.
QStringList categories(const std::vector<RankingItem> &bottomUp)
{
    QStringList labels;
    for (const RankingItem &item : bottomUp) {
        QString label = RankingChart::labelFor(item);
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    return labels;
}

QBarCategoryAxis *addAxes(QChart *chart, const QStringList &labels, double top,
                          const QString &title)
{
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels); // drawn by addSideLabels()
    auto *axisX = new QValueAxis;
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

// The completion figure just right of each bar's end, kept in place when the plot moves;
// a figure that would be struck through by the time-progress line moves right of it.
void addValueLabels(QChart *chart, QAbstractSeries *series, const std::vector<RankingItem> &items,
                    double progress, const QFont &font)
{
    std::vector<std::pair<QGraphicsSimpleTextItem *, QPointF>> labels;
    const QBrush brush = chart->axes(Qt::Horizontal).first()->labelsBrush();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].completionPct)
            continue;
        auto *text = new QGraphicsSimpleTextItem(percent(*items[i].completionPct), chart);
        text->setFont(font);
        text->setBrush(brush);
        text->setZValue(100);
        labels.emplace_back(text, QPointF(*items[i].completionPct, double(i)));
    }
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, series, labels, progress] {
        const qreal lineX = chart->mapToPosition(QPointF(progress, 0), series).x();
        for (const auto &[text, value] : labels) {
            const QPointF end = chart->mapToPosition(value, series);
            qreal x = end.x() + 4;
            if (x < lineX + 4 && x + text->boundingRect().width() > lineX - 4)
                x = lineX + 4;
            text->setPos(x, end.y() - text->boundingRect().height() / 2);
        }
    });
}

} // namespace

RankingChart::RankingChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
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
    setItems({}, 0);
}

void RankingChart::setTitle(const QString &title)
{
    m_title = title;
    if (m_view->chart())
        setItems(m_items, m_timeProgress);
}

QString RankingChart::labelFor(const RankingItem &item)
{
    QString label = (item.rank > 0 ? QString::number(item.rank) : QStringLiteral("—")) +
                    QLatin1Char(' ') + item.regionName;
    // Why a region has no rank: no figure yet against its target (未填报), or no target.
    if (item.rank == 0 &&
        (item.status == TrackStatus::NotReported || item.status == TrackStatus::Untracked))
        label += QStringLiteral(" · ") + statusLabel(item.status);
    if (item.rankChange) {
        const int change = *item.rankChange;
        label += QLatin1Char(' ');
        if (change > 0)
            label += QStringLiteral("▲") + QString::number(change);
        else if (change < 0)
            label += QStringLiteral("▼") + QString::number(-change);
        else
            label += QStringLiteral("–");
    }
    return label;
}

void RankingChart::setItems(const std::vector<RankingItem> &items, double timeProgressPct)
{
    m_items = items;
    m_timeProgress = timeProgressPct;
    const bool dark = statuspalette::isDark(palette());
    auto *chart = newChart(dark);
    replaceChart(m_view, chart);
    findChild<QLabel *>(QStringLiteral("emptyLabel"))->setVisible(items.empty());
    m_view->setVisible(!items.empty());
    // A row per region high enough for its name (two lines when it cannot have one): twenty
    // villages make a taller chart, and the page scrolls.
    const QFontMetricsF fm(font());
    double widest = 0;
    for (const RankingItem &item : items)
        widest = std::max(widest, fm.horizontalAdvance(labelFor(item)));
    const double row = fm.height() * (widest > NameShare * std::max(width(), 360) ? 2.3 : 1.4);
    setMinimumHeight(std::max(220, int(double(items.size()) * row) + 130));
    if (items.empty())
        return;

    // Qt draws the first category at the bottom, and QAbstractAxis::setReverse has no effect
    // on bar series in 6.4, so the series run bottom-up: category i is item n-1-i.
    const std::vector<RankingItem> bottomUp(items.rbegin(), items.rend());
    double top = std::max(100.0, timeProgressPct);
    for (const RankingItem &item : items)
        top = std::max(top, item.completionPct.value_or(0));
    std::vector<QBarSet *> sets;
    QAbstractSeries *bars = addBars(chart, bottomUp, dark, sets);
    addProgressLine(chart, timeProgressPct, itemCount(),
                    tr("Time progress %1").arg(percent(timeProgressPct)), dark);
    // Room right of the longest bar for its figure.
    const QStringList labels = categories(bottomUp);
    QBarCategoryAxis *axis =
        addAxes(chart, labels, std::ceil(top * 1.12 / 20) * 20, tr("% of target"));
    applyFonts(chart, font());
    addWideTitle(chart, m_title, font());
    keepPercentTicksReadable(chart, qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first()),
                             font());
    addSideLabels(chart, bars, axis, labels, font(), NameShare);
    addValueLabels(chart, bars, bottomUp, timeProgressPct, font());

    const auto itemAt = [this](int category) -> const RankingItem * {
        const int i = itemCount() - 1 - category;
        return i >= 0 && i < itemCount() ? &m_items[std::size_t(i)] : nullptr;
    };
    for (QBarSet *set : sets) {
        connect(set, &QBarSet::clicked, this, [this, itemAt](int category) {
            if (const RankingItem *item = itemAt(category))
                emit regionActivated(item->regionCode);
        });
        connect(set, &QBarSet::hovered, this, [this, itemAt](bool on, int category) {
            const RankingItem *item = on ? itemAt(category) : nullptr;
            if (item)
                QToolTip::showText(QCursor::pos(), tipText(*item), m_view);
            else
                QToolTip::hideText();
        });
    }
}

} // namespace zx
