// The import entry points: read a CSV or xlsx file into an ImportTable (importtable.h), plan
// it (importplanner.cpp, importcatalogue.cpp; templates via templateimport.cpp) and apply a
// plan in one transaction.
#include "storage/backups.h"
#include "storage/bulkstore.h"
#include "valueimport.h"

#include "entry/catalogueentry.h"
#include "entry/regionentry.h"
#include "io/csv.h"
#include "io/importplanner.h"
#include "io/templateimport.h"
#include "io/textdecode.h"
#include "io/xlsxreader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace zx {

namespace {

ImportPlan fileFinding(const QString &fileName, const QString &reason)
{
    ImportPlan result;
    result.fileName = fileName;
    result.findings.push_back({fileName, 0, QString(), reason, QString(), QString()});
    return result;
}

// `bytes` by value: a file read for this plan alone is let go once decoded, and the decoded
// text once parsed (a million rows are 45 MB of bytes and 90 MB of text, held through planning
// for nothing otherwise).
ImportPlan planCsv(Database &db, QByteArray bytes, const QString &fileName,
                   ImportPlan::Kind wanted, const QString &userName, const ImportControl &control)
{
    DecodedText decoded = decodeCsvBytes(bytes);
    bytes = QByteArray();
    if (!decoded.ok) {
        ImportPlan result =
            fileFinding(fileName, QCoreApplication::translate(
                                      "zx::Import", "the file is neither UTF-8 nor GB18030 text"));
        result.encoding = decoded.encoding;
        return result;
    }
    auto csv = CsvTable::parse(decoded.text, fileName);
    decoded.text = QString();
    if (!csv) {
        ImportPlan result = fileFinding(fileName, csv.error());
        result.encoding = decoded.encoding;
        return result;
    }
    ImportPlan result =
        planTable(db, ImportTable::fromCsv(*csv, fileName), wanted, userName, control);
    result.encoding = decoded.encoding;
    return result;
}

ImportPlan planXlsx(Database &db, const QString &path, const QString &fileName,
                    const QString &userName, const ImportControl &control)
{
    auto book = readXlsx(path);
    if (!book) {
        QString reason = book.error();
        if (reason.startsWith(fileName + QStringLiteral(": ")))
            reason = reason.mid(fileName.size() + 2);
        ImportPlan result = fileFinding(fileName, reason);
        result.encoding = QStringLiteral("xlsx");
        return result;
    }
    if (control.cancelled()) {
        ImportPlan result;
        result.fileName = fileName;
        result.cancelled = true;
        return result;
    }
    ImportPlan result;
    if (const XlsxSheet *meta = book->sheet(QStringLiteral("_zhenxing"))) {
        std::vector<ImportFinding> findings;
        const ImportTable table = templateTable(db, *book, *meta, fileName, findings);
        result = planTable(db, table, ImportPlan::Kind::Values, userName, control);
        result.sheet = QStringLiteral("template");
        if (!result.cancelled && !findings.empty()) {
            result.findings.insert(result.findings.begin(), findings.begin(), findings.end());
            result.values.clear();
        }
    } else {
        const XlsxSheet *found = nullptr;
        ImportTable table(fileName, {}, true);
        for (const XlsxSheet &s : book->sheets) {
            if (s.hidden)
                continue;
            table = ImportTable::fromSheet(s, fileName);
            if (kindOf(table) != ImportPlan::Kind::Unknown) {
                found = &s;
                break;
            }
        }
        // A workbook of categories and indicators is one catalogue import (docs/formats.md).
        // Only looked for when the first known sheet is one of those two (a values workbook is
        // not read twice).
        const XlsxSheet *categoriesSheet = nullptr;
        const XlsxSheet *catalogueSheet = nullptr;
        const ImportPlan::Kind foundKind = found ? kindOf(table) : ImportPlan::Kind::Unknown;
        const bool catalogueBook = foundKind == ImportPlan::Kind::Categories ||
                                   foundKind == ImportPlan::Kind::Catalogue;
        for (const XlsxSheet &s : book->sheets) {
            if (s.hidden || !catalogueBook)
                continue;
            const ImportPlan::Kind kind = kindOf(ImportTable::fromSheet(s, fileName));
            if (kind == ImportPlan::Kind::Categories && !categoriesSheet)
                categoriesSheet = &s;
            else if (kind == ImportPlan::Kind::Catalogue && !catalogueSheet)
                catalogueSheet = &s;
        }
        if (categoriesSheet && catalogueSheet) {
            result = planCatalogueWorkbook(db, ImportTable::fromSheet(*categoriesSheet, fileName),
                                           ImportTable::fromSheet(*catalogueSheet, fileName),
                                           userName, control);
            result.sheet = catalogueSheet->name;
        } else if (!found)
            result =
                fileFinding(fileName, QCoreApplication::translate(
                                          "zx::Import", "no sheet has a known header in row 1; %1")
                                          .arg(expectedHeaders()));
        else {
            result = planTable(db, table, ImportPlan::Kind::Unknown, userName, control);
            result.sheet = found->name;
        }
    }
    result.encoding = QStringLiteral("xlsx");
    return result;
}

Error cancelledError()
{
    return Error{
        QCoreApplication::translate("zx::Import", "import cancelled; nothing was written")};
}

} // namespace

ImportPlan planImport(Database &db, const QByteArray &bytes, const QString &fileName)
{
    return planCsv(db, bytes, fileName, ImportPlan::Kind::Unknown, QString(), {});
}

ImportPlan planValueImport(Database &db, const QByteArray &bytes, const QString &fileName)
{
    return planCsv(db, bytes, fileName, ImportPlan::Kind::Values, QString(), {});
}

ImportPlan planTargetImport(Database &db, const QByteArray &bytes, const QString &fileName)
{
    return planCsv(db, bytes, fileName, ImportPlan::Kind::Targets, QString(), {});
}

ImportPlan planImportFile(Database &db, const QString &path, const QString &userName,
                          const ImportControl &control)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return fileFinding(name, QCoreApplication::translate(
                                     "zx::Import", "cannot import a .%1 file: use .csv or .xlsx")
                                     .arg(info.suffix()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileFinding(name, file.errorString());
    if (suffix == QLatin1String("xlsx")) {
        file.close();
        return planXlsx(db, path, name, userName, control);
    }
    return planCsv(db, file.readAll(), name, ImportPlan::Kind::Unknown, userName, control);
}

Outcome applyImport(Database &db, const ImportPlan &plan, const QString &userName,
                    const ImportControl &control, ImportCheck *check)
{
    if (check)
        *check = ImportCheck::None;
    if (plan.cancelled)
        return cancelledError();
    if (plan.blocked())
        return Error{
            QCoreApplication::translate("zx::Import", "%1 has %2 finding(s); nothing was imported")
                .arg(plan.fileName)
                .arg(plan.findings.size())};
    if (control.cancelled())
        return cancelledError();
    if (plan.kind == ImportPlan::Kind::Unknown)
        return Error{QCoreApplication::translate("zx::Import", "nothing to import")};
    // Nothing new or changed (the same file imported again): nothing to write and nothing to
    // back up — a copy of a city's file takes a minute and would push a real one out of the ten.
    if (plan.values.empty() && plan.targets.empty() && plan.indicators.empty() &&
        plan.categories.empty() && plan.regions.empty())
        return Outcome::success();
    // A checked copy of the file as it was, before anything of the import is written.
    if (auto ok = backups::before(db, backups::Reason::Import); !ok)
        return ok;
    const auto keepGoing = [&control](qint64 done, qint64 total) {
        if (control.progress)
            control.progress(done, total);
        return !control.cancelled();
    };
    // A big block in one transaction: let SQLite keep the pages it writes again and again in
    // memory rather than spill them to the WAL (this connection only; a cache only grows as far
    // as it is used). Since storage v5 a figure is one row of one tree written in key order and
    // the audit trail is appended, so the pages touched again are few: 256 MB is the import's
    // memory budget's share (≤ 500 MB for a million figures; 1 GB before v5).
    // Only a speed-up: an import goes ahead with the default cache if this fails.
    if (plan.values.size() > 10000)
        static_cast<void>(bulkstore::growCache(db, 256));
    Outcome done = Outcome::success();
    switch (plan.kind) {
    case ImportPlan::Kind::Values: {
        // Asked under the write lock. Rights were checked for a named user only.
        const auto stillChecked = [&] {
            if (!plan.checkedAt || userName.isEmpty() || plan.checkedFor != userName)
                return false;
            const auto now = dataversion::current(db);
            return now && *now == *plan.checkedAt;
        };
        bool rechecked = true;
        done = setCheckedValues(db, plan.values, userName, keepGoing, stillChecked, &rechecked);
        if (check)
            *check = rechecked ? ImportCheck::Rechecked : ImportCheck::Reused;
        break;
    }
    case ImportPlan::Kind::Targets:
        // Few rows and one quick transaction: cancel counts only until it starts.
        done = setTargets(db, plan.targets, userName);
        break;
    case ImportPlan::Kind::Catalogue:
    case ImportPlan::Kind::Categories: // with the categories the same import creates, first
        done = saveCatalogue(db, plan.categories, plan.categoryIsNew, plan.indicators,
                             plan.indicatorIsNew, userName, keepGoing);
        break;
    case ImportPlan::Kind::Regions:
        done = saveRegions(db, plan.regions, plan.regionIsNew, userName, keepGoing);
        break;
    case ImportPlan::Kind::Unknown:
        return Error{QCoreApplication::translate("zx::Import", "nothing to import")};
    }
    if (!done && control.cancelled())
        return cancelledError();
    return done;
}

Outcome applyValueImport(Database &db, const ImportPlan &plan, const QString &userName)
{
    if (plan.kind != ImportPlan::Kind::Values && !plan.blocked())
        return Error{QCoreApplication::translate("zx::Import", "%1 is not a values file")
                         .arg(plan.fileName)};
    return applyImport(db, plan, userName);
}

QString formatFinding(const ImportFinding &f)
{
    QString text = f.file;
    if (!f.sheet.isEmpty()) {
        static const QString special = QStringLiteral(" !'-()[],;");
        const bool quote = std::any_of(f.sheet.cbegin(), f.sheet.cend(),
                                       [](QChar c) { return special.contains(c); });
        const QString sheet =
            quote ? u'\'' + QString(f.sheet).replace(u'\'', QStringLiteral("''")) + u'\'' : f.sheet;
        text += QStringLiteral(": ") + sheet;
        if (!f.cell.isEmpty())
            text += u'!' + f.cell;
        else if (f.line > 0)
            text += QCoreApplication::translate("zx::Import", " row %1").arg(f.line);
        text += QStringLiteral(": ");
    } else if (f.line > 0) {
        text += u':' + QString::number(f.line) + QStringLiteral(": ");
    } else {
        text += QStringLiteral(": ");
    }
    if (!f.column.isEmpty())
        text += f.column + QStringLiteral(": ");
    if (f.warning)
        text += QCoreApplication::translate("zx::Import", "warning: ");
    return text + f.reason;
}

} // namespace zx
