#include "generatecommand.h"

#include "clicommands.h"
#include "generate/synthetic.h"
#include "session/workspace.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <optional>

namespace zx::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::cli", text); // lupdate files tr() here under the namespace
}

// Reads the integer options into `o`; returns the name of the first one that is not a number.
std::optional<QString> readOptions(const QCommandLineParser &p, GenerateOptions &o)
{
    const std::pair<const char *, int *> ints[] = {
        {"counties", &o.counties},
        {"townships-per-county", &o.townshipsPerCounty},
        {"villages-per-township", &o.villagesPerTownship},
        {"indicators", &o.indicators},
        {"years", &o.years},
        {"first-year", &o.firstYear},
    };
    for (const auto &[name, target] : ints) {
        const QString key = QString::fromLatin1(name);
        if (!p.isSet(key))
            continue;
        bool ok = false;
        *target = p.value(key).toInt(&ok);
        if (!ok)
            return key;
    }
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return QStringLiteral("seed");
    }
    return std::nullopt;
}

Outcome removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return Error{tr("cannot remove %1").arg(path + suffix)};
    return Outcome::success();
}

} // namespace

int generate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Create a synthetic city database for benchmarks: a deterministic "
                                   "function of the sizes and the seed."));
    p.addHelpOption();
    const GenerateOptions defaults;
    const auto option = [&](const char *name, const QString &help, int fallback) {
        p.addOption({QString::fromLatin1(name), help, QStringLiteral("N"), QString::number(fallback)});
    };
    option("counties", tr("Counties under the city (1-99)."), defaults.counties);
    option("townships-per-county", tr("Townships per county (1-999)."), defaults.townshipsPerCounty);
    option("villages-per-township", tr("Villages per township (1-999)."), defaults.villagesPerTownship);
    option("indicators", tr("Indicators: the sample's 75 plus synthetic copies."), defaults.indicators);
    option("years", tr("Years of quarterly figures."), defaults.years);
    option("first-year", tr("The first year."), defaults.firstYear);
    p.addOption({QStringLiteral("seed"), tr("Seed of the pseudo-random figures."), QStringLiteral("S"),
                 QString::number(defaults.seed)});
    p.addOption({QStringLiteral("force"), tr("Overwrite an existing file.")});
    p.addPositionalArgument(QStringLiteral("DB"), tr("Database file to create."));
    if (!p.parse(args))
        return fail(p.errorText(), BadArguments);
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Success;
    }
    if (p.positionalArguments().size() != 1)
        return fail(tr("%1 expects %2 argument(s); see --help").arg(args.first()).arg(1), BadArguments);
    GenerateOptions o;
    if (const auto bad = readOptions(p, o))
        return fail(tr("--%1 needs a number").arg(*bad), BadArguments);
    if (auto ok = checkOptions(o); !ok)
        return fail(ok.error(), BadArguments);
    const QString path = p.positionalArguments().first();
    // A benchmark city belongs in a file of its own, never into a county's server.
    if (const Connection where = Connection::parse(path); where.isServer())
        return fail(tr("%1 is a server: generate writes a synthetic city into a new file; to try one on "
                       "a server, generate a file, then copy it onto an empty server database: "
                       "zhenxing-cli server copy FILE.db URL")
                        .arg(where.display()));
    if (QFile::exists(path)) {
        if (!p.isSet(QStringLiteral("force")))
            return fail(tr("%1 already exists; use --force to overwrite it").arg(path));
        if (auto ok = removeDatabase(path); !ok)
            return fail(ok.error());
    }
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.error());
    QTextStream err(stderr);
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10) {
            err << tr("%1% of %2 figures").arg(percent).arg(total) << '\n';
            err.flush();
        }
        lastPercent = percent;
    };
    QElapsedTimer timer;
    timer.start();
    auto summary = generateDatabase(*db.value(), o, db.value()->userName(), progress);
    db.value().reset();
    if (!summary) {
        (void)removeDatabase(path);
        return fail(summary.error());
    }
    QTextStream(stdout) << tr("Created %1: %2 regions, %3 indicators, %4 figures, %5 targets in %6 s")
                               .arg(path)
                               .arg(summary->regions)
                               .arg(summary->indicators)
                               .arg(summary->values)
                               .arg(summary->targets)
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        << '\n';
    return Success;
}

} // namespace zx::cli
