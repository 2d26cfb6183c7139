#include "yearcommand.h"

#include "clicommands.h"
#include "entry/newyear.h"
#include "session/workspace.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

namespace zx::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::cli", text); // lupdate files tr() here under the namespace
}

} // namespace

int newYear(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Start a year: last year's targets and milestones copied or scaled, as a draft for the reviewer to edit (one audited transaction)."));
    p.addHelpOption();
    p.addOption({QStringLiteral("year"), tr("The year to start, e.g. 2024 (at most next year)."), QStringLiteral("Y")});
    p.addOption({QStringLiteral("targets"),
                 tr("copy (default): last year's targets; scale:F: last year's times F (e.g. scale:1.05), rounded half away from zero to at most 6 decimals; none: no targets."),
                 QStringLiteral("HOW"), QStringLiteral("copy")});
    p.addPositionalArgument(QStringLiteral("DB"), tr("Database file."));
    if (!p.parse(args))
        return fail(p.errorText(), BadArguments);
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Success;
    }
    if (p.positionalArguments().size() != 1)
        return fail(tr("%1 expects %2 argument(s); see --help").arg(args.first()).arg(1), BadArguments);
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!p.isSet(QStringLiteral("year")) || !ok || year < 1900 || year > 2999)
        return fail(tr("--year needs a year such as 2023"), BadArguments);
    const auto how = parseNewYearTargets(p.value(QStringLiteral("targets")));
    if (!how)
        return fail(tr("--targets must be copy, none or scale:F with F a number above 0 and at most 100, e.g. scale:1.05"),
                    BadArguments);
    auto db = Database::open(p.positionalArguments().first(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    Database &d = *db.value();
    if (auto backed = backups::ensureDailyBackup(d); !backed)
        return fail(backed.error());
    auto written = startNewYear(d, year, *how, d.userName(), QDate::currentDate().year());
    if (!written)
        return fail(written.error());
    QTextStream out(stdout);
    switch (how->mode) {
    case NewYearTargets::Mode::Copy:
        out << tr("Started %1: %2 target(s) copied from %3").arg(year).arg(*written).arg(year - 1);
        break;
    case NewYearTargets::Mode::Scale:
        out << tr("Started %1: %2 target(s) from %3 × %4").arg(year).arg(*written).arg(year - 1).arg(how->factor.toString());
        break;
    case NewYearTargets::Mode::None:
        out << tr("Started %1 with no targets: enter its figures, and its targets under Targets or from a targets file").arg(year);
        break;
    }
    out << '\n';
    return Success;
}

} // namespace zx::cli
