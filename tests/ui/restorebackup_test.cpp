// File → Restore from backup… and the Preferences' "backups to keep" (issue 11), driven as a
// user would: the action is triggered from the File menu, the list of backups and the
// confirmation are answered from a timer once they are the active modal widget (a dialog that
// never comes fails the test instead of hanging it). A fresh sample database and fresh settings
// per test.
#include "answermodal.h"
#include "dialogs/preferencesdialog.h"
#include "fileactions.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "storage/auditstore.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/valuestore.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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

const ValueKey Figure{QStringLiteral("returning_entrepreneurs"), QStringLiteral("410104001001"), 2023, 4};

class RestoreBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCoreApplication::setOrganizationName(QStringLiteral("zx-backuptest-") + fresh);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_path = m_dir.filePath(QStringLiteral("county.db"));
        auto created = m_workspace.createSample(m_path);
        ASSERT_TRUE(created.ok()) << str(created.error());
    }

    QString stored()
    {
        auto v = valuestore::find(*m_workspace.database(), Figure);
        return v.ok() && v.value() ? v.value()->value.toString() : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
};

TEST_F(RestoreBackupTest, FileRestoreFromBackupListsConfirmsRestoresAndReloads)
{
    auto manual = backups::create(*m_workspace.database(), backups::Reason::Manual);
    ASSERT_TRUE(manual.ok()) << str(manual.error());
    ASSERT_TRUE(m_workspace.setValue(Figure, Decimal::parse(QStringLiteral("8")).value(), {}).ok());
    ASSERT_EQ(stored(), QStringLiteral("8"));
    ASSERT_EQ(backups::list(m_path).size(), 1u) << "today's backup exists: the edit takes no other";
    ASSERT_TRUE(backups::create(*m_workspace.database(), backups::Reason::Import).ok()); // holds the 8

    QMainWindow window;
    FileActions actions(&m_workspace, &window);
    actions.populate(window.menuBar());
    auto *restore = window.findChild<QAction *>(QStringLiteral("RestoreBackupAction"));
    ASSERT_NE(restore, nullptr);
    QSignalSpy replaced(&m_notifier, &ChangeNotifier::databaseReplaced);

    QStringList offered;
    QString question;
    QString done;
    answerNext<QInputDialog>([&](QInputDialog *list) {
        offered = list->comboBoxItems();
        // The oldest (the manual backup, before the edit) is the last: newest first.
        list->setTextValue(offered.value(offered.size() - 1));
        list->accept();
        answerNext<QMessageBox>([&](QMessageBox *confirm) {
            question = confirm->text();
            confirm->button(QMessageBox::Yes)->click();
            answerNext<QMessageBox>([&](QMessageBox *info) {
                done = info->text();
                info->accept();
            });
        });
    });
    restore->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 15000);

    ASSERT_EQ(offered.size(), 2) << str(offered.join(u'\n'));
    EXPECT_TRUE(offered.last().contains(QFileInfo(*manual).fileName())) << str(offered.last());
    EXPECT_TRUE(offered.last().contains(backups::reasonText(backups::Reason::Manual))) << str(offered.last());
    EXPECT_TRUE(offered.first().contains(backups::reasonText(backups::Reason::Import))) << str(offered.first());
    EXPECT_TRUE(question.contains(QStringLiteral("county.db"))) << str(question);
    EXPECT_EQ(stored(), QStringLiteral("7")) << str(done);
    EXPECT_EQ(replaced.count(), 1) << "every view reloads";
    auto trail = auditstore::all(*m_workspace.database());
    ASSERT_TRUE(trail.ok());
    EXPECT_EQ(trail->back().action, QStringLiteral("restore"));
    EXPECT_TRUE(trail->back().comment.contains(QFileInfo(*manual).fileName()));
}

TEST_F(RestoreBackupTest, DecliningTheConfirmationChangesNothing)
{
    ASSERT_TRUE(backups::create(*m_workspace.database(), backups::Reason::Manual).ok());
    ASSERT_TRUE(m_workspace.setValue(Figure, Decimal::parse(QStringLiteral("8")).value(), {}).ok());
    QMainWindow window;
    FileActions actions(&m_workspace, &window);
    actions.populate(window.menuBar());
    bool asked = false;
    answerNext<QInputDialog>([&](QInputDialog *list) {
        list->setTextValue(list->comboBoxItems().last());
        list->accept();
        answerNext<QMessageBox>([&](QMessageBox *confirm) {
            asked = true;
            confirm->button(QMessageBox::No)->click();
        });
    });
    window.findChild<QAction *>(QStringLiteral("RestoreBackupAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(asked, 15000);
    EXPECT_EQ(stored(), QStringLiteral("8"));
}

TEST_F(RestoreBackupTest, PreferencesSetHowManyBackupsAreKept)
{
    PreferencesDialog dialog;
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("backupsToKeep"));
    ASSERT_NE(keep, nullptr);
    EXPECT_EQ(keep->value(), backups::DefaultKeep);
    keep->setValue(2);
    dialog.accept();
    EXPECT_EQ(PreferencesDialog::backupsToKeep(), 2);
    EXPECT_EQ(backups::keepCount(), 2);
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(backups::create(*m_workspace.database(), backups::Reason::Manual).ok());
    EXPECT_EQ(backups::list(m_path).size(), 2u);
    backups::setKeepCount(backups::DefaultKeep);
}

} // namespace
