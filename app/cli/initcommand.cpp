#include "initcommand.h"

#include "clicommands.h"
#include "session/workspace.h"
#include "setup/newcounty.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace zx::cli {

int init(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "zx::Cli", "Create a database for a new county: its top region, a catalogue and you as its "
                   "administrator. Regions, targets and figures are imported afterwards."));
    p.addHelpOption();
    p.addOption({QStringLiteral("region"),
                 QCoreApplication::translate("zx::Cli", "Code of the county (统计用区划代码), e.g. 410122."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("name"),
                 QCoreApplication::translate("zx::Cli", "Name of the county, e.g. 中牟县."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("name-en"),
                 QCoreApplication::translate("zx::Cli", "English name (optional)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("city"),
                 QCoreApplication::translate("zx::Cli", "The top region is a city (level 0) keeping several counties.")});
    p.addOption({QStringLiteral("catalogue"),
                 QCoreApplication::translate("zx::Cli", "standard (default: the built-in 75 indicators), none, a "
                                                        "catalogue file (.csv/.xlsx) or another Zhenxing .db to copy "
                                                        "categories and indicators from."),
                 QStringLiteral("standard|none|FILE"), QStringLiteral("standard")});
    p.addOption({QStringLiteral("year"),
                 QCoreApplication::translate("zx::Cli", "Year to start in (default: the current year)."),
                 QStringLiteral("Y")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file to create (must not exist)."));
    if (!p.parse(args))
        return fail(p.errorText(), BadArguments);
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Success;
    }
    if (p.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("zx::Cli", "%1 expects %2 argument(s); see --help").arg(args.first()).arg(1),
                    BadArguments);
    for (const char *required : {"region", "name"})
        if (!p.isSet(QLatin1String(required)))
            return fail(QCoreApplication::translate("zx::Cli", "init needs --%1; see --help").arg(QLatin1String(required)),
                        BadArguments);

    NewCounty county;
    county.regionCode = p.value(QStringLiteral("region"));
    county.name = p.value(QStringLiteral("name"));
    county.nameEn = p.value(QStringLiteral("name-en"));
    county.level = p.isSet(QStringLiteral("city")) ? RegionLevel::City : RegionLevel::County;
    const QString catalogue = p.value(QStringLiteral("catalogue"));
    if (catalogue == QLatin1String("standard")) {
        county.catalogue = NewCounty::Catalogue::Standard;
    } else if (catalogue == QLatin1String("none")) {
        county.catalogue = NewCounty::Catalogue::None;
    } else {
        const QString suffix = QFileInfo(catalogue).suffix().toLower();
        if (suffix == QLatin1String("db") || suffix == QLatin1String("zhenxing"))
            county.catalogue = NewCounty::Catalogue::OtherDatabase;
        else if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
            county.catalogue = NewCounty::Catalogue::File;
        else
            return fail(QCoreApplication::translate("zx::Cli", "--catalogue takes standard, none, a .csv or .xlsx catalogue "
                                                               "file or a Zhenxing .db file, not '%1'")
                            .arg(catalogue),
                        BadArguments);
        county.catalogueSource = catalogue;
    }
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        county.startYear = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || county.startYear < 2000 || county.startYear > 2100)
            return fail(QCoreApplication::translate("zx::Cli", "--year needs a year from 2000 to 2100"), BadArguments);
    }
    county.administrator = systemUserName();

    const QString path = p.positionalArguments().first();
    auto created = createCounty(path, county);
    if (!created)
        return fail(created.error());
    QTextStream out(stdout);
    out << QCoreApplication::translate("zx::Cli", "Created %1: %2 (%3), %4 categories, %5 indicators, start year %6; "
                                                  "administrator %7")
               .arg(shownName(path), county.name, county.regionCode)
               .arg(created->categories)
               .arg(created->indicators)
               .arg(created->startYear)
               .arg(created->administrator)
        << '\n';
    out << QCoreApplication::translate("zx::Cli", "Next: import the regions, then targets and figures "
                                                  "(zhenxing-cli import %1 FILE); see docs/setup-county.md")
               .arg(argumentFor(path))
        << '\n';
    return Success;
}

} // namespace zx::cli
