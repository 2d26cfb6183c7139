// File → New county… (issue 12) driven as a user would: the wizard's pages filled in and
// Next/Finish clicked, then the opened file's region tree, catalogue and audit trail and what
// the window shows; an existing file refused on the first page; a bad region refused at
// Finish with the wizard kept open and no file left; the first-start offer beside the sample.
// With ZX_NEWCOUNTY_SCREENSHOTS set, the pages are also saved in Chinese into that folder.
#include "answermodal.h"
#include "dialogs/newcountywizard.h"
#include "fileactions.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "models/regiontreemodel.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "storage/auditstore.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
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

std::string str(const QString &s)
{
    return s.toStdString();
}


class NewCountyWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_previousOrg = QCoreApplication::organizationName();
        QCoreApplication::setOrganizationName(QStringLiteral("zx-newcounty-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_path = m_dir.filePath(QStringLiteral("中牟县.db"));
        // A Chinese desk: regions and indicators show their Chinese names.
        m_previousLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }

    void TearDown() override
    {
        m_window.reset();
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (appData.contains(QLatin1String("zx-newcounty-")))
            QDir(appData).removeRecursively();
        QCoreApplication::setOrganizationName(m_previousOrg);
        QLocale::setDefault(m_previousLocale);
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_workspace);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QAction *newCountyAction() const
    {
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->objectName() == QLatin1String("NewCountyAction"))
                        return a;
        return nullptr;
    }

    static void next(NewCountyWizard *w)
    {
        QAbstractButton *button = w->button(QWizard::NextButton);
        ASSERT_TRUE(button->isEnabled()) << "Next is off on page " << w->currentId();
        button->click();
    }

    // Fills every page as the user would: 中牟县, the standard set, a township and two
    // villages typed in, 2025. `shots`: a folder to save each page into, or empty.
    void fillAndFinish(NewCountyWizard *w, const QString &shots = QString())
    {
        const auto shot = [&](const char *name) {
            if (shots.isEmpty())
                return;
            QTest::qWait(50);
            const QString file = QDir(shots).filePath(QLatin1String(name));
            EXPECT_TRUE(w->grab().save(file)) << str(file);
        };
        EXPECT_EQ(w->currentId(), NewCountyWizard::CountyPageId);
        EXPECT_FALSE(w->button(QWizard::NextButton)->isEnabled()); // nothing typed yet
        QTest::keyClicks(w->codeEdit(), QStringLiteral("410122"));
        w->nameEdit()->setFocus();
        w->nameEdit()->insert(QStringLiteral("中牟县")); // typed through an input method
        QTest::keyClicks(w->nameEnEdit(), QStringLiteral("Zhongmu County"));
        // The name proposed a file in Documents; the user types another (a Chinese name).
        EXPECT_TRUE(w->fileEdit()->text().endsWith(QStringLiteral("/中牟县.db"))) << str(w->fileEdit()->text());
        w->fileEdit()->selectAll();
        w->fileEdit()->insert(m_path);
        shot("newcounty-1-county.png");
        next(w);
        EXPECT_EQ(w->currentId(), NewCountyWizard::CataloguePageId);
        EXPECT_TRUE(w->catalogueButton(NewCounty::Catalogue::Standard)->isChecked());
        EXPECT_FALSE(w->catalogueSourceEdit()->isEnabled());
        shot("newcounty-2-catalogue.png");
        next(w);
        EXPECT_EQ(w->currentId(), NewCountyWizard::RegionsPageId);
        w->addRegionRow(QStringLiteral("410122100"), QStringLiteral("城关镇"), QString());
        w->addRegionRow(QStringLiteral("410122100001"), QStringLiteral("东关村"), QStringLiteral("410122100"));
        w->addRegionRow(QStringLiteral("410122100002"), QStringLiteral("西关村"), QStringLiteral("410122100"));
        shot("newcounty-3-regions.png");
        next(w);
        EXPECT_EQ(w->currentId(), NewCountyWizard::StartPageId);
        w->startYearBox()->setValue(2025);
        QTest::keyClicks(w->displayNameEdit(), QStringLiteral("Wang"));
        shot("newcounty-4-start.png");
        w->button(QWizard::FinishButton)->click();
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_previousOrg;
    QLocale m_previousLocale;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(NewCountyWizardTest, FileNewCountyCreatesAndOpensTheCounty)
{
    openWindow();
    QAction *action = newCountyAction();
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text().remove(u'&'), QStringLiteral("New County…"));
    bool finished = false;
    answerNext<NewCountyWizard>([&](NewCountyWizard *w) {
        fillAndFinish(w);
        finished = true;
    });
    action->trigger(); // exec() returns once Finish created the file
    ASSERT_TRUE(finished);

    // The new file is the open one…
    ASSERT_TRUE(m_workspace.isOpen());
    EXPECT_EQ(QFileInfo(m_workspace.path()).absoluteFilePath(), QFileInfo(m_path).absoluteFilePath());
    Database &db = *m_workspace.database();
    auto regions = regionstore::all(db);
    ASSERT_TRUE(regions);
    ASSERT_EQ(regions->size(), 4u);
    EXPECT_EQ(regions->at(0).code, QStringLiteral("410122"));
    EXPECT_EQ(regions->at(0).name, QStringLiteral("中牟县"));
    EXPECT_EQ(regions->at(0).level, RegionLevel::County);
    EXPECT_EQ(regions->at(1).code, QStringLiteral("410122100"));
    EXPECT_EQ(regions->at(1).level, RegionLevel::Township);
    EXPECT_EQ(regions->at(1).parentCode, QStringLiteral("410122"));
    EXPECT_EQ(regions->at(2).name, QStringLiteral("东关村"));
    EXPECT_EQ(regions->at(2).level, RegionLevel::Village);
    EXPECT_EQ(regions->at(3).parentCode, QStringLiteral("410122100"));
    auto indicators = catalogstore::indicators(db);
    ASSERT_TRUE(indicators);
    EXPECT_EQ(indicators->size(), 75u);
    auto categories = catalogstore::categories(db);
    ASSERT_TRUE(categories);
    EXPECT_EQ(categories->size(), 6u);
    auto trail = auditstore::all(db);
    ASSERT_TRUE(trail);
    ASSERT_FALSE(trail->empty());
    EXPECT_EQ(trail->back().action, QStringLiteral("county.create"));
    EXPECT_EQ(trail->back().year, 2025);
    EXPECT_EQ(trail->back().user, systemUserName());

    // …and the window shows it: the region tree's root and its township, the file in the
    // status bar, a page for each of the six categories, and it is remembered as the last file.
    auto *tree = m_window->findChild<QTreeView *>();
    ASSERT_NE(tree, nullptr);
    const QModelIndex root = tree->model()->index(0, 0);
    EXPECT_TRUE(root.data().toString().contains(QStringLiteral("中牟县"))) << str(root.data().toString());
    ASSERT_EQ(tree->model()->rowCount(root), 1);
    EXPECT_TRUE(tree->model()->index(0, 0, root).data().toString().contains(QStringLiteral("城关镇")));
    bool pathShown = false;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        pathShown = pathShown || label->text() == m_workspace.path();
    EXPECT_TRUE(pathShown);
    QStringList tabs;
    for (int i = 0; i < m_window->tabs()->count(); ++i)
        tabs << m_window->tabs()->tabText(i);
    for (const Category &c : *categories)
        EXPECT_TRUE(tabs.join(u'|').contains(c.name) || tabs.join(u'|').contains(c.nameEn))
            << str(c.name) << " not among " << str(tabs.join(u'|'));
    EXPECT_EQ(QFileInfo(FileActions::lastDatabase()).absoluteFilePath(), QFileInfo(m_path).absoluteFilePath());
}

TEST_F(NewCountyWizardTest, AnExistingFileIsRefusedOnTheFirstPage)
{
    QFile existing(m_path);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    NewCountyWizard w;
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.codeEdit(), QStringLiteral("410122"));
    w.nameEdit()->insert(QStringLiteral("中牟县"));
    w.fileEdit()->setText(m_path);
    QString said;
    answerNext<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    w.button(QWizard::NextButton)->click();
    EXPECT_EQ(w.currentId(), NewCountyWizard::CountyPageId); // stays
    EXPECT_EQ(said, QStringLiteral("%1 already exists. Choose another name: a new county is never "
                                   "written over a file.")
                        .arg(QDir::toNativeSeparators(m_path)));
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("keep me"));
}

TEST_F(NewCountyWizardTest, ABadRegionIsRefusedAtFinishAndTheWizardStaysOpen)
{
    NewCountyWizard w;
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.codeEdit(), QStringLiteral("410122"));
    w.nameEdit()->insert(QStringLiteral("中牟县"));
    w.fileEdit()->setText(m_path);
    next(&w);
    next(&w);
    w.addRegionRow(QStringLiteral("410122100001"), QStringLiteral("东关村"), QStringLiteral("410122999"));
    next(&w);
    QString said;
    answerNext<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    w.button(QWizard::FinishButton)->click();
    EXPECT_EQ(said, QStringLiteral("Region 1 (410122100001): unknown parent 410122999"));
    EXPECT_TRUE(w.isVisible());
    EXPECT_EQ(w.result(), 0);
    EXPECT_TRUE(w.createdPath().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_path));
}

// The regions page's other way: a regions file (the same file `zhenxing-cli import` reads),
// with the empty catalogue.
TEST_F(NewCountyWizardTest, RegionsFromAFileAndAnEmptyCatalogue)
{
    const QString csv = m_dir.filePath(QStringLiteral("regions.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name,name_en,parent_code,level,sort_order,retired\n"
               "410122100,城关镇,,410122,2,1,\n"
               "410122100001,东关村,,410122100,3,1,\n");
    file.close();
    NewCountyWizard w;
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.codeEdit(), QStringLiteral("410122"));
    w.nameEdit()->insert(QStringLiteral("中牟县"));
    w.fileEdit()->setText(m_path);
    next(&w);
    w.catalogueButton(NewCounty::Catalogue::None)->click();
    next(&w);
    w.regionsFileButton()->click();
    EXPECT_FALSE(w.regionTable()->isEnabled());
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled()); // no file named yet
    w.regionsFileEdit()->setText(csv);
    next(&w);
    w.button(QWizard::FinishButton)->click();
    ASSERT_EQ(w.result(), int(QDialog::Accepted));
    EXPECT_EQ(w.createdPath(), m_path);
    auto db = Database::open(m_path, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db) << str(db.error());
    auto regions = regionstore::all(*db.value());
    ASSERT_TRUE(regions);
    ASSERT_EQ(regions->size(), 3u);
    EXPECT_EQ(regions->at(2).name, QStringLiteral("东关村"));
    EXPECT_EQ(regions->at(2).level, RegionLevel::Village);
    auto indicators = catalogstore::indicators(*db.value());
    ASSERT_TRUE(indicators);
    EXPECT_TRUE(indicators->empty());
}

TEST_F(NewCountyWizardTest, FirstStartOffersANewCountyBesideTheSample)
{
    openWindow();
    auto *files = m_window->findChild<FileActions *>();
    ASSERT_NE(files, nullptr);
    QStringList buttons;
    answerNext<QMessageBox>([&](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons())
            buttons << b->text().remove(u'&');
        auto *county = box->findChild<QAbstractButton *>(QStringLiteral("FirstStartNewCounty"));
        ASSERT_NE(county, nullptr);
        answerNext<NewCountyWizard>([&](NewCountyWizard *w) { fillAndFinish(w); });
        county->click();
    });
    files->firstStart();
    EXPECT_TRUE(buttons.contains(QStringLiteral("New County…"))) << str(buttons.join(u','));
    EXPECT_TRUE(buttons.contains(QStringLiteral("Open the Sample County"))) << str(buttons.join(u','));
    ASSERT_TRUE(m_workspace.isOpen());
    EXPECT_EQ(QFileInfo(m_workspace.path()).absoluteFilePath(), QFileInfo(m_path).absoluteFilePath());
    EXPECT_FALSE(QFileInfo::exists(FileActions::defaultSamplePath()));
}

TEST_F(NewCountyWizardTest, FirstStartOpensTheSampleWhenAsked)
{
    openWindow();
    auto *files = m_window->findChild<FileActions *>();
    answerNext<QMessageBox>([&](QMessageBox *box) {
        box->findChild<QAbstractButton *>(QStringLiteral("FirstStartSample"))->click();
    });
    files->firstStart();
    ASSERT_TRUE(m_workspace.isOpen());
    EXPECT_EQ(m_workspace.path(), FileActions::defaultSamplePath());
    auto regions = regionstore::all(*m_workspace.database());
    ASSERT_TRUE(regions);
    EXPECT_EQ(regions->size(), 26u);
}

// The pages in Chinese for docs/screenshots (ZX_NEWCOUNTY_SCREENSHOTS names the folder; the
// test's own folder otherwise): every page saved, and the words on them are Chinese.
TEST_F(NewCountyWizardTest, ChinesePages)
{
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    ASSERT_EQ(installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QString shots = qEnvironmentVariable("ZX_NEWCOUNTY_SCREENSHOTS");
    if (shots.isEmpty())
        shots = m_dir.path();
    {
        NewCountyWizard w;
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        EXPECT_EQ(w.windowTitle(), QStringLiteral("新建区县"));
        EXPECT_EQ(w.page(NewCountyWizard::CataloguePageId)->title(), QStringLiteral("指标体系"));
        fillAndFinish(&w, shots);
    }
    // The first start's question, in Chinese, answered with the sample.
    openWindow();
    QString welcome;
    answerNext<QMessageBox>([&](QMessageBox *box) {
        QTest::qWait(50);
        welcome = box->text();
        EXPECT_TRUE(box->grab().save(QDir(shots).filePath(QStringLiteral("newcounty-0-welcome.png"))));
        box->findChild<QAbstractButton *>(QStringLiteral("FirstStartSample"))->click();
    });
    m_window->findChild<FileActions *>()->firstStart();
    EXPECT_EQ(welcome, QStringLiteral("建立您自己的区县，还是先在示例区县 XX区 中看看？"));
    for (const char *name : {"newcounty-0-welcome.png", "newcounty-1-county.png", "newcounty-2-catalogue.png",
                             "newcounty-3-regions.png", "newcounty-4-start.png"}) {
        QImage image(QDir(shots).filePath(QLatin1String(name)));
        EXPECT_FALSE(image.isNull()) << name;
        EXPECT_GE(image.width(), QByteArray(name).contains("welcome") ? 300 : 600) << name;
    }
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
}

} // namespace
