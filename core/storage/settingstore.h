#pragma once

#include "result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace zx {

class Database;

// The office's own settings of a file (office_setting, schema v7): plain key → text pairs
// ("four_eyes" → "off", "deadline_day" → "10"). The meaning of each key and its audit entry
// belong to entry/workflow.h (OfficeSettings); writers expect the caller to hold the
// WriteTransaction that also appends that entry.
namespace settingstore {

Result<QHash<QString, QString>> all(Database &db);
Result<std::optional<QString>> find(Database &db, const QString &key);
Outcome put(Database &db, const QString &key, const QString &value);
Outcome remove(Database &db, const QString &key);

} // namespace settingstore
} // namespace zx
