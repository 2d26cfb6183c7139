#include "names.h"

#include <QHash>
#include <QLocale>

namespace zx {

namespace {

QString pick(const QString &zh, const QString &en, const QString &code)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString &preferred = chinese ? zh : en;
    const QString &other = chinese ? en : zh;
    if (!preferred.isEmpty())
        return preferred;
    return other.isEmpty() ? code : other;
}

} // namespace

// An indicator's English name is written for the middle of a report's sentence ("479 returning
// entrepreneurs"); on its own — a row, a title, the start of a message — it starts with a
// capital, as the regions' and categories' names do ("Returning entrepreneurs").
QString displayName(const Indicator &i)
{
    QString name = pick(i.name, i.nameEn, i.code);
    const bool english = !i.nameEn.isEmpty() && name == i.nameEn && name != i.name;
    if (english && name.front().isLower())
        name.front() = name.front().toUpper();
    return name;
}
QString displayName(const Region &r) { return pick(r.name, r.nameEn, r.code); }
QString displayName(const Category &c) { return pick(c.name, c.nameEn, c.code); }

QString displayUnit(const Indicator &i)
{
    if (QLocale().language() == QLocale::Chinese)
        return i.unit;
    return i.unitEn.isEmpty() ? englishUnit(i.unit) : i.unitEn;
}

QString englishUnit(const QString &unit)
{
    static const QHash<QString, QString> english{
        // measures
        {QStringLiteral("亩"), QStringLiteral("mu")},
        {QStringLiteral("万亩"), QStringLiteral("10k mu")},
        {QStringLiteral("元"), QStringLiteral("yuan")},
        {QStringLiteral("万元"), QStringLiteral("10k yuan")},
        {QStringLiteral("亿元"), QStringLiteral("100m yuan")},
        {QStringLiteral("公里"), QStringLiteral("km")},
        {QStringLiteral("千米"), QStringLiteral("km")},
        {QStringLiteral("米"), QStringLiteral("m")},
        {QStringLiteral("平方米"), QStringLiteral("m²")},
        {QStringLiteral("万平方米"), QStringLiteral("10k m²")},
        {QStringLiteral("立方米"), QStringLiteral("m³")},
        {QStringLiteral("万立方米"), QStringLiteral("10k m³")},
        {QStringLiteral("公顷"), QStringLiteral("ha")},
        {QStringLiteral("吨"), QStringLiteral("t")},
        {QStringLiteral("万吨"), QStringLiteral("10k t")},
        {QStringLiteral("公斤"), QStringLiteral("kg")},
        {QStringLiteral("千克"), QStringLiteral("kg")},
        {QStringLiteral("斤"), QStringLiteral("jin")},
        {QStringLiteral("千瓦"), QStringLiteral("kW")},
        {QStringLiteral("小时"), QStringLiteral("hours")},
        {QStringLiteral("天"), QStringLiteral("days")},
        {QStringLiteral("年"), QStringLiteral("years")},
        // what is counted, where English names it
        {QStringLiteral("人"), QStringLiteral("persons")},
        {QStringLiteral("名"), QStringLiteral("persons")},
        {QStringLiteral("位"), QStringLiteral("persons")},
        {QStringLiteral("万人"), QStringLiteral("10k persons")},
        {QStringLiteral("人次"), QStringLiteral("person-times")},
        {QStringLiteral("万人次"), QStringLiteral("10k person-times")},
        {QStringLiteral("户"), QStringLiteral("households")},
        {QStringLiteral("户次"), QStringLiteral("household-times")},
        {QStringLiteral("家"), QStringLiteral("entities")},
        {QStringLiteral("家次"), QStringLiteral("entity-times")},
        {QStringLiteral("次"), QStringLiteral("times")},
        {QStringLiteral("场次"), QStringLiteral("sessions")},
        {QStringLiteral("场"), QStringLiteral("sessions")},
        {QStringLiteral("期"), QStringLiteral("sessions")},
        {QStringLiteral("处"), QStringLiteral("sites")},
        {QStringLiteral("起"), QStringLiteral("cases")},
        {QStringLiteral("件"), QStringLiteral("cases")},
        {QStringLiteral("宗"), QStringLiteral("cases")},
        {QStringLiteral("例"), QStringLiteral("cases")},
        {QStringLiteral("批"), QStringLiteral("batches")},
        {QStringLiteral("批次"), QStringLiteral("batches")},
        {QStringLiteral("份"), QStringLiteral("copies")},
        {QStringLiteral("对"), QStringLiteral("pairs")},
        {QStringLiteral("类"), QStringLiteral("kinds")},
        {QStringLiteral("种"), QStringLiteral("kinds")},
        {QStringLiteral("块"), QStringLiteral("pieces")},
        {QStringLiteral("张"), QStringLiteral("sheets")},
        {QStringLiteral("台"), QStringLiteral("machines")},
        {QStringLiteral("台次"), QStringLiteral("machine-times")},
        {QStringLiteral("眼"), QStringLiteral("wells")},
        {QStringLiteral("座"), QStringLiteral("structures")},
        {QStringLiteral("所"), QStringLiteral("institutions")},
        {QStringLiteral("项"), QStringLiteral("items")},
        {QStringLiteral("条"), QStringLiteral("items")},
        {QStringLiteral("篇"), QStringLiteral("articles")},
        {QStringLiteral("辆"), QStringLiteral("vehicles")},
        {QStringLiteral("头"), QStringLiteral("head")},
        {QStringLiteral("只"), QStringLiteral("head")},
        {QStringLiteral("棵"), QStringLiteral("trees")},
        {QStringLiteral("株"), QStringLiteral("plants")},
        {QStringLiteral("个"), QString()},
    };
    const auto it = english.constFind(unit.trimmed());
    return it == english.cend() ? unit : *it;
}

} // namespace zx
