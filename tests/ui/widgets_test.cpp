// The status palette, the status tiles and the completion gauge, under the offscreen platform.
#include "domain/enums.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "widgets/completiongauge.h"
#include "widgets/gaugelayout.h"
#include "widgets/statuspalette.h"
#include "widgets/statustiles.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUuid>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <tuple>

using namespace zx;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QToolButton *tileNamed(StatusTiles &tiles, const QString &name)
{
    for (QToolButton *b : tiles.findChildren<QToolButton *>())
        if (b->accessibleName() == name)
            return b;
    return nullptr;
}

GaugeData gaugeData(TrackStatus status, double pct)
{
    GaugeData d;
    d.title = QStringLiteral("返乡下乡创业人员");
    d.unit = QStringLiteral("人");
    d.targetText = QStringLiteral("350");
    d.actualText = QStringLiteral("479");
    d.completionPct = pct;
    d.timeProgressPct = 100;
    d.status = status;
    return d;
}

// The colour a few percent past the start of the value arc.
QColor valueArcColour(CompletionGauge &gauge)
{
    const QImage image = gauge.dial()->grab().toImage();
    const GaugeLayout l = gaugeLayout(gauge.dial()->size(), gauge.font());
    const QPoint at = gaugePoint(l, 4, l.valueRadius).toPoint();
    return image.pixelColor(at);
}

} // namespace

TEST(StatusPalette, OrderIsDoneOnTrackLaggingBehindNotReportedUntracked)
{
    const auto &order = statuspalette::order();
    ASSERT_EQ(order.size(), 6u);
    EXPECT_EQ(order[0], TrackStatus::Done);
    EXPECT_EQ(order[1], TrackStatus::OnTrack);
    EXPECT_EQ(order[2], TrackStatus::Lagging);
    EXPECT_EQ(order[3], TrackStatus::Behind);
    EXPECT_EQ(order[4], TrackStatus::NotReported);
    EXPECT_EQ(order[5], TrackStatus::Untracked);
    for (std::size_t i = 0; i < order.size(); ++i)
        EXPECT_EQ(statuspalette::indexOf(order[i]), i);
    // A count per status, in this order.
    const auto counts = statuspalette::countsOf({TrackStatus::Untracked, TrackStatus::NotReported,
                                                 TrackStatus::NotReported, TrackStatus::Done});
    EXPECT_EQ(counts, (statuspalette::Counts{1, 0, 0, 0, 2, 1}));
}

TEST(StatusPalette, FillsAreDistinctAndTextIsReadable)
{
    for (bool dark : {false, true}) {
        std::set<QRgb> fills;
        for (TrackStatus s : statuspalette::order()) {
            const QColor fill = statuspalette::fill(s, dark);
            fills.insert(fill.rgb());
            EXPECT_GE(contrast(fill, statuspalette::text(s, dark)), 4.5)
                << "status " << int(s) << " dark " << dark;
        }
        EXPECT_EQ(fills.size(), 6u);
    }
    EXPECT_NE(statuspalette::fill(TrackStatus::Done, false),
              statuspalette::fill(TrackStatus::Done, true));
}

TEST(StatusPalette, DarkPaletteIsRecognised)
{
    QPalette light(QColor(Qt::black), QColor(240, 240, 240));
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(45, 45, 45));
    EXPECT_FALSE(statuspalette::isDark(light));
    EXPECT_TRUE(statuspalette::isDark(dark));
}

TEST(StatusTiles, CountsArePerStatus)
{
    StatusTiles tiles;
    tiles.setCounts({12, 5, 3, 2, 4, 1});
    EXPECT_EQ(tiles.count(TrackStatus::Done), 12);
    EXPECT_EQ(tiles.count(TrackStatus::OnTrack), 5);
    EXPECT_EQ(tiles.count(TrackStatus::Lagging), 3);
    EXPECT_EQ(tiles.count(TrackStatus::Behind), 2);
    EXPECT_EQ(tiles.count(TrackStatus::NotReported), 4);
    EXPECT_EQ(tiles.count(TrackStatus::Untracked), 1);
    EXPECT_EQ(tiles.findChildren<QToolButton *>().size(), 6);
    auto *notReported = tiles.findChild<QToolButton *>(QStringLiteral("tile_not_reported"));
    ASSERT_NE(notReported, nullptr);
    EXPECT_EQ(notReported->accessibleName(), statusLabel(TrackStatus::NotReported));
}

TEST(StatusTiles, ClickingATileFiltersAndClickingAgainClears)
{
    StatusTiles tiles;
    tiles.setCounts({12, 5, 3, 2, 0, 1});
    tiles.resize(tiles.sizeHint());
    QSignalSpy spy(&tiles, &StatusTiles::filterChanged);
    QToolButton *behind = tileNamed(tiles, statusLabel(TrackStatus::Behind));
    ASSERT_NE(behind, nullptr);
    EXPECT_FALSE(behind->toolTip().isEmpty());

    QTest::mouseClick(behind, Qt::LeftButton);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<std::optional<TrackStatus>>(), TrackStatus::Behind);
    EXPECT_EQ(tiles.filter(), TrackStatus::Behind);
    EXPECT_TRUE(behind->isChecked());

    QTest::mouseClick(behind, Qt::LeftButton);
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy.at(1).at(0).value<std::optional<TrackStatus>>(), std::nullopt);
    EXPECT_EQ(tiles.filter(), std::nullopt);
    EXPECT_FALSE(behind->isChecked());
}

TEST(StatusTiles, ClickingAnotherTileMovesTheFilterAndClearFilterResets)
{
    StatusTiles tiles;
    tiles.resize(tiles.sizeHint());
    QSignalSpy spy(&tiles, &StatusTiles::filterChanged);
    QTest::mouseClick(tileNamed(tiles, statusLabel(TrackStatus::Done)), Qt::LeftButton);
    QTest::mouseClick(tileNamed(tiles, statusLabel(TrackStatus::Lagging)), Qt::LeftButton);
    EXPECT_EQ(tiles.filter(), TrackStatus::Lagging);
    EXPECT_FALSE(tileNamed(tiles, statusLabel(TrackStatus::Done))->isChecked());
    tiles.clearFilter();
    EXPECT_EQ(tiles.filter(), std::nullopt);
    ASSERT_EQ(spy.size(), 3);
    EXPECT_EQ(spy.at(2).at(0).value<std::optional<TrackStatus>>(), std::nullopt);
}

TEST(StatusTiles, TilesTakeTheDarkColoursWithADarkPalette)
{
    StatusTiles tiles;
    tiles.resize(tiles.sizeHint());
    QToolButton *done = tileNamed(tiles, statusLabel(TrackStatus::Done));
    ASSERT_NE(done, nullptr);
    const QPoint edge(8, done->height() / 2); // inside the card, left of the centred text
    EXPECT_TRUE(near(done->grab().toImage().pixelColor(edge),
                     statuspalette::fill(TrackStatus::Done, false)));

    QPalette dark = tiles.palette();
    dark.setColor(QPalette::Window, QColor(37, 37, 38));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    tiles.setPalette(dark);
    EXPECT_TRUE(near(done->grab().toImage().pixelColor(edge),
                     statuspalette::fill(TrackStatus::Done, true)));
}

TEST(CompletionGauge, ValueArcIsInTheStatusColour)
{
    CompletionGauge gauge;
    gauge.resize(gauge.sizeHint());
    const bool dark = statuspalette::isDark(gauge.palette());

    gauge.setData(gaugeData(TrackStatus::Done, 136.86));
    EXPECT_TRUE(near(valueArcColour(gauge), statuspalette::fill(TrackStatus::Done, dark)));

    gauge.setData(gaugeData(TrackStatus::Behind, 50));
    EXPECT_TRUE(near(valueArcColour(gauge), statuspalette::fill(TrackStatus::Behind, dark)));
}

TEST(CompletionGauge, ValueArcEndsAtTheCompletion)
{
    CompletionGauge gauge;
    gauge.resize(gauge.minimumSizeHint());
    gauge.setData(gaugeData(TrackStatus::Behind, 50));
    const QImage image = gauge.dial()->grab().toImage();
    const GaugeLayout l = gaugeLayout(gauge.dial()->size(), gauge.font());
    const QColor red = statuspalette::fill(TrackStatus::Behind, false);
    EXPECT_TRUE(near(image.pixelColor(gaugePoint(l, 45, l.valueRadius).toPoint()), red));
    EXPECT_FALSE(near(image.pixelColor(gaugePoint(l, 60, l.valueRadius).toPoint()), red));
}

TEST(CompletionGauge, NoTargetShowsNoValueArc)
{
    CompletionGauge gauge;
    gauge.resize(gauge.sizeHint());
    GaugeData d;
    d.title = QStringLiteral("Untracked");
    gauge.setData(d);
    const QColor c = valueArcColour(gauge);
    for (TrackStatus s : statuspalette::order())
        EXPECT_FALSE(near(c, statuspalette::fill(s, false), 2));
    EXPECT_TRUE(gauge.toolTip().contains(CompletionGauge::tr("No target")));
}

TEST(CompletionGauge, DoubleClickEmitsActivated)
{
    CompletionGauge gauge;
    gauge.resize(gauge.sizeHint());
    gauge.setData(gaugeData(TrackStatus::Done, 136.86));
    QSignalSpy spy(&gauge, &CompletionGauge::activated);
    QTest::mouseDClick(&gauge, Qt::LeftButton);
    EXPECT_EQ(spy.size(), 1);
}

TEST(CompletionGauge, TooltipCarriesTitleAndNumbers)
{
    CompletionGauge gauge;
    gauge.setData(gaugeData(TrackStatus::Done, 136.86));
    EXPECT_TRUE(gauge.toolTip().contains(QStringLiteral("返乡下乡创业人员")));
    EXPECT_TRUE(gauge.toolTip().contains(QStringLiteral("136.86%")));
    EXPECT_TRUE(gauge.toolTip().contains(QStringLiteral("479")));
    EXPECT_GE(gauge.minimumSizeHint().width(), 150);
}

namespace {

// Whether `label` shows all of its text: on one line within its width, or word-wrapped into
// lines no wider than it (no single word wider) whose height fits the label's.
::testing::AssertionResult showsWhole(const QLabel *label)
{
    const QFontMetrics fm(label->font());
    const int width = label->contentsRect().width();
    const QString name = label->objectName() + QStringLiteral(" \"") + label->text() +
                         QStringLiteral("\" ");
    if (!label->isVisible())
        return ::testing::AssertionFailure() << name.toStdString() << "is hidden";
    bool oneLine = !label->text().contains(u'\n');
    for (const QString &line : label->text().split(u'\n')) {
        if (fm.horizontalAdvance(line) <= width)
            continue;
        oneLine = false;
        if (!label->wordWrap())
            return ::testing::AssertionFailure() << name.toStdString() << "is cut at " << width;
        for (const QString &word : line.split(u' '))
            if (!word.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{FFFF}]"))) &&
                fm.horizontalAdvance(word) > width)
                return ::testing::AssertionFailure() << name.toStdString() << "has a word wider than " << width;
    }
    if (!oneLine && label->heightForWidth(label->width()) > label->height())
        return ::testing::AssertionFailure()
               << name.toStdString() << "needs " << label->heightForWidth(label->width())
               << " px but has " << label->height();
    // Inside a scrolling panel: all of its height within the panel's view (sideways is what
    // the panel scrolls).
    for (QWidget *w = label->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            const QPoint at = label->mapTo(area->viewport(), QPoint(0, 0));
            if (at.y() < 0 || at.y() + label->height() > area->viewport()->height())
                return ::testing::AssertionFailure()
                       << name.toStdString() << "lies at " << at.y() << ".." << at.y() + label->height()
                       << " in a view " << area->viewport()->height() << " px high";
            break;
        }
    }
    return ::testing::AssertionSuccess();
}

class GaugeLabelsTest : public ::testing::TestWithParam<std::tuple<const char *, QSize>>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zx-gaugetest-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_before = qApp->findChildren<QTranslator *>();
        m_locale = QLocale();
        ASSERT_EQ(installTranslations(*qApp, language()), language());
    }

    void TearDown() override
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            if (!m_before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        QLocale::setDefault(m_locale);
    }

    QString language() const { return QString::fromLatin1(std::get<0>(GetParam())); }
    QSize screen() const { return std::get<1>(GetParam()); }

    QTemporaryDir m_dir;
    QList<QTranslator *> m_before;
    QLocale m_locale;
};

// Issue 14: "Actual 429…" — every gauge's name and figures show whole in a 1280×720 and a
// 1920×1080 window, in Chinese and in English; gauges that do not fit the row's width scroll
// instead. ZX_GAUGE_SCREENSHOTS=folder keeps a picture of each window.
TEST_P(GaugeLabelsTest, EveryGaugeTitleAndCaptionShowsWhole)
{
    ChangeNotifier notifier;
    Workspace workspace(&notifier);
    ASSERT_TRUE(workspace.createSample(m_dir.filePath(QStringLiteral("s.db"))));
    MainWindow window(&workspace);
    QSignalSpy loaded(&window, &MainWindow::contextChanged);
    window.resize(screen());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto gaugesShown = [&window] {
        auto *page = window.findChild<OverviewPage *>();
        return page && !page->gauges().empty() && page->gauges().front()->isVisible();
    };
    for (int i = 0; i < 100 && !gaugesShown(); ++i)
        loaded.wait(100);
    ASSERT_TRUE(gaugesShown());
    QTest::qWait(50);
    ASSERT_LE(window.width(), screen().width());
    ASSERT_LE(window.height(), screen().height());
    if (const QString keep = qEnvironmentVariable("ZX_GAUGE_SCREENSHOTS"); !keep.isEmpty())
        window.grab().save(QStringLiteral("%1/gauges-%2-%3.png").arg(keep, language()).arg(screen().width()));

    const auto &gauges = window.findChild<OverviewPage *>()->gauges();
    int shown = 0;
    for (CompletionGauge *gauge : gauges) {
        if (!gauge->isVisibleTo(window.findChild<OverviewPage *>()))
            continue;
        ++shown;
        EXPECT_TRUE(showsWhole(gauge->titleLabel()));
        EXPECT_TRUE(showsWhole(gauge->captionLabel()));
        EXPECT_EQ(gauge->titleLabel()->text(), gauge->data().title);
        // The figures, target and actual, each on its own line with its unit.
        EXPECT_TRUE(gauge->captionLabel()->text().contains(gauge->data().actualText));
        EXPECT_GE(gauge->dial()->height(), 110) << gauge->data().title.toStdString();
    }
    EXPECT_GE(shown, 6);
    if (language() == QStringLiteral("en")) {
        // English units: 亩 → mu, not the Chinese unit in an English caption.
        bool mu = false;
        for (CompletionGauge *gauge : gauges)
            mu = mu || gauge->captionLabel()->text().contains(QStringLiteral(" mu"));
        EXPECT_TRUE(mu);
    }
}

INSTANTIATE_TEST_SUITE_P(LanguagesAndScreens, GaugeLabelsTest,
                         ::testing::Combine(::testing::Values("zh_CN", "en"),
                                            ::testing::Values(QSize(1280, 720), QSize(1920, 1080))));

TEST(CompletionGauge, CaptionPutsTargetAndActualOnTwoLines)
{
    GaugeData d = gaugeData(TrackStatus::Done, 136.86);
    EXPECT_EQ(CompletionGauge::captionFor(d), QStringLiteral("Target 350 人\nActual 479 人"));
    d.actualText.clear();
    EXPECT_EQ(CompletionGauge::captionFor(d), QStringLiteral("Target 350 人"));
    d.unit.clear(); // 个 in English: no unit, no trailing space
    d.actualText = QStringLiteral("3");
    EXPECT_EQ(CompletionGauge::captionFor(d), QStringLiteral("Target 350\nActual 3"));
}

} // namespace
