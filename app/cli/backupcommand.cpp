#include "backupcommand.h"

#include "clicommands.h"
#include "session/workspace.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace zx::cli {

namespace {

// --keep N (1..1000) or the default.
std::optional<int> keepOption(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("keep")))
        return backups::keepCount();
    bool ok = false;
    const int keep = p.value(QStringLiteral("keep")).toInt(&ok);
    return ok && keep >= 1 && keep <= 1000 ? std::optional<int>(keep) : std::nullopt;
}

} // namespace

int backup(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("keep"),
                 QCoreApplication::translate("zx::Cli", "Keep only the newest N backups of the file (default %1).")
                     .arg(backups::DefaultKeep),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("list"), QCoreApplication::translate("zx::Cli", "List the backups of the file instead (time, reason, path).")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Write a checked backup of the database into the backups folder beside it and print its path."), 1))
        return *stop;
    const auto keep = keepOption(p);
    if (!keep)
        return fail(QCoreApplication::translate("zx::Cli", "--keep needs a number from 1 to 1000"), BadArguments);
    auto db = Database::open(p.positionalArguments().first(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    QTextStream out(stdout);
    // A server has no backups folder of Zhenxing's: its administrator backs it up.
    if (db.value()->isServer() && p.isSet(QStringLiteral("list")))
        return fail(QCoreApplication::translate("zx::Cli", "%1 is on a server, which keeps no backups of "
                                                           "Zhenxing's: its administrator backs it up (pg_dump); "
                                                           "an offline copy into a file: zhenxing-cli server copy "
                                                           "URL FILE.db")
                        .arg(db.value()->path()));
    if (p.isSet(QStringLiteral("list"))) {
        for (const backups::BackupFile &b : backups::list(db.value()->path()))
            out << b.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t'
                << backups::reasonCode(b.reason) << '\t' << b.path << '\n';
        return Success;
    }
    auto made = backups::create(*db.value(), backups::Reason::Manual, *keep);
    if (!made)
        return fail(made.error());
    out << made.value() << '\n';
    return Success;
}

int restore(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file whose contents are replaced."));
    p.addPositionalArgument(QStringLiteral("BACKUP"), QCoreApplication::translate("zx::Cli", "The backup to restore (a Zhenxing file)."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Replace the database's contents with a backup: the backup is checked, the current contents are backed up first, and the restore is audited."), 2))
        return *stop;
    auto db = Database::open(p.positionalArguments().first(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    std::unique_ptr<Database> open = std::move(db).value();
    // Nothing is replaced on a server: its administrator restores the server's own backups.
    if (open->isServer())
        return fail(QCoreApplication::translate("zx::Cli", "%1 is on a server: restore replaces a file's "
                                                           "contents, never a server's. Its administrator "
                                                           "restores the server's own backups (pg_restore); a "
                                                           "county's file goes onto an empty server database "
                                                           "with zhenxing-cli server copy FILE.db URL")
                        .arg(open->path()));
    const QString backupPath = p.positionalArguments().at(1);
    auto saved = backups::restore(open, backupPath, open->userName());
    if (!saved)
        return fail(saved.error());
    QTextStream(stdout) << QCoreApplication::translate("zx::Cli", "Restored %1 from %2; the replaced contents were saved to %3")
                               .arg(open->path(), backupPath, saved.value())
                        << '\n';
    return Success;
}

} // namespace zx::cli
