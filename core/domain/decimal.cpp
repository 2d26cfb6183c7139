#include "decimal.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace zx {

namespace {

constexpr std::int64_t pow10(int n)
{
    std::int64_t r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// Full-width forms (U+FF10..U+FF19 digits, U+FF0E full stop, U+FF0D minus) to ASCII.
QChar toAscii(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19)
        return QChar(u'0' + (u - 0xFF10));
    if (u == 0xFF0E || u == 0x3002)
        return QChar(u'.');
    if (u == 0xFF0D || u == 0x2212)
        return QChar(u'-');
    if (u == 0xFF0B)
        return QChar(u'+');
    return c;
}

bool isGroupSeparator(QChar c)
{
    return c == u',' || c == QChar(0xFF0C) || c == u'\'' || c == u' ' || c == QChar(0x00A0) ||
           c == QChar(0x3000) || c == QChar(0x202F);
}

} // namespace

std::optional<Decimal> Decimal::fromDouble(double value, int scale)
{
    scale = std::clamp(scale, 0, MaxScale);
    if (!std::isfinite(value))
        return std::nullopt;
    const double scaled = std::round(value * static_cast<double>(pow10(scale)));
    // Checked in double before the conversion: converting a double beyond int64 is undefined.
    if (!(std::fabs(scaled) < static_cast<double>(pow10(MaxIntegerDigits + scale))))
        return std::nullopt;
    return fromUnits(static_cast<std::int64_t>(scaled), scale, scale);
}

namespace {

enum class ParseStatus { Ok, NotANumber, BeyondRange };

ParseStatus parseDigits(QStringView text, std::int64_t &unitsOut, int &scaleOut)
{
    if (text.isEmpty())
        return ParseStatus::NotANumber;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        i = 1;
    }
    std::int64_t units = 0;
    int digits = 0;
    int integerDigits = 0; // significant ones: leading zeros do not count
    int scale = 0;
    bool seenPoint = false;
    bool beyond = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                return ParseStatus::NotANumber;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return ParseStatus::NotANumber;
        ++digits;
        if (seenPoint) {
            if (++scale > Decimal::MaxScale)
                beyond = true;
        } else if (integerDigits > 0 || c != u'0') {
            if (++integerDigits > Decimal::MaxIntegerDigits)
                beyond = true;
        }
        if (!beyond) // at most 12 + 6 significant digits: below 10^18, no overflow
            units = units * 10 + (c.unicode() - u'0');
    }
    if (digits == 0 || (seenPoint && scale == 0))
        return ParseStatus::NotANumber;
    if (beyond)
        return ParseStatus::BeyondRange;
    unitsOut = negative ? -units : units;
    scaleOut = scale;
    return ParseStatus::Ok;
}

QString cleanInput(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (QChar c : text) {
        c = toAscii(c);
        if (isGroupSeparator(c) || c == u'\t')
            continue;
        cleaned.append(c);
    }
    cleaned = cleaned.trimmed();
    if (cleaned.startsWith(u'.'))
        cleaned.prepend(u'0');
    return cleaned;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text)
{
    std::int64_t units = 0;
    int scale = 0;
    if (parseDigits(text, units, scale) != ParseStatus::Ok)
        return std::nullopt;
    return Decimal(units, scale);
}

bool Decimal::exceedsRange(QStringView text)
{
    std::int64_t units = 0;
    int scale = 0;
    return parseDigits(cleanInput(text), units, scale) == ParseStatus::BeyondRange;
}

QString Decimal::rangeMessage(const QString &what)
{
    return QCoreApplication::translate(
               "zx::Decimal",
               "%1 exceeds the largest supported figure (%2 digits before the point, %3 after)")
        .arg(what)
        .arg(MaxIntegerDigits)
        .arg(MaxScale);
}

std::optional<Decimal> Decimal::parseInput(QStringView text)
{
    return parse(cleanInput(text));
}

QString Decimal::toString() const
{
    // Unsigned, so even a figure out of range (fromInt) prints rather than overflows.
    const std::uint64_t magnitude = m_units < 0 ? 0 - static_cast<std::uint64_t>(m_units)
                                                : static_cast<std::uint64_t>(m_units);
    QString digits = QString::number(magnitude);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_units < 0)
        digits.prepend(u'-');
    return digits;
}

QString Decimal::toPlainString() const
{
    QString s = toString();
    if (m_scale > 0) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

double Decimal::toDouble() const
{
    return static_cast<double>(m_units) / static_cast<double>(pow10(m_scale));
}

bool Decimal::isWithinRange() const
{
    const DecimalWide limit = static_cast<DecimalWide>(pow10(MaxIntegerDigits + m_scale));
    return m_units > -limit && m_units < limit;
}

DecimalWide Decimal::unitsAtScale(int scale) const
{
    return static_cast<DecimalWide>(m_units) * pow10(scale - m_scale);
}

std::optional<Decimal> Decimal::fromUnits(DecimalWide units, int scale, int showScale)
{
    for (int s = scale; s > showScale; --s)
        units /= 10;
    const DecimalWide limit = static_cast<DecimalWide>(pow10(MaxIntegerDigits + showScale));
    if (units <= -limit || units >= limit)
        return std::nullopt;
    return Decimal(static_cast<std::int64_t>(units), showScale);
}

std::optional<Decimal> Decimal::checkedAdd(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    return fromUnits(a.unitsAtScale(scale) + b.unitsAtScale(scale), scale, scale);
}

std::optional<Decimal> Decimal::checkedSub(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    return fromUnits(a.unitsAtScale(scale) - b.unitsAtScale(scale), scale, scale);
}

Decimal Decimal::operator+(const Decimal &other) const
{
    const auto sum = checkedAdd(*this, other);
    if (!sum)
        qFatal("Decimal: %s + %s exceeds the supported range; sums of data use checkedAdd",
               qPrintable(toString()), qPrintable(other.toString()));
    return *sum;
}

Decimal Decimal::operator-(const Decimal &other) const
{
    const auto difference = checkedSub(*this, other);
    if (!difference)
        qFatal("Decimal: %s - %s exceeds the supported range; differences of data use checkedSub",
               qPrintable(toString()), qPrintable(other.toString()));
    return *difference;
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    return unitsAtScale(scale) <=> other.unitsAtScale(scale);
}

} // namespace zx
