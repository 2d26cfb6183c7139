#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace zx {

// A write statement prepared once on the SQLite handle under a Qt connection and run many
// times (Database::cachedWrite). It binds QVariants as sql::exec does — a null QString as '',
// an invalid QVariant as NULL — but straight into SQLite: Qt's QSqlQuery costs several
// microseconds a row in placeholder names and variant copies, a third of the time of a
// million-figure import. SQLite connections only, and only when Qt's driver runs on the same
// SQLite library as ours (the system one, as in Debian's Qt): otherwise prepare() gives
// nullptr and the caller uses QSqlQuery. run() refuses a value count that does not match the
// statement's parameters rather than reuse the previous row's bindings.
class SqliteStatement
{
public:
    // Whether `db` can take statements of this kind (a QSQLITE connection on our SQLite
    // library); asked once per connection by Database.
    static bool available(QSqlDatabase &db);
    // nullptr and `error` set when the statement does not prepare; call only where available().
    static std::unique_ptr<SqliteStatement> prepare(QSqlDatabase &db, const char *statement,
                                                    QString &error);
    ~SqliteStatement();

    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds, steps to the end and resets; `what` names the work in the error message.
    Outcome run(std::initializer_list<QVariant> values, const std::function<QString()> &what);

    // A row being read: its columns straight from SQLite, valid until the next row.
    class Row
    {
    public:
        qint64 integer(int column) const;
        // The column's UTF-8 bytes ('' for NULL), valid until the next row.
        QByteArrayView bytes(int column) const;
        QString text(int column) const { return QString::fromUtf8(bytes(column)); }

    private:
        friend class SqliteStatement;
        explicit Row(sqlite3_stmt *statement) : m_statement(statement) {}
        sqlite3_stmt *m_statement;
    };
    // For reading many rows without QSqlQuery's variant per column (a city's figures): binds
    // `values`, hands every row to `row` (false stops, with the caller's own error) and resets.
    Outcome read(const QVariantList &values, const std::function<bool(const Row &)> &row,
                 const std::function<QString()> &what);

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    bool bind(int index, const QVariant &value);
    // Binds every value in order, refusing a count that does not match the parameters.
    template <typename Values>
    Outcome bindAll(const Values &values, const std::function<QString()> &what);
    Error failure(const std::function<QString()> &what, const QString &message);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace zx
