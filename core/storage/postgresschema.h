#pragma once

#include "schema.h"

namespace zx::schema {

// The shared server's schema (PostgreSQL 15), versioned as the file's: a server database starts
// at the version the file format had when servers came (8, storage v5) and takes the same
// later steps in its own dialect. The version and Zhenxing's mark live in the table
// zhenxing_schema (a file keeps them in its header: application_id, user_version).
const std::vector<Migration> &postgresMigrations();

// The roles, rights, policies and triggers that make the server enforce who may do what
// (postgresrights.cpp); part of the first server version.
QStringList serverRights();
// The triggers that announce every committed change on the channel zhenxing_changed, the
// payload the table's name (postgresnotify.cpp); part of the first server version.
QStringList serverNotifications();

// The table that marks a database as Zhenxing's and holds its schema version.
constexpr const char *PostgresMarkTable = "zhenxing_schema";

} // namespace zx::schema
