#pragma once

#include "connection.h"
#include "result.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace zx {

class Workspace;

// File → Connect to server…: host, port, database, user, password and SSL of a Zhenxing
// database on a PostgreSQL server, with the recent servers to pick from. Connect tries the
// server on a worker thread (the window stays responsive while a far server answers), then
// opens it through Workspace::open; a refusal (wrong password, no such database, not a Zhenxing
// database) is shown in the dialog, which stays open. On success the password goes into the
// desktop's keyring when "remember" is ticked and a keyring answers, connected() tells the
// server (its text() is what the recent list keeps: never the password) and the dialog closes.
// An empty password leaves libpq's PGPASSWORD and ~/.pgpass to answer.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `recent`: the recent servers, newest first, as Connection::text(); the newest fills the fields.
    ConnectDialog(Workspace *workspace, const QStringList &recent, QWidget *parent = nullptr);

    // The server the fields describe, with the password typed (if any).
    Connection connection() const;
    // Fills the fields from `server` (its password, if any, too).
    void setConnection(const Connection &server);
    // Reconnecting to a recent server: the password from the keyring if it holds one, then
    // connects at once; else waits for the password to be typed.
    void reconnect(const Connection &server);
    // Starts connecting (what the Connect button does).
    void connectToServer();
    bool isConnecting() const { return m_probe.isRunning(); }
    // False once the keyring did not answer: the password is asked each time.
    bool keyringAvailable() const { return m_keyringAvailable; }

    QComboBox *recentBox() const { return m_recent; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *keyringLabel() const { return m_keyring; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *connectButton() const { return m_connect; }

signals:
    // Opened in the workspace: `server` (use text(), never the password) is the one to remember.
    void connected(const Connection &server);

private:
    void pickRecent(int index);
    void probed();
    void finish(const Connection &server);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    void keyringUnavailable(const QString &why);
    void askKeyring();

    Workspace *m_workspace;
    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QCheckBox *m_remember;
    QLabel *m_keyring;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    // libpq keywords of a recent server the fields do not show (service, connect_timeout…).
    QList<QPair<QString, QString>> m_otherParameters;
    QFutureWatcher<Outcome> m_probe;
    Connection m_probing;
    bool m_keyringAvailable = true;
};

} // namespace zx
