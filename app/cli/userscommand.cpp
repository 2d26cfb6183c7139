#include "userscommand.h"

#include "clicommands.h"
#include "entry/workflow.h"
#include "session/workspace.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>
#include <optional>

namespace zx::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::cli", text); // lupdate files tr() here under the namespace
}


QString userUsage()
{
    return tr("users needs list, add, set or remove: zhenxing-cli users list DB [--json]; "
              "users add|set DB --name NAME --role administrator|reviewer|clerk "
              "[--display-name T] [--regions CODE,CODE]; users remove DB --name NAME");
}

QStringList regionList(const QString &text)
{
    QStringList codes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            codes << part.trimmed();
    return codes;
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
    p.addPositionalArgument(QStringLiteral("DB"), tr("Database file."));
    if (auto stop = parse(p, args, tr("List the accounts of the file: name, role, display name, regions."), 1))
        return *stop;
    auto db = Database::open(p.positionalArguments().first(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    auto accounts = workflow::users(*db.value());
    if (!accounts)
        return fail(accounts.error());
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const UserAccount &u : *accounts)
            array.append(QJsonObject{{QStringLiteral("name"), u.name},
                                     {QStringLiteral("display_name"), u.displayName},
                                     {QStringLiteral("role"), toCode(u.role)},
                                     {QStringLiteral("regions"), QJsonArray::fromStringList(u.regionCodes)}});
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (accounts->empty()) {
        out << tr("No accounts: a single-user file, whoever opens it (here %1) is its administrator")
                   .arg(db.value()->userName())
            << '\n';
        return Success;
    }
    for (const UserAccount &u : *accounts)
        out << u.name << '\t' << toCode(u.role) << '\t' << u.displayName << '\t'
            << u.regionCodes.join(u',') << '\n';
    return Success;
}

// The password of a server account: one line of standard input when that is not a terminal
// (a script: `echo "$PW" | zhenxing-cli users add …`), else typed twice without echo.
std::optional<QString> readPassword(const QString &name)
{
    const auto line = [] {
        std::string text;
        std::getline(std::cin, text);
        return QString::fromStdString(text);
    };
    if (!::isatty(STDIN_FILENO)) {
        const QString password = line();
        return password.isEmpty() ? std::nullopt : std::optional(password);
    }
    termios before{};
    ::tcgetattr(STDIN_FILENO, &before);
    termios quiet = before;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    QTextStream err(stderr);
    QString first;
    QString second;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    err << tr("Password for %1 on the server: ").arg(name) << Qt::flush;
    first = line();
    err << '\n' << tr("Again: ") << Qt::flush;
    second = line();
    ::tcsetattr(STDIN_FILENO, TCSANOW, &before);
    err << '\n' << Qt::flush;
    if (first.isEmpty() || first != second)
        return std::nullopt;
    return first;
}

int save(const QStringList &args, bool adding)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("name"), tr("The sign-in name of the person on their computer (the system user name)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("role"), tr("administrator, reviewer or clerk."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("display-name"), tr("How the person is shown, e.g. 王芳."), QStringLiteral("T")});
    p.addOption({QStringLiteral("regions"), tr("A clerk's regions, comma-separated codes (a region grants the villages under it)."), QStringLiteral("CODE,CODE")});
    p.addOption({QStringLiteral("password"), tr("On a server: set the account's password, read from standard input "
                                                 "(typed twice on a terminal). A new server account always asks for one.")});
    p.addPositionalArgument(QStringLiteral("DB"), tr("Database file, or a server (postgresql://…)."));
    if (auto stop = parse(p, args, adding ? tr("Add an account (administrators only; audited).")
                                          : tr("Change an account: the options given replace what is stored (administrators only; audited)."),
                          1))
        return *stop;
    const QString name = p.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return fail(tr("users %1 needs --name").arg(args.first()), BadArguments);
    std::optional<Role> role;
    if (p.isSet(QStringLiteral("role"))) {
        role = roleFromCode(p.value(QStringLiteral("role")).trimmed());
        if (!role)
            return fail(tr("--role must be administrator, reviewer or clerk"), BadArguments);
    } else if (adding) {
        return fail(tr("users add needs --role administrator, reviewer or clerk"), BadArguments);
    }
    auto db = Database::open(p.positionalArguments().first(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    Database &d = *db.value();
    auto accounts = workflow::users(d);
    if (!accounts)
        return fail(accounts.error());
    const auto it = std::find_if(accounts->begin(), accounts->end(),
                                 [&](const UserAccount &u) { return u.name == name; });
    if (adding && it != accounts->end())
        return fail(tr("%1 already has an account (%2); change it with users set").arg(name, roleLabel(it->role)));
    if (!adding && it == accounts->end())
        return fail(tr("There is no account named %1; add it with users add").arg(name));
    const QString me = d.userName();
    // A file without accounts belongs to whoever opens it; its first account must keep that
    // person in, or they would lock themselves out.
    if (accounts->empty() && name != me)
        return fail(tr("This file has no accounts yet, so whoever opens it is its administrator. Add "
                       "your own account first (users add DB --name %1 --role administrator), or you "
                       "would lose access to it")
                        .arg(me));
    UserAccount account = adding ? UserAccount{name, *role, {}, {}} : *it;
    if (role)
        account.role = *role;
    if (p.isSet(QStringLiteral("display-name")))
        account.displayName = p.value(QStringLiteral("display-name")).trimmed();
    if (p.isSet(QStringLiteral("regions"))) {
        if (account.role != Role::Clerk)
            return fail(tr("--regions is for clerks only: an administrator or a reviewer works on every region"));
        account.regionCodes = regionList(p.value(QStringLiteral("regions")));
    } else if (account.role != Role::Clerk) {
        account.regionCodes.clear(); // only clerks are limited to regions
    }
    // A server account signs in with a password of its own (a login role).
    QString password;
    if (d.isServer() && (adding || p.isSet(QStringLiteral("password")))) {
        const auto typed = readPassword(name);
        if (!typed)
            return fail(tr("No password given for %1 (or the two did not match): a server account needs "
                           "one, read from standard input").arg(name), BadArguments);
        password = *typed;
    }
    if (auto ok = backups::ensureDailyBackup(d); !ok)
        return fail(ok.error());
    if (auto ok = workflow::saveUser(d, account, me, password); !ok)
        return fail(ok.error());
    QString text = QStringLiteral("%1 (%2)").arg(account.name, roleLabel(account.role));
    if (!account.regionCodes.isEmpty())
        text += QStringLiteral(": ") + account.regionCodes.join(QStringLiteral(", "));
    QTextStream(stdout) << (adding ? tr("Added %1") : tr("Changed %1")).arg(text) << '\n';
    return Success;
}

int remove(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("name"), tr("The account to remove."), QStringLiteral("NAME")});
    p.addPositionalArgument(QStringLiteral("DB"), tr("Database file."));
    if (auto stop = parse(p, args, tr("Remove an account (administrators only; audited; its figures and audit entries stay)."), 1))
        return *stop;
    const QString name = p.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return fail(tr("users remove needs --name"), BadArguments);
    auto db = Database::open(p.positionalArguments().first(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    if (auto ok = backups::ensureDailyBackup(*db.value()); !ok)
        return fail(ok.error());
    if (auto ok = workflow::removeUser(*db.value(), name, db.value()->userName()); !ok)
        return fail(ok.error());
    QTextStream(stdout) << tr("Removed %1").arg(name) << '\n';
    return Success;
}

} // namespace

int users(const QStringList &args)
{
    // args: "users", SUBCOMMAND, …
    if (args.size() < 2)
        return fail(userUsage(), BadArguments);
    const QString sub = args.at(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("add"))
        return save(rest, true);
    if (sub == QLatin1String("set"))
        return save(rest, false);
    if (sub == QLatin1String("remove"))
        return remove(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(stdout) << userUsage() << '\n';
        return Success;
    }
    return fail(userUsage(), BadArguments);
}

} // namespace zx::cli
