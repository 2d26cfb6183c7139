#include "charts/targetactualchart.h"

#include "charts/chartstyle.h"

#include "domain/enums.h"
#include "widgets/statuspalette.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>
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

QString figures(const TargetActualItem &item)
{
    return QStringLiteral("%1/%2%3").arg(number(item.actual), number(item.target), item.unit);
}

// Words for wrapping: each CJK character on its own, Latin words whole, spaces dropped.
QStringList wrapTokens(const QString &text)
{
    static const QRegularExpression token(
        QStringLiteral("[\\x{2E80}-\\x{FFFF}]|[^\\s\\x{2E80}-\\x{FFFF}]+"));
    QStringList tokens;
    for (auto it = token.globalMatch(text); it.hasNext();)
        tokens << it.next().captured();
    return tokens;
}

QStringList greedyLines(const QStringList &tokens, const QFontMetricsF &fm, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString &token : tokens) {
        const bool latin =
            !line.isEmpty() && token.front().unicode() < 0x2E80 && line.back().unicode() < 0x2E80;
        const QString candidate = line + (latin ? QStringLiteral(" ") : QString()) + token;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            lines << line;
            line = token;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// A category label as rich text wrapped to `width`: as few lines as fit, evened out
// ("返乡下乡<br>创业人员" rather than "返乡下乡创业<br>人员"), at most three, the third elided.
// The axis itself would cut names to "返乡下乡创..." (and its truncation is switched off).
QString categoryLabel(const QString &name, const QFontMetricsF &fm, qreal width)
{
    const QStringList tokens = wrapTokens(name);
    QStringList lines = greedyLines(tokens, fm, width);
    for (qreal w = fm.horizontalAdvance(name) / lines.size(); w < width; w += 4) {
        const QStringList even = greedyLines(tokens, fm, w);
        if (even.size() <= lines.size()) {
            lines = even;
            break;
        }
    }
    if (lines.size() > 3) {
        const QString rest = QStringList(lines.mid(2)).join(QString());
        lines = lines.mid(0, 2) << fm.elidedText(rest, Qt::ElideRight, width);
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return QStringLiteral("<center>%1</center>").arg(lines.join(QStringLiteral("<br>")));
}

// QBarCategoryAxis drops duplicate categories; two names cut alike must stay apart.
QStringList categories(const std::vector<TargetActualItem> &items, const QFont &font, qreal width)
{
    QStringList names;
    const QFontMetricsF fm(font);
    for (const TargetActualItem &item : items) {
        QString name = categoryLabel(item.label, fm, width);
        while (names.contains(name))
            name += QChar(0x200B);
        names << name;
    }
    return names;
}

double axisMax(const std::vector<TargetActualItem> &items)
{
    double top = 120;
    for (const TargetActualItem &item : items)
        top = std::max(top, std::ceil(item.completionPct / 20.0) * 20.0);
    return top;
}

struct FigureLabel
{
    QGraphicsTextItem *text;
    QPointF anchor; // (category, % of target) of the taller bar's top
    QString oneLine;
    QString twoLines;
};

// Puts a label centred above its bars, on two lines when one is wider than the category;
// hidden when even two lines are (the tooltip still has the figures).
void placeFigure(const FigureLabel &label, QPointF top, qreal slot)
{
    label.text->setTextWidth(-1);
    label.text->setPlainText(label.oneLine);
    if (label.text->boundingRect().width() > slot)
        label.text->setPlainText(label.twoLines);
    label.text->setVisible(label.text->boundingRect().width() <= slot);
    label.text->setTextWidth(slot);
    const qreal height = label.text->boundingRect().height();
    label.text->setPos(top.x() - slot / 2, std::max(0.0, top.y() - height));
}

// "actual/target unit" above each indicator's bars (bar series labels cannot carry per-bar
// text); placed by followLayout().
std::vector<FigureLabel> addFigureLabels(QChart *chart, const std::vector<TargetActualItem> &items,
                                         const QFont &font)
{
    std::vector<FigureLabel> labels;
    const QColor colour = chart->axes(Qt::Horizontal).first()->labelsBrush().color();
    QTextOption centred(Qt::AlignHCenter);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const TargetActualItem &it = items[i];
        auto *text = new QGraphicsTextItem(chart);
        text->setFont(font);
        text->setDefaultTextColor(colour);
        text->document()->setDocumentMargin(1);
        text->document()->setDefaultTextOption(centred);
        text->setZValue(10);
        labels.push_back({text, QPointF(double(i), std::max(it.completionPct, 100.0)), figures(it),
                          number(it.actual) + QStringLiteral("/\n") + number(it.target) + it.unit});
    }
    return labels;
}

// Whenever the plot area changes (resize, first layout), re-wraps the names to the width of
// one indicator and puts the figures back above their bars. Re-wrapping only changes the
// labels' height, not the width per indicator, so the second pass changes nothing.
void followLayout(QChart *chart, QAbstractSeries *series, QBarCategoryAxis *axis,
                  const std::vector<TargetActualItem> &items, const QFont &font)
{
    const std::vector<FigureLabel> labels = addFigureLabels(chart, items, font);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [=] {
        const qreal slot = chart->mapToPosition(QPointF(1, 0), series).x() -
                           chart->mapToPosition(QPointF(0, 0), series).x();
        const QStringList wanted = categories(items, font, slot * 0.92);
        if (axis->categories() != wanted)
            axis->setCategories(wanted);
        for (const FigureLabel &label : labels)
            placeFigure(label, chart->mapToPosition(label.anchor, series), slot);
    });
}

// `format` holds %1 name, %2 actual, %3 target, %4 unit, %5 completion.
QString tipText(const QString &format, const TargetActualItem &it)
{
    return format.arg(it.label.toHtmlEscaped(), number(it.actual), number(it.target),
                      it.unit.toHtmlEscaped(), number(std::round(it.completionPct * 10) / 10));
}

QColor targetFill(bool dark)
{
    return dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xe6, 0xe6, 0xe6);
}

// Qt 6.4 has no per-bar colour in a QBarSet (only a single "selected" colour), so the chart
// holds two bar series on the same axes, which QtCharts places side by side in each category:
// a pale "Target" series (all 100 %) and a stacked series with one set per status, in which
// each indicator is non-zero only in its own status's set. Each indicator thus shows a target
// bar and one actual bar in its status colour, and the legend names the status colours.
// Returns the actual series; all sets go to `sets`.
QAbstractSeries *addBars(QChart *chart, const std::vector<TargetActualItem> &items, bool dark,
                         const QString &targetName, std::vector<QBarSet *> &sets)
{
    auto *target = new QBarSet(targetName);
    for (std::size_t i = 0; i < items.size(); ++i)
        target->append(100.0);
    auto *targets = new QBarSeries;
    targets->setBarWidth(0.7);
    targets->append(target);
    sets.push_back(target);

    auto *actuals = new QStackedBarSeries;
    actuals->setBarWidth(0.7);
    std::vector<std::pair<QBarSet *, TrackStatus>> byStatus;
    for (TrackStatus status : statuspalette::order()) {
        if (std::none_of(items.begin(), items.end(),
                         [status](const TargetActualItem &it) { return it.status == status; }))
            continue;
        auto *set = new QBarSet(statusLabel(status));
        for (const TargetActualItem &item : items)
            set->append(item.status == status ? item.completionPct : 0.0);
        actuals->append(set);
        sets.push_back(set);
        byStatus.emplace_back(set, status);
    }
    chart->addSeries(targets);
    chart->addSeries(actuals);
    // Colours only after addSeries, which applies the theme's colours.
    target->setColor(targetFill(dark));
    target->setBorderColor(targetFill(dark).darker(dark ? 70 : 125));
    for (const auto &[set, status] : byStatus) {
        set->setColor(statuspalette::fill(status, dark));
        set->setBorderColor(statuspalette::fill(status, dark));
    }
    return actuals;
}

QBarCategoryAxis *addAxes(QChart *chart, const std::vector<TargetActualItem> &items,
                          const QString &title, const QFont &font)
{
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories(items, font, 80)); // until followLayout() knows the width
    axisX->setTruncateLabels(false);            // wrapped by categoryLabel() instead
    auto *axisY = new QValueAxis;
    const double top = axisMax(items);
    axisY->setRange(0, top);
    axisY->setTickCount(int(top / 20) + 1);
    axisY->setLabelFormat(QStringLiteral("%.0f%%"));
    axisY->setTitleText(title);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return axisX;
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
    setMinimumSize(360, 220); // two side by side and two rows fit 1280×720
    setItems({});
}

void TargetActualChart::setItems(const std::vector<TargetActualItem> &items)
{
    m_items = items;
    const bool dark = statuspalette::isDark(palette());
    auto *chart = newChart(dark);
    replaceChart(m_view, chart);
    findChild<QLabel *>(QStringLiteral("emptyLabel"))->setVisible(items.empty());
    m_view->setVisible(!items.empty());
    if (items.empty())
        return;

    std::vector<QBarSet *> sets;
    QAbstractSeries *actuals = addBars(chart, items, dark, tr("Target"), sets);
    QBarCategoryAxis *axis = addAxes(chart, items, tr("% of target"), font());
    applyFonts(chart, font());
    followLayout(chart, actuals, axis, items, font());
    // Room above the plot for the figures over the tallest bars.
    chart->setMargins(QMargins(4, QFontMetrics(font()).height() + 6, 4, 4));

    const auto activate = [this](int index) {
        if (index >= 0 && index < itemCount())
            emit indicatorActivated(m_items[std::size_t(index)].code);
    };
    const auto showTip = [this](bool on, int index) {
        if (on && index >= 0 && index < itemCount())
            QToolTip::showText(
                QCursor::pos(),
                tipText(tr("<b>%1</b><br>Actual: %2%4<br>Target: %3%4<br>%5% of target"),
                        m_items[std::size_t(index)]),
                m_view);
        else
            QToolTip::hideText();
    };
    for (QBarSet *set : sets) {
        // Double-click, as everywhere else an indicator appears: a single click on a bar
        // should not pop up a dialog.
        connect(set, &QBarSet::doubleClicked, this, activate);
        connect(set, &QBarSet::hovered, this, showTip);
    }
}

} // namespace zx
