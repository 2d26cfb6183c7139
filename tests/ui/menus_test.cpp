// Every menu action of the main window, triggered as a user would trigger it, and what the user
// then sees: File → New (an empty tree, not the old county), Open the Sample County, Save a
// Copy, Preferences… (the saved lag band), Import Data… / Export Data…, Edit → Targets… /
// Indicator catalogue…, View → Audit trail… / Due list…; the preferences dialog on its own;
// and the window in Chinese through core/i18n. Modal dialogs (file dialogs, message boxes,
// exec()) are answered from a timer once they are the active modal widget; a dialog that never
// comes fails the test instead of hanging it. Each test has its own settings and files.
#include "answermodal.h"
#include "dialogs/exportdatadialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/preferencesdialog.h"
#include "editors/auditmodel.h"
#include "editors/auditviewer.h"
#include "editors/catalogueeditor.h"
#include "editors/cataloguemodels.h"
#include "editors/duelist.h"
#include "editors/regioneditor.h"
#include "editors/rolefilterproxy.h"
#include "editors/targetseditor.h"
#include "editors/targetsmodel.h"
#include "entry/entrypage.h"
#include "fileactions.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "models/regiontreemodel.h"
#include "models/statustablemodel.h"
#include "pages/emptyfilepage.h"
#include "pages/overviewpage.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "widgets/periodpicker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace zx;
using zxtest::answerNext;

namespace {

const QString County = QStringLiteral("410104");
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");

std::string str(const QString &s)
{
    return s.toStdString();
}

// A file dialog answered with `path` (as if typed and confirmed).
void answerFileDialog(const QString &path)
{
    answerNext<QFileDialog>([path](QFileDialog *dialog) {
        zxtest::acceptTyped(dialog, path);
    });
}

// A message box read into `text` and confirmed.
void answerMessageBox(QString *text)
{
    answerNext<QMessageBox>([text](QMessageBox *box) {
        *text = box->text();
        box->accept();
    });
}

class MenusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_previousOrg = QCoreApplication::organizationName();
        m_previousApp = QCoreApplication::applicationName();
        const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCoreApplication::setOrganizationName(QStringLiteral("zx-menutest-") + fresh);
        QCoreApplication::setApplicationName(QStringLiteral("zhenxing-menutest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_previousLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        m_samplePath = m_dir.filePath(QStringLiteral("county.db"));
        auto created = m_workspace.createSample(m_samplePath);
        ASSERT_TRUE(created) << str(created.error());
    }

    void TearDown() override
    {
        m_spy.reset();
        m_window.reset();
        // Open the Sample County writes into the (test-mode) application data folder.
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (appData.contains(QLatin1String("zx-menutest-")))
            QDir(appData).removeRecursively();
        QLocale::setDefault(m_previousLocale);
        QCoreApplication::setOrganizationName(m_previousOrg);
        QCoreApplication::setApplicationName(m_previousApp);
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_workspace);
        m_spy = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::contextChanged);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(waitForContext(County, 2023, 4));
    }

    bool waitForContext(const QString &region, int year, int quarter)
    {
        const auto matches = [&] {
            const DashboardContext &c = m_window->context();
            return !m_spy->isEmpty() && c.isValid() && c.regionCode == region &&
                   c.year == year && c.quarter == quarter;
        };
        QDeadlineTimer deadline(10000);
        while (!matches()) {
            if (deadline.hasExpired() || !m_spy->wait(int(deadline.remainingTime())))
                break;
        }
        const bool ok = matches();
        m_spy->clear();
        return ok;
    }

    // The menu action whose text (without the '&' mnemonics) is `text`, in any menu.
    QAction *action(const QString &text) const
    {
        const auto plain = [](QString t) { return t.remove(u'&'); };
        std::function<QAction *(const QList<QAction *> &)> search =
            [&](const QList<QAction *> &actions) -> QAction * {
            for (QAction *a : actions) {
                if (a->menu())
                    if (QAction *found = search(a->menu()->actions()))
                        return found;
                if (!a->menu() && plain(a->text()) == text)
                    return a;
            }
            return nullptr;
        };
        QAction *found = search(m_window->menuBar()->actions());
        EXPECT_NE(found, nullptr) << "no menu action " << str(text);
        return found;
    }

    // Triggers a menu action; returns once its modal dialogs were answered.
    void trigger(const QString &text)
    {
        if (QAction *a = action(text))
            a->trigger();
    }

    QString actual(const QString &code) const
    {
        const StatusTableModel *table = m_window->overviewPage()->tableModel();
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->index(r, 0).data(StatusTableModel::CodeRole).toString() == code)
                return table->index(r, StatusTableModel::Actual).data().toString();
        return {};
    }

    QStringList overviewTexts() const
    {
        QStringList texts;
        for (const QLabel *label : m_window->overviewPage()->findChildren<QLabel *>())
            if (!label->text().isEmpty())
                texts << label->text();
        return texts;
    }

    QTemporaryDir m_dir;
    QString m_samplePath;
    QLocale m_previousLocale;
    QString m_previousOrg;
    QString m_previousApp;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_spy;
};

// --- File ----------------------------------------------------------------------------------

TEST_F(MenusTest, FileNewShowsTheNewFilesEmptyTreeNotTheOldCounty)
{
    openWindow();
    ASSERT_EQ(actual(Entrepreneurs), QStringLiteral("479"));
    const QString path = m_dir.filePath(QStringLiteral("new.db"));
    answerFileDialog(path);
    trigger(QStringLiteral("New…"));

    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(QFileInfo(m_workspace.path()).absoluteFilePath(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(m_window->regionModel()->rowCount(), 0);
    EXPECT_EQ(m_window->periodPicker()->yearBox()->count(), 0);
    EXPECT_EQ(m_window->tabs()->count(), 2); // the overview and data entry, no category
    EXPECT_EQ(m_window->statusBar()->currentMessage(),
              QStringLiteral("The database holds no figures yet."));
    // Nothing of the old county stays on screen.
    EXPECT_EQ(m_window->overviewPage()->tableModel()->rowCount(), 0);
    for (const QString &text : overviewTexts())
        EXPECT_FALSE(text.contains(QStringLiteral("XX区"))) << str(text);
}

// Issue 14: after File → New the window is the new file's: the title names it, not the old
// county; instead of pages (whose Submit would refer to the old county's 410104) it says what
// to do next; the old county's tool windows are closed.
TEST_F(MenusTest, FileNewShowsWhatToDoNextAndNothingOfTheOldCounty)
{
    openWindow();
    EXPECT_EQ(m_window->windowTitle(),
              QStringLiteral("XX区 · county.db — Zhenxing — rural revitalization indicators"));
    trigger(QStringLiteral("Targets…"));
    trigger(QStringLiteral("Due list…"));
    QPointer<TargetsEditor> targets = m_window->findChild<TargetsEditor *>();
    QPointer<DueList> due = m_window->findChild<DueList *>();
    ASSERT_TRUE(targets && due);
    ASSERT_TRUE(targets->isVisible() && due->isVisible());

    answerFileDialog(m_dir.filePath(QStringLiteral("new.db")));
    trigger(QStringLiteral("New…"));
    EXPECT_EQ(m_window->windowTitle(),
              QStringLiteral("new.db — Zhenxing — rural revitalization indicators"));
    EmptyFilePage *empty = m_window->emptyFilePage();
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->heading()->text(), QStringLiteral("new.db holds no county yet"));
    EXPECT_TRUE(empty->advice()->text().contains(QStringLiteral("Import Data…")));
    EXPECT_TRUE(empty->newCountyButton()->isVisible());
    EXPECT_TRUE(empty->importButton()->isVisible());
    // Neither the entry grid nor its Submit button can be reached for a county the file lacks.
    EXPECT_FALSE(m_window->tabs()->isVisible());
    EXPECT_FALSE(m_window->entryPage()->isVisible());
    QCoreApplication::processEvents(); // deferred deletes of the closed tool windows
    EXPECT_TRUE(targets.isNull());
    EXPECT_TRUE(due.isNull());

    // Import Data… on the empty page opens the import wizard for the new file.
    empty->importButton()->click();
    auto *wizard = m_window->findChild<ImportWizard *>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->isVisible());
    wizard->reject();

    // Opening a county again brings the pages back.
    trigger(QStringLiteral("Open the Sample County"));
    ASSERT_TRUE(waitForContext(County, 2023, 4));
    EXPECT_TRUE(m_window->tabs()->isVisible());
    EXPECT_FALSE(empty->isVisible());
    EXPECT_EQ(m_window->windowTitle(),
              QStringLiteral("XX区 · sample.db — Zhenxing — rural revitalization indicators"));
}

// Filling a new file with the region editor: the editor stays open while the file gains its
// county (only another file's tool windows close), and the window says what is still missing.
TEST_F(MenusTest, TheRegionEditorFillingANewFileStaysOpen)
{
    openWindow();
    answerFileDialog(m_dir.filePath(QStringLiteral("new.db")));
    trigger(QStringLiteral("New…"));
    trigger(QStringLiteral("Regions…"));
    QPointer<RegionEditor> editor = m_window->findChild<RegionEditor *>();
    ASSERT_TRUE(editor);
    ASSERT_TRUE(editor->isVisible());
    Region county;
    county.code = QStringLiteral("410105");
    county.name = QStringLiteral("新区");
    county.level = RegionLevel::County;
    ASSERT_TRUE(m_workspace.saveRegion(county, true));
    QCoreApplication::processEvents();
    ASSERT_FALSE(editor.isNull());
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(m_window->emptyFilePage()->heading()->text(),
              QStringLiteral("new.db has regions but no indicator catalogue"));
    EXPECT_EQ(m_window->windowTitle(),
              QStringLiteral("新区 · new.db — Zhenxing — rural revitalization indicators"));
}

TEST_F(MenusTest, FileNewAddsDbToANameTypedWithoutIt)
{
    openWindow();
    answerFileDialog(m_dir.filePath(QStringLiteral("plain")));
    trigger(QStringLiteral("New…"));
    const QString expected = m_dir.filePath(QStringLiteral("plain.db"));
    EXPECT_TRUE(QFileInfo::exists(expected));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("plain"))));
    EXPECT_EQ(QFileInfo(m_workspace.path()).absoluteFilePath(), QFileInfo(expected).absoluteFilePath());
}

TEST_F(MenusTest, OpenTheSampleCountyShowsXXDistrict)
{
    ASSERT_TRUE(m_workspace.open(m_dir.filePath(QStringLiteral("empty.db")), true));
    m_window = std::make_unique<MainWindow>(&m_workspace);
    m_spy = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::contextChanged);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    ASSERT_EQ(m_window->regionModel()->rowCount(), 0);

    trigger(QStringLiteral("Open the Sample County"));
    ASSERT_TRUE(waitForContext(County, 2023, 4));
    EXPECT_EQ(m_workspace.path(), FileActions::defaultSamplePath());
    const QModelIndex root = m_window->regionModel()->index(0, 0);
    EXPECT_EQ(root.data(RegionTreeModel::CodeRole).toString(), County);
    EXPECT_EQ(m_window->regionModel()->rowCount(root), 5);
    EXPECT_EQ(actual(Entrepreneurs), QStringLiteral("479"));
    EXPECT_EQ(m_window->tabs()->count(), 8);
}

TEST_F(MenusTest, SaveACopyWritesAWorkingCopyAndSaysWhere)
{
    openWindow();
    // Typed without its ending: the copy is copy.db.
    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    QString said;
    answerNext<QFileDialog>([this, &said](QFileDialog *dialog) {
        answerMessageBox(&said);
        zxtest::acceptTyped(dialog, m_dir.filePath(QStringLiteral("copy")));
    });
    trigger(QStringLiteral("Save a Copy…"));
    EXPECT_EQ(said, QStringLiteral("Saved a copy to %1").arg(copy));
    EXPECT_EQ(m_workspace.path(), m_samplePath); // the original stays open
    auto db = Database::open(copy, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db) << str(db.error());
    auto regions = regionstore::all(*db.value());
    ASSERT_TRUE(regions);
    EXPECT_EQ(regions->size(), 26u); // the county, 5 sub-districts, 20 villages
}

TEST_F(MenusTest, PreferencesSavesTheLagBandAndShowsItNextTime)
{
    openWindow();
    answerNext<PreferencesDialog>([](PreferencesDialog *dialog) {
        auto *band = dialog->findChild<QDoubleSpinBox *>();
        ASSERT_NE(band, nullptr);
        EXPECT_EQ(band->value(), 10.0); // the default
        band->setValue(5);
        dialog->accept();
    });
    trigger(QStringLiteral("Preferences…"));
    EXPECT_EQ(PreferencesDialog::lagBand(), 5.0);
    EXPECT_EQ(QSettings().value(QStringLiteral("dashboard/lagBand")).toDouble(), 5.0);

    double shown = -1;
    answerNext<PreferencesDialog>([&shown](PreferencesDialog *dialog) {
        shown = dialog->findChild<QDoubleSpinBox *>()->value();
        dialog->reject();
    });
    trigger(QStringLiteral("Preferences…"));
    EXPECT_EQ(shown, 5.0);
}

TEST_F(MenusTest, ImportDataOpensTheWizardAndExportDataTheDialog)
{
    openWindow();
    trigger(QStringLiteral("Import Data…"));
    auto *wizard = m_window->findChild<ImportWizard *>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_EQ(wizard->currentId(), ImportWizard::FilePageId);
    EXPECT_EQ(wizard->workspace(), &m_workspace);
    wizard->reject();

    trigger(QStringLiteral("Export Data…"));
    auto *exportDialog = m_window->findChild<ExportDataDialog *>();
    ASSERT_NE(exportDialog, nullptr);
    EXPECT_TRUE(exportDialog->isVisible());
    exportDialog->reject();
}

// --- Edit and View -------------------------------------------------------------------------

TEST_F(MenusTest, TargetsShowsTheCountysTargets)
{
    openWindow();
    trigger(QStringLiteral("Targets…"));
    auto *editor = m_window->findChild<TargetsEditor *>();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(editor->isWindow());
    editor->proxy()->setTextFilter(Qt::DisplayRole, QStringLiteral("返乡下乡创业人员"));
    ASSERT_EQ(editor->proxy()->rowCount(), 1);
    EXPECT_EQ(editor->proxy()->index(0, TargetsModel::Annual).data().toString(),
              QStringLiteral("350"));
    EXPECT_EQ(editor->proxy()->index(0, TargetsModel::Actual).data().toString(),
              QStringLiteral("479"));
}

TEST_F(MenusTest, IndicatorCatalogueShowsTheSixCategoriesAnd75Indicators)
{
    openWindow();
    trigger(QStringLiteral("Indicator catalogue…"));
    auto *editor = m_window->findChild<CatalogueEditor *>();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->categoryModel()->rowCount(), 6);
    EXPECT_EQ(editor->indicatorModel()->rowCount(), 75);
}

TEST_F(MenusTest, AuditTrailShowsTheSampleLoad)
{
    openWindow();
    trigger(QStringLiteral("Audit trail…"));
    auto *viewer = m_window->findChild<AuditViewer *>();
    ASSERT_NE(viewer, nullptr);
    EXPECT_TRUE(viewer->isVisible());
    ASSERT_EQ(viewer->model()->rowCount(), 1);
    EXPECT_EQ(viewer->model()->index(0, 0).data(AuditModel::ActionRole).toString(),
              QStringLiteral("sample.load"));
}

TEST_F(MenusTest, DueListCountsTheCountysRegions)
{
    openWindow();
    trigger(QStringLiteral("Due list…"));
    auto *list = m_window->findChild<DueList *>();
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->isVisible());
    EXPECT_EQ(list->countLabel()->text(), QStringLiteral("26 of 26 not submitted"));
}

// --- the preferences dialog on its own -----------------------------------------------------

TEST_F(MenusTest, PreferencesDialogKeepsWhatIsAcceptedAndNothingThatIsCancelled)
{
    {
        PreferencesDialog dialog;
        auto *language = dialog.findChild<QComboBox *>();
        auto *band = dialog.findChild<QDoubleSpinBox *>();
        ASSERT_NE(language, nullptr);
        ASSERT_NE(band, nullptr);
        EXPECT_EQ(language->currentData().toString(), QString()); // follow the system
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        band->setValue(15);
        dialog.accept();
    }
    EXPECT_EQ(PreferencesDialog::language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(PreferencesDialog::lagBand(), 15.0);
    {
        PreferencesDialog dialog;
        EXPECT_EQ(dialog.findChild<QComboBox *>()->currentData().toString(), QStringLiteral("zh_CN"));
        EXPECT_EQ(dialog.findChild<QDoubleSpinBox *>()->value(), 15.0);
        dialog.findChild<QDoubleSpinBox *>()->setValue(3);
        dialog.reject();
    }
    EXPECT_EQ(PreferencesDialog::lagBand(), 15.0);
}

// --- zh_CN ---------------------------------------------------------------------------------

TEST_F(MenusTest, TheZhCnTranslationShowsTheWindowInChinese)
{
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    EXPECT_EQ(installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    openWindow();
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("XX区 · county.db — 振兴看板 — 乡村振兴指标"));
    QStringList menus;
    for (QAction *a : m_window->menuBar()->actions())
        menus << a->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("文件(&F)"))) << str(menus.join(u' '));
    m_window.reset();
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
}

} // namespace

namespace {

// Help → About names the version (the CMake project's), the Qt it runs on and the open
// database's schema version, so a report of a problem says which program and file it was.
TEST_F(MenusTest, AboutNamesTheVersionTheBuildAndTheFilesSchemaVersion)
{
    openWindow();
    auto *files = m_window->findChild<FileActions *>();
    ASSERT_NE(files, nullptr);
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QString text = files->aboutText();
    EXPECT_TRUE(text.contains(QStringLiteral("Zhenxing (振兴看板) 0.1.0"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << text.toStdString();
    // The sample county was written by this build: schema version 8 (storage v5).
    EXPECT_TRUE(text.contains(QStringLiteral("Schema version 8"))) << text.toStdString();
    EXPECT_TRUE(text.contains(m_samplePath)) << text.toStdString();
}

} // namespace
