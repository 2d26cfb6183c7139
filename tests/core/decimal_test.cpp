#include "domain/decimal.h"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

using zx::Decimal;

namespace {

Decimal dec(const char *text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

std::string typed(const char *text)
{
    const std::optional<Decimal> value = Decimal::parseInput(QString::fromUtf8(text));
    return value ? value->toString().toStdString() : std::string("<rejected>");
}

} // namespace

TEST(Decimal, KeepsTheFigureAsTyped)
{
    EXPECT_EQ(dec("4296.3").toString().toStdString(), "4296.3");
    EXPECT_EQ(dec("21.90").toString().toStdString(), "21.90");
    EXPECT_EQ(dec("-0.5").toString().toStdString(), "-0.5");
    EXPECT_EQ(dec("0.05").toString().toStdString(), "0.05");
}

TEST(Decimal, PlainStringDropsTrailingZerosForReports)
{
    EXPECT_EQ(dec("21.90").toPlainString().toStdString(), "21.9");
    EXPECT_EQ(dec("100.00").toPlainString().toStdString(), "100");
    EXPECT_EQ(dec("2436").toPlainString().toStdString(), "2436");
}

TEST(Decimal, SumsOfTenthsAreExact)
{
    // As doubles, 1000.1 + 1000.1 + 2296.1 is 4296.299999…; the seed's summer sowing is 4296.3.
    const Decimal sum = dec("1000.1") + dec("1000.1") + dec("2296.1");
    EXPECT_EQ(sum.toString().toStdString(), "4296.3");
    EXPECT_EQ(sum, dec("4296.3"));

    Decimal tenths;
    for (int i = 0; i < 10; ++i)
        tenths = tenths + dec("0.1");
    EXPECT_EQ(tenths, Decimal::fromInt(1));
}

TEST(Decimal, SubtractionAndComparisonAcrossScales)
{
    EXPECT_EQ((dec("2436") - dec("2435")).toString().toStdString(), "1");
    EXPECT_EQ((dec("21.9") - dec("22")).toString().toStdString(), "-0.1");
    EXPECT_EQ(dec("4296.3"), dec("4296.30"));
    EXPECT_LT(dec("1735"), dec("4296.3"));
    EXPECT_GT(dec("4300"), dec("4296.3"));
    EXPECT_LT(dec("-1"), Decimal());
}

TEST(Decimal, FromDoubleRoundsHalfAwayFromZero)
{
    EXPECT_EQ(Decimal::fromDouble(2.5, 0)->toString().toStdString(), "3");
    EXPECT_EQ(Decimal::fromDouble(-2.5, 0)->toString().toStdString(), "-3");
    EXPECT_EQ(Decimal::fromDouble(0.125, 2)->toString().toStdString(), "0.13");
    EXPECT_EQ(Decimal::fromDouble(136.857142, 2)->toString().toStdString(), "136.86");
}

TEST(Decimal, StrictParseRejectsAnythingButTheStoredForm)
{
    EXPECT_FALSE(Decimal::parse(u"1,234"));
    EXPECT_FALSE(Decimal::parse(u" 12"));
    EXPECT_FALSE(Decimal::parse(u"１２３"));
    EXPECT_FALSE(Decimal::parse(u"1.1234567")); // beyond MaxScale: refused, not truncated
}

TEST(Decimal, ParseInputAcceptsWhatPeopleType)
{
    EXPECT_EQ(typed("１２３"), "123");
    EXPECT_EQ(typed("1,234.5"), "1234.5");
    EXPECT_EQ(typed("１，２３４"), "1234");
    EXPECT_EQ(typed("１２．５"), "12.5");
    EXPECT_EQ(typed("  4296.3\t"), "4296.3");
    EXPECT_EQ(typed("－５"), "-5");
    EXPECT_EQ(typed(".5"), "0.5");
}

TEST(Decimal, ParseInputRejectsGarbage)
{
    EXPECT_EQ(typed("abc"), "<rejected>");
    EXPECT_EQ(typed("1.2.3"), "<rejected>");
    EXPECT_EQ(typed(""), "<rejected>");
    EXPECT_EQ(typed("   "), "<rejected>");
    EXPECT_EQ(typed("12abc"), "<rejected>");
    EXPECT_EQ(typed("-"), "<rejected>");
    EXPECT_EQ(typed("1O0"), "<rejected>"); // the seed's OCR "IOO" style slip must not pass
}

// The supported range: 12 digits before the point, 6 after (|x| < 10^12).
TEST(Decimal, ParseRefusesFiguresBeyondTwelveDigitsBeforeThePoint)
{
    EXPECT_EQ(dec("999999999999.999999").toString().toStdString(), "999999999999.999999");
    EXPECT_EQ(dec("-999999999999").toString().toStdString(), "-999999999999");
    EXPECT_FALSE(Decimal::parse(u"1000000000000"));        // 13 digits
    EXPECT_FALSE(Decimal::parse(u"999999999999999999"));   // 18 digits: was accepted before
    EXPECT_FALSE(Decimal::parse(u"-9223372036854775808")); // int64's smallest
    EXPECT_FALSE(Decimal::parse(u"99999999999999999999999999"));
    // Leading zeros are not digits of the figure.
    EXPECT_EQ(dec("0000000000000001.5").toString().toStdString(), "1.5");
    EXPECT_EQ(typed("999,999,999,999"), "999999999999");
    EXPECT_EQ(typed("1,000,000,000,000"), "<rejected>");
    EXPECT_EQ(typed("１２３４５６７８９０１２３"), "<rejected>");
}

TEST(Decimal, ExceedsRangeTellsTooLargeFromGarbage)
{
    EXPECT_TRUE(Decimal::exceedsRange(u"1,000,000,000,000"));
    EXPECT_TRUE(Decimal::exceedsRange(u"999999999999999999"));
    EXPECT_TRUE(Decimal::exceedsRange(u" -1000000000000.5 "));
    EXPECT_TRUE(Decimal::exceedsRange(u"1.1234567")); // a seventh decimal
    EXPECT_FALSE(Decimal::exceedsRange(u"999999999999"));
    EXPECT_FALSE(Decimal::exceedsRange(u"abc"));
    EXPECT_FALSE(Decimal::exceedsRange(u"99999999999999x"));
    EXPECT_FALSE(Decimal::exceedsRange(u""));
    const std::string message = Decimal::rangeMessage(QStringLiteral("'1e13'")).toStdString();
    EXPECT_NE(message.find("12 digits before the point, 6 after"), std::string::npos) << message;
}

TEST(Decimal, CheckedSumsRefuseWhatWouldLeaveTheRange)
{
    const Decimal largest = dec("999999999999.999999");
    EXPECT_FALSE(Decimal::checkedAdd(largest, dec("0.000001")));
    EXPECT_FALSE(Decimal::checkedAdd(largest, largest));
    EXPECT_FALSE(Decimal::checkedSub(-largest, largest));
    EXPECT_FALSE(Decimal::checkedSub(dec("-999999999999"), dec("1")));
    EXPECT_EQ(Decimal::checkedAdd(largest, dec("-0.999999"))->toString().toStdString(),
              "999999999999.000000");
    EXPECT_EQ(Decimal::checkedSub(dec("500000000000"), dec("0.5"))->toString().toStdString(),
              "499999999999.5");
    // Two figures of 600 000 000 000 are 1 200 000 000 000: beyond the range, refused.
    const std::vector<Decimal> two{dec("600000000000"), dec("600000000000")};
    EXPECT_FALSE(Decimal::sum(two));
    // A million figures of 999 999.999999 add up to 999 999 999 999 (by hand: 10^6 × 10^6
    // − 10^6 × 10^-6 = 10^12 − 1); in range, so exact.
    const std::vector<Decimal> million(1000000, dec("999999.999999"));
    EXPECT_EQ(Decimal::sum(million)->toString().toStdString(), "999999999999.000000");
    // Only the total must be in range: 900 000 000 000 + 900 000 000 000 − 900 000 000 000.
    const std::vector<Decimal> swing{dec("900000000000"), dec("900000000000"),
                                     dec("-900000000000")};
    EXPECT_EQ(Decimal::sum(swing)->toString().toStdString(), "900000000000");
    EXPECT_EQ(Decimal::sum(std::vector<Decimal>{})->toString().toStdString(), "0");
}

TEST(Decimal, ComparisonAtSixDecimalsOfTheLargestFigures)
{
    EXPECT_LT(dec("999999999999.999998"), dec("999999999999.999999"));
    EXPECT_GT(dec("999999999999"), dec("-999999999999.999999"));
    EXPECT_EQ(dec("999999999999"), dec("999999999999.000000"));
}

TEST(Decimal, FromDoubleRefusesWhatItCannotHold)
{
    EXPECT_FALSE(Decimal::fromDouble(1e12, 0));
    EXPECT_FALSE(Decimal::fromDouble(1e19, 6)); // beyond int64 at six decimals
    EXPECT_FALSE(Decimal::fromDouble(-1e300, 2));
    EXPECT_FALSE(Decimal::fromDouble(std::numeric_limits<double>::infinity(), 2));
    EXPECT_FALSE(Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN(), 2));
    EXPECT_EQ(Decimal::fromDouble(999999999999.0, 0)->toString().toStdString(), "999999999999");
}

TEST(Decimal, IsWithinRangeForFiguresMadeFromIntegers)
{
    EXPECT_TRUE(Decimal::fromInt(999999999999).isWithinRange());
    EXPECT_FALSE(Decimal::fromInt(1000000000000).isWithinRange());
    EXPECT_FALSE(Decimal::fromInt(std::numeric_limits<std::int64_t>::min()).isWithinRange());
    EXPECT_EQ(Decimal::fromInt(std::numeric_limits<std::int64_t>::min()).toString().toStdString(),
              "-9223372036854775808");
}

TEST(Decimal, TextRoundTripsAtTheEdgesOfTheRange)
{
    for (const char *text : {"0", "-0.000001", "999999999999.999999", "-999999999999.999999",
                             "0.100000", "123456789012.5"}) {
        const Decimal d = dec(text);
        EXPECT_EQ(Decimal::parse(d.toString()), d) << text;
        EXPECT_EQ(d.toString().toStdString(), text);
    }
}
