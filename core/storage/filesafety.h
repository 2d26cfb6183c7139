#pragma once

#include "result.h"

#include <QString>

namespace zx::filesafety {

// Whether two paths name the same file (canonical paths, and on POSIX the same device and
// inode, so a hard link or a symlink counts). Never opens either file.
bool sameFile(const QString &a, const QString &b);

// Refuses a file an export or a report is about to write when writing it would destroy a
// database: the open database itself (or its -wal / -shm / -journal companion), compared by
// path first so the open file is never opened again by this process (closing any handle to
// it would drop this process's SQLite locks); or any other SQLite database file, told by its
// header (a Zhenxing file by its application_id 'ZXNG' at bytes 68..71). `openDatabasePath`
// may be empty (nothing open). A target that does not exist yet is fine.
Outcome checkWriteTarget(const QString &target, const QString &openDatabasePath);

} // namespace zx::filesafety
