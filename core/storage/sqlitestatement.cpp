#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iterator>

namespace zx {

namespace {

// Whether Qt's driver runs on the SQLite library we link (Debian's Qt uses the system one; a
// Qt built with its own copy, -qt-sqlite, would hand us a handle of another library). A
// different version is the sign of another copy; then the Qt path is used throughout.
bool sameLibrary(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() &&
           q.value(0).toString() == QLatin1String(sqlite3_libversion());
}

// The sqlite3 handle under a QSQLITE connection; nullptr for any other driver.
sqlite3 *handleOf(QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !sameLibrary(db))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool SqliteStatement::available(QSqlDatabase &db)
{
    return handleOf(db) != nullptr;
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(QSqlDatabase &db, const char *statement,
                                                          QString &error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return nullptr; // not available(): the caller uses QSqlQuery
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v3(handle, statement, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) !=
        SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(prepared);
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(handle, prepared));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || (value.isNull() && value.typeId() != QMetaType::QString))
        return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Bool:
        return sqlite3_bind_int64(m_statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(m_statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                                 SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default: {
        // Text, as UTF-16 the way Qt's driver binds it; a null QString is '' (NOT NULL columns).
        const QString text = value.toString();
        const void *data = text.isNull() ? static_cast<const void *>(u"")
                                         : static_cast<const void *>(text.utf16());
        return sqlite3_bind_text16(m_statement, index, data, int(text.size() * sizeof(char16_t)),
                                   SQLITE_TRANSIENT) == SQLITE_OK;
    }
    }
}

Error SqliteStatement::failure(const std::function<QString()> &what, const QString &message)
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return Error{QCoreApplication::translate("zx::Database", "Database error while %1: %2")
                     .arg(what(), message)};
}

template <typename Values>
Outcome SqliteStatement::bindAll(const Values &values, const std::function<QString()> &what)
{
    const int parameters = sqlite3_bind_parameter_count(m_statement);
    if (parameters != int(std::size(values)))
        return failure(what, QCoreApplication::translate("zx::Database", "%1 values for %2 parameters")
                                 .arg(std::size(values))
                                 .arg(parameters));
    int index = 1;
    for (const QVariant &v : values)
        if (!bind(index++, v))
            return failure(what, QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Outcome::success();
}

Outcome SqliteStatement::run(std::initializer_list<QVariant> values,
                             const std::function<QString()> &what)
{
    const auto failed = [this, &what] {
        return failure(what, QString::fromUtf8(sqlite3_errmsg(m_db)));
    };
    if (auto ok = bindAll(values, what); !ok)
        return ok;
    int step = SQLITE_ROW;
    while (step == SQLITE_ROW)
        step = sqlite3_step(m_statement);
    if (step != SQLITE_DONE)
        return failed();
    sqlite3_reset(m_statement);
    return Outcome::success();
}

qint64 SqliteStatement::Row::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::Row::bytes(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

Outcome SqliteStatement::read(const QVariantList &values, const std::function<bool(const Row &)> &row,
                              const std::function<QString()> &what)
{
    if (auto ok = bindAll(values, what); !ok)
        return ok;
    const Row current(m_statement);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(m_statement)) == SQLITE_ROW)
        if (!row(current)) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
            return Outcome::success();
        }
    if (step != SQLITE_DONE)
        return failure(what, QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return Outcome::success();
}

} // namespace zx
