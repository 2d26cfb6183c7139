#pragma once

#include "chartdata.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace zx {

// Horizontal bars per indicator of a category, first indicator at the top: target (100 %) and
// actual (completion %), the actual bar in its status colour; axis in % of target. The names
// stand left of the bars (wrapped, never cut short of two lines), the figures
// "actual / target unit" right of each indicator's longer bar, so every bar has its label
// however many indicators a category has. Shows a centred "no targets set for this period"
// text when empty. Double-clicking a bar emits indicatorActivated(code).
class TargetActualChart : public QWidget
{
    Q_OBJECT

public:
    explicit TargetActualChart(QWidget *parent = nullptr);
    void setItems(const std::vector<TargetActualItem> &items);
    int itemCount() const { return int(m_items.size()); }
    // The chart's title, drawn above it and used when it is saved.
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // "479 / 350 persons": the figures written beside an indicator's bars.
    static QString figuresFor(const TargetActualItem &item);

signals:
    void indicatorActivated(const QString &code);

private:
    std::vector<TargetActualItem> m_items;
    QString m_title;
    QChartView *m_view = nullptr;
};

} // namespace zx
