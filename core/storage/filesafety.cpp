#include "filesafety.h"

#include "schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace zx::filesafety {

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString ca = QFileInfo(a).canonicalFilePath();
    const QString cb = QFileInfo(b).canonicalFilePath();
    if (!ca.isEmpty() && ca == cb)
        return true;
#ifdef Q_OS_UNIX
    // stat() opens nothing: safe on a file this process holds SQLite locks on.
    struct stat sa {};
    struct stat sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return false;
}

Outcome checkWriteTarget(const QString &target, const QString &openDatabasePath)
{
    const QFileInfo info(target);
    if (!openDatabasePath.isEmpty()) {
        if (sameFile(target, openDatabasePath))
            return Error{QCoreApplication::translate("zx::Database", "%1 is the open database; choose another file to write")
                             .arg(target)};
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (sameFile(target, openDatabasePath + QLatin1String(suffix)))
                return Error{QCoreApplication::translate("zx::Database", "%1 belongs to the open database; choose another file to write")
                                 .arg(target)};
    }
    if (!info.exists() || info.isDir())
        return Outcome::success(); // a folder is refused by whatever writes
    // Not the open database (checked above), so reading its header cannot disturb our locks.
    QFile file(target);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::success(); // unreadable: the writer reports what it finds
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Outcome::success();
    const quint32 appId =
        header.size() >= 72 ? qFromBigEndian<quint32>(header.constData() + 68) : 0;
    if (appId == quint32(schema::ApplicationId))
        return Error{QCoreApplication::translate("zx::Database", "%1 is a Zhenxing database; it will not be overwritten. Choose another file to write")
                         .arg(target)};
    return Error{QCoreApplication::translate("zx::Database", "%1 is an SQLite database; it will not be overwritten. Choose another file to write")
                     .arg(target)};
}

} // namespace zx::filesafety
