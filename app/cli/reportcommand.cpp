#include "reportcommand.h"

#include "clicommands.h"
#include "report/reportdata.h"
#include "report/docxwriter.h"
#include "report/odtwriter.h"
#include "report/reportprofile.h"
#include "report/reportrenderer.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/filesafety.h"
#include "summary/evaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace zx::cli {

int report(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("zx::Cli", "Write the bulletin of a region for a period as a Word document (.docx) or "
                                               "OpenDocument text (.odt) to edit, or as a PDF."));
    p.addHelpOption();
    p.addOption({QStringLiteral("region"), QCoreApplication::translate("zx::Cli", "Region code, e.g. 410104."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("year"), QCoreApplication::translate("zx::Cli", "Year."), QStringLiteral("Y")});
    p.addOption({QStringLiteral("quarter"), QCoreApplication::translate("zx::Cli", "Quarter 1-4 (default 4: the whole year)."),
                 QStringLiteral("Q")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("zx::Cli", "The file to write: .docx or .odt to edit before signing, or .pdf."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("profile"),
                 QCoreApplication::translate("zx::Cli", "Layout: official (公文格式 of GB/T 9704-2012: A4, type area 156 × 225 mm, "
                                                        "3号仿宋_GB2312; the default of .docx and .odt) or plain (the default of .pdf)."),
                 QStringLiteral("PROFILE")});
    p.addOption({QStringLiteral("lang"), QCoreApplication::translate("zx::Cli", "Report language: zh (default) or en."),
                 QStringLiteral("LANG"), QStringLiteral("zh")});
    p.addPositionalArgument(QStringLiteral("DB"), QCoreApplication::translate("zx::Cli", "Database file."));
    if (!p.parse(args))
        return fail(p.errorText(), BadArguments);
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Success;
    }
    if (p.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("zx::Cli", "%1 expects %2 argument(s); see --help").arg(args.first()).arg(1),
                    BadArguments);
    bool yearOk = false;
    const int year = p.value(QStringLiteral("year")).toInt(&yearOk);
    bool quarterOk = true;
    const int quarter = p.isSet(QStringLiteral("quarter"))
                            ? p.value(QStringLiteral("quarter")).toInt(&quarterOk)
                            : 4;
    const QString lang = p.value(QStringLiteral("lang"));
    if (!p.isSet(QStringLiteral("region")))
        return fail(QCoreApplication::translate("zx::Cli", "--region is required"), BadArguments);
    if (!yearOk || year < 1900 || year > 2999)
        return fail(QCoreApplication::translate("zx::Cli", "--year needs a year such as 2023"), BadArguments);
    if (!quarterOk || quarter < 1 || quarter > 4)
        return fail(QCoreApplication::translate("zx::Cli", "--quarter must be 1, 2, 3 or 4"), BadArguments);
    if (!p.isSet(QStringLiteral("out")))
        return fail(QCoreApplication::translate("zx::Cli", "--out FILE.docx|.odt|.pdf is required"), BadArguments);
    if (lang != QLatin1String("zh") && lang != QLatin1String("en"))
        return fail(QCoreApplication::translate("zx::Cli", "--lang must be zh or en"), BadArguments);
    const QString out = p.value(QStringLiteral("out"));
    const bool odt = out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    const bool docx = out.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive);
    if (!odt && !docx && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(QCoreApplication::translate("zx::Cli", "--out must name a .docx, .odt or .pdf file"), BadArguments);
    // Official for the documents an office edits, plain for the PDF, unless asked.
    const auto profile = p.isSet(QStringLiteral("profile"))
                             ? reportProfileFromCode(p.value(QStringLiteral("profile")))
                             : std::optional(odt || docx ? ReportProfile::Official : ReportProfile::Plain);
    if (!profile)
        return fail(QCoreApplication::translate("zx::Cli", "--profile must be official or plain"), BadArguments);

    // Never over the database being read, nor over any other database file.
    if (auto ok = filesafety::checkWriteTarget(out, p.positionalArguments().first()); !ok)
        return fail(ok.error());
    auto db = Database::open(p.positionalArguments().first(), Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    const QString region = p.value(QStringLiteral("region"));
    // The region and its sub-regions, roll-ups from the cache (as the desktop's report).
    auto data = Dataset::loadScoped(*db.value(), {region}, year - 1, year);
    if (!data)
        return fail(data.error());
    if (!data->region(region))
        return fail(QCoreApplication::translate("zx::Cli", "unknown region '%1'").arg(region));
    const Evaluator eval(*data);
    ReportData report = buildReport(eval, region, year, quarter,
                                    lang == QLatin1String("en") ? ReportLanguage::English
                                                                : ReportLanguage::Chinese);
    // The audit chain's head in the footer: a printed anchor for `audit --verify --anchor`.
    auto head = auditstore::head(*db.value());
    if (!head)
        return fail(head.error());
    report.auditHead = auditstore::headText(*head);
    if (auto ok = docx  ? writeDocx(report, out, *profile)
                  : odt ? writeOdt(report, out, *profile)
                        : renderPdf(report, out, *profile);
        !ok)
        return fail(ok.error());
    QTextStream(stdout) << QCoreApplication::translate("zx::Cli", "Wrote %1").arg(out) << '\n';
    return Success;
}

} // namespace zx::cli
