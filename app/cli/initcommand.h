#pragma once

#include <QStringList>

namespace zx::cli {

// zhenxing-cli init DB --region CODE --name NAME [--name-en NAME] [--city]
//   [--catalogue standard|none|FILE] [--year Y]: a new county file (core/setup/newcounty.h);
// refuses an existing DB; the system user becomes its first administrator.
int init(const QStringList &args);

} // namespace zx::cli
