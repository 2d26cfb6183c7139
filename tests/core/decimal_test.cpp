#include "domain/decimal.h"

#include <gtest/gtest.h>

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
    EXPECT_EQ(Decimal::fromDouble(2.5, 0).toString().toStdString(), "3");
    EXPECT_EQ(Decimal::fromDouble(-2.5, 0).toString().toStdString(), "-3");
    EXPECT_EQ(Decimal::fromDouble(0.125, 2).toString().toStdString(), "0.13");
    EXPECT_EQ(Decimal::fromDouble(136.857142, 2).toString().toStdString(), "136.86");
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
