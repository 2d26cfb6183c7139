// The three chart widgets: labels, empty states, gaps, ordering and the activation signals.
// The tests reach into the QChart the widget shows, so they include QtCharts themselves.
#include "answermodal.h"
#include "charts/chartstyle.h"
#include "charts/rankingchart.h"
#include "charts/targetactualchart.h"
#include "charts/trendchart.h"
#include "domain/enums.h"
#include "pages/categorypage.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "summary/evaluator.h"
#include "widgets/chartexport.h"
#include "widgets/completiongauge.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    // The first indicator is the top row, which Qt counts last (category 1 of 0..1).
    emit sets.front()->clicked(1);
    EXPECT_EQ(spy.count(), 0);
    emit sets.front()->doubleClicked(1);
    emit sets.back()->doubleClicked(0);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("A01"));
    EXPECT_EQ(spy.at(1).at(0).toString(), QStringLiteral("A02"));
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
    // Category 0 is the bottom row, the last indicator.
    EXPECT_DOUBLE_EQ(first, 65.0);
    EXPECT_DOUBLE_EQ(second, 136.86);
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

// --- axes ----------------------------------------------------------------------------------

// The tick values a value axis draws: min, min + step, …, max.
QList<double> ticksOf(const QValueAxis *axis)
{
    QList<double> ticks;
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    for (int i = 0; i < axis->tickCount(); ++i)
        ticks << axis->min() + i * step;
    return ticks;
}

TEST(TrendChartTest, ACountGetsWholeNumberTicksAndItsUnitInTheTitle)
{
    TrendData data;
    data.title = QStringLiteral("河长制工作现场会");
    data.unit = QStringLiteral("次");
    data.decimals = 0;
    data.years = {{2022, {0.0, 1.0, 2.0, 3.0}}, {2023, {1.0, 2.0, 3.0, 2.0}}};
    data.target = 4.0;
    TrendChart chart;
    chart.resize(500, 300);
    chart.setData(data);
    auto *axis = qobject_cast<QValueAxis *>(chartOf(chart)->axes(Qt::Vertical).value(0));
    ASSERT_NE(axis, nullptr);
    // QtCharts' own nice numbers stepped 0, 0.5, 1, … 4.5 here.
    EXPECT_EQ(ticksOf(axis), (QList<double>{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(axis->labelFormat(), QStringLiteral("%.0f"));
    // The unit is written horizontally in the title, not turned beside the axis.
    EXPECT_EQ(chartOf(chart)->title(), QStringLiteral("河长制工作现场会 (次)"));
    EXPECT_TRUE(axis->titleText().isEmpty());
}

TEST(TrendChartTest, ARateKeepsItsDecimalsAndAnUnlessGivenWholeFiguresGetWholeTicks)
{
    TrendData rate;
    rate.title = QStringLiteral("rate");
    rate.decimals = 2;
    rate.years = {{2023, {0.5, 1.0, 1.5, 2.0}}};
    TrendChart chart;
    chart.setData(rate);
    auto *axis = qobject_cast<QValueAxis *>(chartOf(chart)->axes(Qt::Vertical).value(0));
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(ticksOf(axis), (QList<double>{0, 0.5, 1, 1.5, 2, 2.5}));
    EXPECT_EQ(axis->labelFormat(), QStringLiteral("%.1f"));

    TrendData counts; // decimals not given (the indicator detail's trend): whole figures
    counts.title = QStringLiteral("pairs");
    counts.years = {{2023, {1.0, 2.0, 2.0, 3.0}}};
    chart.setData(counts);
    axis = qobject_cast<QValueAxis *>(chartOf(chart)->axes(Qt::Vertical).value(0));
    ASSERT_NE(axis, nullptr);
    for (double tick : ticksOf(axis))
        EXPECT_EQ(tick, std::round(tick)) << tick;
    EXPECT_EQ(chartOf(chart)->title(), QStringLiteral("pairs")); // no unit, no "()"
}

TEST(ChartStyleTest, NiceTicksStepByOneTwoOrFiveNeverFinerThanTheDecimals)
{
    const auto t = chartstyle::niceTicks(0, 2.16, 0);
    EXPECT_EQ(t.min, 0);
    EXPECT_EQ(t.max, 3);
    EXPECT_EQ(t.count, 4);
    EXPECT_EQ(t.decimals, 0);
    const auto big = chartstyle::niceTicks(0, 2484, 0); // 0, 500, … 2500
    EXPECT_EQ(big.max, 2500);
    EXPECT_EQ(big.count, 6);
    const auto fine = chartstyle::niceTicks(0, 2.16, 1); // 0, 0.5, … 2.5
    EXPECT_EQ(fine.max, 2.5);
    EXPECT_EQ(fine.count, 6);
    EXPECT_EQ(fine.decimals, 1);
}

// --- labels --------------------------------------------------------------------------------

// The text items a chart draws itself (names, figures), by text.
QStringList drawnTexts(QChart *chart)
{
    QStringList texts;
    for (QGraphicsItem *item : chart->childItems())
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible())
            texts << text->text();
    return texts;
}

std::vector<TargetActualItem> waterIndicators()
{
    std::vector<TargetActualItem> items;
    const char *names[] = {"river and reservoir patrols", "district-level patrols",
                           "sub-district-level patrols", "village-level patrols",
                           "river chief on-site meetings", "river problems solved",
                           "publicity boards", "tap-water household files",
                           "private-well household files", "private wells sealed",
                           "groundwater extraction cut", "enterprise water users inspected",
                           "municipal supervision cases received"};
    int i = 0;
    for (const char *name : names) {
        items.push_back({QStringLiteral("W%1").arg(i), QString::fromLatin1(name),
                         QStringLiteral("times"), 2436.0 + i, 2588.0, 94.13,
                         TrackStatus::Lagging});
        ++i;
    }
    return items;
}

TEST(TargetActualChartTest, EveryIndicatorHasItsNameAndFiguresAndNoneOverlap)
{
    TargetActualChart chart;
    chart.resize(980, chart.minimumHeight());
    chart.setItems(waterIndicators());
    chart.show();
    QTest::qWait(100); // the layout settles (margins for the names follow the first pass)
    QChart *qchart = chartOf(chart);
    std::vector<QRectF> boxes;
    const QRectF scene = qchart->boundingRect();
    for (QGraphicsItem *item : qchart->childItems()) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QRectF box = text->mapRectToParent(text->boundingRect());
        EXPECT_TRUE(scene.contains(box)) << text->text().toStdString();
        for (const QRectF &other : boxes)
            EXPECT_FALSE(box.intersects(other)) << text->text().toStdString();
        boxes.push_back(box);
    }
    const QStringList texts = drawnTexts(qchart);
    for (const TargetActualItem &item : waterIndicators()) {
        EXPECT_TRUE(texts.contains(item.label)) << item.label.toStdString();
        EXPECT_TRUE(texts.contains(QStringLiteral("%1 / 2588 times").arg(item.actual)))
            << item.label.toStdString();
    }
}

TEST(RankingChartTest, RegionNamesAreDrawnWholeLeftOfThePlot)
{
    RankingChart chart;
    chart.resize(480, 260); // half a 1280-wide page
    chart.setItems(fiveRegions(), 75.0);
    chart.show();
    QTest::qWait(100);
    QChart *qchart = chartOf(chart);
    const QStringList texts = drawnTexts(qchart);
    for (const RankingItem &item : fiveRegions())
        EXPECT_TRUE(texts.contains(RankingChart::labelFor(item)))
            << item.regionName.toStdString() << " in " << texts.join(u'|').toStdString();
    for (QGraphicsItem *item : qchart->childItems()) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (text && text->text().contains(QStringLiteral("街道"))) {
            const QRectF box = text->mapRectToParent(text->boundingRect());
            EXPECT_GE(box.left(), 0) << text->text().toStdString();
            EXPECT_LE(box.right(), qchart->plotArea().left()) << text->text().toStdString();
        }
    }
}

// --- take the picture with you --------------------------------------------------------------

// The texts of the context menu a right-click on `target` opens (the menu is closed again).
QStringList contextMenuOf(QWidget *target)
{
    QStringList texts;
    auto *timer = new QTimer;
    timer->setInterval(10);
    int tries = 0;
    QObject::connect(timer, &QTimer::timeout, timer, [&texts, timer, &tries] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions())
                texts << a->text();
            menu->close();
            timer->stop();
        } else if (++tries > 300) {
            timer->stop();
        }
    });
    timer->start();
    const QPoint at = target->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, target->mapToGlobal(at));
    QApplication::sendEvent(target, &event);
    QApplication::processEvents();
    delete timer;
    return texts;
}

const QStringList FourActions{QStringLiteral("Copy"), QStringLiteral("Save as PNG…"),
                              QStringLiteral("Save as SVG…"), QStringLiteral("Save as PDF…")};

GaugeData entrepreneurs()
{
    GaugeData d;
    d.title = QStringLiteral("returning entrepreneurs");
    d.unit = QStringLiteral("persons");
    d.actualText = QStringLiteral("479");
    d.targetText = QStringLiteral("350");
    d.completionPct = 136.86;
    d.status = TrackStatus::Done;
    return d;
}

class ChartExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_chart.setTitle(QStringLiteral("Water conservancy: target and actual"));
        m_chart.resize(700, 420);
        m_chart.setItems(twoIndicators());
        m_chart.show();
        m_gauge.setData(entrepreneurs());
        m_gauge.resize(m_gauge.sizeHint());
        m_gauge.show();
        QApplication::processEvents();
    }

    void TearDown() override
    {
        // ZX_CHART_EXPORT_DIR=folder keeps the pictures written, to look at them.
        const QString keep = qEnvironmentVariable("ZX_CHART_EXPORT_DIR");
        if (!keep.isEmpty())
            for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
                QFile::copy(m_dir.filePath(name), QDir(keep).filePath(name));
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    TargetActualChart m_chart;
    CompletionGauge m_gauge;
};

TEST_F(ChartExportTest, ARightClickOnAChartOrAGaugeOffersCopyAndTheThreeFormats)
{
    EXPECT_EQ(contextMenuOf(m_chart.findChild<QChartView *>()->viewport()), FourActions);
    EXPECT_EQ(contextMenuOf(m_gauge.dial()), FourActions);
    EXPECT_EQ(contextMenuOf(m_gauge.titleLabel()), FourActions);
    TrendChart trend;
    RankingChart ranking;
    EXPECT_EQ(trend.contextMenuPolicy(), Qt::ActionsContextMenu);
    EXPECT_EQ(ranking.contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList texts;
    for (QAction *a : ranking.actions())
        texts << a->text();
    EXPECT_EQ(texts, FourActions);
}

TEST_F(ChartExportTest, CopyPutsThePictureOnTheClipboard)
{
    QApplication::clipboard()->clear();
    m_chart.findChild<QAction *>(QStringLiteral("copyChart"))->trigger();
    const QImage image = QApplication::clipboard()->image();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), m_chart.size() * m_chart.devicePixelRatio());

    QApplication::clipboard()->clear();
    m_gauge.findChild<QAction *>(QStringLiteral("copyChart"))->trigger();
    EXPECT_EQ(QApplication::clipboard()->image().size(), m_gauge.size() * m_gauge.devicePixelRatio());
}

TEST_F(ChartExportTest, SaveAsPngAddsTheEndingAndWritesTheWidgetAsShown)
{
    const QString typed = path("water"); // no ending typed
    zxtest::answerNext<QFileDialog>([typed](QFileDialog *dialog) {
        // The proposed name is the chart's title.
        EXPECT_TRUE(dialog->selectedFiles().value(0).endsWith(
            QStringLiteral("Water conservancy target and actual.png")))
            << dialog->selectedFiles().value(0).toStdString();
        zxtest::acceptTyped(dialog, typed);
    });
    m_chart.findChild<QAction *>(QStringLiteral("saveChartPNG"))->trigger();
    const QImage image(typed + QStringLiteral(".png"));
    ASSERT_FALSE(image.isNull()) << "no water.png";
    EXPECT_EQ(image.size(), m_chart.size() * m_chart.devicePixelRatio());
    EXPECT_FALSE(QFile::exists(typed));

    ASSERT_TRUE(chartexport::save(&m_gauge, path("gauge.png"), chartexport::Format::Png,
                                  m_gauge.data().title));
    EXPECT_EQ(QImage(path("gauge.png")).size(), m_gauge.size() * m_gauge.devicePixelRatio());
}

TEST_F(ChartExportTest, SvgIsAVectorDrawingWithTheTitle)
{
    const QString typed = path("water");
    zxtest::answerNext<QFileDialog>([typed](QFileDialog *dialog) {
        zxtest::acceptTyped(dialog, typed);
    });
    m_chart.findChild<QAction *>(QStringLiteral("saveChartSVG"))->trigger();
    QFile svg(typed + QStringLiteral(".svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly)) << "no water.svg";
    const QString text = QString::fromUtf8(svg.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(text.contains(QStringLiteral("Water conservancy: target and actual")));
    // The figures are text in the drawing, not pixels of an embedded image.
    EXPECT_TRUE(text.contains(QStringLiteral("479 / 350"))); // (人 is a text run of its own)
    EXPECT_FALSE(text.contains(QStringLiteral("<image")));

    ASSERT_TRUE(chartexport::save(&m_gauge, path("gauge.svg"), chartexport::Format::Svg,
                                  m_gauge.data().title));
    QFile gauge(path("gauge.svg"));
    ASSERT_TRUE(gauge.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(gauge.readAll()).contains(QStringLiteral("returning entrepreneurs")));
}

// pdftotext (poppler-utils) reads the text a PDF draws; a PDF of a bitmap has none.
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000)) << "pdftotext did not run";
    EXPECT_EQ(process.exitCode(), 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

TEST_F(ChartExportTest, PdfIsAVectorPageWithTheTitle)
{
    const QString typed = path("water");
    zxtest::answerNext<QFileDialog>([typed](QFileDialog *dialog) {
        zxtest::acceptTyped(dialog, typed);
    });
    m_chart.findChild<QAction *>(QStringLiteral("saveChartPDF"))->trigger();
    QFile pdf(typed + QStringLiteral(".pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly)) << "no water.pdf";
    EXPECT_TRUE(pdf.read(4) == "%PDF");
    const QString text = pdfText(pdf.fileName());
    EXPECT_TRUE(text.contains(QStringLiteral("Water conservancy: target and actual"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("% of target"))) << text.toStdString();

    ASSERT_TRUE(chartexport::save(&m_gauge, path("gauge.pdf"), chartexport::Format::Pdf,
                                  m_gauge.data().title));
    const QString gauge = pdfText(path("gauge.pdf"));
    EXPECT_TRUE(gauge.contains(QStringLiteral("returning entrepreneurs"))) << gauge.toStdString();
    EXPECT_TRUE(gauge.contains(QStringLiteral("Actual 479 persons"))) << gauge.toStdString();
}

TEST(ChartExportNames, TheFileNameIsTheTitleWithoutWhatAFileNameCannotHold)
{
    EXPECT_EQ(chartexport::defaultFileName(QStringLiteral("水利建设: 目标/实际"),
                                           chartexport::Format::Svg),
              QStringLiteral("水利建设 目标 实际.svg"));
    EXPECT_EQ(chartexport::defaultFileName(QString(), chartexport::Format::Pdf),
              QStringLiteral("chart.pdf"));
}

// --- a region without sub-regions ----------------------------------------------------------

TEST(CategoryPageTest, AVillageSaysItHasNoSubRegionsToRankInsteadOfEmptyAxes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ChangeNotifier notifier;
    Workspace workspace(&notifier);
    ASSERT_TRUE(workspace.createSample(dir.filePath(QStringLiteral("s.db"))));
    auto data = workspace.dataset(2023);
    ASSERT_TRUE(data) << data.error().toStdString();
    DashboardContext context{data.value(), std::make_shared<Evaluator>(*data.value()),
                             QStringLiteral("410104001001"), 2023, 4};
    ASSERT_TRUE(data.value()->children(context.regionCode).isEmpty());
    ASSERT_FALSE(data.value()->children(QStringLiteral("410104001")).isEmpty());

    CategoryPage page(QStringLiteral("water"));
    page.resize(1000, 700);
    page.show();
    page.setContext(context);
    QApplication::processEvents();
    EXPECT_TRUE(page.noSubRegionsLabel()->isVisible());
    EXPECT_EQ(page.noSubRegionsLabel()->text(), QStringLiteral("No sub-regions to rank"));
    EXPECT_FALSE(page.rankingChart()->isVisible());
    // ZX_CHART_EXPORT_DIR=folder keeps a picture of the page, to look at it.
    const QString keep = qEnvironmentVariable("ZX_CHART_EXPORT_DIR");
    if (!keep.isEmpty())
        page.grab().save(QDir(keep).filePath(QStringLiteral("village-page.png")));

    context.regionCode = QStringLiteral("410104001"); // a sub-district ranks its villages
    page.setContext(context);
    QApplication::processEvents();
    EXPECT_FALSE(page.noSubRegionsLabel()->isVisible());
    EXPECT_TRUE(page.rankingChart()->isVisible());
    EXPECT_GT(page.rankingChart()->itemCount(), 0);
    if (!keep.isEmpty()) {
        QTest::qWait(100);
        page.grab().save(QDir(keep).filePath(QStringLiteral("subdistrict-page.png")));
    }
}
