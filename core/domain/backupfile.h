#pragma once

#include <QDateTime>
#include <QString>

namespace zx::backups {

// Why an automatic copy was taken (storage/backups.h takes them); the word in its file name.
enum class Reason { Import, Catalogue, Migration, Daily, Manual, Restore };

// The word in a backup's file name ("import", "catalogue", "migration", "daily", "manual",
// "restore") and the translated phrase shown to a person ("before an import" …). Defined in
// storage/backups.cpp.
QString reasonCode(Reason reason);
QString reasonText(Reason reason);

// How many backups of one file are kept unless the desktop's Preferences say otherwise.
constexpr int DefaultKeep = 10;

// One backup of a file, as listed (backups::list, Workspace::backupFiles).
struct BackupFile
{
    QString path;
    QDateTime time; // local time, from the name
    Reason reason = Reason::Manual;
};

} // namespace zx::backups
