#include "widgets/statustiles.h"

#include "domain/enums.h"
#include "widgets/statuspalette.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QPainter>
#include <QStyleOptionToolButton>
#include <QToolButton>

#include <algorithm>

namespace zx {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

// One tile: a checkable button painted as a coloured card, the count big and the status
// name below. A plain QToolButton cannot mix font sizes, hence the own paintEvent.
class StatusTile : public QToolButton
{
public:
    StatusTile(TrackStatus status, QWidget *parent) : QToolButton(parent), m_status(status)
    {
        setCheckable(true);
        setAttribute(Qt::WA_Hover); // repaint on enter and leave for the hover shade
        setCursor(Qt::PointingHandCursor);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setObjectName(QStringLiteral("tile_") + toCode(status));
    }

    TrackStatus status() const { return m_status; }
    void setCount(int count)
    {
        m_count = count;
        setText(QString::number(count) + QLatin1Char(' ') + statusLabel(m_status));
        updateGeometry();
        update();
    }
    void setDimmed(bool dimmed)
    {
        m_dimmed = dimmed;
        update();
    }

    QSize sizeHint() const override
    {
        const QFontMetricsF big(countFont());
        const QFontMetricsF small(font());
        const double w = std::max(big.horizontalAdvance(QString::number(m_count)),
                                  small.horizontalAdvance(statusLabel(m_status)));
        return QSize(int(w) + 28, int(big.height() + small.height()) + 18);
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QFont countFont() const
    {
        QFont f = font();
        f.setPixelSize(int(std::max(14.0, QFontMetricsF(font()).height() * 1.6)));
        f.setBold(true);
        return f;
    }

    TrackStatus m_status;
    int m_count = 0;
    bool m_dimmed = false; // another tile is the active filter
};

void StatusTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = statuspalette::isDark(palette());
    const QColor window = palette().color(QPalette::Window);
    QColor fill = statuspalette::fill(m_status, dark);
    QColor ink = statuspalette::text(m_status, dark);
    if (m_dimmed) { // a pale tint with the window's text colour stays readable
        fill = blend(fill, window, 0.6);
        ink = palette().color(QPalette::WindowText);
    }
    if (underMouse())
        fill = dark ? fill.lighter(115) : fill.darker(108);
    const double ring = isChecked() ? 3.0 : 0.0;
    const QRectF card = QRectF(rect()).adjusted(ring + 1, ring + 1, -ring - 1, -ring - 1);
    if (isChecked()) {
        p.setPen(QPen(palette().color(QPalette::WindowText), ring));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(card, 6, 6);

    const QFont big = countFont();
    const double bigH = QFontMetricsF(big).height();
    const double smallH = QFontMetricsF(font()).height();
    const double top = card.top() + (card.height() - bigH - smallH) / 2;
    p.setPen(ink);
    p.setFont(big);
    p.drawText(QRectF(card.left(), top, card.width(), bigH), Qt::AlignCenter,
               QString::number(m_count));
    p.setFont(font());
    const QString name =
        QFontMetricsF(font()).elidedText(statusLabel(m_status), Qt::ElideRight, card.width() - 6);
    p.drawText(QRectF(card.left(), top + bigH, card.width(), smallH), Qt::AlignCenter, name);
    if (hasFocus()) {
        p.setPen(QPen(ink, 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(card.adjusted(3, 3, -3, -3), 4, 4);
    }
}

QString ruleText(TrackStatus status)
{
    switch (status) {
    case TrackStatus::Done:
        return StatusTiles::tr("Completion ≥ 100 %");
    case TrackStatus::OnTrack:
        return StatusTiles::tr("Completion ≥ time progress");
    case TrackStatus::Lagging:
        return StatusTiles::tr("Within 10 points below time progress");
    case TrackStatus::Behind:
        return StatusTiles::tr("More than 10 points below time progress");
    case TrackStatus::NotReported:
        return StatusTiles::tr("A target, but no figure reported yet");
    case TrackStatus::Untracked:
        break;
    }
    return StatusTiles::tr("No target set");
}

StatusTile *tile(QToolButton *button)
{
    return static_cast<StatusTile *>(button);
}

} // namespace

StatusTiles::StatusTiles(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        const TrackStatus status = statuspalette::order()[i];
        auto *button = new StatusTile(status, this);
        m_tiles[i] = button;
        row->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, status] {
            m_filter = m_filter == status ? std::nullopt : std::optional(status);
            restyle();
            emit filterChanged(m_filter);
        });
    }
    setCounts({});
}

void StatusTiles::setCounts(const statuspalette::Counts &countsInPaletteOrder)
{
    m_counts = countsInPaletteOrder;
    restyle();
}

int StatusTiles::count(TrackStatus status) const
{
    return m_counts[statuspalette::indexOf(status)];
}

void StatusTiles::clearFilter()
{
    if (!m_filter)
        return;
    m_filter.reset();
    restyle();
    emit filterChanged(m_filter);
}

void StatusTiles::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        restyle();
    QWidget::changeEvent(event);
}

void StatusTiles::restyle()
{
    const QString hint = tr("Click to show only these; click again to show all");
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        StatusTile *t = tile(m_tiles[i]);
        const TrackStatus status = t->status();
        t->setCount(m_counts[i]);
        t->setChecked(m_filter == status);
        t->setDimmed(m_filter && m_filter != status);
        t->setToolTip(statusLabel(status) + QStringLiteral(": ") + ruleText(status) +
                      QLatin1Char('\n') + hint);
        t->setAccessibleName(statusLabel(status));
        t->setAccessibleDescription(QString::number(m_counts[i]) + QStringLiteral(" · ") +
                                    ruleText(status));
    }
}

} // namespace zx
