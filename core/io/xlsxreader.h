#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace zx {

// One worksheet of an xlsx file as text: rows[r][c] is the cell at row r+1, column c
// (0 = "A"); missing cells are empty strings. Shared strings, inline strings and booleans
// are read as text; numbers as the shortest text that reads back as the same double
// ("4296.3", not "4296.3000000000002"); formulas as their cached value. Dates are numbers
// (Excel serials) — the importer refuses them where a year or figure is expected.
struct XlsxSheet
{
    QString name;
    bool hidden = false;
    std::vector<QStringList> rows;

    QString cell(int row, int column) const; // 0-based; empty outside
};

struct XlsxWorkbook
{
    std::vector<XlsxSheet> sheets; // in workbook order
    const XlsxSheet *sheet(const QString &name) const;
};

// Reads with libzip and QXmlStreamReader. A file that is not a zip, or lacks
// xl/workbook.xml, or has malformed XML gives an error naming the file and the part.
Result<XlsxWorkbook> readXlsx(const QString &path);

// The same from the bytes of an xlsx file (the fuzz target; `name` names it in errors).
Result<XlsxWorkbook> readXlsxData(const QByteArray &bytes, const QString &name);

// OOXML's escapes in cell text (ECMA-376 ST_Xstring): "_x000D_" is a carriage return, and
// "_x005F_" an underscore, written before a literal "_xHHHH_" so it is not read as one.
QString decodeOoxmlEscapes(const QString &text);
// The inverse for literal text before a writer adds its own escapes: every "_xHHHH_" in
// `text` gets its underscore written as "_x005F_".
QString encodeOoxmlEscapes(const QString &text);

// "A1"-style reference of a 0-based cell.
QString cellReference(int row, int column);

} // namespace zx
