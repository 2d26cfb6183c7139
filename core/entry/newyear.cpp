#include "newyear.h"

#include "storage/auditstore.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/valuestore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <set>

namespace zx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zx", text); // lupdate files tr() here under the namespace
}

// A decimal's plain text as an integer count of 10^-scale units.
bool toUnits(const Decimal &d, DecimalWide &units, int &scale)
{
    const QString text = d.toPlainString();
    const qsizetype point = text.indexOf(u'.');
    QString digits = text;
    scale = 0;
    if (point >= 0) {
        scale = int(text.size() - point - 1);
        digits.remove(point, 1);
    }
    bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    units = 0;
    for (QChar c : digits) {
        if (!c.isDigit())
            return false;
        units = units * 10 + (c.unicode() - u'0');
    }
    if (negative)
        units = -units;
    return true;
}

} // namespace

Result<std::vector<int>> offeredYears(Database &db, int currentYear)
{
    auto figures = valuestore::years(db);
    if (!figures)
        return Error{figures.error()};
    auto span = valuestore::targetYearSpan(db);
    if (!span)
        return Error{span.error()};
    // The start year of a county made by `init` / File → New county… (core/setup/newcounty.h),
    // kept in its county.create audit entry: offered from the start even before any figure.
    auto created = auditstore::firstOf(db, QStringLiteral("county.create"));
    if (!created)
        return Error{created.error()};
    const int start = created.value() ? created.value()->year : 0;
    if (figures->empty() && !span.value()) {
        auto regions = valuestore::hasRegions(db);
        if (!regions)
            return Error{regions.error()};
        if (!*regions)
            return std::vector<int>{};
        std::vector<int> years;
        for (int y = start > 0 ? std::min(start, currentYear) : currentYear;
             y <= std::max(start, currentYear); ++y)
            years.push_back(y);
        return years;
    }
    std::set<int> years(figures->begin(), figures->end());
    int first = figures->empty() ? span.value()->first : figures->front();
    if (span.value())
        first = std::min(first, span.value()->first);
    if (start > 0)
        first = std::min(first, start);
    const int last = std::max({currentYear, start, figures->empty() ? currentYear : figures->back()});
    for (int y = first; y <= last; ++y)
        years.insert(y);
    // Years after that: only those holding targets (figures are in `years` already).
    if (span.value())
        for (int y = last + 1; y <= span.value()->second; ++y) {
            auto has = valuestore::hasTargets(db, y);
            if (!has)
                return Error{has.error()};
            if (*has)
                years.insert(y);
        }
    return std::vector<int>(years.begin(), years.end());
}

std::optional<NewYearTargets> parseNewYearTargets(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("copy"))
        return NewYearTargets{NewYearTargets::Mode::Copy, Decimal::fromInt(1)};
    if (t == QLatin1String("none"))
        return NewYearTargets{NewYearTargets::Mode::None, Decimal::fromInt(1)};
    if (!t.startsWith(QLatin1String("scale:")))
        return std::nullopt;
    const auto factor = Decimal::parse(t.mid(6).trimmed());
    if (!factor || factor->isNegative() || factor->isZero() || *factor > Decimal::fromInt(100))
        return std::nullopt;
    return NewYearTargets{NewYearTargets::Mode::Scale, *factor};
}

std::optional<Decimal> scaleTarget(const Decimal &target, const Decimal &factor)
{
    DecimalWide a = 0, b = 0;
    int sa = 0, sb = 0;
    if (!toUnits(target, a, sa) || !toUnits(factor, b, sb))
        return std::nullopt;
    DecimalWide product = a * b; // |a| < 10^18, |b| < 10^9: no overflow in 128 bits
    int scale = sa + sb;
    // Half away from zero down to at most MaxScale decimals, in one step.
    if (scale > Decimal::MaxScale) {
        DecimalWide divisor = 1;
        for (int k = Decimal::MaxScale; k < scale; ++k)
            divisor *= 10;
        const bool negative = product < 0;
        const DecimalWide magnitude = negative ? -product : product;
        DecimalWide rounded = magnitude / divisor;
        if (2 * (magnitude % divisor) >= divisor)
            ++rounded;
        product = negative ? -rounded : rounded;
        scale = Decimal::MaxScale;
    }
    while (scale > 0 && product % 10 == 0) {
        product /= 10;
        --scale;
    }
    const bool negative = product < 0;
    DecimalWide magnitude = negative ? -product : product;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude > 0);
    while (digits.size() <= scale)
        digits.prepend(u'0');
    if (scale > 0)
        digits.insert(digits.size() - scale, u'.');
    if (negative)
        digits.prepend(u'-');
    return Decimal::parse(digits);
}

Result<std::vector<TargetChange>> newYearTargets(Database &db, int year,
                                                 const NewYearTargets &how, int currentYear)
{
    if (year > currentYear + 1)
        return Error{tr("%1 is more than a year ahead of %2: a new year can be started up to the "
                        "next year")
                         .arg(year)
                         .arg(currentYear)};
    auto has = valuestore::hasTargets(db, year);
    if (!has)
        return Error{has.error()};
    if (*has) {
        auto existing = valuestore::targetsInYears(db, year, year);
        if (!existing)
            return Error{existing.error()};
        return Error{tr("%1 already has targets (%2); change them under Targets or import a "
                        "targets file instead")
                         .arg(year)
                         .arg(existing->size())};
    }
    if (how.mode == NewYearTargets::Mode::None) {
        if (year > currentYear)
            return Error{tr("%1 is next year: it is offered once it has targets; copy or scale "
                            "last year's, or import a targets file")
                             .arg(year)};
        return std::vector<TargetChange>{};
    }
    auto last = valuestore::targetsInYears(db, year - 1, year - 1);
    if (!last)
        return Error{last.error()};
    auto indicators = catalogstore::indicators(db);
    if (!indicators)
        return Error{indicators.error()};
    QSet<QString> retired;
    for (const Indicator &i : *indicators)
        if (i.retired)
            retired.insert(i.code);
    const QString comment =
        how.mode == NewYearTargets::Mode::Copy
            ? QStringLiteral("new year %1: copied from %2").arg(year).arg(year - 1)
            : QStringLiteral("new year %1: %2 × %3").arg(year).arg(year - 1).arg(how.factor.toString());
    std::vector<TargetChange> changes;
    for (const Target &old : *last) {
        if (retired.contains(old.indicatorCode))
            continue;
        TargetChange c;
        c.target = old;
        c.target.year = year;
        if (how.mode == NewYearTargets::Mode::Scale) {
            const auto scaled = scaleTarget(old.value, how.factor);
            if (!scaled)
                return Error{Decimal::rangeMessage(
                    tr("the %1 target of %2 for %3 × %4")
                        .arg(old.indicatorCode, old.regionCode)
                        .arg(year - 1)
                        .arg(how.factor.toString()))};
            c.target.value = *scaled;
        }
        c.comment = comment;
        c.seen.emplace(std::nullopt); // no target was there: refused if one appears meanwhile
        changes.push_back(std::move(c));
    }
    if (changes.empty())
        return Error{tr("%1 has no targets to copy; start %2 with no targets, or import a "
                        "targets file")
                         .arg(year - 1)
                         .arg(year)};
    std::sort(changes.begin(), changes.end(), [](const TargetChange &a, const TargetChange &b) {
        return std::tie(a.target.regionCode, a.target.indicatorCode) <
               std::tie(b.target.regionCode, b.target.indicatorCode);
    });
    return changes;
}

Result<int> startNewYear(Database &db, int year, const NewYearTargets &how,
                         const QString &userName, int currentYear)
{
    auto changes = newYearTargets(db, year, how, currentYear);
    if (!changes)
        return Error{changes.error()};
    if (auto ok = setTargets(db, *changes, userName); !ok)
        return Error{ok.error()};
    return int(changes->size());
}

} // namespace zx
