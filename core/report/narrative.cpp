#include "narrative.h"

#include "domain/names.h"
#include "summary/evaluator.h"

#include <QRegularExpression>

namespace zx {

namespace {

const QString kParts = QStringLiteral("{parts}");
const QString kNoParts = QStringLiteral("{noparts}");

QString plainTemplate(ReportLanguage language)
{
    return language == ReportLanguage::Chinese ? QStringLiteral("{name}{value}{unit}")
                                               : QStringLiteral("{name}: {value} {unit}");
}

// Where a template without {parts} puts them, in the phrasing of the seed ("，其中玉米1735亩").
QString partsTail(ReportLanguage language)
{
    return language == ReportLanguage::Chinese ? QStringLiteral("，其中{parts}")
                                               : QStringLiteral(", of which {parts}");
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

// An English unit that English leaves out ("个") leaves a double space or " ," behind.
QString tidyEnglish(QString text)
{
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    static const QRegularExpression beforePunct(QStringLiteral(" +([,.;:)])"));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(beforePunct, QStringLiteral("\\1"));
    return text.trimmed();
}

} // namespace

QString reportNumber(const Decimal &value)
{
    return value.toPlainString();
}

QString reportUnit(const QString &unit, ReportLanguage language)
{
    if (language == ReportLanguage::Chinese)
        return unit;
    // Counting words (量词): the English name already says what is counted.
    static const QStringList counts = QStringLiteral(
        "个 名 人 位 户 家 次 处 起 对 批 批次 份 类 眼 条 期 张 块 台 台次 人次 户次 项 件 座 所 "
        "篇 场 辆 头 只 棵 株 套 间 栋 支 本 部 组 队 宗 例 种 口 册 幅 面 根 群 轮 届 家次 "
        "场次").split(u' ');
    static const QHash<QString, QString> measures{
        {QStringLiteral("亩"), QStringLiteral("mu")},
        {QStringLiteral("万亩"), QStringLiteral("×10,000 mu")},
        {QStringLiteral("元"), QStringLiteral("yuan")},
        {QStringLiteral("万元"), QStringLiteral("×10,000 yuan")},
        {QStringLiteral("亿元"), QStringLiteral("×100 million yuan")},
        {QStringLiteral("公里"), QStringLiteral("km")},
        {QStringLiteral("千米"), QStringLiteral("km")},
        {QStringLiteral("米"), QStringLiteral("m")},
        {QStringLiteral("平方米"), QStringLiteral("m²")},
        {QStringLiteral("万平方米"), QStringLiteral("×10,000 m²")},
        {QStringLiteral("立方米"), QStringLiteral("m³")},
        {QStringLiteral("万立方米"), QStringLiteral("×10,000 m³")},
        {QStringLiteral("公顷"), QStringLiteral("ha")},
        {QStringLiteral("吨"), QStringLiteral("t")},
        {QStringLiteral("万吨"), QStringLiteral("×10,000 t")},
        {QStringLiteral("公斤"), QStringLiteral("kg")},
        {QStringLiteral("千克"), QStringLiteral("kg")},
        {QStringLiteral("斤"), QStringLiteral("jin")},
        {QStringLiteral("千瓦"), QStringLiteral("kW")},
        {QStringLiteral("万人"), QStringLiteral("×10,000 people")},
        {QStringLiteral("万人次"), QStringLiteral("×10,000 visits")},
        {QStringLiteral("小时"), QStringLiteral("hours")},
        {QStringLiteral("天"), QStringLiteral("days")},
        {QStringLiteral("年"), QStringLiteral("years")},
    };
    if (counts.contains(unit))
        return {};
    return measures.value(unit, unit);
}

QString unitIn(const Indicator &ind, ReportLanguage language)
{
    if (language == ReportLanguage::Chinese)
        return ind.unit;
    return ind.unitEn.isEmpty() ? englishUnit(ind.unit) : ind.unitEn;
}

QString fillTemplate(const QString &text, const QHash<QString, QString> &fields)
{
    QString out = text;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        out.replace(u'{' + it.key() + u'}', it.value());
    return out;
}

bool sentenceListsParts(const Indicator &ind, ReportLanguage language)
{
    return !templateOf(ind, language).contains(kNoParts);
}

QString narrativeSentence(const Evaluator &eval, const Indicator &ind, const QString &region,
                          int year, int quarter, ReportLanguage language)
{
    const IndicatorSummary s = eval.summarize(ind, region, year, quarter);
    if (!s.actual)
        return {};
    QHash<QString, QString> fields{{QStringLiteral("name"), nameIn(ind, language)},
                                   {QStringLiteral("value"), reportNumber(*s.actual)},
                                   {QStringLiteral("unit"), reportUnit(ind.unit, language)},
                                   {QStringLiteral("noparts"), QString()}};
    if (s.target)
        fields.insert(QStringLiteral("target"), reportNumber(*s.target));
    if (s.completionPct)
        fields.insert(QStringLiteral("completion"), QString::number(*s.completionPct, 'f', 2));
    if (s.yearOverYearPct)
        fields.insert(QStringLiteral("yoy"), signedPct(*s.yearOverYearPct));
    QStringList parts;
    for (const QString &code : eval.dataset().parts(ind.code))
        if (const Indicator *part = eval.dataset().indicator(code); part && !part->retired)
            if (const QString p = narrativeSentence(eval, *part, region, year, quarter, language);
                !p.isEmpty())
                parts << p;
    if (!parts.isEmpty())
        fields.insert(QStringLiteral("parts"),
                      parts.join(language == ReportLanguage::Chinese ? QStringLiteral("、")
                                                                     : QStringLiteral(", ")));
    QString text = templateOf(ind, language);
    const bool listsParts = !text.contains(kNoParts);
    if (usesMissing(text, fields))
        text = plainTemplate(language);
    // The parts by default, unless the template places them itself or leaves them out.
    if (!parts.isEmpty() && listsParts && !text.contains(kParts))
        text += partsTail(language);
    text = fillTemplate(text, fields);
    return language == ReportLanguage::English ? tidyEnglish(text) : text;
}

} // namespace zx
