#pragma once

#include <QStringList>

namespace zx::cli {

// generate DB --counties N --townships-per-county N --villages-per-township N --indicators N
//          --years N [--first-year Y] [--seed S] [--force]: a synthetic city for benchmarks.
int generate(const QStringList &args);

} // namespace zx::cli
