// The three chart widgets: labels, empty states, gaps, ordering and the activation signals.
// The tests reach into the QChart the widget shows, so they include QtCharts themselves.
#include "charts/rankingchart.h"
#include "charts/targetactualchart.h"
#include "charts/trendchart.h"
#include "domain/enums.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace zx;

namespace {

QChart *chartOf(QWidget &widget)
{
    auto *view = widget.findChild<QChartView *>();
    return view ? view->chart() : nullptr;
}

QLabel *emptyLabelOf(QWidget &widget)
{
    return widget.findChild<QLabel *>(QStringLiteral("emptyLabel"));
}

std::vector<QBarSet *> barSetsOf(QChart *chart)
{
    std::vector<QBarSet *> sets;
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                sets.push_back(set);
    return sets;
}

RankingItem region(const char *code, const char *name, std::optional<double> pct, int rank,
                   std::optional<int> change, TrackStatus status)
{
    return {QString::fromLatin1(code), QString::fromUtf8(name), pct, rank, change, status};
}

std::vector<RankingItem> fiveRegions()
{
    return {region("e", "城东街道办事处", 118.2, 1, 2, TrackStatus::Done),
            region("s", "城南街道办事处", 96.0, 2, 0, TrackStatus::OnTrack),
            region("l", "柳林街道办事处", 71.5, 3, -1, TrackStatus::Lagging),
            region("n", "南岗街道办事处", 40.0, 4, std::nullopt, TrackStatus::Behind),
            region("h", "河西街道办事处", std::nullopt, 0, std::nullopt, TrackStatus::Untracked)};
}

std::vector<TargetActualItem> twoIndicators()
{
    return {{QStringLiteral("A01"), QStringLiteral("返乡下乡创业人员"), QStringLiteral("人"), 479,
             350, 136.86, TrackStatus::Done},
            {QStringLiteral("A02"), QStringLiteral("夏播面积"), QStringLiteral("亩"), 5200, 8000,
             65.0, TrackStatus::Behind}};
}

} // namespace

TEST(RankingChartTest, LabelShowsRankNameAndMovement)
{
    auto item = region("e", "城东街道", 90.0, 1, 2, TrackStatus::Done);
    EXPECT_EQ(RankingChart::labelFor(item), QStringLiteral("1 城东街道 ▲2"));
    item.rank = 3;
    item.rankChange = -2;
    EXPECT_EQ(RankingChart::labelFor(item), QStringLiteral("3 城东街道 ▼2"));
    item.rankChange = 0;
    EXPECT_EQ(RankingChart::labelFor(item), QStringLiteral("3 城东街道 –"));
    item.rankChange.reset();
    EXPECT_EQ(RankingChart::labelFor(item), QStringLiteral("3 城东街道"));
    item.rank = 0;
    EXPECT_EQ(RankingChart::labelFor(item), QStringLiteral("— 城东街道"));
    // Unranked for want of a figure or of a target: the label says which.
    item.status = TrackStatus::NotReported;
    EXPECT_EQ(RankingChart::labelFor(item),
              QStringLiteral("— 城东街道 · ") + statusLabel(TrackStatus::NotReported));
    item.status = TrackStatus::Untracked;
    EXPECT_EQ(RankingChart::labelFor(item),
              QStringLiteral("— 城东街道 · ") + statusLabel(TrackStatus::Untracked));
}

TEST(RankingChartTest, BestRegionIsTheTopCategory)
{
    RankingChart chart;
    chart.resize(700, 400);
    chart.setItems(fiveRegions(), 75.0);
    chart.show();
    QApplication::processEvents();
    EXPECT_EQ(chart.itemCount(), 5);

    QChart *qchart = chartOf(chart);
    ASSERT_NE(qchart, nullptr);
    auto *axis = qobject_cast<QBarCategoryAxis *>(qchart->axes(Qt::Vertical).value(0));
    ASSERT_NE(axis, nullptr);
    ASSERT_EQ(axis->count(), 5);
    // Qt draws category 0 at the bottom, so rank 1 is the last category...
    const int best = int(axis->categories().indexOf(RankingChart::labelFor(fiveRegions()[0])));
    EXPECT_EQ(best, 4);
    // ...and is drawn above every other one.
    QAbstractSeries *bars = qchart->series().first();
    const qreal bestY = qchart->mapToPosition(QPointF(50, best), bars).y();
    for (int category = 0; category < 4; ++category)
        EXPECT_LT(bestY, qchart->mapToPosition(QPointF(50, category), bars).y());
}

TEST(RankingChartTest, ClickingABarActivatesItsRegion)
{
    RankingChart chart;
    chart.setItems(fiveRegions(), 75.0);
    QSignalSpy spy(&chart, &RankingChart::regionActivated);
    const auto sets = barSetsOf(chartOf(chart));
    ASSERT_FALSE(sets.empty());
    emit sets.front()->clicked(4); // the top category
    emit sets.back()->clicked(1);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("e"));
    EXPECT_EQ(spy.at(1).at(0).toString(), QStringLiteral("n"));
}

TEST(RankingChartTest, RegionsWithoutFiguresAreStillListed)
{
    std::vector<RankingItem> items{
        region("a", "甲乡", std::nullopt, 0, std::nullopt, TrackStatus::Untracked),
        region("b", "乙乡", std::nullopt, 0, std::nullopt, TrackStatus::Untracked)};
    RankingChart chart;
    chart.resize(700, 400);
    chart.setItems(items, 50.0);
    chart.show();
    QApplication::processEvents();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chartOf(chart)->axes(Qt::Vertical).value(0));
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->count(), 2);
    EXPECT_TRUE(barSetsOf(chartOf(chart)).empty());

    chart.setItems({}, 50.0);
    EXPECT_TRUE(emptyLabelOf(chart)->isVisibleTo(&chart));
}

TEST(TargetActualChartTest, ShowsTheChartOrTheEmptyText)
{
    TargetActualChart chart;
    chart.setItems(twoIndicators());
    EXPECT_EQ(chart.itemCount(), 2);
    EXPECT_TRUE(chart.findChild<QChartView *>()->isVisibleTo(&chart));
    EXPECT_FALSE(emptyLabelOf(chart)->isVisibleTo(&chart));

    chart.setItems({});
    EXPECT_EQ(chart.itemCount(), 0);
    EXPECT_FALSE(chart.findChild<QChartView *>()->isVisibleTo(&chart));
    EXPECT_TRUE(emptyLabelOf(chart)->isVisibleTo(&chart));
    EXPECT_FALSE(emptyLabelOf(chart)->text().isEmpty());
}

TEST(TargetActualChartTest, DoubleClickingABarActivatesItsIndicatorAndAClickDoesNot)
{
    TargetActualChart chart;
    chart.setItems(twoIndicators());
    QSignalSpy spy(&chart, &TargetActualChart::indicatorActivated);
    const auto sets = barSetsOf(chartOf(chart));
    ASSERT_GE(sets.size(), 2u); // target plus at least one status set
    emit sets.front()->clicked(1);
    EXPECT_EQ(spy.count(), 0);
    emit sets.front()->doubleClicked(1);
    emit sets.back()->doubleClicked(0);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("A02"));
    EXPECT_EQ(spy.at(1).at(0).toString(), QStringLiteral("A01"));
}

TEST(TargetActualChartTest, ActualBarsAreRelativeToTheTarget)
{
    TargetActualChart chart;
    chart.setItems(twoIndicators());
    double first = 0;
    double second = 0;
    for (QBarSet *set : barSetsOf(chartOf(chart))) {
        if (set->label() == QStringLiteral("Target")) {
            EXPECT_DOUBLE_EQ(set->at(0), 100.0);
            continue;
        }
        first += set->at(0);
        second += set->at(1);
    }
    EXPECT_DOUBLE_EQ(first, 136.86);
    EXPECT_DOUBLE_EQ(second, 65.0);
}

TEST(TrendChartTest, MissingQuarterLeavesAGap)
{
    TrendData data;
    data.title = QStringLiteral("夏播面积");
    data.unit = QStringLiteral("亩");
    data.years = {{2023, {1000.0, 2500.0, 4000.0, 5000.0}},
                  {2024, {1200.0, 2600.0, std::nullopt, 5600.0}}};
    data.target = 6000.0;
    TrendChart chart;
    chart.setData(data);
    EXPECT_EQ(chart.seriesCount(), 2);
    EXPECT_FALSE(emptyLabelOf(chart)->isVisibleTo(&chart));

    QList<qreal> xs2024;
    for (QAbstractSeries *series : chartOf(chart)->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->name() == QStringLiteral("2024"))
            for (const QPointF &p : line->points())
                xs2024 << p.x();
    }
    std::sort(xs2024.begin(), xs2024.end());
    EXPECT_EQ(xs2024, (QList<qreal>{1, 2, 4}));
}

TEST(TrendChartTest, NoFiguresShowsTheEmptyText)
{
    TrendChart chart;
    TrendData data;
    data.years = {{2024, {}}};
    chart.setData(data);
    EXPECT_EQ(chart.seriesCount(), 0);
    EXPECT_TRUE(emptyLabelOf(chart)->isVisibleTo(&chart));
    EXPECT_FALSE(chart.findChild<QChartView *>()->isVisibleTo(&chart));
}
