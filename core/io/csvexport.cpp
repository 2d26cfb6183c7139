#include "csvexport.h"

#include "io/exporttable.h"

#include <algorithm>

namespace zx::csvexport {

namespace {

QString quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); }))
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<QByteArray> csv(const Result<ExportSheet> &sheet)
{
    if (!sheet)
        return Error{sheet.error()};
    return exporttable::toCsv(*sheet);
}

} // namespace

QString textField(const QString &text)
{
    static const QString trigger = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && trigger.contains(text.front()))
        return quoted(QLatin1Char('\'') + text);
    return quoted(text);
}

QString numberField(const QString &number)
{
    return quoted(number);
}

Result<QByteArray> values(Database &db, std::optional<int> year)
{
    return csv(exporttable::values(db, year));
}

Result<QByteArray> targets(Database &db, std::optional<int> year)
{
    return csv(exporttable::targets(db, year));
}

Result<QByteArray> catalogue(Database &db)
{
    return csv(exporttable::catalogue(db));
}

} // namespace zx::csvexport
