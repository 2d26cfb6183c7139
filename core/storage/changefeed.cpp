#include "changefeed.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace zx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::ChangeFeed", text);
}

// The connection by its name: invalid once its Database is gone.
QSqlDatabase connectionNamed(const QString &name)
{
    return QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : QSqlDatabase();
}

} // namespace

ChangeFeed::ChangeFeed(QString connectionName, Handler onChange)
    : m_connectionName(std::move(connectionName)), m_onChange(std::move(onChange)),
      m_context(std::make_unique<QObject>())
{
}

Result<std::unique_ptr<ChangeFeed>> ChangeFeed::start(Database &db, Handler onChange)
{
    std::unique_ptr<ChangeFeed> feed(
        new ChangeFeed(db.connection().connectionName(), std::move(onChange)));
    if (db.isServer()) {
        if (auto ok = feed->listen(); !ok)
            return Error{ok.error()};
        return feed;
    }
    if (auto ok = feed->poll(); !ok) // the version now: later readings are compared with it
        return Error{ok.error()};
    auto *timer = new QTimer(feed->m_context.get());
    QObject::connect(timer, &QTimer::timeout, feed->m_context.get(), [f = feed.get()] {
        // A reading that fails (the file gone from under us) is tried again at the next tick.
        [[maybe_unused]] const Outcome ok = f->poll();
    });
    timer->start(FilePollMilliseconds);
    return feed;
}

ChangeFeed::~ChangeFeed()
{
    if (!m_listening)
        return;
    QSqlDatabase db = connectionNamed(m_connectionName);
    if (db.isOpen())
        db.driver()->unsubscribeFromNotification(QString::fromLatin1(Channel));
}

Outcome ChangeFeed::listen()
{
    QSqlDatabase db = connectionNamed(m_connectionName);
    QSqlDriver *driver = db.driver();
    if (!db.isOpen() || !driver->subscribeToNotification(QString::fromLatin1(Channel)))
        return Error{tr("Cannot listen for other users' changes on the server: %1")
                         .arg(driver ? driver->lastError().text() : QString())};
    m_listening = true;
    // The connection ends with m_context, or with the driver when the Database closes first.
    QObject::connect(driver, &QSqlDriver::notification, m_context.get(),
                     [this](const QString &name, QSqlDriver::NotificationSource source,
                            const QVariant &payload) {
                         if (name == QLatin1String(Channel)
                             && source != QSqlDriver::NotificationSource::SelfSource)
                             m_onChange(payload.toString());
                     });
    return Outcome::success();
}

Outcome ChangeFeed::poll()
{
    QSqlDatabase db = connectionNamed(m_connectionName);
    if (!db.isOpen())
        return Outcome::success(); // its Database is gone: nothing more to tell
    auto version = sql::scalar(db, "PRAGMA data_version", {}, tr("reading the data version"));
    if (!version)
        return Error{version.error()};
    const qint64 now = version->toLongLong();
    const bool moved = m_fileVersion >= 0 && now != m_fileVersion;
    m_fileVersion = now;
    if (moved)
        m_onChange(QString());
    return Outcome::success();
}

} // namespace zx
