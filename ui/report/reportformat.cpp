#include "report/reportformat.h"

#include "widgets/statuspalette.h"

namespace zx::reportformat {

QString pct(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 2) + u'%' : QStringLiteral("—");
}

QString withUnit(const QString &number, const QString &unit, ReportLanguage language)
{
    if (unit.isEmpty() || language == ReportLanguage::Chinese || unit == QLatin1String("%"))
        return number + unit;
    return number + u' ' + unit;
}

QString findingLine(const ReportFinding &f, ReportLanguage language)
{
    const bool chinese = language == ReportLanguage::Chinese;
    return QStringLiteral("[%1] %2 · %3 · %4%5%6")
        .arg(reportText(f.error ? QStringLiteral("error") : QStringLiteral("warning"), language),
             f.regionName, f.indicatorName, f.period,
             chinese ? QStringLiteral("：") : QStringLiteral(": "), f.message);
}

QColor statusShade(TrackStatus status)
{
    // 35 % of the status colour over white: every tint stays above a contrast of 7:1 with ink().
    const QColor c = statuspalette::fill(status);
    const auto mix = [](int v) { return int(0.35 * v + 0.65 * 255 + 0.5); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

} // namespace zx::reportformat
