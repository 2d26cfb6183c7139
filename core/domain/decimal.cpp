#include "decimal.h"

#include <cmath>
#include <limits>

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

Decimal Decimal::fromDouble(double value, int scale)
{
    if (scale < 0)
        scale = 0;
    if (scale > MaxScale)
        scale = MaxScale;
    const double scaled = std::round(value * static_cast<double>(pow10(scale)));
    return Decimal(static_cast<std::int64_t>(scaled), scale);
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        i = 1;
    }
    std::int64_t units = 0;
    int digits = 0;
    int scale = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (seenPoint && ++scale > MaxScale)
            return std::nullopt;
        if (++digits > 18)
            return std::nullopt;
        units = units * 10 + (c.unicode() - u'0');
    }
    if (digits == 0 || (seenPoint && scale == 0))
        return std::nullopt;
    return Decimal(negative ? -units : units, scale);
}

std::optional<Decimal> Decimal::parseInput(QStringView text)
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
    return parse(cleaned);
}

QString Decimal::toString() const
{
    const std::int64_t magnitude = m_units < 0 ? -m_units : m_units;
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

std::int64_t Decimal::unitsAtScale(int scale) const
{
    return m_units * pow10(scale - m_scale);
}

Decimal Decimal::operator+(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    return Decimal(unitsAtScale(scale) + other.unitsAtScale(scale), scale);
}

Decimal Decimal::operator-(const Decimal &other) const
{
    return *this + (-other);
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    return unitsAtScale(scale) <=> other.unitsAtScale(scale);
}

} // namespace zx
