#include "backups.h"

#include "auditstore.h"
#include "database.h"
#include "filesafety.h"
#include "schema.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace zx::backups {

namespace {

std::atomic<int> g_keep{DefaultKeep};

// The day each database (by canonical path) is known to have a backup of: spares the folder
// listing on every write after the first of the day.
QMutex g_dailyMutex;
QHash<QString, QDate> g_dailyDone;

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::backups", text); // lupdate files tr() here under the namespace
}

const struct
{
    Reason reason;
    const char *code;
} kReasons[] = {
    {Reason::Import, "import"},   {Reason::Catalogue, "catalogue"}, {Reason::Migration, "migration"},
    {Reason::Daily, "daily"},     {Reason::Manual, "manual"},       {Reason::Restore, "restore"},
};

std::optional<Reason> reasonFromCode(const QString &code)
{
    for (const auto &r : kReasons)
        if (code == QLatin1String(r.code))
            return r.reason;
    return std::nullopt;
}

QString stemOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString primaryFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QString fallbackFolder(const QString &databasePath)
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(8);
    // The desktop's AppDataLocation (organization "Zhenxing", application "zhenxing", as set in
    // app/desktop/main.cpp) whichever program runs, so that a backup zhenxing-cli made there is
    // listed by File → Restore from backup… too.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Zhenxing/zhenxing/backups/") + stemOf(databasePath) + u'-' +
           QString::fromLatin1(hash);
}

bool usableFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const QFileInfo info(folder);
    return info.isDir() && info.isWritable();
}

QString canonicalKey(const QString &databasePath)
{
    const QString canonical = QFileInfo(databasePath).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(databasePath).absoluteFilePath() : canonical;
}

// A backup's name: stem, date, time, an optional sequence (two backups in one second), reason.
struct ParsedName
{
    QDateTime time;
    int sequence = 1;
    Reason reason = Reason::Manual;
};

std::optional<ParsedName> parseName(const QString &stem, const QString &fileName)
{
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(stem) +
                                     QStringLiteral("-(\\d{8})-(\\d{6})(?:-(\\d+))?-([a-z]+)\\.db$"));
    const auto m = pattern.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const auto reason = reasonFromCode(m.captured(4));
    const QDateTime time = QDateTime::fromString(m.captured(1) + m.captured(2),
                                                 QStringLiteral("yyyyMMddHHmmss"));
    if (!reason || !time.isValid())
        return std::nullopt;
    ParsedName p;
    p.time = time;
    p.sequence = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    p.reason = *reason;
    return p;
}

struct Listed
{
    BackupFile file;
    int sequence = 1;
};

std::vector<Listed> listSorted(const QString &databasePath)
{
    const QString stem = stemOf(databasePath);
    std::vector<Listed> found;
    QStringList folders{primaryFolder(databasePath), fallbackFolder(databasePath)};
    folders.removeDuplicates();
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QStringList names =
            dir.entryList({stem + QStringLiteral("-*.db")}, QDir::Files | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            const auto parsed = parseName(stem, name);
            if (!parsed)
                continue;
            found.push_back({BackupFile{dir.filePath(name), parsed->time, parsed->reason},
                             parsed->sequence});
        }
    }
    std::sort(found.begin(), found.end(), [](const Listed &a, const Listed &b) {
        if (a.file.time != b.file.time)
            return a.file.time < b.file.time;
        if (a.sequence != b.sequence)
            return a.sequence < b.sequence;
        return a.file.path < b.file.path;
    });
    return found;
}

// The sqlite3 handle under a QSQLITE connection, when Qt's driver runs on the library we link.
sqlite3 *handleOf(QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next() ||
        q.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}

// Appends one audit entry in its own write transaction.
Outcome appendAudited(Database &db, const AuditEntry &entry)
{
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = auditstore::append(db, entry); !ok)
        return ok;
    return tx.commit();
}

void forgetDaily(const QString &databasePath)
{
    QMutexLocker lock(&g_dailyMutex);
    g_dailyDone.remove(canonicalKey(databasePath));
}

void rememberDaily(const QString &databasePath)
{
    QMutexLocker lock(&g_dailyMutex);
    g_dailyDone.insert(canonicalKey(databasePath), QDate::currentDate());
}

} // namespace

QString reasonCode(Reason reason)
{
    for (const auto &r : kReasons)
        if (r.reason == reason)
            return QString::fromLatin1(r.code);
    return QStringLiteral("manual");
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Import:
        return tr("before an import");
    case Reason::Catalogue:
        return tr("before a catalogue change");
    case Reason::Migration:
        return tr("before a schema upgrade");
    case Reason::Daily:
        return tr("before the first change of the day");
    case Reason::Manual:
        return tr("made on request");
    case Reason::Restore:
        return tr("before a restore");
    }
    return {};
}

int keepCount()
{
    return g_keep.load();
}

void setKeepCount(int count)
{
    g_keep.store(std::max(1, count));
}

QString folderFor(const QString &databasePath)
{
    const QString primary = primaryFolder(databasePath);
    return usableFolder(primary) ? primary : fallbackFolder(databasePath);
}

std::vector<BackupFile> list(const QString &databasePath)
{
    std::vector<BackupFile> files;
    for (Listed &l : listSorted(databasePath))
        files.push_back(std::move(l.file));
    return files;
}

Result<Inspection> inspect(const QString &path, CheckDepth depth)
{
    Inspection result;
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{tr("No file at %1").arg(path)};
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
        result.isSqlite = file.read(16) == QByteArray("SQLite format 3\0", 16);
    }
    if (!result.isSqlite)
        return result;
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("zhenxing-inspect-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(immutableUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                result.applicationId = q.value(0).toInt();
            else
                error = q.lastError().text();
            if (error.isEmpty() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                result.userVersion = q.value(0).toInt();
            if (error.isEmpty()) {
                if (q.exec(depth == CheckDepth::Full ? QStringLiteral("PRAGMA integrity_check")
                                                     : QStringLiteral("PRAGMA quick_check"))) {
                    while (q.next())
                        result.integrity << q.value(0).toString();
                } else {
                    // A file damaged past reading: integrity_check itself fails.
                    result.integrity << q.lastError().text();
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        // Not readable as a database at all: report it as a failed check, not a crash.
        result.integrity = QStringList{error};
    }
    return result;
}

Outcome checkCopy(const QString &copyPath)
{
    auto found = inspect(copyPath, CheckDepth::Quick);
    QString problem;
    if (!found)
        problem = found.error();
    else if (!found->isSqlite || found->applicationId != schema::ApplicationId)
        problem = tr("the copy is not a Zhenxing database");
    else if (found->integrity != QStringList{QStringLiteral("ok")})
        problem = tr("the copy failed the integrity check: %1")
                      .arg(found->integrity.mid(0, 3).join(QStringLiteral("; ")));
    if (problem.isEmpty())
        return Outcome::success();
    QFile::remove(copyPath);
    return Error{tr("The backup %1 was deleted: %2").arg(copyPath, problem)};
}

namespace {

// create(), keeping `protect` (the backup a restore is about to read) out of the rotation.
Result<QString> createKeeping(Database &db, Reason reason, int keep, const QString &protect)
{
    if (db.isServer())
        return Error{tr("%1 is on a server, which its administrator backs up (pg_dump); an "
                        "offline copy into a file: zhenxing-cli server copy URL FILE.db")
                         .arg(db.path())};
    const QString databasePath = db.path();
    const QString folder = folderFor(databasePath);
    if (!usableFolder(folder))
        return Error{tr("Cannot create a folder for backups of %1 (%2)").arg(databasePath, folder)};
    const QString stem = stemOf(databasePath);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Two backups in one second (any reason) get a sequence number after the highest one of
    // that second still there, so the order is kept.
    const QDir dir(folder);
    int sequence = 0;
    for (const QString &name : dir.entryList({stem + u'-' + stamp + QStringLiteral("-*.db")}, QDir::Files))
        if (const auto parsed = parseName(stem, name))
            sequence = std::max(sequence, parsed->sequence);
    QString path;
    do {
        ++sequence;
        path = dir.filePath(stem + u'-' + stamp +
                            (sequence == 1 ? QString() : QStringLiteral("-%1").arg(sequence)) + u'-' +
                            reasonCode(reason) + QStringLiteral(".db"));
    } while (QFileInfo::exists(path));
    if (auto ok = db.backupTo(path); !ok) {
        QFile::remove(path);
        return Error{tr("Could not back up %1 to %2: %3").arg(databasePath, path, ok.error())};
    }
    if (auto ok = checkCopy(path); !ok)
        return Error{ok.error()};
    rememberDaily(databasePath);
    // Keep the newest `keep`; the one just written is the newest.
    std::vector<Listed> all = listSorted(databasePath);
    const size_t limit = size_t(std::max(1, keep));
    for (size_t i = 0; i + limit < all.size(); ++i)
        if (all[i].file.path != path && !filesafety::sameFile(all[i].file.path, protect))
            QFile::remove(all[i].file.path);
    return path;
}

} // namespace

Result<QString> create(Database &db, Reason reason, int keep)
{
    return createKeeping(db, reason, keep, QString());
}

Outcome ensureDailyBackup(Database &db, int keep)
{
    // A file that takes no write (read-only, damaged) says so before any copy is made: the
    // write this backup would precede is refused anyway.
    if (auto ok = db.checkWritable(); !ok)
        return ok;
    // A server is backed up by its administrator (pg_dump, its archive), not file by file.
    if (db.isServer())
        return Outcome::success();
    const QString key = canonicalKey(db.path());
    const QDate today = QDate::currentDate();
    {
        QMutexLocker lock(&g_dailyMutex);
        if (g_dailyDone.value(key) == today)
            return Outcome::success();
    }
    for (const BackupFile &b : list(db.path()))
        if (b.time.date() == today) {
            rememberDaily(db.path());
            return Outcome::success();
        }
    return before(db, Reason::Daily, keep);
}

Outcome before(Database &db, Reason reason, int keep)
{
    if (db.isServer()) // its administrator's backups; every change is in its audit chain
        return Outcome::success();
    auto made = create(db, reason, keep);
    if (!made)
        return Error{tr("Nothing was changed: the backup taken %1 failed. %2")
                         .arg(reasonText(reason), made.error())};
    return Outcome::success();
}

Result<QString> restore(std::unique_ptr<Database> &db, const QString &backupPath,
                        const QString &userName)
{
    if (!db)
        return Error{tr("No database is open")};
    const QString databasePath = db->path();
    if (filesafety::sameFile(backupPath, databasePath))
        return Error{tr("%1 is the open database itself, not a backup of it").arg(backupPath)};
    auto found = inspect(backupPath);
    if (!found)
        return Error{found.error()};
    if (!found->isSqlite || found->applicationId != schema::ApplicationId)
        return Error{tr("%1 is not a Zhenxing database; nothing was restored").arg(backupPath)};
    if (found->userVersion < 1 || found->userVersion > schema::currentVersion())
        return Error{tr("%1 has schema version %2, which this version of Zhenxing cannot restore; nothing was restored")
                         .arg(backupPath)
                         .arg(found->userVersion)};
    if (found->integrity != QStringList{QStringLiteral("ok")})
        return Error{tr("%1 is damaged (integrity check: %2); nothing was restored")
                         .arg(backupPath, found->integrity.mid(0, 3).join(QStringLiteral("; ")))};

    // The oldest backup may be the one to restore: the rotation after this copy must keep it.
    auto saved = createKeeping(*db, Reason::Restore, keepCount(), backupPath);
    if (!saved)
        return Error{tr("Nothing was restored: the backup of the current contents failed. %1")
                         .arg(saved.error())};

    sqlite3 *destination = handleOf(db->connection());
    if (!destination)
        return Error{tr("Restoring needs Qt's SQLite driver on the system SQLite library; nothing was restored")};
    sqlite3 *source = nullptr;
    const QByteArray uri = immutableUri(backupPath).toUtf8();
    if (sqlite3_open_v2(uri.constData(), &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) !=
        SQLITE_OK) {
        const QString why = source ? QString::fromUtf8(sqlite3_errmsg(source)) : QString();
        sqlite3_close(source);
        return Error{tr("Cannot read %1: %2").arg(backupPath, why)};
    }
    sqlite3_backup *copy = sqlite3_backup_init(destination, "main", source, "main");
    if (!copy) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(source);
        return Error{tr("Could not restore %1 into %2: %3").arg(backupPath, databasePath, why)};
    }
    // One step copies every page in one write transaction on the destination: other readers
    // see the old contents or the new, never a mix. The destination's busy timeout applies.
    const int stepped = sqlite3_backup_step(copy, -1);
    const int finished = sqlite3_backup_finish(copy);
    const QString why = QString::fromUtf8(sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
    sqlite3_close(source);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return Error{tr("Could not restore %1 into %2: %3; the file is unchanged").arg(backupPath, databasePath, why)};

    // Reopen: the copied file may be of an older schema (migrated now), and every statement
    // kept prepared on the old connection belongs to the contents that were replaced.
    forgetDaily(databasePath);
    auto reopened = Database::open(databasePath, Database::OpenMode::OpenExisting);
    if (!reopened)
        return Error{tr("Restored %1, but could not reopen %2: %3").arg(backupPath, databasePath, reopened.error())};
    db = std::move(reopened).value();
    rememberDaily(databasePath); // the backup of the replaced contents was taken today

    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    entry.user = userName;
    entry.action = QStringLiteral("restore");
    entry.oldValue = QFileInfo(*saved).fileName();
    entry.newValue = QFileInfo(backupPath).fileName();
    entry.comment = QFileInfo(backupPath).absoluteFilePath();
    if (auto ok = appendAudited(*db, entry); !ok)
        return Error{ok.error()};
    return *saved;
}

} // namespace zx::backups
