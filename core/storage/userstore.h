#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace zx {

class Database;

// Accounts of a shared file (schema v3): app_user and the regions of each (user_region).
// Roles are kept as their text codes here; entry/workflow.h turns them into zx::Role.
namespace userstore {

struct UserRow
{
    QString name;
    QString role; // administrator | reviewer | clerk
    QString displayName;
    QStringList regionCodes;
};

Result<std::vector<UserRow>> all(Database &db); // by name, regions sorted
Result<int> count(Database &db);
// Inserts or updates the account and replaces its regions.
Outcome save(Database &db, const UserRow &user);
// Deletes the account and its regions.
Outcome remove(Database &db, const QString &name);

// On a server an account is also a PostgreSQL login role in its role's group
// (zhenxing_administrator, _reviewer, _clerk): created when missing (a password is then
// required), its password changed when one is given — sent as a SCRAM-SHA-256 verifier made
// here (libpq's PQencryptPasswordConn), so the password itself never reaches the server or its
// log — and its group set to `role`. Needs CREATEROLE on the server. Nothing on a file.
Outcome saveLogin(Database &db, const QString &name, const QString &role, const QString &password);
// Whether the server has a login role of that name (false on a file).
Result<bool> loginExists(Database &db, const QString &name);

} // namespace userstore
} // namespace zx
