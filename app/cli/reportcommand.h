#pragma once

#include <QStringList>

namespace zx::cli {

// zhenxing-cli report DB --region CODE --year Y [--quarter Q] --out FILE.pdf|.odt [--lang zh|en]:
// the bulletin as a PDF (or an editable ODT), headless. Needs a QGuiApplication: main creates
// one on the offscreen platform for this command only. Exit codes as the other commands.
int report(const QStringList &args);

} // namespace zx::cli
