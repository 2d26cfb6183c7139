#pragma once

#include <QStringList>

namespace zx::cli {

// zhenxing-cli backup DB [--keep N] [--list]: a checked backup (VACUUM INTO, integrity_check)
// in the backups folder beside DB; prints its path. --list prints the backups instead.
int backup(const QStringList &args);
// zhenxing-cli restore DB BACKUP: replaces DB's contents with BACKUP through SQLite (backs up
// the current contents first, checks BACKUP, audits the restore).
int restore(const QStringList &args);

} // namespace zx::cli
