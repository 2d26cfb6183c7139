#pragma once

#include "widgets/completiongauge.h"

#include <QScrollArea>

#include <vector>

class QHBoxLayout;

namespace zx {

// The overview's row of completion gauges, in a panel of its own that scrolls sideways when
// the gauges do not fit its width (each gauge keeps the width its name needs) and is always as
// high as the highest gauge needs, so no name or caption is cut. Owns its gauges; emits
// activated(i) when gauge i is double-clicked.
class GaugePanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit GaugePanel(QWidget *parent = nullptr);

    // One gauge per entry, reusing the gauges it has; the rest are hidden.
    void setGauges(const std::vector<GaugeData> &gauges);
    const std::vector<CompletionGauge *> &gauges() const { return m_gauges; }

signals:
    void activated(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void fitHeight();

    QHBoxLayout *m_row;
    std::vector<CompletionGauge *> m_gauges;
    int m_shown = 0;
};

} // namespace zx
