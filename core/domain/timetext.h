#pragma once

#include <QString>

namespace zx {

// A time stored as ISO 8601 UTC ("2023-04-10T02:30:00Z"), as a person reads it: in the
// computer's time zone, to the minute ("2023-04-10 10:30" in China). Text that is not such a
// time is returned as it is.
QString localTimeText(const QString &isoUtc);

} // namespace zx
