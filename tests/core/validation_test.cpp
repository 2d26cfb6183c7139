#include "analytics/validation.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace zx;

namespace {

Decimal dec(const char *text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

Indicator indicator(const char *code, const char *name, const char *nameEn, const char *unit)
{
    Indicator i;
    i.code = QString::fromUtf8(code);
    i.name = QString::fromUtf8(name);
    i.nameEn = QString::fromUtf8(nameEn);
    i.unit = QString::fromUtf8(unit);
    return i;
}

Indicator riverPatrols()
{
    return indicator("river_patrols", "巡河(库)", "river and reservoir patrols", "次");
}

Indicator successRate()
{
    Indicator rate = indicator("subsidy_success_rate", "耕地地力保护一次性发放成功率",
                               "subsidy payment success rate", "%");
    rate.decimals = 2; // as in the sample catalogue
    return rate;
}

Indicator entrepreneurs()
{
    return indicator("returning_entrepreneurs", "返乡下乡创业人员", "returning entrepreneurs",
                     "人"); // 0 decimals
}

std::vector<std::string> rules(const std::vector<RuleViolation> &found)
{
    std::vector<std::string> out;
    for (const RuleViolation &v : found)
        out.push_back(v.rule.toStdString());
    return out;
}

// Restores the default locale, which a test changes to pick the indicator's name language.
class LocaleGuard
{
public:
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(m_saved); }

private:
    QLocale m_saved;
};

// A total named in English (the tests run in the default locale), counted in `unit`.
Indicator totalNamed(const char *nameEn, const char *unit = "次")
{
    return indicator("total", "", nameEn, unit);
}

const std::vector<QString> patrolParts{QStringLiteral("district"), QStringLiteral("street"),
                                       QStringLiteral("village")};

} // namespace

TEST(Validation, OrdinaryFiguresPass)
{
    EXPECT_TRUE(checkValue(riverPatrols(), dec("2436")).empty());
    EXPECT_TRUE(checkValue(riverPatrols(), dec("0")).empty());
    EXPECT_TRUE(checkValue(successRate(), dec("100")).empty());
    EXPECT_TRUE(checkValue(successRate(), dec("0")).empty());
}

TEST(Validation, NegativeCountIsAnError)
{
    const LocaleGuard english(QLocale(QLocale::English));
    const auto found = checkValue(riverPatrols(), dec("-1"));
    ASSERT_EQ(rules(found), std::vector<std::string>{"negative"});
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].message.toStdString(), "River and reservoir patrols must not be negative");
}

TEST(Validation, MessageNamesTheIndicatorInTheInterfaceLanguage)
{
    const LocaleGuard chinese(QLocale(QLocale::Chinese, QLocale::China));
    const auto found = checkValue(riverPatrols(), dec("-1"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("巡河(库)")));
}

TEST(Validation, NegativeAllowedWhenTheMinimumIsBelowZero)
{
    Indicator change = indicator("income_change", "收入变化", "income change", "万元");
    change.minValue = dec("-10");
    change.decimals = 1;
    EXPECT_TRUE(checkValue(change, dec("-3.5")).empty());
    const auto found = checkValue(change, dec("-20"));
    ASSERT_EQ(rules(found), std::vector<std::string>{"range"});
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("-10")));
}

TEST(Validation, AboveTheMaximumIsARangeError)
{
    // Twenty villages: no more than 20 secretaries can be filed.
    Indicator filed = indicator("secretaries_filed", "村书记县级备案",
                                "village secretaries filed at county level", "名");
    filed.maxValue = dec("20");
    EXPECT_TRUE(checkValue(filed, dec("20")).empty());
    const auto found = checkValue(filed, dec("21"));
    ASSERT_EQ(rules(found), std::vector<std::string>{"range"});
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("20")));
}

TEST(Validation, BelowTheMinimumIsARangeError)
{
    Indicator villages = indicator("subsidy_villages", "补贴惠及行政村", "villages", "个");
    villages.minValue = dec("1");
    const auto found = checkValue(villages, dec("0"));
    ASSERT_EQ(rules(found), std::vector<std::string>{"range"});
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("1")));
    // A negative figure is reported once, as negative, not again as out of range.
    EXPECT_EQ(rules(checkValue(villages, dec("-1"))), std::vector<std::string>{"negative"});
}

TEST(Validation, PercentageAbove100IsAnError)
{
    const auto found = checkValue(successRate(), dec("100.5"));
    ASSERT_EQ(rules(found), std::vector<std::string>{"percentage"});
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("100.5")));
}

TEST(Validation, NegativePercentageIsReportedOnceAsAPercentage)
{
    const auto found = checkValue(successRate(), dec("-1"));
    ASSERT_EQ(rules(found), std::vector<std::string>{"percentage"});
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("-1")));
}

TEST(Validation, MoreDecimalsThanTheIndicatorTakesIsAnError)
{
    const LocaleGuard chinese(QLocale(QLocale::Chinese, QLocale::China));
    const auto found = checkValue(entrepreneurs(), dec("0.000001"));
    ASSERT_EQ(rules(found), std::vector<std::string>{"decimals"});
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].message.toStdString(),
              "0.000001 has 6 decimals; 人 figures of 返乡下乡创业人员 take at most 0");
    // Two decimals allowed, three given.
    EXPECT_EQ(rules(checkValue(successRate(), dec("99.125"))), std::vector<std::string>{"decimals"});
    EXPECT_TRUE(checkValue(successRate(), dec("99.12")).empty());
}

TEST(Validation, TrailingZerosAreNotDecimals)
{
    // 12.0 is 12, and 98.500 is 98.5: exactly representable, so accepted.
    EXPECT_TRUE(checkValue(entrepreneurs(), dec("12.0")).empty());
    EXPECT_TRUE(checkValue(entrepreneurs(), dec("12.000000")).empty());
    EXPECT_TRUE(checkValue(successRate(), dec("98.500")).empty());
    EXPECT_EQ(rules(checkValue(entrepreneurs(), dec("12.5"))), std::vector<std::string>{"decimals"});
}

TEST(Validation, AnExplicitMaximumReplacesThe100Cap)
{
    Indicator growth = indicator("growth", "增长率", "growth rate", "%");
    growth.maxValue = dec("300");
    EXPECT_TRUE(checkValue(growth, dec("150")).empty());
    EXPECT_EQ(rules(checkValue(growth, dec("301"))), std::vector<std::string>{"range"});
}

TEST(Validation, RiverPatrolPartsAddUpToTheTotal)
{
    EXPECT_FALSE(checkParts(PartRule::PartsSumToTotal, totalNamed("river patrols"), dec("2436"),
                            patrolParts, {dec("48"), dec("211"), dec("2177")}));
}

TEST(Validation, PartsThatDoNotAddUpAreNamedWithTheirNumbers)
{
    const auto found = checkParts(PartRule::PartsSumToTotal, totalNamed("river patrols"),
                                  dec("2435"), patrolParts, {dec("48"), dec("211"), dec("2177")});
    ASSERT_TRUE(found);
    EXPECT_EQ(found->rule.toStdString(), "parts_sum");
    EXPECT_EQ(found->severity, Severity::Error);
    for (const char *expected : {"2436", "2435", "River patrols", "district", "village"})
        EXPECT_TRUE(found->message.contains(QLatin1String(expected))) << expected;
}

TEST(Validation, PartsOfTenthsAddUpExactly)
{
    EXPECT_FALSE(checkParts(PartRule::PartsSumToTotal, totalNamed("summer sowing"),
                            dec("4296.3"), {}, {dec("1000.1"), dec("1000.1"), dec("2296.1")}));
    EXPECT_TRUE(checkParts(PartRule::PartsSumToTotal, totalNamed("summer sowing"),
                           dec("4296.3"), {}, {dec("1000.1"), dec("1000.1"), dec("2296.2")}));
}

TEST(Validation, MaizeMayNotExceedSummerSowing)
{
    const Indicator total = totalNamed("summer sown area", "亩");
    const std::vector<QString> names{QStringLiteral("maize sown area")};
    EXPECT_FALSE(
        checkParts(PartRule::PartNotAboveTotal, total, dec("4296.3"), names, {dec("1735")}));
    EXPECT_FALSE(
        checkParts(PartRule::PartNotAboveTotal, total, dec("4296.3"), names, {dec("4296.30")}));
    const auto found =
        checkParts(PartRule::PartNotAboveTotal, total, dec("4296.3"), names, {dec("4300")});
    ASSERT_TRUE(found);
    EXPECT_EQ(found->rule.toStdString(), "part_above_total");
    // The total's English name starts with a capital where it stands on its own (displayName);
    // the parts' names are given as they are.
    for (const char *expected : {"maize sown area", "4300", "Summer sown area", "4296.3"})
        EXPECT_TRUE(found->message.contains(QLatin1String(expected))) << expected;
}

TEST(Validation, SeveralPartsEachBelowTheTotalPass)
{
    // Water cases: 3 filed and 2 guided, each within the 5 received.
    EXPECT_FALSE(checkParts(PartRule::PartNotAboveTotal, totalNamed("cases received"), dec("5"),
                            {}, {dec("3"), dec("2")}));
}

TEST(Validation, NoPartRuleOrNoPartsMeansNoCheck)
{
    EXPECT_FALSE(
        checkParts(PartRule::None, totalNamed("total"), dec("1"), {}, {dec("5"), dec("7")}));
    EXPECT_FALSE(
        checkParts(PartRule::PartsSumToTotal, totalNamed("total"), dec("2436"), {}, {}));
}

TEST(Validation, ParentFigureMustMatchTheRollUp)
{
    EXPECT_FALSE(checkRollup(totalNamed("river patrols"), dec("2436"), dec("2436.0")));
    const auto found = checkRollup(totalNamed("river patrols"), dec("2435"), dec("2436"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Severity::Error);
    EXPECT_EQ(found->rule.toStdString(), "rollup_mismatch");
    // Both figures with their unit, and the difference.
    for (const char *expected : {"2435 次", "2436 次", "1 次"})
        EXPECT_TRUE(found->message.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(found->shortfall); // the sub-regions give more than the parent says
}

TEST(Validation, PartsNamedWithUnitsAndTheDifference)
{
    // 2436 = 48 + 211 + 2177; a total of 2435 is 1 次 short of its parts.
    const auto found = checkParts(PartRule::PartsSumToTotal, totalNamed("river patrols"),
                                  dec("2435"), patrolParts, {dec("48"), dec("211"), dec("2177")});
    ASSERT_TRUE(found);
    for (const char *expected : {"2436 次", "2435 次", "a difference of 1 次"})
        EXPECT_TRUE(found->message.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(found->shortfall);
    const auto shortOf = checkParts(PartRule::PartsSumToTotal, totalNamed("river patrols"),
                                    dec("2500"), patrolParts, {dec("48"), dec("211"), dec("2177")});
    ASSERT_TRUE(shortOf);
    EXPECT_TRUE(shortOf->message.contains(QString::fromUtf8("a difference of 64 次")));
    EXPECT_TRUE(shortOf->shortfall);
}

TEST(Validation, ARoundedTotalPassesWithinItsTolerance)
{
    // 累计争取资金1.17亿元（其中4539万元、4758万元、2427万元）: the parts make 11724 万元,
    // 24 more than the rounded total of 11700.
    Indicator funds = totalNamed("funds secured", "万元");
    const std::vector<Decimal> parts{dec("4539"), dec("4758"), dec("2427")};
    const auto exact = checkParts(PartRule::PartsSumToTotal, funds, dec("11700"), {}, parts);
    ASSERT_TRUE(exact);
    for (const char *expected : {"11724 万元", "11700 万元", "24 万元"})
        EXPECT_TRUE(exact->message.contains(QString::fromUtf8(expected))) << expected;
    funds.partTolerance = dec("24");
    EXPECT_FALSE(checkParts(PartRule::PartsSumToTotal, funds, dec("11700"), {}, parts));
    EXPECT_FALSE(checkParts(PartRule::PartsSumToTotal, funds, dec("11748"), {}, parts));
    funds.partTolerance = dec("23");
    const auto beyond = checkParts(PartRule::PartsSumToTotal, funds, dec("11700"), {}, parts);
    ASSERT_TRUE(beyond);
    for (const char *expected : {"24 万元", "23 万元"})
        EXPECT_TRUE(beyond->message.contains(QString::fromUtf8(expected))) << expected;
}
