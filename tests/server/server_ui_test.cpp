// File → Connect to server… against a real server (issue 16): the desktop's dialog signs in to
// a database holding the sample county on the test cluster (pg_virtualenv), and the dashboard
// of 410104 shows its figures; the window says it is a server and who signed in. The server's
// refusals (wrong password, no such database, not a Zhenxing database) are shown in the dialog,
// which stays open; the recent list keeps the address, never the password.
#include "../reliability/reliabilityhelpers.h"
#include "servertest.h"

#include "dialogs/connectdialog.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "models/regiontreemodel.h"
#include "models/statustablemodel.h"
#include "pages/overviewpage.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os) { *os << '"' << text.toStdString() << '"'; }
QT_END_NAMESPACE

using namespace zx;

namespace {

using zxtest::cli;
using zxtest::CliRun;
using zxtest::ServerDatabase;

const QString County = QStringLiteral("410104");
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");

std::string s(const QString &q) { return q.toStdString(); }

class ServerUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.error().isEmpty()) << s(m_server.error());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/zx-no-bus"); // no keyring
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zx-serverui-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        // A county file open first, as on a desktop that has been used before.
        ASSERT_TRUE(m_workspace.open(m_dir.filePath(QStringLiteral("county.db")), true));
        m_window = std::make_unique<MainWindow>(&m_workspace);
        m_files = m_window->findChild<FileActions *>();
        ASSERT_NE(m_files, nullptr);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
        m_workspace.close();
        QSettings::setDefaultFormat(QSettings::NativeFormat);
    }

    void loadSample()
    {
        const CliRun made = cli({QStringLiteral("sample"), m_server.url()});
        ASSERT_EQ(made.exitCode, 0) << made;
    }

    // The dialog as File → Connect to server… opens it, filled as a person fills it from what
    // pg_virtualenv says of the cluster.
    ConnectDialog *dialogFor(const QString &database, const QString &password)
    {
        ConnectDialog *dialog = m_files->connectToServer();
        dialog->hostEdit()->setText(qEnvironmentVariable("PGHOST"));
        dialog->portBox()->setValue(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
        dialog->databaseEdit()->setText(database);
        dialog->userEdit()->setText(qEnvironmentVariable("PGUSER"));
        dialog->passwordEdit()->setText(password);
        return dialog;
    }

    // Clicks Connect; true once the dialog has the server's answer.
    static bool clickConnect(ConnectDialog *dialog)
    {
        QPointer<ConnectDialog> alive(dialog);
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !alive || (!alive->isConnecting() && alive->connectButton()->isEnabled()); },
                               60000);
    }

    // Clicks Connect, expects a refusal naming `expected` in the dialog, which stays open.
    void expectRefused(const QString &database, const QString &password, const QString &expected)
    {
        QPointer<ConnectDialog> dialog = dialogFor(database, password);
        ASSERT_TRUE(clickConnect(dialog));
        ASSERT_TRUE(dialog) << "the dialog closed";
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_NE(dialog->result(), QDialog::Accepted);
        const QString message = dialog->messageLabel()->text();
        EXPECT_TRUE(dialog->messageLabel()->isVisible());
        EXPECT_TRUE(message.contains(expected, Qt::CaseInsensitive)) << s(message);
        if (!password.isEmpty())
            EXPECT_FALSE(message.contains(password)) << s(message);
        EXPECT_FALSE(m_workspace.connection().isServer()) << "the county file is no longer open";
        dialog->reject();
    }

    QTemporaryDir m_dir;
    ServerDatabase m_server;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
    std::unique_ptr<MainWindow> m_window;
    FileActions *m_files = nullptr;
};

TEST_F(ServerUiTest, ConnectingShowsTheDashboardOfTheCountyOnTheServer)
{
    loadSample();
    const QString password = qEnvironmentVariable("PGPASSWORD");
    ASSERT_FALSE(password.isEmpty()) << "pg_virtualenv sets a password";
    QPointer<ConnectDialog> dialog = dialogFor(m_server.name(), password);
    ASSERT_TRUE(clickConnect(dialog));
    ASSERT_FALSE(dialog && dialog->isVisible())
        << "still open: " << (dialog ? s(dialog->messageLabel()->text()) : std::string());

    // The workspace is on the server, signed in as the cluster's user.
    const QString user = qEnvironmentVariable("PGUSER");
    ASSERT_TRUE(m_workspace.connection().isServer());
    EXPECT_EQ(m_workspace.userName(), user);
    const QString display = QStringLiteral("%1@%2:%3/%4")
                                .arg(user, qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"),
                                     m_server.name());
    // Where the window shows the file: the server, and who signed in; the title says so too.
    const QLabel *where = m_window->findChild<QLabel *>(QStringLiteral("PathLabel"));
    ASSERT_NE(where, nullptr);
    EXPECT_EQ(where->text(), QStringLiteral("Server %1 · signed in as %2").arg(display, user));
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("server %1, signed in as %2").arg(display, user)))
        << s(m_window->windowTitle());
    // The county's name first, as on a file.
    const QString countyName = m_window->regionModel()->index(0, 0).data().toString();
    ASSERT_FALSE(countyName.isEmpty());
    EXPECT_TRUE(m_window->windowTitle().startsWith(countyName)) << s(m_window->windowTitle());

    // The dashboard of 410104, 2023 Q4, with the sample's figures (resources/sample: 返乡下乡创业
    // 人员 479 against a target of 350, as in the dashboard test on a file).
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const DashboardContext &c = m_window->context();
        return c.isValid() && c.regionCode == County && c.year == 2023 && c.quarter == 4;
    }, 30000)) << "shown: " << s(m_window->context().regionCode) << " " << m_window->context().year
               << " Q" << m_window->context().quarter;
    const StatusTableModel *table = m_window->overviewPage()->tableModel();
    ASSERT_GT(table->rowCount(), 0);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->index(r, 0).data(StatusTableModel::CodeRole).toString() == Entrepreneurs)
            row = r;
    ASSERT_GE(row, 0);
    EXPECT_EQ(table->index(row, StatusTableModel::Actual).data().toString(), QStringLiteral("479"));
    EXPECT_EQ(table->index(row, StatusTableModel::Target).data().toString(), QStringLiteral("350"));
    EXPECT_EQ(table->index(row, StatusTableModel::Completion).data().toString(), QStringLiteral("136.86%"));

    // Remembered as its address only: the recent list and the whole settings file hold no password.
    const QString text = m_workspace.connection().text();
    EXPECT_EQ(FileActions::recentFiles().value(0), text);
    EXPECT_FALSE(text.contains(password)) << s(text);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    EXPECT_TRUE(stored.contains(m_server.name().toUtf8())) << stored.constData();
    EXPECT_FALSE(stored.contains(password.toUtf8())) << stored.constData();

    // File → Open Recent on the server: no keyring here, so the dialog asks for the password.
    EXPECT_FALSE(m_files->openPath(text));
    QPointer<ConnectDialog> again;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        for (ConnectDialog *d : m_window->findChildren<ConnectDialog *>())
            if (d->isVisible())
                again = d;
        return again && again->messageLabel()->isVisible();
    }, 10000));
    EXPECT_EQ(again->databaseEdit()->text(), m_server.name());
    EXPECT_TRUE(again->passwordEdit()->text().isEmpty());
    EXPECT_TRUE(again->messageLabel()->text().contains(QStringLiteral("password"))) << s(again->messageLabel()->text());
    again->passwordEdit()->setText(password);
    ASSERT_TRUE(clickConnect(again));
    EXPECT_FALSE(again && again->isVisible());
    EXPECT_TRUE(m_workspace.connection().isServer());
}

TEST_F(ServerUiTest, AWrongPasswordIsRefusedInTheDialog)
{
    loadSample();
    expectRefused(m_server.name(), QStringLiteral("not-the-password"), QStringLiteral("password authentication failed"));
}

TEST_F(ServerUiTest, NoSuchDatabaseIsRefusedInTheDialog)
{
    expectRefused(m_server.name() + QStringLiteral("_missing"), qEnvironmentVariable("PGPASSWORD"),
                  QStringLiteral("does not exist"));
}

TEST_F(ServerUiTest, ADatabaseOfAnotherProgramIsRefusedInTheDialog)
{
    ASSERT_EQ(m_server.run(QStringLiteral("CREATE TABLE invoices (id integer)")), QString());
    expectRefused(m_server.name(), qEnvironmentVariable("PGPASSWORD"), QStringLiteral("not a Zhenxing database"));
    QStringList tables;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"), &tables),
              QString());
    EXPECT_EQ(tables, QStringList{QStringLiteral("invoices")});
}

} // namespace
