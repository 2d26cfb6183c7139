#include "changefeed.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

#include <utility>

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

// Every change a person sees is audited in its own transaction, so a file's new audit entries
// name the tables another connection changed, as a server's notifications do.
const char *const SelectNewestEntry = "SELECT coalesce(max(id), 0) FROM audit_entry";
const char *const SelectActionsAfter = "SELECT DISTINCT action FROM audit_entry WHERE id > ?";

// The table an audited action changed; empty when it may have changed anything (a restore, an
// import of a whole county, generated data).
QString tableOf(const QString &action)
{
    static const std::pair<const char *, const char *> prefixes[] = {
        {"value.", "figure"},        {"target.", "target"},      {"period.", "period_status"},
        {"region.", "region"},       {"catalogue.indicator", "indicator"},
        {"catalogue.category", "category"}, {"user.", "app_user"}, {"setting.", "office_setting"},
    };
    for (const auto &[prefix, table] : prefixes)
        if (action.startsWith(QLatin1String(prefix)))
            return QString::fromLatin1(table);
    return {};
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
    const QString what = tr("reading the data version");
    auto version = sql::scalar(db, "PRAGMA data_version", {}, what);
    if (!version)
        return Error{version.error()};
    const qint64 now = version->toLongLong();
    const bool moved = m_fileVersion >= 0 && now != m_fileVersion;
    m_fileVersion = now;
    if (m_fileVersion >= 0 && !moved && m_auditId >= 0)
        return Outcome::success();
    // What was committed since the last reading (on the first, only where the trail ends).
    auto newest = sql::scalar(db, SelectNewestEntry, {}, what);
    if (!newest) {
        if (moved)
            m_onChange(QString()); // which table is not known: everything may have changed
        return Error{newest.error()};
    }
    const qint64 last = m_auditId;
    m_auditId = newest->toLongLong();
    if (!moved || m_auditId <= last)
        return Outcome::success(); // nothing a person sees (e.g. the roll-up cache alone)
    auto actions = sql::prepare(db, SelectActionsAfter, what);
    if (!actions || !sql::exec(actions.value(), {last}, what)) {
        m_onChange(QString());
        return actions ? Outcome::success() : Outcome(Error{actions.error()});
    }
    QStringList tables;
    while (actions.value().next()) {
        const QString table = tableOf(actions.value().value(0).toString());
        if (table.isEmpty()) {
            tables = QStringList{QString()};
            break;
        }
        if (!tables.contains(table))
            tables << table;
    }
    actions.value().finish();
    for (const QString &table : tables)
        m_onChange(table);
    return Outcome::success();
}

} // namespace zx
