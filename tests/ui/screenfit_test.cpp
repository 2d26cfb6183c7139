// Issue 14: the main window on an office laptop — 1280×720 minus a taskbar — in Chinese and in
// English, on every page (the overview, data entry, each category) for the county and for a
// sub-district. Nothing the user reads may be cut: every visible label's text fits its rectangle
// (a word-wrapped label: its height for that width), every button's text fits the button, every
// tab of the page bar shows whole (no scroll arrows hiding categories), every column header of a
// table shows its title. Each cut widget is named in the failure with its text and sizes.
//
// With ZX_SCREENFIT_SHOTS=folder the pages are also saved as PNGs (window-<lang>-<n>.png), which
// docs/screenshots takes from.
#include "i18n/language.h"
#include "mainwindow.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using namespace zx;

namespace {

constexpr QSize Screen(1280, 720 - 40); // a 1280×720 screen minus the taskbar

std::string str(const QString &s) { return s.toStdString(); }

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName();
        path.prepend(name.isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : name);
        if (path.size() == 4)
            break;
    }
    return path.join(QLatin1Char('/'));
}

// Whether a plain-text string fits `width` at `metrics` — the widest of its lines.
int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

// Every cut text among the visible widgets of `root`, one line each.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || !label->pixmap().isNull() || label->text().isEmpty())
            continue;
        if (label->visibleRegion().isEmpty())
            continue; // scrolled out of view inside a scroll area: reachable, not cut
        const QString text = plainText(label);
        if (text.trimmed().isEmpty())
            continue;
        const QRect box = label->contentsRect();
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                cut << QStringLiteral("%1 “%2”: wrapped, needs %3 px high, has %4")
                           .arg(describe(label), text.left(60))
                           .arg(needed)
                           .arg(label->height());
        } else {
            const int needed = widestLine(label->fontMetrics(), text) - label->margin() * 2;
            if (needed > box.width() + 1)
                cut << QStringLiteral("%1 “%2”: needs %3 px wide, has %4")
                           .arg(describe(label), text.left(60))
                           .arg(needed)
                           .arg(box.width());
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() ||
            button->visibleRegion().isEmpty() || qobject_cast<QTabBar *>(button->parentWidget()))
            continue;
        QString text = button->text();
        text.remove(QLatin1Char('&'));
        const int needed = widestLine(button->fontMetrics(), text) +
                           (qobject_cast<QCheckBox *>(button) ? 16 : 0);
        if (needed > button->width())
            cut << QStringLiteral("%1 “%2”: needs %3 px wide, has %4")
                       .arg(describe(button), text)
                       .arg(needed)
                       .arg(button->width());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!bar->isVisibleTo(root) || bar->count() == 0)
            continue;
        const QRect last = bar->tabRect(bar->count() - 1);
        if (bar->tabRect(0).left() < 0 || last.right() > bar->width())
            cut << QStringLiteral("%1: the tabs need %2 px, the bar has %3 (tabs hidden behind "
                                  "scroll arrows)")
                       .arg(describe(bar))
                       .arg(last.right() - bar->tabRect(0).left())
                       .arg(bar->width());
    }
    for (QTableView *table : root->findChildren<QTableView *>()) {
        if (!table->isVisibleTo(root) || !table->model() || table->visibleRegion().isEmpty())
            continue;
        QHeaderView *header = table->horizontalHeader();
        if (header->isHidden())
            continue;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString title =
                table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            const int needed = widestLine(header->fontMetrics(), title) + 4;
            if (needed > header->sectionSize(c) + 1)
                cut << QStringLiteral("%1 column %2 “%3”: needs %4 px, has %5")
                           .arg(describe(table))
                           .arg(c)
                           .arg(title)
                           .arg(needed)
                           .arg(header->sectionSize(c));
        }
    }
    return cut;
}

class ScreenFitTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zx-screenfit-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_previousLocale = QLocale();
        ASSERT_EQ(installTranslations(*qApp, QString::fromLatin1(GetParam())),
                  QString::fromLatin1(GetParam()));
        auto created = m_workspace.createSample(m_dir.filePath(QStringLiteral("s.db")));
        ASSERT_TRUE(created) << str(created.error());
    }

    void TearDown() override
    {
        m_window.reset();
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(m_previousLocale);
    }

    // Opens the window at the screen's size and waits until it shows `region`.
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_workspace);
        QSignalSpy spy(m_window.get(), &MainWindow::contextChanged);
        m_window->resize(Screen);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QDeadlineTimer deadline(10000);
        while (!m_window->context().isValid() && !deadline.hasExpired())
            spy.wait(200);
        ASSERT_TRUE(m_window->context().isValid());
    }

    // Shows each page in turn and collects what is cut on it; saves it when asked.
    QStringList cutOnEveryPage(const QString &shotPrefix)
    {
        QStringList cut;
        QTabWidget *tabs = m_window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(150); // charts animate nothing, but layouts settle over a few events
            for (const QString &line : cutTexts(m_window.get()))
                cut << QStringLiteral("[%1] %2").arg(tabs->tabText(i), line);
            const QString shots = qEnvironmentVariable("ZX_SCREENFIT_SHOTS");
            if (!shots.isEmpty())
                m_window->grab().save(QDir(shots).filePath(
                    QStringLiteral("%1-%2-%3.png").arg(shotPrefix, QString::fromLatin1(GetParam())).arg(i)));
        }
        cut.removeDuplicates();
        return cut;
    }

    QTemporaryDir m_dir;
    QLocale m_previousLocale;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(ScreenFitTest, NothingIsCutAt1280x720OnAnyPage)
{
    openWindow();
    ASSERT_LE(m_window->width(), Screen.width());
    ASSERT_LE(m_window->height(), Screen.height());
    const QStringList cut = cutOnEveryPage(QStringLiteral("county"));
    EXPECT_TRUE(cut.isEmpty()) << cut.size() << " cut:\n" << str(cut.join(QLatin1Char('\n')));
}

TEST_P(ScreenFitTest, NothingIsCutForASubDistrict)
{
    openWindow();
    m_window->selectRegion(QStringLiteral("410104001"));
    QTest::qWait(300);
    ASSERT_EQ(m_window->context().regionCode, QStringLiteral("410104001"));
    const QStringList cut = cutOnEveryPage(QStringLiteral("subdistrict"));
    EXPECT_TRUE(cut.isEmpty()) << cut.size() << " cut:\n" << str(cut.join(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ScreenFitTest, ::testing::Values("zh_CN", "en"),
                         [](const auto &info) { return std::string(info.param).substr(0, 2); });

} // namespace
