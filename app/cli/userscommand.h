#pragma once

#include <QStringList>

namespace zx::cli {

// zhenxing-cli users list|add|set|remove DB …: the accounts of a file (entry/workflow.h's
// rules: administrators only, at least one administrator, a clerk needs a region; audited).
int users(const QStringList &args);

} // namespace zx::cli
