#include "csvexport.h"

#include "domain/enums.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/valuestore.h"

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

class Writer
{
public:
    explicit Writer(const QStringList &header)
    {
        for (const QString &h : header)
            m_row << textField(h);
        endRow();
    }
    Writer &text(const QString &v) { m_row << textField(v); return *this; }
    Writer &number(const QString &v) { m_row << numberField(v); return *this; }
    Writer &number(int v) { return number(QString::number(v)); }
    Writer &decimal(const std::optional<Decimal> &v) { return number(v ? v->toString() : QString()); }
    void endRow()
    {
        m_text += m_row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        m_row.clear();
    }
    QByteArray bytes() const { return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8(); }

private:
    QString m_text;
    QStringList m_row;
};

QString milestone(const std::optional<double> &m)
{
    return m ? QString::number(*m) : QString();
}

// One year, or every year (targets may lie beyond the years with figures).
Result<std::pair<int, int>> span(Database &, std::optional<int> year)
{
    if (year)
        return std::pair<int, int>(*year, *year);
    return std::pair<int, int>(1900, 9999);
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
    auto years = span(db, year);
    if (!years)
        return Error{years.error()};
    auto all = valuestore::inYears(db, years->first, years->second);
    if (!all)
        return Error{all.error()};
    Writer w({QStringLiteral("indicator"), QStringLiteral("region"), QStringLiteral("year"),
              QStringLiteral("quarter"), QStringLiteral("value"), QStringLiteral("comment")});
    for (const Value &v : *all) {
        w.text(v.indicatorCode).text(v.regionCode).number(v.year).number(v.quarter)
            .number(v.value.toString()).text(v.comment);
        w.endRow();
    }
    return w.bytes();
}

Result<QByteArray> targets(Database &db, std::optional<int> year)
{
    auto years = span(db, year);
    if (!years)
        return Error{years.error()};
    auto all = valuestore::targetsInYears(db, years->first, years->second);
    if (!all)
        return Error{all.error()};
    Writer w({QStringLiteral("indicator"), QStringLiteral("region"), QStringLiteral("year"),
              QStringLiteral("target"), QStringLiteral("baseline"), QStringLiteral("m1"),
              QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m4")});
    for (const Target &t : *all) {
        w.text(t.indicatorCode).text(t.regionCode).number(t.year).number(t.value.toString())
            .decimal(t.baseline);
        for (const auto &m : t.milestonePct)
            w.number(milestone(m));
        w.endRow();
    }
    return w.bytes();
}

Result<QByteArray> catalogue(Database &db)
{
    auto all = catalogstore::indicators(db);
    if (!all)
        return Error{all.error()};
    Writer w(QStringLiteral("code,category,name,name_en,unit,decimals,accumulation,aggregation,"
                            "numerator,denominator,ratio_scale,target_mode,kind,min,max,parent,"
                            "part_rule,headline,sort_order,narrative_zh,narrative_en,description,"
                            "retired")
                 .split(QLatin1Char(',')));
    for (const Indicator &i : *all) {
        w.text(i.code).text(i.categoryCode).text(i.name).text(i.nameEn).text(i.unit)
            .number(i.decimals).text(toCode(i.accumulation)).text(toCode(i.aggregation))
            .text(i.numeratorCode).text(i.denominatorCode)
            .number(i.isRatio() ? QString::number(i.ratioScale) : QString())
            .text(toCode(i.targetMode)).text(toCode(i.kind)).decimal(i.minValue)
            .decimal(i.maxValue).text(i.parentCode)
            .text(i.partRule == PartRule::None ? QString() : toCode(i.partRule))
            .number(i.headline ? 1 : 0).number(i.sortOrder).text(i.narrativeZh)
            .text(i.narrativeEn).text(i.description).number(i.retired ? 1 : 0);
        w.endRow();
    }
    return w.bytes();
}

} // namespace zx::csvexport
