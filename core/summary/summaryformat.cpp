#include "summaryformat.h"

#include "analytics/completion.h"

#include "domain/enums.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zx {

namespace {

QJsonValue number(const std::optional<Decimal> &d)
{
    return d ? QJsonValue(d->toDouble()) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<double> &d)
{
    return d ? QJsonValue(*d) : QJsonValue(QJsonValue::Null);
}

QJsonValue rounded(const std::optional<double> &pct)
{
    return pct ? QJsonValue(roundPct(*pct)) : QJsonValue(QJsonValue::Null);
}

int displayWidth(const QString &s)
{
    int width = 0;
    for (QChar c : s)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

QString pad(const QString &s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), u' ');
}

QString padLeft(const QString &s, int width)
{
    return QString(std::max(0, width - displayWidth(s)), u' ') + s;
}

} // namespace

QString formatPct(std::optional<double> pct)
{
    return pct ? QString::number(*pct, 'f', 2) : QStringLiteral("—");
}

QString formatFigure(const std::optional<Decimal> &figure)
{
    return figure ? figure->toString() : QStringLiteral("—");
}

QString formatCompletion(std::optional<double> pct)
{
    return pct ? formatPct(pct) + u'%' : formatPct(pct);
}

QJsonObject summaryToJson(const RegionSummary &summary)
{
    QJsonArray rows;
    for (const IndicatorSummary &s : summary.indicators) {
        QJsonObject row;
        row[QStringLiteral("code")] = s.indicator->code;
        row[QStringLiteral("name")] = s.indicator->name;
        row[QStringLiteral("unit")] = s.indicator->unit;
        row[QStringLiteral("actual")] = number(s.actual);
        row[QStringLiteral("target")] = number(s.target);
        row[QStringLiteral("completion_pct")] = number(s.completionPct);
        row[QStringLiteral("status")] = toCode(s.status);
        row[QStringLiteral("time_progress_pct")] = s.timeProgressPct;
        // 同比 and 环比 as the status export has them, in percent to two decimals.
        row[QStringLiteral("yoy_pct")] = rounded(s.yearOverYearPct);
        row[QStringLiteral("qoq_pct")] = rounded(s.quarterOverQuarterPct);
        rows.append(row);
    }
    QJsonObject o;
    o[QStringLiteral("region")] = summary.regionCode;
    o[QStringLiteral("year")] = summary.year;
    o[QStringLiteral("quarter")] = summary.quarter;
    o[QStringLiteral("time_progress_pct")] = summary.timeProgressPct;
    o[QStringLiteral("indicators")] = rows;
    return o;
}

QString summaryToText(const RegionSummary &summary, const Dataset &data)
{
    const Region *region = data.region(summary.regionCode);
    QString out = QCoreApplication::translate("zx::Summary", "%1 %2, %3 Q%4 — time progress %5%\n")
                      .arg(summary.regionCode, region ? region->name : QString())
                      .arg(summary.year)
                      .arg(summary.quarter)
                      .arg(formatPct(summary.timeProgressPct));
    int nameWidth = 8;
    for (const IndicatorSummary &s : summary.indicators)
        nameWidth = std::max(nameWidth, displayWidth(s.indicator->name));
    for (const IndicatorSummary &s : summary.indicators) {
        out += pad(s.indicator->code, 28) + pad(s.indicator->name, nameWidth + 2) +
               pad(s.indicator->unit, 9) +
               padLeft(formatFigure(s.actual), 10) +
               padLeft(formatFigure(s.target), 10) +
               padLeft(formatCompletion(s.completionPct), 10) + QStringLiteral("  ") +
               pad(statusLabel(s.status), 13) + padLeft(formatPct(s.timeProgressPct) + u'%', 8) +
               u'\n';
    }
    return out;
}

} // namespace zx
