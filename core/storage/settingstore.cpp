#include "settingstore.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace zx::settingstore {

namespace {

const char *const SelectAll = "SELECT key, value FROM office_setting";

const char *const SelectOne = "SELECT value FROM office_setting WHERE key = ?";

const char *const Upsert = R"(
INSERT INTO office_setting (key, value) VALUES (?, ?)
ON CONFLICT (key) DO UPDATE SET value = excluded.value)";

const char *const Delete = "DELETE FROM office_setting WHERE key = ?";

QString reading()
{
    return QCoreApplication::translate("zx::Database", "reading the office's settings");
}

QString saving(const QString &key)
{
    return QCoreApplication::translate("zx::Database", "saving the office setting %1").arg(key);
}

} // namespace

Result<QHash<QString, QString>> all(Database &db)
{
    const QString what = reading();
    auto query = sql::prepare(db.connection(), SelectAll, what);
    if (!query)
        return Error{query.error()};
    if (auto ok = sql::exec(query.value(), {}, what); !ok)
        return Error{ok.error()};
    QHash<QString, QString> settings;
    while (query.value().next())
        settings.insert(query->value(0).toString(), query->value(1).toString());
    return settings;
}

Result<std::optional<QString>> find(Database &db, const QString &key)
{
    const QString what = reading();
    auto query = sql::prepare(db.connection(), SelectOne, what);
    if (!query)
        return Error{query.error()};
    if (auto ok = sql::exec(query.value(), {key}, what); !ok)
        return Error{ok.error()};
    if (!query.value().next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Outcome put(Database &db, const QString &key, const QString &value)
{
    return sql::run(db.connection(), Upsert, {key, value}, saving(key));
}

Outcome remove(Database &db, const QString &key)
{
    return sql::run(db.connection(), Delete, {key}, saving(key));
}

} // namespace zx::settingstore
