#include "connectdialog.h"

#include "serverpasswords.h"
#include "session/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace zx {

namespace {

const QString Host = QStringLiteral("host");
const QString Port = QStringLiteral("port");
const QString DatabaseName = QStringLiteral("dbname");
const QString User = QStringLiteral("user");
const QString Password = QStringLiteral("password");
const QString SslMode = QStringLiteral("sslmode");
constexpr int DefaultPort = 5432;

// A value as libpq's keyword strings want it: quoted, with \ and ' escaped.
QString keyword(const QString &key, const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return key + QLatin1String("='") + quoted + u'\'';
}

} // namespace

ConnectDialog::ConnectDialog(Workspace *workspace, const QStringList &recent, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_recent(new QComboBox(this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_sslMode(new QComboBox(this)),
      m_remember(new QCheckBox(tr("&Remember password"), this)), m_keyring(new QLabel(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ConnectDialog"));
    setWindowTitle(tr("Connect to Server"));
    m_recent->addItem(tr("New server"));
    for (const QString &text : recent)
        if (const Connection server = Connection::parse(text); server.isServer() && server.isValid())
            m_recent->addItem(server.display(), text);
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(QStringLiteral("zhenxing_410104"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: PGPASSWORD or ~/.pgpass"));
    m_sslMode->addItem(tr("libpq's default (PGSSLMODE, else prefer)"), QString());
    m_sslMode->addItem(tr("prefer: SSL when the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("require: only over SSL"), QStringLiteral("require"));
    m_sslMode->addItem(tr("disable: never SSL"), QStringLiteral("disable"));
    m_keyring->setWordWrap(true);
    m_keyring->setObjectName(QStringLiteral("KeyringLabel"));
    m_keyring->hide();
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("ConnectMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Recent &servers:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("SS&L:"), m_sslMode);
    form->addRow(QString(), m_remember);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::ActionRole);
    m_connect->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keyring);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // Wide enough for a host name and the messages of a server; never wider than a small screen.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_recent, &QComboBox::activated, this, &ConnectDialog::pickRecent);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_probe, &QFutureWatcherBase::finished, this, &ConnectDialog::probed);
    if (m_recent->count() > 1) {
        m_recent->setCurrentIndex(1);
        pickRecent(1);
    }
    askKeyring();
}

void ConnectDialog::askKeyring()
{
    // A read for this server tells whether a keyring answers at all; its password is not used
    // here (reconnect() uses it).
    serverpasswords::read(connection().text(), this, [this](const serverpasswords::Stored &stored) {
        if (stored.keyring == serverpasswords::Keyring::Unavailable)
            keyringUnavailable(stored.error);
    });
}

void ConnectDialog::keyringUnavailable(const QString &why)
{
    m_keyringAvailable = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keyring->setText(tr("No keyring answers on this computer, so the password cannot be "
                          "remembered: it is asked each time."));
    m_keyring->setToolTip(why);
    m_keyring->show();
}

void ConnectDialog::pickRecent(int index)
{
    const QString text = m_recent->itemData(index).toString();
    setConnection(text.isEmpty() ? Connection() : Connection::parse(text));
    m_password->setFocus();
}

Connection ConnectDialog::connection() const
{
    QStringList parts;
    if (const QString host = m_host->text().trimmed(); !host.isEmpty())
        parts << keyword(Host, host);
    parts << keyword(Port, QString::number(m_port->value()));
    if (const QString database = m_database->text().trimmed(); !database.isEmpty())
        parts << keyword(DatabaseName, database);
    if (const QString user = m_user->text().trimmed(); !user.isEmpty())
        parts << keyword(User, user);
    if (const QString ssl = m_sslMode->currentData().toString(); !ssl.isEmpty())
        parts << keyword(SslMode, ssl);
    for (const auto &[key, value] : m_otherParameters)
        parts << keyword(key, value);
    // "host=… port=…" (or "port=…" first): always a server to Connection::parse.
    Connection server = Connection::parse(parts.join(u' '));
    if (!m_password->text().isEmpty())
        server.setPassword(m_password->text());
    return server;
}

void ConnectDialog::setConnection(const Connection &server)
{
    m_host->setText(server.parameter(Host));
    const int port = server.parameter(Port).toInt();
    m_port->setValue(port > 0 ? port : DefaultPort);
    m_database->setText(server.parameter(DatabaseName));
    m_user->setText(server.parameter(User));
    m_password->setText(server.parameter(Password));
    const int ssl = m_sslMode->findData(server.parameter(SslMode));
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_otherParameters.clear();
    for (const auto &parameter : server.parameters())
        if (!QStringList{Host, Port, DatabaseName, User, Password, SslMode}.contains(parameter.first))
            m_otherParameters << parameter;
}

void ConnectDialog::reconnect(const Connection &server)
{
    setConnection(server);
    const int recent = m_recent->findData(server.text());
    m_recent->setCurrentIndex(recent < 0 ? 0 : recent);
    m_password->setFocus();
    // An address that carries its password (given on the command line) connects at once.
    if (!server.parameter(QStringLiteral("password")).isEmpty()) {
        connectToServer();
        return;
    }
    serverpasswords::read(server.text(), this, [this, server](const serverpasswords::Stored &stored) {
        if (stored.keyring == serverpasswords::Keyring::Unavailable) {
            keyringUnavailable(stored.error);
        } else if (stored.password && connection().text() == server.text()) {
            m_password->setText(*stored.password);
            m_remember->setChecked(true);
            connectToServer();
            return;
        }
        showMessage(tr("Type the password of %1 (or leave it empty for ~/.pgpass).")
                        .arg(server.display()),
                    false);
    });
}

void ConnectDialog::connectToServer()
{
    if (isConnecting())
        return;
    m_probing = connection();
    if (!m_probing.isValid()) {
        showMessage(m_probing.error(), true);
        return;
    }
    setBusy(true);
    showMessage(tr("Connecting to %1…").arg(m_probing.display()), false);
    // A connection of its own, opened and closed on the worker thread: the refusal comes back
    // without the window freezing while a far or dead server makes libpq wait.
    m_probe.setFuture(QtConcurrent::run([server = m_probing]() -> Outcome {
        auto db = Workspace::openWorker(server);
        if (!db)
            return Error{db.error()};
        return Outcome::success();
    }));
}

void ConnectDialog::probed()
{
    if (const Outcome ok = m_probe.result(); !ok) {
        setBusy(false);
        showMessage(ok.error(), true);
        m_password->setFocus();
        return;
    }
    // The server answered: opening it again for the workspace takes a moment on this thread.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome opened = m_workspace->open(m_probing, false);
    QApplication::restoreOverrideCursor();
    setBusy(false);
    if (!opened) {
        showMessage(opened.error(), true);
        return;
    }
    finish(m_probing);
}

void ConnectDialog::finish(const Connection &server)
{
    const QString password = server.parameter(Password);
    if (m_remember->isChecked() && m_keyringAvailable && !password.isEmpty())
        serverpasswords::write(server.text(), password, nullptr);
    else if (!m_remember->isChecked() && m_keyringAvailable)
        serverpasswords::forget(server.text());
    emit connected(server);
    accept();
}

void ConnectDialog::setBusy(bool busy)
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_recent, m_host, m_port, m_database,
                                                           m_user, m_password, m_sslMode, m_connect})
        field->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_keyringAvailable);
}

void ConnectDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b71c1c; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace zx
