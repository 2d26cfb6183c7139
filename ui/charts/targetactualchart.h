#pragma once

#include "chartdata.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace zx {

// Grouped bars per indicator of a category: target (100 %) and actual (completion %), the
// actual bar in its status colour; axis in % of target; labels show "actual/target unit".
// Shows a centred "no targets set for this period" text when empty. Double-clicking (or
// clicking) a bar emits indicatorActivated(code).
class TargetActualChart : public QWidget
{
    Q_OBJECT

public:
    explicit TargetActualChart(QWidget *parent = nullptr);
    void setItems(const std::vector<TargetActualItem> &items);
    int itemCount() const { return int(m_items.size()); }

signals:
    void indicatorActivated(const QString &code);

private:
    std::vector<TargetActualItem> m_items;
    QChartView *m_view = nullptr;
};

} // namespace zx
