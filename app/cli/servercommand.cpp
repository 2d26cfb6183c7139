#include "servercommand.h"

#include "clicommands.h"
#include "initcommand.h"

#include "connection.h"
#include "storage/database.h"
#include "storage/storecopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace zx::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::cli", text); // lupdate files tr() here under the namespace
}

QString usageText()
{
    return tr("server needs init or copy: zhenxing-cli server init URL --region CODE --name NAME "
              "[--catalogue standard|none|FILE] [--year Y]; zhenxing-cli server copy FILE.db URL | "
              "server copy URL FILE.db");
}

int copy(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Copy a county whole — figures, targets, review states, accounts, "
                                   "office rules and the audit chain — from a file onto an empty "
                                   "server database, or from a server into a new file (an offline "
                                   "copy)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FROM"), tr("The county's file, or the server (postgresql://…)."));
    p.addPositionalArgument(QStringLiteral("TO"), tr("An empty server database, or a file that does not exist yet."));
    if (!p.parse(args))
        return fail(p.errorText(), BadArguments);
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Success;
    }
    if (p.positionalArguments().size() != 2)
        return fail(tr("server copy expects FROM and TO; see --help"), BadArguments);
    const Connection from = Connection::parse(p.positionalArguments()[0]);
    const Connection to = Connection::parse(p.positionalArguments()[1]);
    for (const Connection *c : {&from, &to})
        if (!c->isValid())
            return fail(c->error(), BadArguments);
    if (!from.isServer() && !to.isServer())
        return fail(tr("server copy moves a county between a file and a server: one of FROM and TO "
                       "must be a server (postgresql://…); to copy a file use zhenxing-cli backup"),
                    BadArguments);
    if (!to.isServer() && QFileInfo::exists(to.path()))
        return fail(tr("%1 already exists: an offline copy goes into a new file").arg(to.path()));

    auto source = Database::open(from, Database::OpenMode::OpenExisting);
    if (!source)
        return fail(source.error());
    auto target = Database::open(to, Database::OpenMode::CreateIfMissing);
    if (!target)
        return fail(target.error());
    auto copied = storecopy::copyAll(*source.value(), *target.value());
    if (!copied) {
        if (!to.isServer()) { // the new file holds nothing of use: gone, with its side files
            target.value().reset();
            for (const char *side : {"", "-wal", "-shm"})
                QFile::remove(to.path() + QLatin1String(side));
        }
        return fail(copied.error());
    }
    QTextStream out(stdout);
    for (const storecopy::TableCount &t : copied.value())
        out << t.table << '\t' << t.rows << '\n';
    out << tr("Copied %1 to %2").arg(source.value()->path(), target.value()->path()) << '\n';
    return Success;
}

} // namespace

int server(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("init")) {
        // init's own options; the database must be a server's.
        const QStringList rest = args.mid(1);
        if (rest.size() >= 2 && !rest[1].startsWith(u'-') && !Connection::parse(rest[1]).isServer())
            return fail(tr("server init sets up a server database (postgresql://… or service=…), not "
                           "the file %1; for a file use zhenxing-cli init").arg(rest[1]),
                        BadArguments);
        return init(rest);
    }
    if (sub == QLatin1String("copy"))
        return copy(args.mid(1));
    return fail(usageText(), BadArguments);
}

} // namespace zx::cli
