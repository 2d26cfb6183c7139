#pragma once

#include "domain/backupfile.h" // Reason, reasonCode/reasonText, DefaultKeep, BackupFile
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace zx {

class Database;

// Automatic copies of a Zhenxing file, taken before anything that could spoil it: an import,
// a schema upgrade, a catalogue change, a restore, and the first write of each day. A copy is
// written with VACUUM INTO (a consistent snapshot while the file is open), then checked with
// PRAGMA integrity_check on the copy; a copy that fails is deleted and the operation refuses
// to go on. Copies live in a `backups` folder beside the file (or, when that folder cannot be
// written, in the user's data folder) and are named `<name>-YYYYMMDD-HHMMSS-<reason>.db`, so
// they sort by time and say why; only the newest keepCount() of a file are kept.
namespace backups {

// How many backups of one file are kept (the newest; older ones are deleted after each new
// backup). Process-wide; 10 unless set (the desktop sets it from its Preferences).
int keepCount();
void setKeepCount(int count);

// The folder new backups of `databasePath` go to: `<folder>/backups`, or, when that cannot be
// written, `<the desktop's AppDataLocation>/backups/<name>-<hash of the path>` (the same folder
// for zhenxing-cli and the desktop).
QString folderFor(const QString &databasePath);
// Every backup of `databasePath` in either folder, oldest first.
std::vector<BackupFile> list(const QString &databasePath);

// What a file holds, read without changing it (read-only, immutable): for restore and checks.
struct Inspection
{
    bool isSqlite = false;
    int applicationId = 0;
    int userVersion = 0;
    QStringList integrity; // PRAGMA integrity_check's lines; {"ok"} when healthy
};
// Full: PRAGMA integrity_check (a file from elsewhere, before it is restored). Quick: PRAGMA
// quick_check, every page and record but not the indexes against their tables — for a copy
// SQLite has just written itself (VACUUM INTO), where it takes a third of the time (2 s
// against 5 s for a city of 4.5 million figures) before every import.
enum class CheckDepth { Full, Quick };
Result<Inspection> inspect(const QString &path, CheckDepth depth = CheckDepth::Full);

// Checks a freshly written copy: a Zhenxing file whose quick_check says ok. A copy that fails
// is deleted and the error says so.
Outcome checkCopy(const QString &copyPath);

// Writes a checked backup of `db` now, then keeps only the newest `keep`. Returns its path.
Result<QString> create(Database &db, Reason reason, int keep = keepCount());
// The daily backup: does nothing when a backup of `db` (for any reason) was made today, else
// create(db, Reason::Daily, keep). Cheap after the first call of a day (remembered in memory).
Outcome ensureDailyBackup(Database &db, int keep = keepCount());
// create() for a hook that must not go on without a copy: the error names the operation.
Outcome before(Database &db, Reason reason, int keep = keepCount());

// Replaces the contents of `db` with the backup at `backupPath`: checks that the backup is a
// Zhenxing file of a schema this build reads and passes integrity_check; backs up the current
// contents first (Reason::Restore); copies the backup in through SQLite's online backup API
// on the open connection (never by replacing the file, which other programs may have open);
// reopens the file (migrating a backup of an older schema) into `db`; and appends a `restore`
// audit entry naming the backup. Returns the path of the backup of the replaced contents.
Result<QString> restore(std::unique_ptr<Database> &db, const QString &backupPath,
                        const QString &userName);

} // namespace backups
} // namespace zx
