// Issue 14: every dialog and tool window of the app fits an office PC's 1280×720 screen less a
// taskbar (1280×680), in Chinese and in English: each is opened as the menus open it, and its
// frame and every visible button must lie on the screen and inside the window. Its main
// (officescreenmain.cpp, shared with the screen-fit test) configures the offscreen platform's
// screen as 1280×680.
//
// ZX_DIALOG_SHOTS=folder saves each window as shown to folder/<name>.png (with ZX_EXTRA_QM=x.qm,
// a translation of strings not yet merged, loaded over the Chinese one) to look at.
#include "dialogs/accountsdialog.h"
#include "dialogs/exportdatadialog.h"
#include "dialogs/exportreportdialog.h"
#include "dialogs/importpages.h"
#include "dialogs/importwizard.h"
#include "dialogs/indicatordetaildialog.h"
#include "dialogs/newcountywizard.h"
#include "dialogs/newyeardialog.h"
#include "dialogs/preferencesdialog.h"
#include "editors/auditviewer.h"
#include "editors/catalogueeditor.h"
#include "editors/duelist.h"
#include "editors/regioneditor.h"
#include "editors/targetseditor.h"
#include "editors/targetsmodel.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/emptyfilepage.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QRegularExpression>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace zx;

namespace {

const QSize Screen(1280, 680); // 1280×720 less a 40-pixel taskbar
const QString County = QStringLiteral("410104");
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");

std::string text(const QRect &r)
{
    return QStringLiteral("%1×%2 at (%3, %4)")
        .arg(r.width())
        .arg(r.height())
        .arg(r.x())
        .arg(r.y())
        .toStdString();
}

// Inside a scroll area a button may lie below the fold: the user scrolls to it.
bool insideScrollArea(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget())
        if (qobject_cast<const QScrollArea *>(w))
            return true;
    return false;
}

// The window, shown as the app shows it, lies on the screen with every visible button inside it.
void expectFits(QWidget *window, const std::string &name)
{
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window)) << name;
    QCoreApplication::processEvents();
    const QRect screen = window->screen()->availableGeometry();
    ASSERT_EQ(screen.size(), Screen) << "the test's screen is not configured";
    const QRect frame = window->frameGeometry();
    EXPECT_TRUE(screen.contains(frame)) << name << " is " << text(frame) << " on a screen of "
                                        << text(screen);
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    EXPECT_LE(minimum.width(), screen.width()) << name;
    EXPECT_LE(minimum.height(), screen.height()) << name;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || insideScrollArea(button, window))
            continue;
        const QRect inWindow(button->mapTo(window, QPoint(0, 0)), button->size());
        EXPECT_TRUE(window->rect().contains(inWindow))
            << name << ": button '" << button->text().toStdString() << "' at " << text(inWindow)
            << " is outside the window " << text(window->rect());
        const QRect onScreen(button->mapToGlobal(QPoint(0, 0)), button->size());
        EXPECT_TRUE(screen.contains(onScreen))
            << name << ": button '" << button->text().toStdString() << "' at " << text(onScreen)
            << " is off the screen";
    }
    if (const QString shots = qEnvironmentVariable("ZX_DIALOG_SHOTS"); !shots.isEmpty()) {
        QString file = QString::fromStdString(name);
        file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]+")), QStringLiteral("-"));
        EXPECT_TRUE(window->grab().save(QDir(shots).filePath(file + QStringLiteral(".png"))));
    }
}

class DialogsFitTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zx-fittest-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_language = std::make_unique<ScopedLanguage>(QString::fromLatin1(GetParam()));
        if (QString::fromLatin1(GetParam()) == QLatin1String("zh_CN") &&
            m_extra.load(qEnvironmentVariable("ZX_EXTRA_QM")))
            QCoreApplication::installTranslator(&m_extra);
        auto created = m_workspace.createSample(m_dir.filePath(QStringLiteral("county.db")));
        ASSERT_TRUE(created) << created.error().toStdString();
        auto data = m_workspace.dataset(2023);
        ASSERT_TRUE(data) << data.error().toStdString();
        m_context.data = data.value();
        m_context.eval = std::make_shared<const Evaluator>(*m_context.data);
        m_context.regionCode = County;
        m_context.year = 2023;
        m_context.quarter = 4;
    }

    void TearDown() override
    {
        QCoreApplication::removeTranslator(&m_extra);
        m_language.reset();
    }

    std::string name(const char *dialog) const
    {
        return std::string(dialog) + " (" + GetParam() + ")";
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ScopedLanguage> m_language;
    QTranslator m_extra;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
    DashboardContext m_context;
};

TEST_P(DialogsFitTest, TheImportWizardFitsOnEveryPage)
{
    ImportWizard wizard(&m_workspace);
    expectFits(&wizard, name("import wizard, file page"));
    const QString csv = m_dir.filePath(QStringLiteral("values.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("indicator,region,year,quarter,value,comment\n"
               "returning_entrepreneurs,410104001001,2023,1,5,复核后更正\n");
    file.close();
    wizard.filePage()->pathEdit()->setText(csv);
    wizard.next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::PreviewPageId; },
                                60000));
    expectFits(&wizard, name("import wizard, preview page"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ApplyPageId);
    expectFits(&wizard, name("import wizard, apply page"));
}

TEST_P(DialogsFitTest, TheExportDialogsFit)
{
    ExportDataDialog data(&m_workspace, m_context);
    expectFits(&data, name("export data"));
    ExportReportDialog report(m_context);
    report.setWorkspace(&m_workspace);
    expectFits(&report, name("export report"));
}

TEST_P(DialogsFitTest, TheNewCountyWizardFitsOnEveryPage)
{
    NewCountyWizard wizard;
    for (int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        expectFits(&wizard, name("new county wizard, page ") + std::to_string(id));
    }
}

TEST_P(DialogsFitTest, TheSmallDialogsFit)
{
    NewYearDialog newYear(&m_workspace);
    expectFits(&newYear, name("new year"));
    PreferencesDialog preferences;
    expectFits(&preferences, name("preferences"));
    AccountsDialog accounts(&m_workspace);
    expectFits(&accounts, name("accounts"));
    IndicatorDetailDialog detail(m_workspace, m_context, Entrepreneurs);
    expectFits(&detail, name("indicator detail"));
}

TEST_P(DialogsFitTest, TheToolWindowsFit)
{
    CatalogueEditor catalogue(&m_workspace);
    catalogue.setContext(m_context);
    expectFits(&catalogue, name("catalogue editor"));
    RegionEditor regions(&m_workspace);
    regions.setContext(m_context);
    expectFits(&regions, name("region editor"));
    TargetsEditor targets(&m_workspace);
    targets.setContext(m_context);
    // With a refusal on its message line.
    const int row = targets.model()->rowOf(Entrepreneurs);
    EXPECT_FALSE(targets.model()->setData(targets.model()->index(row, TargetsModel::Annual),
                                          QStringLiteral("abc")));
    expectFits(&targets, name("targets editor"));
    // Every column on screen at once, the indicator's name whole.
    EXPECT_FALSE(targets.table()->horizontalScrollBar()->isVisible()) << name("targets editor");
    const QString entrepreneurs =
        targets.model()->index(row, TargetsModel::Name).data().toString();
    EXPECT_GE(targets.table()->horizontalHeader()->sectionSize(TargetsModel::Name),
              targets.table()->fontMetrics().horizontalAdvance(entrepreneurs))
        << entrepreneurs.toStdString();
    AuditViewer audit(&m_workspace);
    audit.setContext(m_context);
    expectFits(&audit, name("audit viewer"));
    DueList due(&m_workspace);
    due.setContext(m_context);
    expectFits(&due, name("due list"));
}

// A new, empty file (File → New): the window says what to do next, and it fits too.
TEST_P(DialogsFitTest, TheMainWindowOfAnEmptyFileFits)
{
    ASSERT_TRUE(m_workspace.open(m_dir.filePath(QStringLiteral("new.db")), true));
    MainWindow window(&m_workspace);
    // The window's own size on a small screen is the dashboard test's; here, what it shows.
    window.resize(QSize(1280 - 16, 680 - 40));
    expectFits(&window, name("main window of a new file"));
    EXPECT_TRUE(window.emptyFilePage()->isVisible());
    EXPECT_TRUE(window.emptyFilePage()->importButton()->isVisible());
    const QLabel *advice = window.emptyFilePage()->advice();
    EXPECT_GE(advice->height(), advice->heightForWidth(advice->width())); // not cut
}

INSTANTIATE_TEST_SUITE_P(Languages, DialogsFitTest, ::testing::Values("zh_CN", "en"));

} // namespace
