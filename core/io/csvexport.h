#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace zx {

class Database;

// Exports as UTF-8 CSV with a byte order mark (so Excel reads it as UTF-8), RFC 4180
// quoting, numbers as entered (Decimal::toString). A text field that a spreadsheet would take
// for a formula (starting with = + - @, tab or CR) gets a leading apostrophe; numbers are not
// text fields and stay as they are.
namespace csvexport {

// Long form `indicator,region,year,quarter,value,comment`; all years, or only `year`; rows by
// year, region code, then as stored (valuestream).
Result<QByteArray> values(Database &db, std::optional<int> year = std::nullopt);
// The same bytes written to `path` as they are read, a batch of regions at a time, so that a
// city's millions of figures never sit in memory (bounded by the batch, not the file). Written
// beside `path` and renamed over it when complete; the error names the file.
Outcome writeValues(Database &db, std::optional<int> year, const QString &path);
// `indicator,region,year,target,baseline,m1,m2,m3,m4`; all years, or only `year`.
Result<QByteArray> targets(Database &db, std::optional<int> year = std::nullopt);
// Every attribute of every indicator, the columns of resources/sample/indicators.csv
// (plus `retired`).
Result<QByteArray> catalogue(Database &db);

// One CSV field: neutralised (when text) and quoted when needed.
QString textField(const QString &text);
QString numberField(const QString &number);

} // namespace csvexport
} // namespace zx
