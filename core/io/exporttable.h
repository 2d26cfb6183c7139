#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace zx {

class Database;
struct RegionSummary;
class Dataset;
struct Value;

// One cell of an exported table: text (neutralised against formulas when written) or a
// number (written as a number, exactly as entered: Decimal::toString text). A number may carry
// an Excel number format ("0.00%") for the xlsx writer; CSV writes the text as it is.
struct ExportCell
{
    enum class Kind { Empty, Text, Number };
    Kind kind = Kind::Empty;
    QString text;
    QString format; // xlsx number format of a Number, empty = General

    static ExportCell textCell(const QString &t) { return {Kind::Text, t, {}}; }
    static ExportCell numberCell(const QString &n, const QString &format = {})
    {
        return {Kind::Number, n, format};
    }
};

// A table to export: one CSV file, or one worksheet of an xlsx workbook.
struct ExportSheet
{
    QString name;       // worksheet name ("values", "targets", "catalogue", "status")
    QStringList header; // machine-readable column names, as in docs/formats.md
    std::vector<std::vector<ExportCell>> rows;
};

// The tables, built once and written as CSV or xlsx (by the writer of the caller's choice).
namespace exporttable {

// `indicator,region,year,quarter,value,comment`; all years, or only `year`; rows in the order of
// valuestream (year, region code, as stored). The whole table in memory: for a city's file write
// it with csvexport::writeValues or xlsxexport::writeValues, which stream.
Result<ExportSheet> values(Database &db, std::optional<int> year = std::nullopt);
// The values table's header and one figure's row, for the streaming writers.
QStringList valuesHeader();
std::vector<ExportCell> valueRow(const Value &value);
// `indicator,region,year,target,baseline,m1,m2,m3,m4`.
Result<ExportSheet> targets(Database &db, std::optional<int> year = std::nullopt);
// Every attribute of every indicator (the columns of resources/sample/indicators.csv + retired).
Result<ExportSheet> catalogue(Database &db);
// `code,name,name_en,sort_order`: the categories, in their order.
Result<ExportSheet> categories(Database &db);
// `code,name,name_en,parent_code,level,sort_order,retired`: the region tree, parents first.
Result<ExportSheet> regions(Database &db);
// The dashboard's status table for one region and quarter: code, name, unit, actual (YTD),
// target, completion %, time progress %, status, year-on-year %, quarter-on-quarter %, in the
// report language `lang` ("zh" / "en") for the words (status, header labels stay machine names).
ExportSheet status(const RegionSummary &summary, const Dataset &data, const QString &lang);

// UTF-8 with BOM, RFC 4180, neutralised text (see csvexport::textField).
QByteArray toCsv(const ExportSheet &sheet);

} // namespace exporttable
} // namespace zx
