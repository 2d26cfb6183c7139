#include "widgets/completiongauge.h"

#include "domain/enums.h"
#include "widgets/chartexport.h"
#include "widgets/gaugelayout.h"
#include "widgets/statuspalette.h"

#include <QFontMetricsF>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace zx {

namespace {

struct Colours
{
    bool dark = false;
    QColor text;      // title and number
    QColor secondary; // footer, time label, "no target"
    QColor track;     // the empty value arc
};

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

Colours coloursFor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    return {statuspalette::isDark(palette), text, blend(text, window, 0.38),
            blend(window, text, 0.12)};
}

QFont sized(const QFont &base, double px, int weight = QFont::Normal)
{
    QFont f = base;
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setWeight(QFont::Weight(weight));
    return f;
}

QString percentText(double pct)
{
    return QString::number(pct, 'f', 2) + QLatin1Char('%');
}

QString amount(const QString &pattern, const QString &number, const QString &unit)
{
    return pattern.arg(number, unit).trimmed();
}

void drawArc(QPainter &p, const GaugeLayout &l, double radius, double width, double from, double to,
             const QColor &colour)
{
    if (to <= from)
        return;
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
    p.setBrush(Qt::NoBrush);
    const QRectF box(l.centre.x() - radius, l.centre.y() - radius, 2 * radius, 2 * radius);
    const double start = gaugeAngle(from);
    p.drawArc(box, int(std::lround(start * 16)), int(std::lround((gaugeAngle(to) - start) * 16)));
}

void drawBands(QPainter &p, const GaugeLayout &l, const GaugeData &d, const Colours &c)
{
    const double r = l.radius - l.bandWidth / 2;
    if (!d.completionPct) {
        drawArc(p, l, r, l.bandWidth, 0, kGaugeMaxPct, c.track);
        return;
    }
    const double t = std::clamp(d.timeProgressPct, 0.0, 100.0);
    const auto band = [&](TrackStatus s, double from, double to) {
        drawArc(p, l, r, l.bandWidth, std::max(0.0, from), to, statuspalette::fill(s, c.dark));
    };
    band(TrackStatus::Behind, 0, t - 10);
    band(TrackStatus::Lagging, t - 10, t);
    band(TrackStatus::OnTrack, t, 100);
    band(TrackStatus::Done, 100, kGaugeMaxPct);
}

void drawValue(QPainter &p, const GaugeLayout &l, const GaugeData &d, const Colours &c)
{
    drawArc(p, l, l.valueRadius, l.valueWidth, 0, kGaugeMaxPct, c.track);
    if (d.completionPct)
        drawArc(p, l, l.valueRadius, l.valueWidth, 0, std::min(*d.completionPct, kGaugeMaxPct),
                statuspalette::fill(d.status, c.dark));
}

// A triangle outside the band ring pointing at the time progress T.
void drawMarker(QPainter &p, const GaugeLayout &l, double t, const Colours &c)
{
    const double s = l.markerSize;
    const QPointF tip = gaugePoint(l, t, l.radius + 1);
    const QPointF outer = gaugePoint(l, t, l.radius + 1 + s);
    const QPointF side = QPointF(outer.y() - tip.y(), tip.x() - outer.x()) * 0.6;
    p.setPen(Qt::NoPen);
    p.setBrush(c.text);
    p.drawPolygon(QPolygonF{tip, outer + side, outer - side});
    p.setPen(QPen(c.text, std::max(1.5, l.bandWidth / 3), Qt::SolidLine, Qt::FlatCap));
    p.drawLine(tip, gaugePoint(l, t, l.radius - l.bandWidth));
}

// The tiny "time T %" label just inside the value arc at T, turned along the arc so that it
// stays clear of the number in the middle. Returns the radius left free inside it.
double drawTimeLabel(QPainter &p, const GaugeLayout &l, double t, const Colours &c,
                     const QFont &base)
{
    const QString label = CompletionGauge::tr("Time %1%").arg(QString::number(t, 'f', 0));
    const QFont font = sized(base, l.labelPx);
    const QFontMetricsF fm(font);
    const double half = fm.horizontalAdvance(label) / 2;
    const double inner = l.valueRadius - l.valueWidth / 2 - std::max(2.0, 0.03 * l.radius);
    // The label's outer corners, half its length along the tangent, must stay inside `inner`.
    const double mid = std::sqrt(std::max(0.0, inner * inner - half * half)) - fm.height() / 2;
    p.save();
    p.translate(gaugePoint(l, t, mid));
    double turn = 90.0 - gaugeAngle(t);
    if (turn < -90)
        turn += 180; // keep the text upright
    p.rotate(turn);
    p.setFont(font);
    p.setPen(c.secondary);
    p.drawText(QRectF(-half - 2, -fm.height() / 2, 2 * half + 4, fm.height()), Qt::AlignCenter,
               label);
    p.restore();
    return mid - fm.height() / 2 - 2;
}

// The completion, "136.86" big and "%" smaller, centred a little above the middle and no wider
// than the free circle of radius `free` allows.
void drawNumber(QPainter &p, const GaugeLayout &l, const GaugeData &d, const Colours &c,
                const QFont &base, double free)
{
    const double r = l.radius;
    const double top = 0.20 * r; // how far the digits reach above the centre
    const double maxWidth = 2 * std::sqrt(std::max(1.0, free * free - top * top));
    const QString digits =
        d.completionPct ? QString::number(*d.completionPct, 'f', 2) : QStringLiteral("—");
    const QString suffix = d.completionPct ? QStringLiteral("%") : QString();
    QFont big = sized(base, l.numberPx, QFont::Bold);
    QFont small = sized(base, l.numberPx * 0.6, QFont::Bold);
    double width = QFontMetricsF(big).horizontalAdvance(digits) +
                   QFontMetricsF(small).horizontalAdvance(suffix);
    if (width > maxWidth) {
        const double k = maxWidth / width;
        big = sized(base, l.numberPx * k, QFont::Bold);
        small = sized(base, l.numberPx * 0.6 * k, QFont::Bold);
        width = QFontMetricsF(big).horizontalAdvance(digits) +
                QFontMetricsF(small).horizontalAdvance(suffix);
    }
    const double baseline = l.centre.y() + 0.05 * r;
    const double x = l.centre.x() - width / 2;
    p.setPen(d.completionPct ? c.text : c.secondary);
    p.setFont(big);
    p.drawText(QPointF(x, baseline), digits);
    p.setFont(small);
    p.drawText(QPointF(x + QFontMetricsF(big).horizontalAdvance(digits), baseline), suffix);
}

void drawStatusChip(QPainter &p, const GaugeLayout &l, const GaugeData &d, const Colours &c,
                    const QFont &base)
{
    const QString status = statusLabel(d.status);
    const QFont font = sized(base, l.statusPx, QFont::DemiBold);
    const QFontMetricsF fm(font);
    const double h = fm.height() * 1.15;
    const double w = fm.horizontalAdvance(status) + h * 0.9;
    const QRectF chip(l.centre.x() - w / 2, l.centre.y() + 0.14 * l.radius, w, h);
    p.setPen(Qt::NoPen);
    p.setBrush(statuspalette::fill(d.status, c.dark));
    p.drawRoundedRect(chip, h / 2, h / 2);
    p.setFont(font);
    p.setPen(statuspalette::text(d.status, c.dark));
    p.drawText(chip, Qt::AlignCenter, status);
}

// The dial: everything of the gauge but its two labels, painted to its own size.
class GaugeDial : public QWidget
{
public:
    GaugeDial(const GaugeData *data, QWidget *parent) : QWidget(parent), m_data(data)
    {
        setMinimumSize(150, 120);
    }
    QSize sizeHint() const override { return {200, 150}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const GaugeLayout l = gaugeLayout(size(), font());
        const Colours c = coloursFor(palette());
        const GaugeData &d = *m_data;
        drawBands(p, l, d, c);
        drawValue(p, l, d, c);
        double free = l.valueRadius - l.valueWidth / 2 - 4;
        if (d.completionPct) {
            const double t = std::clamp(d.timeProgressPct, 0.0, 100.0);
            drawMarker(p, l, t, c);
            free = drawTimeLabel(p, l, t, c, font());
        }
        drawNumber(p, l, d, c, font(), free);
        drawStatusChip(p, l, d, c, font());
    }

private:
    const GaugeData *m_data;
};

QLabel *newLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

} // namespace

CompletionGauge::CompletionGauge(QWidget *parent)
    : QWidget(parent), m_title(newLabel(this, "gaugeTitle")), m_dial(new GaugeDial(&m_data, this)),
      m_caption(newLabel(this, "gaugeCaption"))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Two lines' room for every name, so that the dials of a row line up.
    m_title->setMinimumHeight(QFontMetrics(titleFont).lineSpacing() * 2);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    // Every dial of a row the same size, however long its gauge's name: a wide name widens the
    // gauge, not the dial.
    m_dial->setMaximumWidth(172); // the narrowest gauge's dial (180 px less margins)
    layout->addWidget(m_dial, 1, Qt::AlignHCenter);
    layout->addWidget(m_caption);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    chartexport::addExportMenu(this, [this] { return m_data.title; });
}

QString CompletionGauge::captionFor(const GaugeData &d)
{
    const QString actual = amount(tr("Actual %1 %2"), d.actualText, d.unit);
    if (d.targetText.isEmpty()) {
        const QString none = tr("No target");
        return d.actualText.isEmpty() ? none : none + QLatin1Char('\n') + actual;
    }
    const QString target = amount(tr("Target %1 %2"), d.targetText, d.unit);
    // No figure yet: the chip says 未填报 (not reported), the caption only the target.
    return d.actualText.isEmpty() ? target : target + QLatin1Char('\n') + actual;
}

void CompletionGauge::setData(const GaugeData &data)
{
    m_data = data;
    m_title->setText(data.title);
    m_caption->setText(captionFor(data));
    QString tip = data.title;
    if (data.completionPct)
        tip += QLatin1Char('\n') + percentText(*data.completionPct) + QStringLiteral(" · ") +
               statusLabel(data.status);
    tip += QLatin1Char('\n') + captionFor(data);
    if (data.completionPct)
        tip +=
            QLatin1Char('\n') + tr("Time %1%").arg(QString::number(data.timeProgressPct, 'f', 0));
    setToolTip(tip);
    setAccessibleName(data.title);
    setAccessibleDescription(tip);
    updateGeometry();
    update();
}

// Wide enough for the name in two lines and for each caption line (a single word or CJK run
// never wraps inside), within 180–300 px.
int CompletionGauge::preferredWidth() const
{
    const QFontMetrics title(m_title->font());
    const QFontMetrics caption(m_caption->font());
    int width = title.horizontalAdvance(m_data.title) / 2 + title.averageCharWidth() * 4;
    for (const QString &word : m_data.title.split(QLatin1Char(' ')))
        width = std::max(width, title.horizontalAdvance(word));
    for (const QString &line : m_caption->text().split(QLatin1Char('\n')))
        width = std::max(width, caption.horizontalAdvance(line));
    const QMargins m = layout()->contentsMargins();
    return std::clamp(width + m.left() + m.right() + 8, 180, 300);
}

QSize CompletionGauge::sizeHint() const
{
    const int w = preferredWidth();
    return {w, std::max(heightForWidth(w), 200)};
}

QSize CompletionGauge::minimumSizeHint() const
{
    const int w = preferredWidth();
    return {w, heightForWidth(w)};
}

void CompletionGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void CompletionGauge::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit activated();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace zx
