#include "templateimport.h"

#include "io/xlsxreader.h"
#include "storage/database.h"
#include "storage/regionstore.h"

#include <QCoreApplication>
#include <QSet>

namespace zx {

namespace {

constexpr int FirstFigureRow = 3;     // row 4: the first indicator
constexpr int FirstQuarterColumn = 3; // D: Q1 … G: Q4
constexpr int CommentColumn = 7;      // H

ImportFinding metaFinding(const QString &file, const XlsxSheet &meta, int row, int column,
                          const QString &reason)
{
    ImportFinding f;
    f.file = file;
    f.sheet = meta.name;
    f.line = row + 1;
    f.cell = cellReference(row, column);
    f.reason = reason;
    return f;
}

void addSheetRows(ImportTable &table, const XlsxSheet &sheet, const QString &region,
                  const QString &year)
{
    for (int r = FirstFigureRow; r < int(sheet.rows.size()); ++r) {
        const QString code = sheet.cell(r, 0).trimmed();
        if (code.isEmpty())
            continue;
        const QString comment = sheet.cell(r, CommentColumn);
        for (int q = 1; q <= 4; ++q) {
            const int column = FirstQuarterColumn + q - 1;
            const QString value = sheet.cell(r, column);
            if (value.trimmed().isEmpty())
                continue; // no figure, never a deletion
            ImportTable::Row row;
            row.fields = {code, region, year, QString::number(q), value, comment};
            row.line = r + 1;
            row.sheet = sheet.name;
            row.columns = {0, -1, -1, column, column, CommentColumn};
            table.addRow(std::move(row));
        }
    }
}

} // namespace

ImportTable templateTable(Database &db, const XlsxWorkbook &book, const XlsxSheet &meta,
                          const QString &fileName, std::vector<ImportFinding> &findings)
{
    ImportTable table(fileName,
                      {QStringLiteral("indicator"), QStringLiteral("region"),
                       QStringLiteral("year"), QStringLiteral("quarter"), QStringLiteral("value"),
                       QStringLiteral("comment")},
                      true);
    table.setKeepsStoredComment(true);
    if (meta.cell(0, 0).trimmed() != QLatin1String("zhenxing-template") ||
        meta.cell(0, 1).trimmed() != QLatin1String("1")) {
        findings.push_back(
            metaFinding(fileName, meta, 0, 1,
                        QCoreApplication::translate(
                            "zx::Import", "not a fill-in template of a version this program reads "
                                          "(expected zhenxing-template, version 1)")));
        return table;
    }
    auto regions = regionstore::all(db);
    if (!regions) {
        findings.push_back(metaFinding(fileName, meta, 0, 0, regions.error()));
        return table;
    }
    QSet<QString> known;
    for (const Region &r : *regions)
        known.insert(r.code);
    for (int r = 2; r < int(meta.rows.size()); ++r) {
        const QString sheetName = meta.cell(r, 0).trimmed();
        const QString region = meta.cell(r, 1).trimmed();
        const QString year = meta.cell(r, 2).trimmed();
        if (sheetName.isEmpty() && region.isEmpty() && year.isEmpty())
            continue;
        const XlsxSheet *sheet = book.sheet(sheetName);
        if (!sheet) {
            findings.push_back(metaFinding(
                fileName, meta, r, 0,
                QCoreApplication::translate("zx::Import", "the sheet '%1' is listed but missing")
                    .arg(sheetName)));
            continue;
        }
        if (!known.contains(region)) {
            findings.push_back(metaFinding(
                fileName, meta, r, 1,
                QCoreApplication::translate("zx::Import", "unknown region '%1'").arg(region)));
            continue;
        }
        bool yearOk = false;
        const int y = year.toInt(&yearOk);
        if (!yearOk || y < 1900 || y > 2999) {
            findings.push_back(
                metaFinding(fileName, meta, r, 2,
                            QCoreApplication::translate("zx::Import", "bad year '%1'").arg(year)));
            continue;
        }
        addSheetRows(table, *sheet, region, year);
    }
    return table;
}

} // namespace zx
