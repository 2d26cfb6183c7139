#pragma once

#include "chartdata.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace zx {

// Horizontal bars of child regions by completion, best at the top, each bar in its status
// colour, the category labels "1 城东街道 ▲2" (▲ up, ▼ down, – unchanged, nothing when no
// previous rank), drawn whole left of the bars; a vertical line at time progress. Regions without a figure are listed at the
// bottom with no bar. Clicking a bar emits regionActivated(code).
class RankingChart : public QWidget
{
    Q_OBJECT

public:
    explicit RankingChart(QWidget *parent = nullptr);
    void setItems(const std::vector<RankingItem> &items, double timeProgressPct);
    int itemCount() const { return int(m_items.size()); }
    // The chart's title, drawn above it and used when it is saved.
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // The label drawn for an item, e.g. "1 城东街道 ▲2" (exposed for tests).
    static QString labelFor(const RankingItem &item);

signals:
    void regionActivated(const QString &code);

private:
    std::vector<RankingItem> m_items;
    QString m_title;
    double m_timeProgress = 0;
    QChartView *m_view = nullptr;
};

} // namespace zx
