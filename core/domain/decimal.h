#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace zx {

// 128-bit integer for exact intermediate sums (GCC and Clang).
__extension__ typedef __int128 DecimalWide;

// An exact decimal number as an official typed it: 4296.3 stays 4296.3, 21.90 stays 21.90.
// Stored as an integer count of 10^-scale units, so sums of entered figures are exact and
// never print as 4296.2999999. Division (means, rates, completion) leaves Decimal for double.
//
// The supported range: at most MaxIntegerDigits (12) digits before the point and MaxScale (6)
// after it, |x| < 10^12. Every figure in range fits an int64 even at six decimals (< 10^18
// units), so comparing and rescaling never overflow. Nothing here wraps: parsing refuses a
// figure beyond the range, checkedAdd/checkedSub/sum return nullopt when the result would
// leave it, and operator+/- (for figures known to be small) abort rather than wrap. A sum of
// many figures goes through sum() or checkedAdd, and its caller reports rangeMessage().
class Decimal
{
public:
    static constexpr int MaxScale = 6;
    static constexpr int MaxIntegerDigits = 12;

    Decimal() = default;
    // `value` must be within the range (|value| < 10^12); isWithinRange() tells.
    static Decimal fromInt(std::int64_t value) { return Decimal(value, 0); }
    // Rounds half away from zero to `scale` decimals; nullopt for NaN, infinity or a figure
    // beyond the range.
    static std::optional<Decimal> fromDouble(double value, int scale);
    // Strict parse of the stored form: optional '-', digits, optional '.digits'. nullopt for
    // anything else and for a figure beyond the range (more than 12 digits before the point
    // or 6 after).
    static std::optional<Decimal> parse(QStringView text);
    // Lenient parse of what a person typed or a spreadsheet held: full-width digits and
    // signs, thousands separators (, ， ' and spaces), surrounding blanks. Same range.
    static std::optional<Decimal> parseInput(QStringView text);
    // Whether parseInput refuses `text` only because the figure is beyond the range (a number
    // with too many digits before or after the point), so the caller can say so.
    static bool exceedsRange(QStringView text);
    // The translated reason a figure or a sum is refused, naming the limit, e.g. "'%1'
    // exceeds the largest supported figure (12 digits before the point, 6 after)"; `what`
    // is the figure as typed or a description of the sum.
    static QString rangeMessage(const QString &what);

    // Exact sums that never wrap: nullopt when the result would leave the range.
    static std::optional<Decimal> checkedAdd(const Decimal &a, const Decimal &b);
    static std::optional<Decimal> checkedSub(const Decimal &a, const Decimal &b);
    template <typename Range>
    static std::optional<Decimal> sum(const Range &figures)
    {
        // Summed in 128 bits at six decimals: no figure in range can make that wrap before
        // some 10^20 figures, and only the total is held against the range.
        DecimalWide units = 0;
        int scale = 0;
        for (const Decimal &figure : figures) {
            units += figure.unitsAtScale(MaxScale);
            scale = figure.m_scale > scale ? figure.m_scale : scale;
        }
        return fromUnits(units, MaxScale, scale);
    }
    bool isWithinRange() const;

    QString toString() const;
    // Shortest form for reports: no trailing zeros after the point, no trailing '.'.
    QString toPlainString() const;
    double toDouble() const;
    int scale() const { return m_scale; }
    bool isNegative() const { return m_units < 0; }
    bool isZero() const { return m_units == 0; }

    // For figures known to stay small (tests, a figure plus one): aborts rather than wraps
    // when the result would leave the range. Sums of data use checkedAdd or sum().
    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    Decimal operator-() const { return Decimal(-m_units, m_scale); }
    std::strong_ordering operator<=>(const Decimal &other) const;
    bool operator==(const Decimal &other) const { return (*this <=> other) == 0; }

private:
    Decimal(std::int64_t units, int scale) : m_units(units), m_scale(scale) {}
    // The figure as a count of 10^-scale units (scale >= m_scale); exact in 128 bits.
    DecimalWide unitsAtScale(int scale) const;
    // `units` of 10^-scale, shown with `showScale` decimals (<= scale; the units must be
    // exact at it); nullopt beyond the range.
    static std::optional<Decimal> fromUnits(DecimalWide units, int scale, int showScale);

    std::int64_t m_units = 0;
    int m_scale = 0;
};

} // namespace zx
