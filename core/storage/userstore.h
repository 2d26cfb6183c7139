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

} // namespace userstore
} // namespace zx
