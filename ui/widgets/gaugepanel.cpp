#include "widgets/gaugepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>

#include <algorithm>

namespace zx {

GaugePanel::GaugePanel(QWidget *parent) : QScrollArea(parent), m_row(new QHBoxLayout)
{
    auto *host = new QWidget(this);
    host->setLayout(m_row);
    m_row->setContentsMargins(0, 0, 0, 0);
    setWidget(host);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void GaugePanel::setGauges(const std::vector<GaugeData> &gauges)
{
    while (m_gauges.size() < gauges.size()) {
        auto *gauge = new CompletionGauge(widget());
        m_row->addWidget(gauge);
        m_gauges.push_back(gauge);
        const int index = int(m_gauges.size()) - 1;
        connect(gauge, &CompletionGauge::activated, this, [this, index] { emit activated(index); });
    }
    m_shown = int(gauges.size());
    for (std::size_t i = 0; i < m_gauges.size(); ++i) {
        m_gauges[i]->setVisible(i < gauges.size());
        if (i < gauges.size())
            m_gauges[i]->setData(gauges[i]);
    }
    fitHeight();
}

// As high as the highest gauge needs at its narrowest (a wider gauge needs no more lines),
// plus the scroll bar when the row is wider than the panel.
void GaugePanel::fitHeight()
{
    int needed = 0;
    int rowWidth = 0;
    for (int i = 0; i < m_shown; ++i) {
        CompletionGauge *gauge = m_gauges[std::size_t(i)];
        needed = std::max(needed, std::max(gauge->minimumSizeHint().height(), 190));
        rowWidth += gauge->minimumSizeHint().width() + m_row->spacing();
    }
    if (rowWidth > viewport()->width() + m_row->spacing())
        needed += horizontalScrollBar()->sizeHint().height();
    if (height() != needed)
        setFixedHeight(needed);
}

void GaugePanel::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitHeight();
}

bool GaugePanel::event(QEvent *event)
{
    const bool done = QScrollArea::event(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitHeight();
    return done;
}

} // namespace zx
