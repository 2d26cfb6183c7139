#pragma once

#include <QStringList>

namespace zx::cli {

// zhenxing-cli settings DB [--four-eyes on|off] [--deadline-day N]: prints the office's rules of
// a file (entry/workflow.h OfficeSettings) or changes them — the four-eyes rule administrators
// only, the deadline day reviewers too; audited.
int settings(const QStringList &args);

} // namespace zx::cli
