#include "settingscommand.h"

#include "clicommands.h"
#include "entry/workflow.h"
#include "session/workspace.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace zx::cli {

int settings(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("four-eyes"),
                 QCoreApplication::translate("zx::Cli", "on: whoever submits a quarter cannot approve it (files with accounts; the "
                    "default); off: for a one-person office. Administrators only."),
                 QStringLiteral("on|off")});
    p.addOption({QStringLiteral("deadline-day"),
                 QCoreApplication::translate("zx::Cli", "The day of the month after each quarter by which its figures are due (1-31; "
                    "0: no deadline). Reviewers and administrators."),
                 QStringLiteral("N")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Print or change the office's rules: four eyes on approval, the deadline day."), 1))
        return *stop;
    const bool setFourEyes = p.isSet(QStringLiteral("four-eyes"));
    const QString fourEyes = p.value(QStringLiteral("four-eyes"));
    if (setFourEyes && fourEyes != QLatin1String("on") && fourEyes != QLatin1String("off"))
        return fail(QCoreApplication::translate("zx::Cli", "--four-eyes must be on or off"), BadArguments);
    bool dayOk = true;
    const int day = p.value(QStringLiteral("deadline-day")).toInt(&dayOk);
    const bool setDay = p.isSet(QStringLiteral("deadline-day"));
    if (setDay && (!dayOk || day < 0 || day > 31))
        return fail(QCoreApplication::translate("zx::Cli", "--deadline-day must be a day from 1 to 31, or 0 for no deadline"), BadArguments);
    auto db = Database::open(p.positionalArguments().first(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    Database &d = *db.value();
    auto current = workflow::officeSettings(d);
    if (!current)
        return fail(current.error());
    if (setFourEyes || setDay) {
        OfficeSettings next = *current;
        if (setFourEyes)
            next.fourEyes = fourEyes == QLatin1String("on");
        if (setDay)
            next.deadlineDay = day;
        if (auto ok = backups::ensureDailyBackup(d); !ok)
            return fail(ok.error());
        if (auto ok = workflow::saveOfficeSettings(d, next, d.userName()); !ok)
            return fail(ok.error());
        current = next;
    }
    QTextStream(stdout) << "four_eyes\t" << (current->fourEyes ? "on" : "off") << '\n'
                        << "deadline_day\t" << current->deadlineDay << '\n';
    return Success;
}

} // namespace zx::cli
