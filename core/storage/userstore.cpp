#include "userstore.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QHash>

namespace zx::userstore {

namespace {

const char *const SelectUsers =
    "SELECT name, role, display_name FROM app_user ORDER BY name";

const char *const SelectRegions =
    "SELECT user_name, region_code FROM user_region ORDER BY user_name, region_code";

const char *const CountUsers = "SELECT count(*) FROM app_user";

const char *const UpsertUser = R"(
INSERT INTO app_user (name, role, display_name) VALUES (?, ?, ?)
ON CONFLICT (name) DO UPDATE SET role = excluded.role, display_name = excluded.display_name)";

const char *const DeleteRegions = "DELETE FROM user_region WHERE user_name = ?";

const char *const DeleteUser = "DELETE FROM app_user WHERE name = ?";

const char *const InsertRegion = "INSERT INTO user_region (user_name, region_code) VALUES (?, ?)";

QString readingUsers()
{
    return QCoreApplication::translate("zx::Database", "reading user accounts");
}

} // namespace

Result<std::vector<UserRow>> all(Database &db)
{
    const QString what = readingUsers();
    auto users = sql::prepare(db.connection(), SelectUsers, what);
    if (!users)
        return Error{users.error()};
    if (auto ok = sql::exec(users.value(), {}, what); !ok)
        return Error{ok.error()};
    std::vector<UserRow> result;
    QHash<QString, std::size_t> index;
    while (users.value().next()) {
        index.insert(users->value(0).toString(), result.size());
        result.push_back({users->value(0).toString(), users->value(1).toString(),
                          users->value(2).toString(), {}});
    }
    auto regions = sql::prepare(db.connection(), SelectRegions, what);
    if (!regions)
        return Error{regions.error()};
    if (auto ok = sql::exec(regions.value(), {}, what); !ok)
        return Error{ok.error()};
    while (regions.value().next()) {
        const auto it = index.constFind(regions->value(0).toString());
        if (it != index.cend())
            result[*it].regionCodes << regions->value(1).toString();
    }
    return result;
}

Result<int> count(Database &db)
{
    auto n = sql::scalar(db.connection(), CountUsers, {}, readingUsers());
    if (!n)
        return Error{n.error()};
    return n->toInt();
}

Outcome save(Database &db, const UserRow &user)
{
    const QString what =
        QCoreApplication::translate("zx::Database", "saving the account of %1").arg(user.name);
    if (auto ok = sql::run(db.connection(), UpsertUser, {user.name, user.role, user.displayName},
                           what);
        !ok)
        return ok;
    if (auto ok = sql::run(db.connection(), DeleteRegions, {user.name}, what); !ok)
        return ok;
    auto insert = sql::prepare(db.connection(), InsertRegion, what);
    if (!insert)
        return Error{insert.error()};
    for (const QString &region : user.regionCodes)
        if (auto ok = sql::exec(insert.value(), {user.name, region}, what); !ok)
            return ok;
    return Outcome::success();
}

Outcome remove(Database &db, const QString &name)
{
    const QString what =
        QCoreApplication::translate("zx::Database", "removing the account of %1").arg(name);
    if (auto ok = sql::run(db.connection(), DeleteRegions, {name}, what); !ok)
        return ok;
    return sql::run(db.connection(), DeleteUser, {name}, what);
}

} // namespace zx::userstore
