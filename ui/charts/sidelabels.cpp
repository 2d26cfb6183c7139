#include "charts/sidelabels.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace zx {

namespace {

// Lines of whole tokens (each keeps the spaces after it), trailing spaces trimmed.
QStringList greedyLines(const QStringList &tokens, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    QString line;
    for (const QString &token : tokens) {
        const QString candidate = line + token;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate.trimmed()) > width) {
            lines << line.trimmed();
            line = token;
        } else {
            line = candidate;
        }
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    return lines;
}

// Margins and ticks change only after the layout pass that reported the plot area: a change
// made inside it can be lost, leaving the names over the chart's edge. The next pass reports
// the plot area again, and the labels follow it.
// When the chart is being built (`now`), outside any layout pass, the margin is set at once,
// so the first layout is already right at the chart's present size.
void setMargin(QChart *chart, Qt::Edge edge, int value, bool now)
{
    const auto set = [chart, edge, value] {
        QMargins m = chart->margins();
        if ((edge == Qt::LeftEdge ? m.left() : m.top()) == value)
            return;
        if (edge == Qt::LeftEdge)
            m.setLeft(value);
        else
            m.setTop(value);
        chart->setMargins(m);
    };
    if (now)
        set();
    else
        QTimer::singleShot(0, chart, set);
}

struct SideLabel
{
    QGraphicsSimpleTextItem *text;
    QString name;
    int category;
};

} // namespace

QStringList wrapTokens(const QString &text)
{
    static const QRegularExpression token(
        QStringLiteral("[\\x{2E80}-\\x{FFFF}]\\s*|[^\\s\\x{2E80}-\\x{FFFF}]+\\s*"));
    QStringList tokens;
    for (auto it = token.globalMatch(text); it.hasNext();)
        tokens << it.next().captured();
    return tokens;
}

QStringList wrappedLines(const QString &text, const QFontMetricsF &fm, double width, int maxLines)
{
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    const QStringList tokens = wrapTokens(text);
    QStringList lines = greedyLines(tokens, fm, width);
    if (lines.size() > 1) { // even out: "返乡下乡 / 创业人员", not "返乡下乡创业 / 人员"
        for (double w = fm.horizontalAdvance(text) / lines.size(); w < width; w += 4) {
            const QStringList even = greedyLines(tokens, fm, w);
            if (even.size() <= lines.size()) {
                lines = even;
                break;
            }
        }
    }
    if (lines.size() > maxLines) {
        const QString rest = QStringList(lines.mid(maxLines - 1)).join(QString());
        lines = lines.mid(0, maxLines - 1) << fm.elidedText(rest, Qt::ElideRight, width);
    }
    for (QString &line : lines)
        if (fm.horizontalAdvance(line) > width) // one word longer than the column
            line = fm.elidedText(line, Qt::ElideRight, width);
    return lines;
}

void addSideLabels(QChart *chart, QAbstractSeries *series, QBarCategoryAxis *axis,
                   const QStringList &bottomUp, const QFont &font, double maxShare)
{
    axis->setLabelsVisible(false);
    auto labels = std::make_shared<std::vector<SideLabel>>();
    const QBrush brush = axis->labelsBrush();
    for (int i = 0; i < bottomUp.size(); ++i) {
        auto *text = new QGraphicsSimpleTextItem(chart);
        text->setFont(font);
        text->setBrush(brush);
        labels->push_back({text, bottomUp[i], i});
    }
    const auto layout = [chart, series, labels, font, maxShare](bool now = false) {
        const QFontMetricsF fm(font);
        double widest = 0;
        for (const SideLabel &l : *labels)
            widest = std::max(widest, fm.horizontalAdvance(l.name));
        const double column = std::ceil(std::min(widest, chart->size().width() * maxShare));
        const int left = int(column) + 10;
        if (chart->margins().left() != left)
            setMargin(chart, Qt::LeftEdge, left, now);
        const double x = chart->plotArea().left() - 6;
        for (const SideLabel &l : *labels) {
            const QStringList lines = wrappedLines(l.name, fm, column, 2);
            l.text->setText(lines.join(QLatin1Char('\n')));
            const bool whole = !lines.join(QString()).contains(QChar(0x2026)); // no "…"
            l.text->setToolTip(whole ? QString() : l.name);
            const QRectF box = l.text->boundingRect();
            const double y = chart->mapToPosition(QPointF(0, l.category), series).y();
            l.text->setPos(x - box.width(), y - box.height() / 2);
        }
    };
    layout(true);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [layout] { layout(); });
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [layout] { layout(); });
}

void addWideTitle(QChart *chart, const QString &title, const QFont &font)
{
    chart->setTitle(QString());
    if (title.isEmpty())
        return;
    QFont bold = font;
    bold.setBold(true);
    auto *text = new QGraphicsSimpleTextItem(chart);
    text->setFont(bold);
    text->setBrush(chart->titleBrush());
    const auto layout = [chart, text, title, bold](bool now = false) {
        const QFontMetricsF fm(bold);
        const double width = chart->size().width() - 8;
        const QStringList lines = wrappedLines(title, fm, std::max(40.0, width), 2);
        text->setText(lines.join(QLatin1Char('\n')));
        text->setToolTip(lines.join(QString()).contains(QChar(0x2026)) ? title : QString());
        const QRectF box = text->boundingRect();
        text->setPos((chart->size().width() - box.width()) / 2, 4);
        const int top = int(std::ceil(box.height())) + 8;
        if (chart->margins().top() != top)
            setMargin(chart, Qt::TopEdge, top, now);
    };
    layout(true);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [layout] { layout(); });
}

void keepPercentTicksReadable(QChart *chart, QValueAxis *axis, const QFont &font)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(20);
    const auto layout = [chart, axis, font] {
        const double top = axis->max();
        const double label = QFontMetricsF(font).horizontalAdvance(QStringLiteral("100%")) + 14;
        const double width = chart->plotArea().width();
        double interval = 100;
        for (double step : {20.0, 25.0, 50.0}) {
            if (width * step / top >= label) {
                interval = step;
                break;
            }
        }
        if (axis->tickInterval() != interval)
            QTimer::singleShot(0, axis, [axis, interval] { axis->setTickInterval(interval); });
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, layout);
}

} // namespace zx
