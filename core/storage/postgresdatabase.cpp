// The server's side of Database: connecting through Qt's QPSQL driver with libpq's conventions,
// recognising a Zhenxing database by its mark table, and its schema steps.
#include "database.h"

#include "postgresschema.h"
#include "schema.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::Database", text);
}

} // namespace

Outcome Database::connectServer(OpenMode mode)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("Cannot connect to %1: Qt's PostgreSQL driver is not installed (Debian: "
                        "libqt6sql6-psql)").arg(m_path)};
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    // Host, port, database, user and password through Qt; every other libpq keyword (sslmode,
    // service, connect_timeout…) as an option. What is not given libpq takes from PGHOST,
    // PGPASSWORD, ~/.pgpass, PGSERVICE… as psql does.
    QStringList options;
    for (const auto &[key, value] : m_location.parameters()) {
        if (key == QLatin1String("host"))
            m_db.setHostName(value);
        else if (key == QLatin1String("port"))
            m_db.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            m_db.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            m_db.setUserName(value);
        else if (key == QLatin1String("password"))
            m_db.setPassword(value);
        else if (value.contains(u';'))
            return Error{tr("Cannot connect to %1: the server option %2 holds a semicolon, which "
                            "Qt's driver cannot pass on").arg(m_path, key)};
        else
            options << key + u'=' + Connection::quotedValue(value);
    }
    // Qt's driver adds a port of its own only when one is set; an unset database name is
    // libpq's default (PGDATABASE, else the user's name).
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open())
        return Error{tr("Cannot connect to %1: %2").arg(m_path, m_db.lastError().text().trimmed())};
    for (const char *setting : {"SET client_min_messages = warning", "SET application_name = 'zhenxing'"}) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(setting)))
            return Error{tr("Cannot use %1: %2").arg(m_path, sql::describe(q.lastError()))};
    }
    auto user = sql::scalar(m_db, "SELECT session_user", {}, tr("reading who signed in"));
    if (!user)
        return Error{user.error()};
    m_serverUser = user->toString();
    if (mode == OpenMode::ReadOnly) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SET default_transaction_read_only = on")))
            return Error{tr("Cannot use %1: %2").arg(m_path, sql::describe(q.lastError()))};
        m_readOnlyReason = tr("opened for reading only");
    }

    // Ours: the mark table holds Zhenxing's application id and the schema version.
    auto marked = sql::scalar(m_db, "SELECT to_regclass('zhenxing_schema') IS NOT NULL", {}, tr("reading the database's mark"));
    if (!marked)
        return Error{marked.error()};
    if (!marked->toBool()) {
        auto tables = sql::scalar(m_db,
                                  "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'p')",
                                  {}, tr("reading the database's tables"));
        if (!tables)
            return Error{tables.error()};
        if (tables->toInt() > 0)
            return Error{tr("%1 holds tables of another program, not a Zhenxing database").arg(m_path)};
        if (mode != OpenMode::CreateIfMissing)
            return Error{tr("%1 is an empty database: set it up first (zhenxing-cli server init, or "
                            "server copy from a county's file)").arg(m_path)};
        m_version = 0;
        return Outcome::success();
    }
    QSqlQuery mark(m_db);
    if (!mark.exec(QStringLiteral("SELECT application_id, version FROM zhenxing_schema")) || !mark.next())
        return Error{tr("%1 is not a Zhenxing database: its mark cannot be read (%2)")
                         .arg(m_path, sql::describe(mark.lastError()))};
    if (mark.value(0).toInt() != schema::ApplicationId)
        return Error{tr("%1 is a database of another program, not a Zhenxing database").arg(m_path)};
    m_version = mark.value(1).toInt();
    if (m_version > schema::currentVersion())
        return Error{tr("%1 was set up by a newer Zhenxing (schema version %2; this version reads "
                        "up to %3). Update Zhenxing to use it.")
                         .arg(m_path)
                         .arg(m_version)
                         .arg(schema::currentVersion())};
    return Outcome::success();
}

Outcome Database::migrateServerTo(int version)
{
    for (const schema::Migration &step : schema::postgresMigrations()) {
        if (step.version <= m_version || step.version > version)
            continue;
        WriteTransaction tx(*this);
        if (!tx.isActive())
            return Error{tx.error()};
        QStringList statements = step.statements;
        statements << QStringLiteral("UPDATE zhenxing_schema SET version = %1").arg(step.version);
        // Whoever sets the database up is its first administrator: the server's rules let
        // nobody without an account write (server init names them; a copy replaces them).
        if (m_version == 0)
            statements << QStringLiteral("INSERT INTO app_user (name, role) VALUES (session_user, 'administrator')");
        for (const QString &statement : statements) {
            QSqlQuery q(m_db);
            if (!q.exec(statement))
                return Error{tr("Could not set up %1 at schema version %2 (%3): %4")
                                 .arg(m_path)
                                 .arg(step.version)
                                 .arg(QString::fromLatin1(step.description), q.lastError().text())};
        }
        if (auto ok = tx.commit(); !ok)
            return ok;
        m_version = step.version;
    }
    return Outcome::success();
}

Outcome Database::beginCopy()
{
    if (!isServer())
        return Outcome::success();
    return sql::run(m_db, "SELECT set_config('zhenxing.copying', 'on', true)", {},
                    tr("starting the copy"));
}

Outcome Database::analyzeAfterLoad()
{
    if (!isServer())
        return Outcome::success();
    QSqlQuery analyze(m_db); // a utility statement: not one to prepare
    if (!analyze.exec(QStringLiteral("ANALYZE")))
        return Error{QStringLiteral("%1: %2").arg(tr("gathering the server's statistics"),
                                                  sql::describe(analyze.lastError()))};
    return Outcome::success();
}

Outcome Database::continueNumbering()
{
    if (!isServer())
        return Outcome::success();
    QSqlQuery next(m_db);
    if (!next.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('audit_entry', 'id'), "
                                  "coalesce(max(id), 0) + 1, false) FROM audit_entry")))
        return Error{tr("Could not number the audit entries of %1: %2").arg(m_path, sql::describe(next.lastError()))};
    return Outcome::success();
}

} // namespace zx
