#pragma once

#include "domain/types.h"

#include <QString>
#include <QWidget>

#include <optional>

class QLabel;

namespace zx {

// What a gauge shows: one indicator's completion against time progress.
struct GaugeData
{
    QString title;                 // indicator name
    QString unit;                  // in the reader's language (displayUnit): 亩 / mu, 万元 …
    QString actualText;            // as stored, e.g. "479"; empty when not reported
    QString targetText;            // e.g. "350"; empty when there is no target
    std::optional<double> completionPct; // two decimals, e.g. 136.86
    double timeProgressPct = 100;  // 序时进度 at the chosen quarter
    TrackStatus status = TrackStatus::Untracked;
};

// A completion gauge: the indicator's name above (a label that wraps, never cut), a painted
// dial — a 240° arc from 0 to 150 % whose background is coloured by the status bands for this
// time progress (behind < T−10 ≤ lagging < T ≤ on track < 100 ≤ done), a filled arc up to the
// completion, the completion % in the middle, a marker at time progress T — and beneath it
// the target and the actual with their unit, one line each. Completion above 150 % pins at the
// end of the arc but the number shows the true value. The gauge is as wide as its name needs
// to wrap to two lines at most (within bounds), and as high as its labels need at that width.
// Emits activated() on double-click (opens the indicator detail); its context menu copies or
// saves it as a picture (chartexport).
class CompletionGauge : public QWidget
{
    Q_OBJECT

public:
    explicit CompletionGauge(QWidget *parent = nullptr);

    void setData(const GaugeData &data);
    const GaugeData &data() const { return m_data; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    QWidget *dial() const { return m_dial; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *captionLabel() const { return m_caption; }
    // "Target 350 persons\nActual 479 persons" (no figure: the target only).
    static QString captionFor(const GaugeData &data);

signals:
    void activated();

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int preferredWidth() const;

    GaugeData m_data;
    QLabel *m_title;
    QWidget *m_dial;
    QLabel *m_caption;
};

} // namespace zx
