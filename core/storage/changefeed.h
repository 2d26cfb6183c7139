#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace zx {

class Database;

// Tells an open database's owner that another program (another desktop, the CLI, a clerk's
// psql) committed a change, so that open views can reload within a second (issue 16):
//  - on a server it LISTENs on the channel the server's triggers announce every commit on
//    (postgresnotify.cpp) through QSqlDriver::subscribeToNotification; the payload names the
//    table that changed. Notifications of this connection's own commits are left out: the
//    Workspace announced those itself.
//  - on a file it reads SQLite's PRAGMA data_version every 400 ms: it moves when another
//    connection commits, never for this connection's own commits. The audit entries added since
//    then name the tables (every change a person sees is audited: value.* the figures,
//    period.* the review, …); an action that may have changed anything (a restore, a county
//    loaded) gives an empty name, and so does a trail that cannot be read.
// Works on the thread the Database lives on (the UI thread), which needs an event loop. The
// feed may outlive its Database (a Workspace replacing the file): it then goes quiet.
class ChangeFeed
{
public:
    using Handler = std::function<void(const QString &table)>;

    // The channel the server announces on; the payload is the changed table's name.
    static constexpr const char *Channel = "zhenxing_changed";
    // How often a file is asked whether another connection committed.
    static constexpr int FilePollMilliseconds = 400;

    // Starts listening on `db`; `onChange` is called once per change announced (on a server,
    // once per table a committed transaction changed).
    static Result<std::unique_ptr<ChangeFeed>> start(Database &db, Handler onChange);
    ~ChangeFeed();

    // The connection listened on (Database's connection name): a new Database, a new feed.
    const QString &connectionName() const { return m_connectionName; }

    ChangeFeed(const ChangeFeed &) = delete;
    ChangeFeed &operator=(const ChangeFeed &) = delete;

private:
    ChangeFeed(QString connectionName, Handler onChange);
    Outcome listen();
    Outcome poll();

    QString m_connectionName;
    Handler m_onChange;
    std::unique_ptr<QObject> m_context; // owns the poll timer; ends the driver's connection
    qint64 m_fileVersion = -1;
    qint64 m_auditId = -1; // a file's newest audit entry at the last reading
    bool m_listening = false;
};

} // namespace zx
