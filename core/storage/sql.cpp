#include "sql.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlError>

namespace zx::sql {

namespace {

Error failure(const QString &what, const QSqlError &error)
{
    return Error{QCoreApplication::translate("zx::Database", "Database error while %1: %2")
                     .arg(what, describe(error))};
}

} // namespace

QString describe(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff; // primary result code
    if (!isNumber)
        return error.text();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("zx::Database",
                                           "Another program is writing to this file; tried for %1 s")
            .arg(BusyTimeoutMs / 1000);
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("zx::Database", "the file cannot be written (%1)")
            .arg(error.databaseText());
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("zx::Database", "the file is damaged (%1)")
            .arg(error.databaseText());
    default:
        return error.text();
    }
}

Result<QSqlQuery> prepare(QSqlDatabase &db, const char *statement, const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(statement)))
        return failure(what, query.lastError());
    return query;
}

namespace {

void bind(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values) {
        // A null QString would bind as SQL NULL; text columns are NOT NULL with '' meaning
        // "none". Optional columns pass an invalid QVariant (nullIfEmpty) to store NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i++, QStringLiteral(""));
        else
            query.bindValue(i++, v);
    }
}

} // namespace

Outcome exec(QSqlQuery &query, std::initializer_list<QVariant> values, const QString &what)
{
    bind(query, values);
    if (!query.exec())
        return failure(what, query.lastError());
    return Outcome::success();
}

QSqlQuery *queryCached(Database &db, const char *statement, std::initializer_list<QVariant> values,
                       const std::function<QString()> &what, QString &error)
{
    QSqlQuery *query = db.cached(statement);
    if (!query) {
        error = QCoreApplication::translate("zx::Database", "Database error while %1: %2")
                    .arg(what(), db.lastStatementError());
        return nullptr;
    }
    bind(*query, values);
    if (!query->exec()) {
        error = failure(what(), query->lastError()).message;
        return nullptr;
    }
    return query;
}

Outcome runCached(Database &db, const char *statement, std::initializer_list<QVariant> values,
                  const std::function<QString()> &what)
{
    if (SqliteStatement *write = db.cachedWrite(statement))
        return write->run(values, what);
    QString error;
    QSqlQuery *query = queryCached(db, statement, values, what, error);
    if (!query)
        return Error{error};
    query->finish();
    return Outcome::success();
}

Outcome run(QSqlDatabase &db, const char *statement, std::initializer_list<QVariant> values,
            const QString &what)
{
    auto query = prepare(db, statement, what);
    if (!query)
        return Error{query.error()};
    return exec(query.value(), values, what);
}

Result<QVariant> scalar(QSqlDatabase &db, const char *statement,
                        std::initializer_list<QVariant> values, const QString &what)
{
    auto query = prepare(db, statement, what);
    if (!query)
        return Error{query.error()};
    if (auto done = exec(query.value(), values, what); !done)
        return Error{done.error()};
    if (!query->isActive() || !query.value().next())
        return Error{QCoreApplication::translate("zx::Database", "Database error while %1: no result")
                         .arg(what)};
    return query.value().value(0);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace zx::sql
