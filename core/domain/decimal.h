#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace zx {

// An exact decimal number as an official typed it: 4296.3 stays 4296.3, 21.90 stays 21.90.
// Stored as an integer count of 10^-scale units, so sums of entered figures are exact and
// never print as 4296.2999999. Division (means, rates, completion) leaves Decimal for double.
class Decimal
{
public:
    static constexpr int MaxScale = 6;

    Decimal() = default;
    static Decimal fromInt(std::int64_t value) { return Decimal(value, 0); }
    // Rounds half away from zero to `scale` decimals.
    static Decimal fromDouble(double value, int scale);
    // Strict parse of the stored form: optional '-', digits, optional '.digits'.
    static std::optional<Decimal> parse(QStringView text);
    // Lenient parse of what a person typed or a spreadsheet held: full-width digits and
    // signs, thousands separators (, ， ' and spaces), surrounding blanks.
    static std::optional<Decimal> parseInput(QStringView text);

    QString toString() const;
    // Shortest form for reports: no trailing zeros after the point, no trailing '.'.
    QString toPlainString() const;
    double toDouble() const;
    int scale() const { return m_scale; }
    bool isNegative() const { return m_units < 0; }
    bool isZero() const { return m_units == 0; }

    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    Decimal operator-() const { return Decimal(-m_units, m_scale); }
    std::strong_ordering operator<=>(const Decimal &other) const;
    bool operator==(const Decimal &other) const { return (*this <=> other) == 0; }

private:
    Decimal(std::int64_t units, int scale) : m_units(units), m_scale(scale) {}
    std::int64_t unitsAtScale(int scale) const;

    std::int64_t m_units = 0;
    int m_scale = 0;
};

} // namespace zx
