#pragma once
// The shared server's tests run against a throwaway PostgreSQL cluster: ctest starts each
// server test executable under Debian's pg_virtualenv, which makes the cluster and exports
// PGHOST, PGPORT, PGUSER and PGPASSWORD (also as root). Every test gets a database of its own,
// created empty and dropped afterwards. Without a server the tests fail: nothing is skipped.
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

#include <atomic>
#include <ostream>
#include <unistd.h>

namespace zxtest {

// What psql said: the way someone bypassing the program reaches the server.
struct PsqlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline std::ostream &operator<<(std::ostream &os, const PsqlRun &r)
{
    return os << "psql exit " << r.exitCode << "\n--- stdout ---\n" << r.out.toStdString()
              << "--- stderr ---\n" << r.err.toStdString();
}

// Runs `statement` with psql as `user` signing in with `password` (stops at the first error).
inline PsqlRun psql(const QString &database, const QString &user, const QString &password,
                    const QString &statement)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                                      QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                      QStringLiteral("-U"), user, QStringLiteral("-d"), database,
                                      QStringLiteral("-c"), statement});
    PsqlRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("psql timed out or did not start: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A database of its own on the test cluster, as the cluster's superuser.
class ServerDatabase
{
public:
    ServerDatabase()
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("zx_test_%1_%2").arg(::getpid()).arg(++counter);
        if (qEnvironmentVariable("PGHOST").isEmpty()) {
            m_error = QStringLiteral("no PostgreSQL server: run the server tests under pg_virtualenv "
                                     "(ctest does)");
            return;
        }
        m_error = admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    ~ServerDatabase()
    {
        if (m_error.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Empty when the database was made; else why not.
    const QString &error() const { return m_error; }
    const QString &name() const { return m_name; }
    // As a person gives it: a libpq keyword string (the rest from the environment) or a URL.
    QString keywords() const { return QStringLiteral("dbname=%1").arg(m_name); }
    // The same database signed in as another role, its password in the address.
    QString urlAs(const QString &user, const QString &password) const
    {
        return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
            .arg(user, password, qEnvironmentVariable("PGHOST"),
                 qEnvironmentVariable("PGPORT", QStringLiteral("5432")), m_name);
    }
    QString url() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"),
                 qEnvironmentVariable("PGPORT", QStringLiteral("5432")), m_name);
    }

    // Runs SQL on the test's database as the superuser (behind the program's back); the
    // error text, empty on success. `rows` receives the first column of each row.
    QString run(const QString &statement, QStringList *rows = nullptr) const
    {
        return exec(m_name, statement, rows);
    }

private:
    QString admin(const QString &statement) const { return exec(QStringLiteral("postgres"), statement, nullptr); }

    static QString exec(const QString &database, const QString &statement, QStringList *rows)
    {
        static std::atomic<int> connections{0};
        const QString connection = QStringLiteral("zx-server-test-%1").arg(++connections);
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setDatabaseName(database);
            db.setConnectOptions(QStringLiteral("client_encoding=UTF8"));
            if (!db.open()) {
                error = QStringLiteral("cannot connect to %1: %2").arg(database, db.lastError().text());
            } else {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    error = q.lastError().text();
                else if (rows)
                    while (q.next())
                        *rows << q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

    QString m_name;
    QString m_error;
};

#ifdef ZX_CLI_PATH
// `zhenxing-cli users add URL --name NAME OPTIONS…`, the password on standard input as a
// script gives it: a login role on the server (reliabilityhelpers.h's cli must be included).
inline CliRun addAccount(const QString &url, const QString &name, const QString &password,
                         const QStringList &options)
{
    return cli(QStringList{QStringLiteral("users"), QStringLiteral("add"), url, QStringLiteral("--name"), name} + options,
               60000, (password + u'\n').toUtf8());
}
#endif

} // namespace zxtest
