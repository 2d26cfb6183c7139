// The server's side of accounts (userstore.h saveLogin): PostgreSQL login roles.
#include "userstore.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace zx::userstore {

namespace {

QString what(const QString &name)
{
    return QCoreApplication::translate("zx::Database", "saving the sign-in of %1").arg(name);
}

// Runs a role statement built by the server's own quoting (format %I, %L): names and verifiers
// are never pasted into SQL here.
Outcome runFormatted(Database &db, const char *format, const QVariantList &arguments, const QString &name)
{
    QSqlQuery build(db.connection());
    if (!build.prepare(QString::fromUtf8(format)))
        return Error{QStringLiteral("%1: %2").arg(what(name), sql::describe(build.lastError()))};
    for (int i = 0; i < arguments.size(); ++i)
        build.bindValue(i, arguments[i]);
    if (!build.exec() || !build.next())
        return Error{QStringLiteral("%1: %2").arg(what(name), sql::describe(build.lastError()))};
    const QString statement = build.value(0).toString();
    QSqlQuery run(db.connection());
    if (!run.exec(statement))
        return Error{QStringLiteral("%1: %2").arg(what(name), sql::describe(run.lastError()))};
    return Outcome::success();
}

// The SCRAM-SHA-256 verifier of the password, made by libpq on this connection.
Result<QString> verifier(Database &db, const QString &name, const QString &password)
{
    const QVariant handle = db.connection().driver()->handle();
    // Qt's driver hands its libpq connection out as a PGconn* (a pg_conn*, as the type is named).
    PGconn *conn = handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 ||
                                        qstrcmp(handle.typeName(), "pg_conn*") == 0)
                       ? *static_cast<PGconn *const *>(handle.data())
                       : nullptr;
    if (!conn)
        return Error{QStringLiteral("%1: no PostgreSQL connection").arg(what(name))};
    char *encrypted = PQencryptPasswordConn(conn, password.toUtf8().constData(),
                                            name.toUtf8().constData(), "scram-sha-256");
    if (!encrypted)
        return Error{QStringLiteral("%1: %2").arg(what(name), QString::fromUtf8(PQerrorMessage(conn)).trimmed())};
    const QString text = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return text;
}

} // namespace

Result<bool> loginExists(Database &db, const QString &name)
{
    if (!db.isServer())
        return false;
    auto found = sql::scalar(db.connection(), "SELECT count(*) FROM pg_roles WHERE rolname = ?", {name}, what(name));
    if (!found)
        return Error{found.error()};
    return found->toInt() > 0;
}

Outcome saveLogin(Database &db, const QString &name, const QString &role, const QString &password)
{
    if (!db.isServer())
        return Outcome::success();
    if (!QStringList{QStringLiteral("administrator"), QStringLiteral("reviewer"), QStringLiteral("clerk")}.contains(role))
        return Error{what(name)};
    auto exists = loginExists(db, name);
    if (!exists)
        return Error{exists.error()};
    if (!exists.value() && password.isEmpty())
        return Error{QCoreApplication::translate("zx::Database",
                                                 "%1 has no sign-in on the server yet: give a password for it "
                                                 "(zhenxing-cli users add|set reads it from standard input)")
                         .arg(name)};
    if (!password.isEmpty()) {
        auto scram = verifier(db, name, password);
        if (!scram)
            return Error{scram.error()};
        // Only a new role needs LOGIN (and CREATEROLE to make it); anyone may change their own
        // password, which must not touch an attribute.
        const char *format = exists.value() ? "SELECT format('ALTER ROLE %I PASSWORD %L', ?::text, ?::text)"
                                            : "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)";
        if (auto ok = runFormatted(db, format, {name, scram.value()}, name); !ok)
            return ok;
    }
    // In its role's group and no other (a changed role leaves the old group).
    for (const char *group : {"administrator", "reviewer", "clerk"}) {
        const QString groupRole = QStringLiteral("zhenxing_") + QLatin1String(group);
        auto member = sql::scalar(db.connection(),
                                  "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                  "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?",
                                  {groupRole, name}, what(name));
        if (!member)
            return Error{member.error()};
        const bool wanted = QLatin1String(group) == role;
        if (wanted == (member->toInt() > 0))
            continue;
        if (auto ok = runFormatted(db, wanted ? "SELECT format('GRANT %I TO %I', ?::text, ?::text)"
                                              : "SELECT format('REVOKE %I FROM %I', ?::text, ?::text)",
                                   {groupRole, name}, name);
            !ok)
            return ok;
    }
    return Outcome::success();
}

} // namespace zx::userstore
