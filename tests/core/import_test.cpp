// CSV import and export (issue 6): decoding, the all-or-nothing import plan, and the
// Excel-safe export. A fresh sample database per test (entryfixture.h).
#include "entryfixture.h"

#include "entry/catalogueentry.h"
#include "io/csv.h"
#include "io/csvexport.h"
#include "io/textdecode.h"
#include "io/valueimport.h"
#include "storage/catalogstore.h"
#include "storage/periodstore.h"

#include <QStringEncoder>

namespace zx::test {
namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QStringList lines(const QByteArray &csv)
{
    QString text = decodeCsvBytes(csv).text;
    QStringList out = text.split(QStringLiteral("\r\n"));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

class ImportTest : public SampleDbTest
{
protected:
    Value firstValue(int year = 2023)
    {
        auto all = valuestore::inYears(*db, year, year);
        EXPECT_TRUE(all.ok() && !all->empty());
        return all->front();
    }
    QString row(const Value &v, const QString &value, const QString &comment)
    {
        return QStringLiteral("%1,%2,%3,%4,%5,%6\n")
            .arg(v.indicatorCode, v.regionCode)
            .arg(v.year)
            .arg(v.quarter)
            .arg(value, comment);
    }
    static QString header() { return QStringLiteral("indicator,region,year,quarter,value,comment\n"); }
    QString findingsText(const ImportPlan &plan)
    {
        QStringList all;
        for (const auto &f : plan.findings)
            all << formatFinding(f);
        return all.join(QLatin1Char('\n'));
    }
};

TEST_F(ImportTest, Utf8WithAndWithoutBomDecodes)
{
    const QString text = QStringLiteral("a,b\n张庄村,1\n");
    EXPECT_EQ(decodeCsvBytes(text.toUtf8()).text, text);
    const auto withBom = decodeCsvBytes(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    EXPECT_EQ(withBom.text, text);
    EXPECT_EQ(withBom.encoding, QStringLiteral("UTF-8"));
}

TEST_F(ImportTest, Gb18030CsvImportsWithCorrectChineseComment)
{
    if (!gb18030Available())
        GTEST_SKIP() << "this Qt has no GB18030 codec";
    const Value v = firstValue();
    const QString comment = QStringLiteral("乡镇填报，已核实（张庄村）");
    const QString text = header() + row(v, v.value.toString(), comment);
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    ASSERT_NE(bytes, text.toUtf8());
    const ImportPlan plan = planValueImport(*db, bytes, QStringLiteral("gbk.csv"));
    EXPECT_EQ(plan.encoding, QStringLiteral("GB18030"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    EXPECT_EQ(plan.changedCount, 1);
    ASSERT_TRUE(applyValueImport(*db, plan, QStringLiteral("local")).ok());
    const auto stored = this->stored({v.indicatorCode, v.regionCode, v.year, v.quarter});
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(str(stored->comment), str(comment));
}

TEST_F(ImportTest, OneBadRowAmongThreeThousandImportsNothingAndNamesTheLine)
{
    auto exported = csvexport::values(*db);
    ASSERT_TRUE(exported.ok());
    QStringList all = lines(*exported);
    ASSERT_GT(all.size(), 3001);
    all = all.mid(0, 3001); // header + 3000 rows
    // Change every row's comment so that all 3000 would be written, then break line 1501.
    for (qsizetype i = 1; i < all.size(); ++i)
        all[i] = all[i].section(QLatin1Char(','), 0, 4) + QStringLiteral(",imported");
    all[1500] = all[1500].section(QLatin1Char(','), 0, 3) + QStringLiteral(",12x,imported");
    const auto before = audit().size();
    const ImportPlan plan = planValueImport(*db, utf8(all.join(QLatin1Char('\n'))),
                                            QStringLiteral("big.csv"));
    ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
    EXPECT_EQ(plan.findings[0].line, 1501);
    EXPECT_EQ(plan.findings[0].column, QStringLiteral("value"));
    EXPECT_TRUE(plan.findings[0].reason.contains(QStringLiteral("12x")));
    EXPECT_TRUE(plan.values.empty());
    EXPECT_FALSE(applyValueImport(*db, plan, QStringLiteral("local")).ok());
    EXPECT_EQ(audit().size(), before);
}

TEST_F(ImportTest, ValueForAnApprovedQuarterIsRefused)
{
    const Value v = firstValue();
    PeriodStatus st;
    st.regionCode = v.regionCode;
    st.year = v.year;
    st.quarter = v.quarter;
    st.state = PeriodState::Approved;
    st.changedBy = QStringLiteral("local");
    st.changedAt = QStringLiteral("2024-01-10T00:00:00Z");
    ASSERT_TRUE(periodstore::upsert(*db, st).ok());
    const ImportPlan plan = planValueImport(
        *db, utf8(header() + row(v, v.value.toString(), QStringLiteral("late fix"))),
        QStringLiteral("locked.csv"));
    ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
    EXPECT_EQ(plan.findings[0].line, 2);
    EXPECT_EQ(plan.findings[0].column, QStringLiteral("quarter"));
    EXPECT_FALSE(applyValueImport(*db, plan, QStringLiteral("local")).ok());
    EXPECT_EQ(str(stored({v.indicatorCode, v.regionCode, v.year, v.quarter})->comment),
              str(v.comment));
}

TEST_F(ImportTest, DuplicateRowsAreReportedNamingBothLines)
{
    const Value v = firstValue();
    const ImportPlan plan = planValueImport(
        *db, utf8(header() + row(v, QStringLiteral("1"), QString()) + row(v, QStringLiteral("2"), QString())),
        QStringLiteral("dup.csv"));
    ASSERT_FALSE(plan.findings.empty());
    const auto &f = plan.findings.back();
    EXPECT_EQ(f.line, 3);
    EXPECT_TRUE(f.reason.contains(QStringLiteral("2"))) << str(f.reason);
    EXPECT_TRUE(formatFinding(f).startsWith(QStringLiteral("dup.csv:3: "))) << str(formatFinding(f));
}

TEST_F(ImportTest, UnknownCodesAndBadQuarterAreFindings)
{
    const ImportPlan plan = planValueImport(
        *db,
        utf8(header() + QStringLiteral("no_such,410104,2023,1,5,\n") +
             QStringLiteral("branches_rated,999,2023,1,5,\n") +
             QStringLiteral("branches_rated,410104,2023,5,5,\n")),
        QStringLiteral("bad.csv"));
    ASSERT_EQ(plan.findings.size(), 3u) << str(findingsText(plan));
    EXPECT_EQ(plan.findings[0].column, QStringLiteral("indicator"));
    EXPECT_EQ(plan.findings[1].column, QStringLiteral("region"));
    EXPECT_EQ(plan.findings[2].column, QStringLiteral("quarter"));
}

TEST_F(ImportTest, FullWidthDigitsAndThousandsSeparatorsAreAccepted)
{
    const Value v = firstValue();
    const Value w = firstValue(2022);
    const ImportPlan plan = planValueImport(
        *db,
        utf8(header() + row(v, QStringLiteral("\"1,234\""), QStringLiteral("checked")) +
             row(w, QStringLiteral(" １２ "), QStringLiteral("checked"))),
        QStringLiteral("numbers.csv"));
    for (const auto &f : plan.findings)
        EXPECT_FALSE(f.reason.contains(QStringLiteral("1,234")) || f.reason.contains(QStringLiteral("１２")))
            << str(formatFinding(f));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    {
        ASSERT_EQ(plan.values.size(), 2u);
        EXPECT_EQ(plan.values[0].value->toString(), QStringLiteral("1234"));
        EXPECT_EQ(plan.values[1].value->toString(), QStringLiteral("12"));
    }
}

TEST_F(ImportTest, ExportOfOneYearHoldsOnlyThatYear)
{
    auto exported = csvexport::values(*db, 2022);
    ASSERT_TRUE(exported.ok());
    const QStringList all = lines(*exported);
    ASSERT_GT(all.size(), 1);
    EXPECT_EQ(all.front(), QStringLiteral("indicator,region,year,quarter,value,comment"));
    for (qsizetype i = 1; i < all.size(); ++i)
        ASSERT_EQ(all[i].section(QLatin1Char(','), 2, 2), QStringLiteral("2022")) << str(all[i]);
}

TEST_F(ImportTest, ValidationJudgesTheWholeFileOverlaid)
{
    // five_star_branches is a part of branches_rated (parts_sum_to_total).
    const QString part = QStringLiteral("five_star_branches,410104001001,2023,1,5,checked\n");
    const ImportPlan alone = planValueImport(*db, utf8(header() + part), QStringLiteral("part.csv"));
    ASSERT_FALSE(alone.findings.empty());
    EXPECT_EQ(alone.findings[0].line, 2);
    EXPECT_EQ(alone.findings[0].column, QStringLiteral("value"));
    // With its total raised in the same file the part fits.
    const ImportPlan together = planValueImport(
        *db, utf8(header() + part + QStringLiteral("branches_rated,410104001001,2023,1,6,checked\n")),
        QStringLiteral("both.csv"));
    for (const auto &f : together.findings)
        EXPECT_FALSE(f.reason.contains(QStringLiteral("total"))) << str(formatFinding(f));
}

TEST_F(ImportTest, ExportThenImportIntoAChangedCopyRestoresEveryFigure)
{
    auto exported = csvexport::values(*db);
    ASSERT_TRUE(exported.ok());
    const Value v = firstValue();
    ASSERT_TRUE(setValue(*db, {v.indicatorCode, v.regionCode, v.year, v.quarter},
                         v.value + Decimal::fromInt(1), QStringLiteral("typo"), QStringLiteral("local"))
                    .ok());
    const ImportPlan plan = planImport(*db, *exported, QStringLiteral("values.csv"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    EXPECT_EQ(plan.changedCount, 1);
    EXPECT_EQ(plan.newCount, 0);
    ASSERT_TRUE(applyImport(*db, plan, QStringLiteral("local")).ok());
    auto again = csvexport::values(*db);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *exported);
    expectChainVerifies();
}

TEST_F(ImportTest, TargetsRoundTripAndBadTargetIsAFinding)
{
    auto exported = csvexport::targets(*db);
    ASSERT_TRUE(exported.ok());
    const ImportPlan same = planImport(*db, *exported, QStringLiteral("targets.csv"));
    EXPECT_EQ(same.kind, ImportPlan::Kind::Targets);
    ASSERT_FALSE(same.blocked()) << str(findingsText(same));
    EXPECT_EQ(same.newCount + same.changedCount, 0);
    EXPECT_GT(same.unchangedCount, 0);
    const ImportPlan bad = planImport(
        *db, utf8(QStringLiteral("indicator,region,year,target,baseline\nbranches_rated,410104,2023,abc,\n")),
        QStringLiteral("t.csv"));
    ASSERT_EQ(bad.findings.size(), 1u);
    EXPECT_EQ(bad.findings[0].column, QStringLiteral("target"));
}

TEST_F(ImportTest, ExportIsUtf8WithBomAndNeutralisesFormulaText)
{
    auto indicators = catalogstore::indicators(*db);
    ASSERT_TRUE(indicators.ok() && !indicators->empty());
    Indicator ind = indicators->front();
    ind.code = QStringLiteral("formula_test");
    ind.name = QStringLiteral("=SUM(A1:A9)");
    ind.description = QStringLiteral("+1, @x");
    ind.parentCode.clear();
    ind.partRule = PartRule::None;
    ind.minValue = Decimal::fromInt(-5);
    ASSERT_TRUE(saveIndicator(*db, ind, true, QStringLiteral("local")).ok());
    auto exported = csvexport::catalogue(*db);
    ASSERT_TRUE(exported.ok());
    EXPECT_TRUE(exported->startsWith("\xEF\xBB\xBF"));
    auto table = CsvTable::parse(decodeCsvBytes(*exported).text, QStringLiteral("catalogue.csv"));
    ASSERT_TRUE(table.ok()) << str(table.error());
    bool found = false;
    for (qsizetype i = 0; i < table->rowCount(); ++i) {
        if (table->field(i, QStringLiteral("code")) != QStringLiteral("formula_test"))
            continue;
        found = true;
        EXPECT_EQ(str(table->field(i, QStringLiteral("name"))), "'=SUM(A1:A9)");
        EXPECT_EQ(str(table->field(i, QStringLiteral("description"))), "'+1, @x");
        EXPECT_EQ(str(table->field(i, QStringLiteral("min"))), "-5"); // a number stays a number
    }
    EXPECT_TRUE(found);
    // The sample's own columns come first, in the same order.
    const QStringList sampleHeader = QStringLiteral(
        "code,category,name,name_en,unit,decimals,accumulation,aggregation,numerator,denominator,"
        "ratio_scale,target_mode,kind,min,max,parent,part_rule,headline,sort_order,narrative_zh,"
        "narrative_en,description").split(QLatin1Char(','));
    EXPECT_EQ(table->header().mid(0, sampleHeader.size()), sampleHeader);
}

} // namespace
} // namespace zx::test
