// Import applies the rules `check` applies (issue 13): parts against their total and a parent's
// figure against its sub-regions, judged on the stored figures with the whole file overlaid,
// the file's own figures winning at every level; a total's tolerance for rounded reports; a
// part's unit is its total's. A fresh sample database (XX区) per test.
#include "entryfixture.h"

#include "entry/catalogueentry.h"
#include "io/csv.h"
#include "io/csvexport.h"
#include "io/textdecode.h"
#include "io/valueimport.h"
#include "storage/catalogstore.h"
#include "summary/checker.h"
#include "summary/dataset.h"

#include <QFile>

namespace zx::test {
namespace {

const QString Header = QStringLiteral("indicator,region,year,quarter,value,comment");

class ImportRulesTest : public SampleDbTest
{
protected:
    // The 2023 rows of the river_patrols* indicators as exported, `scale` times each figure.
    QString patrolRows(int scale)
    {
        auto exported = csvexport::values(*db);
        EXPECT_TRUE(exported.ok());
        QStringList out{Header};
        const QStringList all = decodeCsvBytes(*exported).text.split(QStringLiteral("\r\n"));
        for (const QString &line : all) {
            const QStringList f = line.split(u',');
            if (f.size() < 6 || !f[0].startsWith(QLatin1String("river_patrols")) ||
                f[2] != QLatin1String("2023"))
                continue;
            out << QStringLiteral("%1,%2,%3,%4,%5,%6")
                       .arg(f[0], f[1], f[2], f[3])
                       .arg(f[4].toLongLong() * scale)
                       .arg(f[5]);
        }
        return out.join(u'\n') + u'\n';
    }
    ImportPlan plan(const QString &csv)
    {
        return planValueImport(*db, csv.toUtf8(), QStringLiteral("file.csv"));
    }
    static QString findingsText(const ImportPlan &plan)
    {
        QStringList all;
        for (const auto &f : plan.findings)
            all << formatFinding(f);
        return all.join(u'\n');
    }
    std::vector<Finding> checkFindings(const char *rule)
    {
        auto data = Dataset::load(*db, 2022, 2023);
        EXPECT_TRUE(data.ok());
        std::vector<Finding> out;
        for (const Finding &f : runChecks(*data))
            if (f.rule == QLatin1String(rule))
                out.push_back(f);
        return out;
    }
    Indicator stored(const char *code)
    {
        auto all = catalogstore::indicators(*db);
        EXPECT_TRUE(all.ok());
        for (const Indicator &i : *all)
            if (i.code == QLatin1String(code))
                return i;
        ADD_FAILURE() << code;
        return {};
    }
};

TEST_F(ImportRulesTest, RestoringAnEarlierConsistentStateIsAccepted)
{
    // The sample's river patrols: 576 次 in 2023 Q4 = 12 district + 50 street + 514 village.
    const QString original = patrolRows(1);
    const QString doubled = patrolRows(2);
    ASSERT_EQ(original.count(u'\n'), 109) << "108 river_patrols* rows of 2023 and the header";
    const ImportPlan up = plan(doubled);
    ASSERT_FALSE(up.blocked()) << str(findingsText(up));
    ASSERT_TRUE(applyImport(*db, up, QStringLiteral("local")).ok());
    EXPECT_EQ(str(storedText({QStringLiteral("river_patrols"), QStringLiteral("410104"), 2023, 4})),
              "1152");
    // Back to the original rows: the county's 576 is judged against the file's own villages and
    // streets, not the doubled ones still stored ("add up to 1140, more than 576" before).
    const ImportPlan back = plan(original);
    EXPECT_TRUE(back.findings.empty()) << str(findingsText(back));
    ASSERT_TRUE(applyImport(*db, back, QStringLiteral("local")).ok());
    EXPECT_EQ(str(storedText({QStringLiteral("river_patrols"), QStringLiteral("410104"), 2023, 4})),
              "576");
    EXPECT_TRUE(checkFindings("parts_sum").empty());
    expectChainVerifies();
}

TEST_F(ImportRulesTest, AFileWhoseTotalItsOwnPartsDoNotMakeIsRefused)
{
    // Q1 2023: streets 11+10+9+10+10 = 50, villages 498 (560 − 12 − 50). A total of 17400 with
    // a district figure of 16838 makes parts of 16838 + 50 + 498 = 17386: 14 short.
    const QString file = Header + u'\n' +
                         QStringLiteral("river_patrols,410104,2023,1,17400,checked\n"
                                        "river_patrols_district,410104,2023,1,16838,checked\n");
    const ImportPlan p = plan(file);
    ASSERT_TRUE(p.blocked());
    const QString text = findingsText(p);
    for (const char *expected : {"17386 次", "17400 次", "a difference of 14 次"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << str(text);
    // With the district at 16852 the parts make 17400 exactly.
    const ImportPlan fixed = plan(Header + u'\n' +
                                  QStringLiteral("river_patrols,410104,2023,1,17400,checked\n"
                                                 "river_patrols_district,410104,2023,1,16852,checked\n"));
    for (const auto &f : fixed.findings)
        EXPECT_TRUE(f.warning) << str(formatFinding(f));
    EXPECT_FALSE(fixed.blocked()) << str(findingsText(fixed));
}

TEST_F(ImportRulesTest, AVillageAboveItsCountyTotalIsRefusedOnItsOwnRow)
{
    // One village's Q2 patrols raised by 5: the county's stored 640 is then 5 short of its parts.
    auto before = valuestore::find(
        *db, {QStringLiteral("river_patrols_village"), QStringLiteral("410104001001"), 2023, 2});
    ASSERT_TRUE(before.ok() && before->has_value());
    const Decimal raised = (*before)->value + Decimal::fromInt(5);
    const ImportPlan p = plan(Header + u'\n' +
                              QStringLiteral("river_patrols_village,410104001001,2023,2,%1,\n")
                                  .arg(raised.toString()));
    ASSERT_TRUE(p.blocked());
    ASSERT_EQ(p.findings.size(), 1u) << str(findingsText(p));
    EXPECT_EQ(p.findings[0].line, 2);
    const QString reason = p.findings[0].reason;
    for (const char *expected : {"645 次", "640 次", "a difference of 5 次", "2023 Q2"})
        EXPECT_TRUE(reason.contains(QString::fromUtf8(expected))) << expected << str(reason);
}

TEST_F(ImportRulesTest, PartsShortOfATotalTheFileDoesNotGiveAreAWarning)
{
    // The village 5 lower: the county's 640 is then 5 more than its parts — perhaps figures
    // still to come; the file does not say what the total is, so it is shown, not refused.
    auto before = valuestore::find(
        *db, {QStringLiteral("river_patrols_village"), QStringLiteral("410104001001"), 2023, 2});
    ASSERT_TRUE(before.ok() && before->has_value());
    const auto lowered = Decimal::checkedSub((*before)->value, Decimal::fromInt(5));
    ASSERT_TRUE(lowered);
    const ImportPlan p = plan(Header + u'\n' +
                              QStringLiteral("river_patrols_village,410104001001,2023,2,%1,\n")
                                  .arg(lowered->toString()));
    ASSERT_EQ(p.findings.size(), 1u) << str(findingsText(p));
    EXPECT_TRUE(p.findings[0].warning);
    EXPECT_TRUE(p.findings[0].reason.contains(QString::fromUtf8("635 次"))) << str(p.findings[0].reason);
    EXPECT_FALSE(p.blocked());
}

TEST_F(ImportRulesTest, ARoundedTotalWithItsToleranceImports)
{
    // 累计争取资金1.17亿元（其中4539万元、4758万元、2427万元）.
    Indicator funds;
    funds.code = QStringLiteral("funds_secured");
    funds.categoryCode = stored("river_patrols").categoryCode;
    funds.name = QStringLiteral("累计争取资金");
    funds.nameEn = QStringLiteral("funds secured");
    funds.unit = QStringLiteral("万元");
    funds.accumulation = Accumulation::Stock;
    ASSERT_TRUE(saveIndicator(*db, funds, true, QStringLiteral("local")).ok());
    for (const char *code : {"funds_a", "funds_b", "funds_c"}) {
        Indicator part = funds;
        part.code = QString::fromLatin1(code);
        part.name = QStringLiteral("其中") + part.code;
        part.nameEn = part.code;
        part.parentCode = funds.code;
        part.partRule = PartRule::PartsSumToTotal;
        ASSERT_TRUE(saveIndicator(*db, part, true, QStringLiteral("local")).ok());
    }
    const QString file = Header + u'\n' +
                         QStringLiteral("funds_secured,410104,2023,4,11700,\n"
                                        "funds_a,410104,2023,4,4539,\n"
                                        "funds_b,410104,2023,4,4758,\n"
                                        "funds_c,410104,2023,4,2427,\n");
    const ImportPlan exact = plan(file);
    ASSERT_TRUE(exact.blocked());
    const QString text = findingsText(exact);
    for (const char *expected : {"11724 万元", "11700 万元", "a difference of 24 万元"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << str(text);

    funds.partTolerance = dec("24");
    ASSERT_TRUE(saveIndicator(*db, funds, false, QStringLiteral("local")).ok());
    EXPECT_EQ(str(stored("funds_secured").partTolerance.toString()), "24");
    const ImportPlan tolerated = plan(file);
    EXPECT_TRUE(tolerated.findings.empty()) << str(findingsText(tolerated));
    ASSERT_TRUE(applyImport(*db, tolerated, QStringLiteral("local")).ok());
    EXPECT_TRUE(checkFindings("parts_sum").empty());

    // The catalogue file carries the tolerance (part_tolerance) both ways.
    auto catalogue = csvexport::catalogue(*db);
    ASSERT_TRUE(catalogue.ok());
    EXPECT_TRUE(decodeCsvBytes(*catalogue).text.contains(QStringLiteral("part_tolerance")));
    const QStringList rows = decodeCsvBytes(*catalogue).text.split(QStringLiteral("\r\n"));
    const auto fundsRow = std::find_if(rows.begin(), rows.end(), [](const QString &r) {
        return r.startsWith(QLatin1String("funds_secured,"));
    });
    ASSERT_NE(fundsRow, rows.end());
    EXPECT_TRUE(fundsRow->endsWith(QLatin1String(",24"))) << str(*fundsRow);
}

TEST_F(ImportRulesTest, APartInAnotherUnitThanItsTotalIsRefused)
{
    Indicator part;
    part.code = QStringLiteral("patrols_by_boat");
    part.categoryCode = stored("river_patrols").categoryCode;
    part.name = QStringLiteral("乘船巡河");
    part.unit = QStringLiteral("小时"); // the total counts 次
    part.parentCode = QStringLiteral("river_patrols");
    part.partRule = PartRule::PartsSumToTotal;
    const Outcome refused = saveIndicator(*db, part, true, QStringLiteral("local"));
    ASSERT_FALSE(refused.ok());
    for (const char *expected : {"小时", "次", "river_patrols"})
        EXPECT_TRUE(refused.error().contains(QString::fromUtf8(expected))) << str(refused.error());
    part.unit = QStringLiteral("次");
    EXPECT_TRUE(saveIndicator(*db, part, true, QStringLiteral("local")).ok());
    // Nor may the total change its unit away from its parts'.
    Indicator total = stored("river_patrols");
    total.unit = QStringLiteral("趟");
    EXPECT_FALSE(saveIndicator(*db, total, false, QStringLiteral("local")).ok());
}

} // namespace
} // namespace zx::test
