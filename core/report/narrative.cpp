#include "narrative.h"

#include "domain/names.h"
#include "summary/evaluator.h"

#include <QRegularExpression>

namespace zx {

namespace {

QString plainTemplate(ReportLanguage language)
{
    return language == ReportLanguage::Chinese ? QStringLiteral("{name}{value}{unit}")
                                               : QStringLiteral("{name}: {value} {unit}");
}

QString templateOf(const Indicator &ind, ReportLanguage language)
{
    const QString &t = language == ReportLanguage::Chinese ? ind.narrativeZh : ind.narrativeEn;
    return t.isEmpty() ? plainTemplate(language) : t;
}

QString nameIn(const Indicator &ind, ReportLanguage language)
{
    const QString &preferred = language == ReportLanguage::Chinese ? ind.name : ind.nameEn;
    return preferred.isEmpty() ? ind.name : preferred;
}

QString signedPct(double pct)
{
    const QString n = QString::number(std::abs(pct), 'f', 2);
    return pct < 0 ? u'-' + n : u'+' + n;
}

bool usesMissing(const QString &text, const QHash<QString, QString> &fields)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z]+)\\}"));
    auto it = placeholder.globalMatch(text);
    while (it.hasNext())
        if (!fields.contains(it.next().captured(1)))
            return true;
    return false;
}

} // namespace

QString reportNumber(const Decimal &value)
{
    return value.toPlainString();
}

QString fillTemplate(const QString &text, const QHash<QString, QString> &fields)
{
    QString out = text;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        out.replace(u'{' + it.key() + u'}', it.value());
    return out;
}

QString narrativeSentence(const Evaluator &eval, const Indicator &ind, const QString &region,
                          int year, int quarter, ReportLanguage language)
{
    const IndicatorSummary s = eval.summarize(ind, region, year, quarter);
    if (!s.actual)
        return {};
    QHash<QString, QString> fields{{QStringLiteral("name"), nameIn(ind, language)},
                                   {QStringLiteral("value"), reportNumber(*s.actual)},
                                   {QStringLiteral("unit"), ind.unit}};
    if (s.target)
        fields.insert(QStringLiteral("target"), reportNumber(*s.target));
    if (s.completionPct)
        fields.insert(QStringLiteral("completion"), QString::number(*s.completionPct, 'f', 2));
    if (s.yearOverYearPct)
        fields.insert(QStringLiteral("yoy"), signedPct(*s.yearOverYearPct));
    QStringList parts;
    for (const QString &code : eval.dataset().parts(ind.code))
        if (const Indicator *part = eval.dataset().indicator(code))
            if (const QString p = narrativeSentence(eval, *part, region, year, quarter, language);
                !p.isEmpty())
                parts << p;
    if (!parts.isEmpty())
        fields.insert(QStringLiteral("parts"),
                      parts.join(language == ReportLanguage::Chinese ? QStringLiteral("、")
                                                                     : QStringLiteral(", ")));
    QString text = templateOf(ind, language);
    if (usesMissing(text, fields))
        text = plainTemplate(language);
    return fillTemplate(text, fields);
}

} // namespace zx
