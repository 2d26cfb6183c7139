#pragma once

#include "dashboardcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace zx {

class RankingChart;
class TargetActualChart;
class TrendChart;

// One category (领域) of indicators: the target-vs-actual bars of all its indicators with
// targets, and for the indicator picked in the combo box its quarterly trend (this year
// against last) and the ranking of the child regions by completion (for a region without
// sub-regions, a message in its place).
class CategoryPage : public QWidget
{
    Q_OBJECT

public:
    CategoryPage(const QString &categoryCode, QWidget *parent = nullptr);

    const QString &categoryCode() const { return m_categoryCode; }
    void setContext(const DashboardContext &context);
    // Picks the indicator whose trend and ranking are shown.
    void selectIndicator(const QString &code);
    QString selectedIndicator() const;

    TargetActualChart *targetActualChart() const { return m_bars; }
    TrendChart *trendChart() const { return m_trend; }
    RankingChart *rankingChart() const { return m_ranking; }
    // "No sub-regions to rank", shown instead of the ranking for a region without any.
    QLabel *noSubRegionsLabel() const { return m_noRanking; }

signals:
    void indicatorActivated(const QString &code);
    void regionActivated(const QString &code);

private:
    void fillIndicatorChoice();
    void updateBars();
    void updateTrendAndRanking();

    QString m_categoryCode;
    DashboardContext m_context;
    QLabel *m_heading;
    QComboBox *m_indicator;
    TargetActualChart *m_bars;
    TrendChart *m_trend;
    RankingChart *m_ranking;
    QLabel *m_noRanking;
};

} // namespace zx
