#pragma once

#include <QStringList>

namespace zx::cli {

// `server init URL --region CODE --name NAME …`: a new county on an empty server database.
// `server copy FROM TO`: a county's file onto a server, or a server into a new file.
int server(const QStringList &args);

} // namespace zx::cli
