#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>

namespace zx {
class Database;
}

namespace zx::sql {

// Small helpers so that every statement is prepared, bound and checked the same way and
// every failure reads "while <what>: <driver message>".

// Prepares `statement` (forward-only); the error names `what`.
Result<QSqlQuery> prepare(QSqlDatabase &db, const char *statement, const QString &what);

// Binds positional values in order and executes.
Outcome exec(QSqlQuery &query, std::initializer_list<QVariant> values, const QString &what);

// Prepare + bind + exec for statements whose result is not read.
Outcome run(QSqlDatabase &db, const char *statement, std::initializer_list<QVariant> values,
            const QString &what);

// First column of the first row, or an error when there is no row.
Result<QVariant> scalar(QSqlDatabase &db, const char *statement,
                        std::initializer_list<QVariant> values, const QString &what);

// The same as run() on a statement kept prepared by `db` (Database::cached): for writes in
// loops. `what` is only called when something fails.
Outcome runCached(Database &db, const char *statement, std::initializer_list<QVariant> values,
                  const std::function<QString()> &what);
// A kept-prepared query, bound and executed, ready for next(); nullptr and `error` set when
// it fails. Call finish() on it when done reading.
QSqlQuery *queryCached(Database &db, const char *statement, std::initializer_list<QVariant> values,
                       const std::function<QString()> &what, QString &error);

// How long a statement waits for another program's write to end before it gives up.
constexpr int BusyTimeoutMs = 5000;

// The driver's error in plain words where a person can act on it: another program writing
// (SQLITE_BUSY/LOCKED: "Another program is writing to this file; tried for 5 s"), a file that
// cannot be written, a damaged file; otherwise the driver's own text.
QString describe(const QSqlError &error);

// NULL for an empty string, so optional text columns stay NULL rather than ''.
QVariant nullIfEmpty(const QString &text);

} // namespace zx::sql
