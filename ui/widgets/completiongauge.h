#pragma once

#include "domain/types.h"

#include <QString>
#include <QWidget>

#include <optional>

namespace zx {

// What a gauge shows: one indicator's completion against time progress.
struct GaugeData
{
    QString title;                 // indicator name
    QString unit;                  // 人, 亩, 万元 …
    QString actualText;            // as stored, e.g. "479"; empty when not reported
    QString targetText;            // e.g. "350"; empty when there is no target
    std::optional<double> completionPct; // two decimals, e.g. 136.86
    double timeProgressPct = 100;  // 序时进度 at the chosen quarter
    TrackStatus status = TrackStatus::Untracked;
};

// A painted completion gauge: a 240° arc from 0 to 150 % whose background is coloured by
// the status bands for this time progress (behind < T−10 ≤ lagging < T ≤ on track < 100 ≤
// done), a needle/filled arc up to the completion, the completion % in the middle, a marker
// at time progress T, and the target and actual (with unit) beneath. Completion above 150 %
// pins at the end of the arc but the number shows the true value. Emits activated() on
// double-click (opens the indicator detail).
class CompletionGauge : public QWidget
{
    Q_OBJECT

public:
    explicit CompletionGauge(QWidget *parent = nullptr);

    void setData(const GaugeData &data);
    const GaugeData &data() const { return m_data; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    GaugeData m_data;
};

} // namespace zx
