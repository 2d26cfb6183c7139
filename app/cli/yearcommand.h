#pragma once

#include <QStringList>

namespace zx::cli {

// zhenxing-cli new-year DB --year Y [--targets copy|scale:F|none]: starts a year with last
// year's targets and milestones copied or scaled (entry/newyear.h), one audited transaction.
int newYear(const QStringList &args);

} // namespace zx::cli
