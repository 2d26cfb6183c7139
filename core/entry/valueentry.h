#pragma once

#include "result.h"
#include "storage/valuestore.h"

namespace zx {

class Database;

// The one way a figure is changed: refuses unknown indicators and regions, figures that
// break an error rule, and approved (locked) quarters; otherwise stores the figure and its
// audit entry in one write transaction. `value` nullopt deletes the figure.
Outcome setValue(Database &db, const ValueKey &key, const std::optional<Decimal> &value,
                 const QString &comment, const QString &userName);

} // namespace zx
