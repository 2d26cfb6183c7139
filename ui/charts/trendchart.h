#pragma once

#include "chartdata.h"

#include <QWidget>

class QChartView;

namespace zx {

// Quarterly trend of one indicator: a line per year (the chosen year bold, earlier years
// lighter), x = Q1..Q4, y in the indicator's unit (named in the title, ticks no finer than the
// indicator's decimals), optional dashed target line. Missing
// quarters leave gaps rather than dropping to zero. Empty data → a centred "no figures" text.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setData(const TrendData &data);
    int seriesCount() const;
    // "村级巡河 (次)": the indicator with its unit, drawn above the chart and used when it is saved.
    QString title() const { return m_title; }
    static QString titleOf(const TrendData &data);

private:
    QChartView *m_view = nullptr;
    int m_seriesCount = 0;
    QString m_title;
};

} // namespace zx
