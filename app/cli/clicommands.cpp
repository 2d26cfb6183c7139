#include "clicommands.h"

#include "domain/enums.h"
#include "entry/valueentry.h"
#include "entry/workflow.h"
#include "io/csvexport.h"
#include "io/exporttable.h"
#include "io/xlsxexport.h"
#include "io/sampleloader.h"
#include "io/valueimport.h"
#include "connection.h"
#include "storage/auditstore.h"
#include "storage/backups.h"
#include "storage/filesafety.h"
#include "storage/database.h"
#include "summary/checker.h"
#include "summary/streamcheck.h"
#include "summary/evaluator.h"
#include "session/workspace.h"
#include "summary/summaryformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>
#include <thread>

namespace zx::cli {

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "zhenxing-cli: " << message << '\n';
    return code;
}

// Parses `args` (command name first); on --help prints the command's help. Returns the exit
// code to stop with, or nullopt to go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                         const QString &synopsis, int positionals)
{
    parser.setApplicationDescription(synopsis);
    parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText(), BadArguments);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != positionals)
        return fail(QCoreApplication::translate("zx::Cli", "%1 expects %2 argument(s); see --help").arg(args.first()).arg(positionals),
                    BadArguments);
    return std::nullopt;
}

namespace {

std::optional<int> intOption(const QCommandLineParser &p, const QString &name, int lo, int hi)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    return ok && v >= lo && v <= hi ? std::optional<int>(v) : std::nullopt;
}

Result<std::unique_ptr<Database>> openExisting(const QString &path)
{
    return Database::open(path, Database::OpenMode::OpenExisting);
}

} // namespace

QString shownName(const QString &database)
{
    const Connection where = Connection::parse(database);
    return where.isServer() ? where.display() : database;
}

QString argumentFor(const QString &database)
{
    const Connection where = Connection::parse(database);
    return where.isServer() ? u'"' + where.text() + u'"' : database;
}

QString usage()
{
    return QCoreApplication::translate("zx::Cli", "Usage: zhenxing-cli COMMAND [options]\n"
              "Zhenxing (振兴看板) rural revitalization indicators, headless.\n\n"
              "Commands:\n"
              "  sample DB [--force]                      create the sample county database\n"
              "  init DB --region CODE --name NAME [--catalogue standard|none|FILE] [--year Y]\n"
              "                                           a new county (catalogue default: standard); you are its administrator\n"
              "  summary DB --region CODE --year Y [--quarter Q] [--json]\n"
              "                                           every indicator: actual, target, completion, status\n"
              "  check DB                                 run every validation rule and the integrity check\n"
              "  set DB --indicator CODE --region CODE --year Y --quarter Q --value V [--comment C]\n"
              "                                           change one figure (validated, audited)\n"
              "  audit DB [--verify [--anchor N:HASH]] [--indicator CODE] [--region CODE] [--year Y] [--quarter Q] [--user U]\n"
              "                                           print the audit trail (filtered), or verify its hash chain\n"
              "                                           (and that it still holds a head noted earlier)\n"
              "  submit|approve DB --region CODE --year Y --quarter Q\n"
              "  return|reopen DB --region CODE --year Y --quarter Q --reason R\n"
              "                                           review a region's quarter (approved = locked)\n"
              "  report DB --region CODE --year Y [--quarter Q] --out FILE.docx|.odt|.pdf [--lang zh|en]\n"
              "         [--profile official|plain]\n"
              "                                           the bulletin as an editable Word document or ODT\n"
              "                                           (official layout, GB/T 9704) or as PDF (plain layout)\n"
              "  import DB FILE.csv|FILE.xlsx [--dry-run] import values, targets, the catalogue, categories or regions (told\n"
              "                                           by the header) or a fill-in template: all or nothing;\n"
              "                                           prints every finding\n"
              "  export DB FILE.csv|.xlsx [--what values|targets|catalogue|categories|regions|status|template] [--year Y]\n"
              "         [--region CODE] [--quarter Q] [--lang zh|en]\n"
              "                                           export as UTF-8 CSV (Excel-safe) or xlsx;\n"
              "                                           template: the fill-in workbook (.xlsx)\n"
              "  generate DB [--counties N] [--townships-per-county N] [--villages-per-township N]\n"
              "         [--indicators N] [--years N] [--first-year Y] [--seed S] [--force]\n"
              "                                           a deterministic synthetic city (benchmarks)\n"
              "  backup DB [--keep N] [--list]            a checked copy in the backups folder beside DB; prints its path\n"
              "  restore DB BACKUP                        replace DB's contents with a backup (checked, audited;\n"
              "                                           the current contents are backed up first)\n"
              "  users list DB [--json]                   the accounts of the file\n"
              "  users add|set DB --name NAME --role administrator|reviewer|clerk [--display-name T] [--regions CODE,CODE]\n"
              "  users remove DB --name NAME              manage the accounts (administrators; audited)\n"
              "  new-year DB --year Y [--targets copy|scale:1.05|none]\n"
              "                                           start a year: last year's targets and milestones,\n"
              "                                           copied or scaled, as a draft to review (audited)\n"
              "  settings DB [--four-eyes on|off] [--deadline-day N]\n"
              "                                           the office's rules: whoever submits may not approve,\n"
              "                                           the reporting deadline (audited)\n\n"
              "Run 'zhenxing-cli COMMAND --help' for a command's options.\n"
              "Exit codes: 0 success, 1 user error, 2 bad arguments.\n") +
           QCoreApplication::translate("zx::Cli",
              "\nMany users: the shared server (PostgreSQL)\n"
              "  server init URL --region CODE --name NAME [--catalogue standard|none|FILE] [--year Y]\n"
              "                                           a new county in an empty server database\n"
              "  server copy FILE.db URL | server copy URL FILE.db\n"
              "                                           a county's file onto an empty server database, or\n"
              "                                           the server into a new file: everything, the audit\n"
              "                                           chain included\n"
              "DB is a file or a server: postgresql://user@host:port/database (?sslmode=… and libpq's\n"
              "PGPASSWORD, ~/.pgpass, PGSERVICE apply) or service=NAME (~/.pg_service.conf).\n");
}

int sample(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("force"), QCoreApplication::translate("zx::Cli", "Overwrite an existing file.")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file to create."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Create the sample county database (XX区, 410104)."), 1))
        return *stop;
    const QString path = p.positionalArguments().first();
    if (QFile::exists(path)) {
        if (!p.isSet(QStringLiteral("force")))
            return fail(QCoreApplication::translate("zx::Cli", "%1 already exists; use --force to overwrite it").arg(path));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
                return fail(QCoreApplication::translate("zx::Cli", "cannot remove %1").arg(path + suffix));
    }
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.error());
    if (auto ok = loadSample(*db.value(), db.value()->userName()); !ok) {
        db.value().reset();
        QFile::remove(path);
        return fail(ok.error());
    }
    QTextStream(stdout) << QCoreApplication::translate("zx::Cli", "Created %1 with the sample county XX区 (410104)").arg(shownName(path)) << '\n';
    return Success;
}

int summary(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("region"), QCoreApplication::translate("zx::Cli", "Region code, e.g. 410104."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("year"), QCoreApplication::translate("zx::Cli", "Year."), QStringLiteral("Y")});
    p.addOption({QStringLiteral("quarter"), QCoreApplication::translate("zx::Cli", "Quarter 1-4 (default 4: the whole year)."),
                 QStringLiteral("Q")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("zx::Cli", "Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Every indicator of a region for a period."), 1))
        return *stop;
    const auto year = intOption(p, QStringLiteral("year"), 1900, 2999);
    const auto quarter =
        p.isSet(QStringLiteral("quarter")) ? intOption(p, QStringLiteral("quarter"), 1, 4) : 4;
    if (!p.isSet(QStringLiteral("region")))
        return fail(QCoreApplication::translate("zx::Cli", "--region is required"), BadArguments);
    if (!year)
        return fail(QCoreApplication::translate("zx::Cli", "--year needs a year such as 2023"), BadArguments);
    if (!quarter)
        return fail(QCoreApplication::translate("zx::Cli", "--quarter must be 1, 2, 3 or 4"), BadArguments);
    auto db = openExisting(p.positionalArguments().first());
    if (!db)
        return fail(db.error());
    const QString region = p.value(QStringLiteral("region"));
    // The region and its children only, roll-ups from the cache: a city stays instant.
    auto data = Dataset::loadScoped(*db.value(), {region}, *year - 1, *year);
    if (!data)
        return fail(data.error());
    if (!data->region(region))
        return fail(QCoreApplication::translate("zx::Cli", "unknown region '%1'").arg(region));
    const Evaluator eval(*data);
    const RegionSummary s = eval.summarize(region, *year, *quarter);
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json")))
        out << QJsonDocument(summaryToJson(s)).toJson(QJsonDocument::Indented);
    else
        out << summaryToText(s, *data);
    return Success;
}

int check(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Run every validation rule and PRAGMA integrity_check."), 1))
        return *stop;
    auto db = openExisting(p.positionalArguments().first());
    if (!db)
        return fail(db.error());
    QTextStream out(stdout);
    int errors = 0;
    // PRAGMA integrity_check on a connection of its own in a second thread while the rules
    // run: the command takes about as long as the slower of the two, not their sum. Its lines
    // come after the rules' findings.
    std::optional<Result<QStringList>> integrity;
    std::thread integrityThread([&integrity, path = p.positionalArguments().first()] {
        auto own = openExisting(path);
        integrity = own ? own.value()->integrityCheck() : Result<QStringList>(Error{own.error()});
    });
    // Region by region (streamcheck.h): printed as found, never the whole file in memory.
    int warnings = 0;
    auto checked = streamChecks(*db.value(), [&](const Finding &f) {
        const bool error = f.severity == Severity::Error;
        (error ? errors : warnings)++;
        out << (error ? QCoreApplication::translate("zx::Cli", "error") : QCoreApplication::translate("zx::Cli", "warning")) << '\t' << f.regionCode << '\t'
            << f.indicatorCode << '\t' << f.year << "Q" << f.quarter << '\t' << f.rule << '\t'
            << f.message << '\n';
    });
    integrityThread.join();
    if (!integrity->ok())
        return fail(integrity->error());
    if (integrity->value() != QStringList{QStringLiteral("ok")}) {
        for (const QString &line : integrity->value())
            out << QCoreApplication::translate("zx::Cli", "error\tintegrity\t%1").arg(line) << '\n';
        ++errors;
    }
    if (!checked)
        return fail(checked.error());
    out << QCoreApplication::translate("zx::Cli", "%1 error(s), %2 warning(s)").arg(errors).arg(warnings) << '\n';
    return errors > 0 ? UserError : Success;
}

int set(const QStringList &args)
{
    QCommandLineParser p;
    for (const char *name : {"indicator", "region", "year", "quarter", "value", "comment"})
        p.addOption({QString::fromLatin1(name), QCoreApplication::translate("zx::Cli", "The figure's %1.").arg(QLatin1String(name)),
                     QStringLiteral("X")});
    p.addOption({QStringLiteral("delete"), QCoreApplication::translate("zx::Cli", "Delete the figure instead.")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Change one figure (validated, audited)."), 1))
        return *stop;
    const auto year = intOption(p, QStringLiteral("year"), 1900, 2999);
    const auto quarter = intOption(p, QStringLiteral("quarter"), 1, 4);
    if (!year || !quarter || !p.isSet(QStringLiteral("indicator")) ||
        !p.isSet(QStringLiteral("region")))
        return fail(QCoreApplication::translate("zx::Cli", "set needs --indicator, --region, --year and --quarter 1-4"), BadArguments);
    std::optional<Decimal> value;
    if (!p.isSet(QStringLiteral("delete"))) {
        value = Decimal::parseInput(p.value(QStringLiteral("value")));
        if (!value && Decimal::exceedsRange(p.value(QStringLiteral("value"))))
            return fail(Decimal::rangeMessage(QStringLiteral("'%1'").arg(p.value(QStringLiteral("value")))));
        if (!value)
            return fail(QCoreApplication::translate("zx::Cli", "'%1' is not a number").arg(p.value(QStringLiteral("value"))));
    }
    auto db = openExisting(p.positionalArguments().first());
    if (!db)
        return fail(db.error());
    const ValueKey key{p.value(QStringLiteral("indicator")), p.value(QStringLiteral("region")),
                       *year, *quarter};
    if (auto ok = backups::ensureDailyBackup(*db.value()); !ok)
        return fail(ok.error());
    if (auto ok = setValue(*db.value(), key, value, p.value(QStringLiteral("comment")), db.value()->userName());
        !ok)
        return fail(ok.error());
    return Success;
}

namespace {

int verifyAudit(Database &db, const std::optional<std::pair<qint64, QString>> &anchor)
{
    auto broken = auditstore::firstBroken(db);
    if (!broken)
        return fail(broken.error());
    if (broken.value())
        return fail(QCoreApplication::translate("zx::Cli", "audit entry %1 (%2, %3 by %4) was altered or an entry before it was "
                       "removed: its hash does not match")
                        .arg(broken.value()->id)
                        .arg(broken.value()->action, broken.value()->at, broken.value()->user));
    auto head = auditstore::head(db);
    if (!head)
        return fail(head.error());
    if (anchor) {
        // Deleting the newest entries leaves a chain that verifies: only a head noted down
        // earlier (the bulletin's footer) shows that they are gone.
        auto held = auditstore::checkAnchor(db, anchor->first, anchor->second);
        if (!held)
            return fail(held.error());
        const QString noted = QStringLiteral("%1:%2").arg(anchor->first).arg(anchor->second);
        if (held->outcome == auditstore::AnchorCheck::Outcome::Missing)
            return fail(QCoreApplication::translate("zx::Cli", "the audit trail no longer holds the anchor %1: it has only %2 entries now "
                           "(head %3), so entries were removed")
                            .arg(noted)
                            .arg(head->count)
                            .arg(auditstore::headText(*head)));
        if (held->outcome == auditstore::AnchorCheck::Outcome::Differs)
            return fail(QCoreApplication::translate("zx::Cli", "the audit trail no longer holds the anchor %1: entry %2 now has hash %3, "
                           "so entries were removed or replaced (head %4)")
                            .arg(noted)
                            .arg(anchor->first)
                            .arg(held->actualHash.left(12), auditstore::headText(*head)));
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("zx::Cli", "audit trail verified") << '\n';
    out << QCoreApplication::translate("zx::Cli", "head %1 (note it down; check it later with --anchor %1)")
               .arg(auditstore::headText(*head))
        << '\n';
    if (anchor)
        out << QCoreApplication::translate("zx::Cli", "anchor %1:%2 holds").arg(anchor->first).arg(anchor->second) << '\n';
    return Success;
}

} // namespace

int audit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("verify"), QCoreApplication::translate("zx::Cli", "Verify the hash chain; exit 1 at the first broken entry.")});
    p.addOption({QStringLiteral("anchor"), QCoreApplication::translate("zx::Cli", "With --verify: also require the head noted earlier (N:HASH, as printed by --verify and in the bulletin's footer); exit 1 when entry N is gone or has another hash."),
                 QStringLiteral("N:HASH")});
    p.addOption({QStringLiteral("indicator"), QCoreApplication::translate("zx::Cli", "Only entries of this indicator."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("region"), QCoreApplication::translate("zx::Cli", "Only entries of this region and the regions under it."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("year"), QCoreApplication::translate("zx::Cli", "Only entries of this year."), QStringLiteral("Y")});
    p.addOption({QStringLiteral("quarter"), QCoreApplication::translate("zx::Cli", "Only entries of this quarter (1-4)."), QStringLiteral("Q")});
    p.addOption({QStringLiteral("user"), QCoreApplication::translate("zx::Cli", "Only entries made by this user."), QStringLiteral("U")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Print or verify the audit trail."), 1))
        return *stop;
    auditstore::Filter filter;
    filter.indicatorCode = p.value(QStringLiteral("indicator"));
    filter.regionCode = p.value(QStringLiteral("region"));
    filter.userName = p.value(QStringLiteral("user"));
    if (p.isSet(QStringLiteral("year"))) {
        const auto year = intOption(p, QStringLiteral("year"), 1900, 2999);
        if (!year)
            return fail(QCoreApplication::translate("zx::Cli", "--year needs a year such as 2023"), BadArguments);
        filter.year = *year;
    }
    if (p.isSet(QStringLiteral("quarter"))) {
        const auto quarter = intOption(p, QStringLiteral("quarter"), 1, 4);
        if (!quarter)
            return fail(QCoreApplication::translate("zx::Cli", "--quarter must be 1, 2, 3 or 4"), BadArguments);
        filter.quarter = *quarter;
    }
    std::optional<std::pair<qint64, QString>> anchor;
    if (p.isSet(QStringLiteral("anchor"))) {
        if (!p.isSet(QStringLiteral("verify")))
            return fail(QCoreApplication::translate("zx::Cli", "--anchor needs --verify"), BadArguments);
        anchor = auditstore::parseAnchor(p.value(QStringLiteral("anchor")));
        if (!anchor)
            return fail(QCoreApplication::translate("zx::Cli", "--anchor needs N:HASH, e.g. 1234:9f86d081884c (as printed by audit --verify)"),
                        BadArguments);
    }
    auto db = openExisting(p.positionalArguments().first());
    if (!db)
        return fail(db.error());
    if (p.isSet(QStringLiteral("verify")))
        return verifyAudit(*db.value(), anchor);
    auto entries = auditstore::find(*db.value(), filter);
    if (!entries)
        return fail(entries.error());
    QTextStream out(stdout);
    for (const AuditEntry &e : entries.value())
        out << e.id << '\t' << e.at << '\t' << e.user << '\t' << e.action << '\t' << e.indicatorCode
            << '\t' << e.regionCode << '\t' << e.year << 'Q' << e.quarter << '\t' << e.oldValue
            << " → " << e.newValue << '\t' << e.comment << '\n';
    return Success;
}

int review(const QStringList &args)
{
    const QString command = args.value(0);
    const bool needsReason =
        command == QLatin1String("return") || command == QLatin1String("reopen");
    QCommandLineParser p;
    p.addOption({QStringLiteral("region"), QCoreApplication::translate("zx::Cli", "Region code, e.g. 410104001."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("year"), QCoreApplication::translate("zx::Cli", "Year."), QStringLiteral("Y")});
    p.addOption({QStringLiteral("quarter"), QCoreApplication::translate("zx::Cli", "Quarter 1-4."), QStringLiteral("Q")});
    p.addOption({QStringLiteral("reason"), QCoreApplication::translate("zx::Cli", "Why (required to return or reopen)."), QStringLiteral("R")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Submit, approve, return or reopen a region's quarter."), 1))
        return *stop;
    const auto year = intOption(p, QStringLiteral("year"), 1900, 2999);
    const auto quarter = intOption(p, QStringLiteral("quarter"), 1, 4);
    if (!year || !quarter || !p.isSet(QStringLiteral("region")))
        return fail(QCoreApplication::translate("zx::Cli", "%1 needs --region, --year and --quarter 1-4").arg(command), BadArguments);
    if (needsReason && p.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(QCoreApplication::translate("zx::Cli", "%1 needs --reason").arg(command), BadArguments);
    auto db = openExisting(p.positionalArguments().first());
    if (!db)
        return fail(db.error());
    Database &d = *db.value();
    const QString region = p.value(QStringLiteral("region"));
    const QString reason = p.value(QStringLiteral("reason"));
    const QString user = d.userName();
    if (auto ok = backups::ensureDailyBackup(d); !ok)
        return fail(ok.error());
    Outcome done = command == QLatin1String("submit")    ? workflow::submit(d, region, *year, *quarter, user)
                   : command == QLatin1String("approve") ? workflow::approve(d, region, *year, *quarter, user)
                   : command == QLatin1String("return")
                       ? workflow::returnForRework(d, region, *year, *quarter, reason, user)
                       : workflow::reopen(d, region, *year, *quarter, reason, user);
    if (!done)
        return fail(done.error());
    auto now = workflow::status(d, region, *year, *quarter);
    if (!now)
        return fail(now.error());
    QTextStream(stdout) << QCoreApplication::translate("zx::Cli", "%1 Q%2 of region %3 is now %4")
                               .arg(*year)
                               .arg(*quarter)
                               .arg(region, periodStateLabel(now->state))
                        << '\n';
    return Success;
}

int importFile(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("zx::Cli", "Check the file and report; write nothing.")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("zx::Cli", "CSV or xlsx file of values, targets or the catalogue, or a fill-in template."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Import values, targets or the catalogue from CSV or xlsx: all or nothing."), 2))
        return *stop;
    const QString filePath = p.positionalArguments().at(1);
    if (QFile file(filePath); !file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("zx::Cli", "cannot read %1: %2").arg(filePath, file.errorString()));
    auto db = openExisting(p.positionalArguments().first());
    if (!db)
        return fail(db.error());
    const QString user = db.value()->userName();
    const ImportPlan plan = planImportFile(*db.value(), filePath, user);
    QTextStream out(stdout);
    for (ImportFinding f : plan.findings) {
        f.file = filePath; // the path as given, so it can be opened from the terminal
        out << formatFinding(f) << '\n';
    }
    // A refused plan writes nothing, so its count line says so rather than counting figures.
    if (plan.blocked()) {
        out << QCoreApplication::translate("zx::Cli", "0 written: %1 finding(s) block the import")
                   .arg(plan.findings.size())
            << '\n';
        out.flush();
        return fail(QCoreApplication::translate("zx::Cli", "%1: nothing imported").arg(filePath));
    }
    if (p.isSet(QStringLiteral("dry-run"))) {
        out << QCoreApplication::translate("zx::Cli", "Dry run, 0 written: would be %1 new, %2 changed, %3 unchanged, %4 finding(s)")
                   .arg(plan.newCount)
                   .arg(plan.changedCount)
                   .arg(plan.unchangedCount)
                   .arg(plan.findings.size())
            << '\n';
        return Success;
    }
    // The first write of the day: applyImport backs the file up before writing (an import
    // backup), which is also today's daily backup, so no second copy is taken here.
    if (auto ok = applyImport(*db.value(), plan, user); !ok) {
        out << QCoreApplication::translate("zx::Cli", "0 written: the import was refused") << '\n';
        out.flush();
        return fail(ok.error());
    }
    out << QCoreApplication::translate("zx::Cli", "%1 new, %2 changed, %3 unchanged, %4 finding(s)")
               .arg(plan.newCount)
               .arg(plan.changedCount)
               .arg(plan.unchangedCount)
               .arg(plan.findings.size())
        << '\n';
    out << QCoreApplication::translate("zx::Cli", "Imported %1").arg(filePath) << '\n';
    return Success;
}

int exportFile(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("what"),
                 QCoreApplication::translate("zx::Cli", "values (default), targets, catalogue, categories, regions, status or template."),
                 QStringLiteral("W"), QStringLiteral("values")});
    p.addOption({QStringLiteral("year"),
                 QCoreApplication::translate("zx::Cli", "Only this year (values and targets); the year of status and template."),
                 QStringLiteral("Y")});
    p.addOption({QStringLiteral("region"),
                 QCoreApplication::translate("zx::Cli", "Region code: the region of status; the top region of template (default: all)."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("quarter"),
                 QCoreApplication::translate("zx::Cli", "Quarter 1-4 of status (default 4: the whole year)."),
                 QStringLiteral("Q")});
    p.addOption({QStringLiteral("lang"),
                 QCoreApplication::translate("zx::Cli", "Language of the words in status and template: zh (default) or en."),
                 QStringLiteral("LANG"), QStringLiteral("zh")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("zx::Cli", "File to write: .csv or .xlsx."));
    if (auto stop = parse(p, args, QCoreApplication::translate("zx::Cli", "Export values, targets, the indicator catalogue or a status table as CSV or xlsx, or the xlsx fill-in template."), 2))
        return *stop;
    const QString filePath = p.positionalArguments().at(1);
    const bool xlsx = filePath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !filePath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return fail(QCoreApplication::translate("zx::Cli", "export writes .csv or .xlsx files"), BadArguments);
    const QString what = p.value(QStringLiteral("what"));
    const bool isStatus = what == QLatin1String("status");
    const bool isTemplate = what == QLatin1String("template");
    if (what != QLatin1String("values") && what != QLatin1String("targets") &&
        what != QLatin1String("catalogue") && what != QLatin1String("regions") &&
        what != QLatin1String("categories") && !isStatus && !isTemplate)
        return fail(QCoreApplication::translate("zx::Cli", "--what must be values, targets, catalogue, categories, regions, status or template"), BadArguments);
    if (isTemplate && !xlsx)
        return fail(QCoreApplication::translate("zx::Cli", "the template is an .xlsx file"), BadArguments);
    std::optional<int> year;
    if (p.isSet(QStringLiteral("year"))) {
        year = intOption(p, QStringLiteral("year"), 1900, 2999);
        if (!year)
            return fail(QCoreApplication::translate("zx::Cli", "--year must be a year"), BadArguments);
    }
    if ((isStatus || isTemplate) && !year)
        return fail(QCoreApplication::translate("zx::Cli", "--year needs a year such as 2023"), BadArguments);
    const QString region = p.value(QStringLiteral("region"));
    if (p.isSet(QStringLiteral("region")) && !isStatus && !isTemplate)
        return fail(QCoreApplication::translate("zx::Cli", "--region applies to status and template only"), BadArguments);
    if (isStatus && region.isEmpty())
        return fail(QCoreApplication::translate("zx::Cli", "--region is required"), BadArguments);
    if (p.isSet(QStringLiteral("quarter")) && !isStatus)
        return fail(QCoreApplication::translate("zx::Cli", "--quarter applies to status only"), BadArguments);
    const auto quarter =
        p.isSet(QStringLiteral("quarter")) ? intOption(p, QStringLiteral("quarter"), 1, 4) : 4;
    if (!quarter)
        return fail(QCoreApplication::translate("zx::Cli", "--quarter must be 1, 2, 3 or 4"), BadArguments);
    const QString lang = p.value(QStringLiteral("lang"));
    if (lang != QLatin1String("zh") && lang != QLatin1String("en"))
        return fail(QCoreApplication::translate("zx::Cli", "--lang must be zh or en"), BadArguments);
    // Never over the database being read, nor over any other database file.
    if (auto ok = filesafety::checkWriteTarget(filePath, p.positionalArguments().first()); !ok)
        return fail(ok.error());

    auto db = openExisting(p.positionalArguments().first());
    if (!db)
        return fail(db.error());
    Database &d = *db.value();
    const auto wrote = [&filePath] {
        QTextStream(stdout) << QCoreApplication::translate("zx::Cli", "Wrote %1").arg(filePath) << '\n';
        return Success;
    };
    if (isTemplate) {
        if (auto ok = xlsxexport::writeTemplate(d, filePath, *year, region, lang); !ok)
            return fail(ok.error());
        return wrote();
    }
    if (what == QLatin1String("values")) {
        // Streamed a batch of regions at a time: a city's figures never sit in memory.
        if (auto ok = xlsx ? xlsxexport::writeValues(d, year, filePath)
                           : csvexport::writeValues(d, year, filePath);
            !ok)
            return fail(ok.error());
        return wrote();
    }
    std::optional<ExportSheet> sheet;
    if (isStatus) {
        // The region and its children only, as the dashboard reads them.
        auto data = Dataset::loadScoped(d, {region}, *year - 1, *year);
        if (!data)
            return fail(data.error());
        if (!data->region(region))
            return fail(QCoreApplication::translate("zx::Cli", "unknown region '%1'").arg(region));
        const Evaluator eval(*data);
        sheet = exporttable::status(eval.summarize(region, *year, *quarter), *data, lang);
    } else {
        auto table = what == QLatin1String("targets") ? exporttable::targets(d, year)
                     : what == QLatin1String("regions") ? exporttable::regions(d)
                     : what == QLatin1String("categories") ? exporttable::categories(d)
                                                        : exporttable::catalogue(d);
        if (!table)
            return fail(table.error());
        sheet = std::move(table).value();
    }
    if (xlsx) {
        if (auto ok = xlsxexport::writeWorkbook({*sheet}, filePath); !ok)
            return fail(ok.error());
        return wrote();
    }
    // Written beside the file and renamed over it when complete, as the xlsx.
    const QByteArray bytes = exporttable::toCsv(*sheet);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate("zx::Cli", "cannot write %1: %2").arg(filePath, file.errorString()));
    return wrote();
}

} // namespace zx::cli
