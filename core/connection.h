#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace zx {

// Who works on a file: the system user signed in ($USER), or "local". On a server it is the
// role signed in instead (Database::userName).
QString systemUserName();

// Where a Zhenxing database lives: a file (SQLite, the default) or a PostgreSQL server. Parsed
// from what a person types wherever a database is asked for (the CLI's DB argument, File →
// Connect to server…), with libpq's own conventions for a server:
//   /path/county.db, county.db           a file
//   postgresql://user@host:5432/county   a server (postgres:// too; ?sslmode=… and the other
//                                        libpq parameters in the query)
//   service=county                       a libpq service (~/.pg_service.conf, PGSERVICE)
//   host=… dbname=… user=…               any libpq keyword string
// What libpq reads from the environment (PGPASSWORD, PGHOST, ~/.pgpass, PGSERVICE…) applies.
// A password typed into the URL is kept for connecting but never shown (display(), text()).
class Connection
{
public:
    enum class Kind { File, Server };

    Connection() = default;
    static Connection file(const QString &path);
    // A server when `text` is a postgresql:// URL or a libpq keyword string, else a file path.
    // An error in a server description (a bad URL) is in error(); the connection is then invalid.
    static Connection parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    bool isValid() const { return m_error.isEmpty() && (isServer() || !m_path.isEmpty()); }
    QString error() const { return m_error; }

    // File: its path. Server: empty.
    const QString &path() const { return m_path; }
    // Server: the libpq keywords and values, the password among them if one was given.
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }
    QString parameter(const QString &keyword) const;
    // Server: the database, host and user as libpq resolves them when not given (PGDATABASE…).
    QString database() const;
    QString host() const;
    QString user() const;
    int port() const;

    // A password for the server (asked by the desktop, read from standard input by the CLI):
    // kept in memory only.
    void setPassword(const QString &password);

    // What to show a person: the file's path, or "user@host:port/database" (no password).
    QString display() const;
    // What to remember (recent servers) and print: the path, or the URL without its password.
    QString text() const;

    // A value as libpq's keyword strings quote it: 'it\'s'.
    static QString quotedValue(const QString &value);

    bool operator==(const Connection &other) const;

private:
    Kind m_kind = Kind::File;
    QString m_path;
    QList<QPair<QString, QString>> m_parameters;
    QString m_error;
};

} // namespace zx
