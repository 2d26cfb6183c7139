// Edit → Regions… (issue 12) on a fresh copy of the sample county per test: the tree, add,
// rename, move, reorder, retire and merge (村庄撤并) driven through the editor's buttons and
// checked against what core stored and audited; a non-administrator sees it read-only; and the
// editor in Chinese saved as a PNG for docs/screenshots (ZX_REGION_EDITOR_SCREENSHOT names
// the file; the test's folder otherwise).
#include "editors/regioneditor.h"
#include "models/regiontreemodel.h"

#include "entry/workflow.h"
#include "i18n/language.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

#include <gtest/gtest.h>

using namespace zx;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

const QString Zhangzhuang = QStringLiteral("410104001001");
const QString Lizhai = QStringLiteral("410104001002");
const QString Wanglou = QStringLiteral("410104001003");
const QString Liuying = QStringLiteral("410104001004");


class RegionEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_previousOrg = QCoreApplication::organizationName();
        QCoreApplication::setOrganizationName(QStringLiteral("zx-regioneditor-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_previousLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto created = m_workspace.createSample(m_dir.filePath(QStringLiteral("s.db")));
        ASSERT_TRUE(created) << str(created.error());
    }
    void TearDown() override
    {
        QLocale::setDefault(m_previousLocale);
        QCoreApplication::setOrganizationName(m_previousOrg);
    }

    Region stored(const QString &code)
    {
        auto all = regionstore::all(*m_workspace.database());
        EXPECT_TRUE(all) << str(all.error());
        for (const Region &r : all.value())
            if (r.code == code)
                return r;
        ADD_FAILURE() << "no region " << str(code);
        return {};
    }
    std::vector<AuditEntry> audit()
    {
        auto all = auditstore::all(*m_workspace.database());
        EXPECT_TRUE(all) << str(all.error());
        return all ? all.value() : std::vector<AuditEntry>{};
    }
    // The text of `column` on the tree row of `code`.
    static QString rowText(RegionEditor &editor, const QString &code, int column)
    {
        const QModelIndexList found = editor.model()->match(
            editor.model()->index(0, 0), RegionEditor::CodeRole, code, 1,
            Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return QStringLiteral("<none>");
        return found.front().siblingAtColumn(column).data().toString();
    }
    static int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        int n = model->rowCount(parent);
        for (int r = 0; r < model->rowCount(parent); ++r)
            n += countRows(model, model->index(r, 0, parent));
        return n;
    }
    void mergeTwoVillages(RegionEditor &editor)
    {
        editor.selectRegion(Zhangzhuang);
        editor.addToSelection(Lizhai);
        editor.mergeIntoBox()->setCurrentIndex(editor.mergeIntoBox()->findData(Wanglou));
        editor.mergeYearBox()->setValue(2024);
        editor.mergeButton()->click();
    }

    QTemporaryDir m_dir;
    QLocale m_previousLocale;
    QString m_previousOrg;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
};

} // namespace

TEST_F(RegionEditorTest, ShowsTheWholeTreeInOrder)
{
    RegionEditor editor(&m_workspace);
    EXPECT_EQ(countRows(editor.model()), 26);
    ASSERT_EQ(editor.model()->rowCount(), 1);
    EXPECT_EQ(editor.model()->index(0, RegionEditor::NameColumn).data().toString(),
              QStringLiteral("XX区"));
    const QModelIndex first = editor.model()->index(0, 0, editor.model()->index(0, 0));
    EXPECT_EQ(first.data().toString(), QStringLiteral("城东街道办事处"));
    EXPECT_EQ(editor.model()->rowCount(first), 4);
    EXPECT_EQ(editor.model()->index(0, 0, first).data().toString(), QStringLiteral("张庄村"));
    EXPECT_EQ(editor.currentCode(), QStringLiteral("410104"));
    EXPECT_EQ(editor.codeEdit()->text(), QStringLiteral("410104"));
    EXPECT_TRUE(editor.codeEdit()->isReadOnly());
    EXPECT_TRUE(editor.saveButton()->isEnabled()); // a single-user file: its user administers it
    EXPECT_FALSE(editor.noteLabel()->isVisible());
    EXPECT_EQ(editor.mergeIntoBox()->count(), 20); // every active village
}

TEST_F(RegionEditorTest, MergingTwoVillagesIsStoredAuditedAndShown)
{
    RegionEditor editor(&m_workspace);
    QSignalSpy announced(&m_notifier, &ChangeNotifier::regionsChanged);
    const std::size_t audited = audit().size();
    mergeTwoVillages(editor);
    EXPECT_EQ(editor.messageLabel()->text(),
              QStringLiteral("Merged 张庄村、李寨村 into 王楼村 from 2024"));
    EXPECT_EQ(announced.count(), 1);
    EXPECT_EQ(stored(Zhangzhuang).retiredFrom, 2024);
    EXPECT_EQ(stored(Zhangzhuang).mergedInto, Wanglou);
    EXPECT_EQ(stored(Lizhai).mergedInto, Wanglou);
    EXPECT_EQ(stored(Wanglou).retiredFrom, 0);
    const auto entries = audit();
    ASSERT_EQ(entries.size(), audited + 2);
    EXPECT_EQ(entries.back().action, QStringLiteral("region.merge"));
    EXPECT_EQ(entries.back().regionCode, Lizhai);
    EXPECT_EQ(entries.back().year, 2024);
    // The tree reloaded: the merged villages say where they went; no longer offered as targets.
    EXPECT_EQ(rowText(editor, Zhangzhuang, RegionEditor::StateColumn),
              QStringLiteral("Merged into 王楼村 from 2024"));
    EXPECT_EQ(rowText(editor, Wanglou, RegionEditor::StateColumn), QString());
    EXPECT_EQ(editor.mergeIntoBox()->count(), 18);
    EXPECT_EQ(editor.currentCode(), Zhangzhuang);
    EXPECT_TRUE(editor.restoreButton()->isEnabled());
    // The main window's region tree keeps them for their history, greyed, and says why.
    RegionTreeModel tree;
    auto catalogue = m_workspace.catalogue();
    ASSERT_TRUE(catalogue) << str(catalogue.error());
    tree.setRegions(catalogue.value()->regions());
    const QModelIndex merged = tree.indexOf(Zhangzhuang);
    ASSERT_TRUE(merged.isValid());
    EXPECT_EQ(merged.data(Qt::ForegroundRole).value<QColor>(), QColor(0x80, 0x80, 0x80));
    EXPECT_EQ(merged.data(Qt::ToolTipRole).toString(),
              QStringLiteral("张庄村 (410104001001), takes no figures from 2024"));
    EXPECT_FALSE(tree.indexOf(Wanglou).data(Qt::ForegroundRole).isValid());

    // Merging a village that already took figures for 2024: refused, the reason shown.
    ASSERT_TRUE(m_workspace.setValue({QStringLiteral("returning_entrepreneurs"), Liuying, 2024, 1},
                                     Decimal::parse(QStringLiteral("2")).value(), QString()));
    editor.selectRegion(Liuying);
    editor.mergeIntoBox()->setCurrentIndex(editor.mergeIntoBox()->findData(Wanglou));
    editor.mergeButton()->click();
    EXPECT_EQ(editor.messageLabel()->text(),
              QStringLiteral("刘营村 cannot be merged from 2024: it has figures in 2024 Q1; "
                             "delete them or merge it from a later year"));
    EXPECT_EQ(stored(Liuying).retiredFrom, 0);
}

TEST_F(RegionEditorTest, AddRenameMoveReorderAndRetireThroughTheButtons)
{
    RegionEditor editor(&m_workspace);
    // New village under 城东街道: the next free code is suggested.
    editor.selectRegion(QStringLiteral("410104001"));
    editor.newButton()->click();
    EXPECT_FALSE(editor.codeEdit()->isReadOnly());
    EXPECT_EQ(editor.codeEdit()->text(), QStringLiteral("410104001005"));
    QTest::keyClicks(editor.nameEnEdit(), QStringLiteral("Xinzhuang Village"));
    editor.nameEdit()->insert(QStringLiteral("新庄村"));
    editor.saveButton()->click();
    EXPECT_EQ(editor.messageLabel()->text(), QStringLiteral("Saved 新庄村"));
    Region added = stored(QStringLiteral("410104001005"));
    EXPECT_EQ(added.name, QStringLiteral("新庄村"));
    EXPECT_EQ(added.level, RegionLevel::Village);
    EXPECT_EQ(added.parentCode, QStringLiteral("410104001"));
    EXPECT_EQ(added.sortOrder, 5);
    EXPECT_EQ(countRows(editor.model()), 27);

    // Renamed and moved to 城南街道 (last there), then up one place.
    editor.selectRegion(Liuying);
    editor.nameEdit()->setText(QStringLiteral("刘营社区"));
    editor.parentBox()->setCurrentIndex(editor.parentBox()->findData(QStringLiteral("410104002")));
    editor.saveButton()->click();
    EXPECT_EQ(stored(Liuying).name, QStringLiteral("刘营社区"));
    EXPECT_EQ(stored(Liuying).parentCode, QStringLiteral("410104002"));
    EXPECT_EQ(stored(Liuying).sortOrder, 5);
    editor.upButton()->click();
    EXPECT_EQ(stored(Liuying).sortOrder, 4);
    EXPECT_EQ(stored(QStringLiteral("410104002004")).sortOrder, 5);
    EXPECT_EQ(editor.currentCode(), Liuying);

    // A township cannot go under a township: the level rule, shown under the form.
    editor.selectRegion(QStringLiteral("410104003"));
    EXPECT_EQ(editor.parentBox()->count(), 1); // only the district is a township's parent
    // Retire 新庄村 from 2025, then bring it back.
    editor.selectRegion(QStringLiteral("410104001005"));
    editor.retireYearBox()->setValue(2025);
    editor.retireButton()->click();
    EXPECT_EQ(stored(QStringLiteral("410104001005")).retiredFrom, 2025);
    EXPECT_EQ(rowText(editor, QStringLiteral("410104001005"), RegionEditor::StateColumn),
              QStringLiteral("Retired from 2025"));
    editor.restoreButton()->click();
    EXPECT_EQ(stored(QStringLiteral("410104001005")).retiredFrom, 0);
    EXPECT_EQ(editor.messageLabel()->text(), QStringLiteral("新庄村 takes figures again"));
    // A township with active villages cannot retire.
    editor.selectRegion(QStringLiteral("410104003"));
    editor.retireYearBox()->setValue(2024);
    editor.retireButton()->click();
    EXPECT_EQ(editor.messageLabel()->text(),
              QStringLiteral("410104003 cannot retire from 2024 while its sub-region "
                             "410104003001 stays active; retire or move 410104003001 first"));
    EXPECT_EQ(stored(QStringLiteral("410104003")).retiredFrom, 0);
    auto broken = auditstore::firstBroken(*m_workspace.database());
    ASSERT_TRUE(broken);
    EXPECT_FALSE(broken->has_value());
}

TEST_F(RegionEditorTest, AReviewerSeesTheRegionsReadOnly)
{
    Database &db = *m_workspace.database();
    ASSERT_TRUE(workflow::saveUser(db, {QStringLiteral("boss"), Role::Administrator, {}, {}},
                                   m_workspace.userName()));
    ASSERT_TRUE(workflow::saveUser(db, {m_workspace.userName(), Role::Reviewer, {}, {}},
                                   QStringLiteral("boss")));
    RegionEditor editor(&m_workspace);
    editor.show();
    EXPECT_TRUE(editor.noteLabel()->isVisible());
    EXPECT_EQ(editor.noteLabel()->text(),
              QStringLiteral("Only an administrator can change the regions; they are shown "
                             "read-only."));
    for (QWidget *w : std::initializer_list<QWidget *>{editor.saveButton(), editor.newButton(),
                                                       editor.mergeButton(), editor.retireButton(),
                                                       editor.upButton(), editor.nameEdit()})
        EXPECT_FALSE(w->isEnabled()) << str(w->objectName());
    // And core refuses anyway, whatever the widget allowed.
    EXPECT_FALSE(m_workspace.mergeRegions({Zhangzhuang}, Wanglou, 2024));
    EXPECT_EQ(stored(Zhangzhuang).retiredFrom, 0);
}

// The editor in Chinese after merging 张庄村 and 李寨村 into 王楼村 in 2024, saved as a PNG.
TEST_F(RegionEditorTest, ChineseScreenshot)
{
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    ASSERT_EQ(installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        RegionEditor editor(&m_workspace);
        editor.resize(1200, 680);
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
        EXPECT_EQ(editor.windowTitle(), QStringLiteral("地区"));
        mergeTwoVillages(editor);
        EXPECT_EQ(editor.messageLabel()->text(),
                  QStringLiteral("已将张庄村、李寨村自 2024 年起并入王楼村"));
        EXPECT_EQ(rowText(editor, Lizhai, RegionEditor::StateColumn),
                  QStringLiteral("自 2024 年起并入王楼村"));
        EXPECT_EQ(editor.mergeIntoBox()->currentData().toString(), Wanglou);
        // 王楼村 chosen: the two merged villages above it greyed, with where they went.
        editor.selectRegion(Wanglou);
        QTest::qWait(100);
        QString file = qEnvironmentVariable("ZX_REGION_EDITOR_SCREENSHOT");
        if (file.isEmpty())
            file = m_dir.filePath(QStringLiteral("region-editor-zh.png"));
        ASSERT_TRUE(editor.grab().save(file)) << str(file);
        const QImage image(file);
        EXPECT_EQ(image.width(), 1200);
        EXPECT_EQ(image.height(), 680);
    }
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
}
