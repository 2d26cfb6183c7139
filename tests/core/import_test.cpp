// CSV import and export (issue 6): decoding, the all-or-nothing import plan, and the
// Excel-safe export. A fresh sample database per test (entryfixture.h).
#include "entryfixture.h"

#include "entry/catalogueentry.h"
#include "entry/workflow.h"
#include "io/csv.h"
#include "io/csvexport.h"
#include "io/textdecode.h"
#include "io/valueimport.h"
#include "storage/catalogstore.h"
#include "storage/periodstore.h"

#include <QFile>
#include <QSet>
#include <QStringEncoder>

#include <atomic>

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
    ASSERT_TRUE(gb18030Available()) << "this Qt has no GB18030 codec";
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

TEST_F(ImportTest, AFigureWithMoreDecimalsThanItsIndicatorTakesIsAFinding)
{
    // 返乡下乡创业人员 counts people (0 decimals): 0.000001 of a person is refused, line 3.
    const QString ok = QStringLiteral("returning_entrepreneurs,410104001001,2023,3,5,checked\n");
    const QString bad =
        QStringLiteral("returning_entrepreneurs,410104001001,2023,4,0.000001,checked\n");
    const auto before = audit().size();
    const ImportPlan plan =
        planValueImport(*db, utf8(header() + ok + bad), QStringLiteral("decimals.csv"));
    ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
    const auto &f = plan.findings[0];
    EXPECT_EQ(f.line, 3);
    EXPECT_EQ(f.column, QStringLiteral("value"));
    EXPECT_TRUE(f.reason.startsWith(QStringLiteral("0.000001 has 6 decimals; 人 figures of ")))
        << str(f.reason);
    EXPECT_TRUE(f.reason.endsWith(QStringLiteral(" take at most 0"))) << str(f.reason);
    EXPECT_FALSE(applyValueImport(*db, plan, QStringLiteral("local")).ok());
    EXPECT_EQ(audit().size(), before);
}

TEST_F(ImportTest, TrailingZerosThatAddNoPrecisionAreAccepted)
{
    // 12.0 people is 12 people.
    const ImportPlan plan = planValueImport(
        *db, utf8(header() + QStringLiteral("returning_entrepreneurs,410104001001,2023,4,12.0,checked\n")),
        QStringLiteral("zeros.csv"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    ASSERT_EQ(plan.values.size(), 1u);
    EXPECT_EQ(*plan.values[0].value, Decimal::fromInt(12));
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
        "code,category,name,name_en,unit,unit_en,decimals,accumulation,aggregation,numerator,denominator,"
        "ratio_scale,target_mode,kind,min,max,parent,part_rule,headline,sort_order,narrative_zh,"
        "narrative_en,description").split(QLatin1Char(','));
    EXPECT_EQ(table->header().mid(0, sampleHeader.size()), sampleHeader);
}

// ---- planImportFile: catalogue, edit rights, progress and cancel (issue 6) ----

class ImportFileTest : public ImportTest
{
protected:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString file = dir.filePath(name);
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return file;
    }
    // One CSV field, quoted when needed (no formula neutralising: this is what a person types).
    static QString field(const QString &text)
    {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    }
    // The table as CSV again, with one field replaced.
    static QString csvOf(const CsvTable &t, qsizetype row, int column, const QString &value)
    {
        QStringList lines{t.header().join(u',')};
        for (qsizetype i = 0; i < t.rowCount(); ++i) {
            QStringList fields;
            for (int c = 0; c < t.row(i).size(); ++c)
                fields << field(i == row && c == column ? value : t.row(i)[c]);
            lines << fields.join(u',');
        }
        return lines.join(u'\n') + u'\n';
    }
    std::optional<Indicator> indicator(const QString &code)
    {
        auto all = catalogstore::indicators(*db);
        EXPECT_TRUE(all.ok());
        for (const Indicator &i : *all)
            if (i.code == code)
                return i;
        return std::nullopt;
    }
    // 3000 stored figures with a new comment each: a file that would change 3000 figures.
    QString bigValuesFile()
    {
        auto exported = csvexport::values(*db);
        EXPECT_TRUE(exported.ok());
        QStringList all = lines(*exported).mid(0, 3001);
        for (qsizetype i = 1; i < all.size(); ++i)
            all[i] = all[i].section(QLatin1Char(','), 0, 4) + QStringLiteral(",imported");
        return writeFile(QStringLiteral("big.csv"), utf8(all.join(QLatin1Char('\n'))));
    }
};

TEST_F(ImportFileTest, CatalogueRoundTripFindsTheOneEditedAttribute)
{
    auto exported = csvexport::catalogue(*db);
    ASSERT_TRUE(exported.ok());
    auto table = CsvTable::parse(decodeCsvBytes(*exported).text, QStringLiteral("catalogue.csv"));
    ASSERT_TRUE(table.ok());
    const ImportPlan same = planImportFile(*db, writeFile(QStringLiteral("same.csv"), *exported),
                                           QStringLiteral("local"));
    ASSERT_FALSE(same.blocked()) << str(findingsText(same));
    EXPECT_EQ(same.kind, ImportPlan::Kind::Catalogue);
    EXPECT_EQ(same.changedCount + same.newCount, 0);
    EXPECT_EQ(same.unchangedCount, table->rowCount());

    // Edit the unit of the first indicator that is neither a part nor a total (a part takes
    // its total's unit, so theirs cannot change alone).
    const int unit = table->column(QStringLiteral("unit"));
    QSet<QString> inBreakdowns;
    for (qsizetype r = 0; r < table->rowCount(); ++r)
        if (const QString parent = table->field(r, QStringLiteral("parent")); !parent.isEmpty())
            inBreakdowns << parent << table->field(r, QStringLiteral("code"));
    qsizetype row = 0;
    while (row < table->rowCount() && inBreakdowns.contains(table->field(row, QStringLiteral("code"))))
        ++row;
    ASSERT_LT(row, table->rowCount());
    const QString code = table->field(row, QStringLiteral("code"));
    ASSERT_NE(str(table->row(row)[unit]), "座");
    const QString changed = csvOf(*table, row, unit, QStringLiteral("座"));
    const auto auditBefore = audit().size();
    const ImportPlan plan = planImportFile(*db, writeFile(QStringLiteral("cat.csv"), utf8(changed)),
                                           QStringLiteral("local"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    EXPECT_EQ(plan.changedCount, 1);
    EXPECT_EQ(plan.newCount, 0);
    EXPECT_EQ(plan.unchangedCount, table->rowCount() - 1);
    ASSERT_EQ(plan.indicators.size(), 1u);
    EXPECT_EQ(str(plan.indicators[0].code), str(code));
    ASSERT_TRUE(applyImport(*db, plan, QStringLiteral("local")).ok());
    EXPECT_EQ(str(indicator(code)->unit), "座");
    const auto trail = audit();
    ASSERT_EQ(trail.size(), auditBefore + 1);
    EXPECT_EQ(str(trail.back().action), "catalogue.indicator");
    EXPECT_EQ(str(trail.back().indicatorCode), str(code));
    expectChainVerifies();
}

// What Chinese Excel saves: the catalogue as GBK, one indicator renamed. The name must land
// as the characters typed, not as mojibake read through UTF-8.
TEST_F(ImportFileTest, GbkCatalogueImportsWithCorrectChineseNames)
{
    ASSERT_TRUE(gb18030Available()) << "this Qt has no GB18030 codec";
    auto exported = csvexport::catalogue(*db);
    ASSERT_TRUE(exported.ok());
    auto table = CsvTable::parse(decodeCsvBytes(*exported).text, QStringLiteral("catalogue.csv"));
    ASSERT_TRUE(table.ok());
    const int name = table->column(QStringLiteral("name"));
    ASSERT_GE(name, 0);
    const QString code = table->field(1, QStringLiteral("code"));
    const QString renamed = QStringLiteral("新增返乡下乡创业人员（含回流务工）");
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid());
    const QByteArray bytes = gbk.encode(csvOf(*table, 1, name, renamed));
    ASSERT_NE(bytes, utf8(csvOf(*table, 1, name, renamed)));
    const ImportPlan plan = planImportFile(*db, writeFile(QStringLiteral("目录.csv"), bytes),
                                           QStringLiteral("local"));
    EXPECT_EQ(plan.encoding, QStringLiteral("GB18030"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    EXPECT_EQ(plan.changedCount, 1);
    EXPECT_EQ(plan.unchangedCount, table->rowCount() - 1); // every other Chinese name matched
    ASSERT_TRUE(applyImport(*db, plan, QStringLiteral("local")).ok());
    EXPECT_EQ(str(indicator(code)->name), str(renamed));
    expectChainVerifies();
}

TEST_F(ImportFileTest, CatalogueRatioBeforeItsNewPartsImportsAndBadRowsAreFindings)
{
    const QString header = QStringLiteral(
        "code,category,name,name_en,unit,decimals,accumulation,aggregation,numerator,denominator,"
        "ratio_scale,target_mode,kind,min,max,parent,part_rule,headline,sort_order\n");
    const QString good = header +
        QStringLiteral("new_rate,grain,新比率,New rate,%,2,stock,ratio,new_a,new_b,100,at_least,expected,,,,,0,90\n"
                       "new_a,grain,分子,Part A,个,0,stock,sum,,,,at_least,expected,,,,,0,91\n"
                       "new_b,grain,分母,Part B,个,0,stock,sum,,,,at_least,expected,,,,,0,92\n");
    const ImportPlan plan = planImportFile(*db, writeFile(QStringLiteral("new.csv"), utf8(good)),
                                           QStringLiteral("local"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    EXPECT_EQ(plan.newCount, 3);
    const Outcome applied = applyImport(*db, plan, QStringLiteral("local"));
    ASSERT_TRUE(applied.ok()) << str(applied.error());
    ASSERT_TRUE(indicator(QStringLiteral("new_rate")).has_value());
    EXPECT_EQ(str(indicator(QStringLiteral("new_rate"))->numeratorCode), "new_a");

    const QString bad = header +
        QStringLiteral("bad_cat,nowhere,甲,A,个,0,stock,sum,,,,at_least,expected,,,,,0,1\n"
                       "bad_dec,grain,乙,B,个,9,stock,sum,,,,at_least,expected,,,,,0,2\n"
                       "bad rate,grain,丙,C,%,2,stock,ratio,new_a,no_such,100,at_least,expected,,,,,0,3\n"
                       "bad_mode,grain,丁,D,个,0,sometimes,sum,,,,at_least,expected,,,,,0,4\n");
    const ImportPlan refused = planImportFile(*db, writeFile(QStringLiteral("bad.csv"), utf8(bad)),
                                              QStringLiteral("local"));
    const QString text = findingsText(refused);
    EXPECT_TRUE(text.contains(QStringLiteral("bad.csv:2: category: "))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("bad.csv:3: decimals: "))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("bad.csv:4: code: "))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("bad.csv:4: denominator: "))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("bad.csv:5: accumulation: unknown code 'sometimes'"))) << str(text);
    EXPECT_TRUE(refused.indicators.empty());
    EXPECT_FALSE(indicator(QStringLiteral("bad_cat")).has_value());
}

TEST_F(ImportFileTest, AClerkMayImportOnlyTheirOwnRegions)
{
    const QString admin = QStringLiteral("admin"), clerk = QStringLiteral("clerk01");
    ASSERT_TRUE(workflow::saveUser(*db, {admin, Role::Administrator, {}}, QStringLiteral("local")).ok());
    ASSERT_TRUE(workflow::saveUser(*db, {clerk, Role::Clerk, {QStringLiteral("410104001")}}, admin).ok());
    // Two figures of 城东 (the clerk's) and two of 陈湾村 (not theirs), each with a new comment.
    QString csv = header();
    int own = 0, foreign = 0;
    const auto figures = valuestore::inYears(*db, 2023, 2023);
    ASSERT_TRUE(figures.ok());
    for (const Value &v : *figures) {
        const bool mine = v.regionCode.startsWith(QStringLiteral("410104001"));
        const bool chenwan = v.regionCode == QStringLiteral("410104002001");
        if ((mine && own < 2) || (chenwan && foreign < 2)) {
            csv += row(v, v.value.toString(), QStringLiteral("checked"));
            ++(mine ? own : foreign);
        }
    }
    ASSERT_EQ(own + foreign, 4);
    const QString file = writeFile(QStringLiteral("mixed.csv"), utf8(csv));
    const ImportPlan byClerk = planImportFile(*db, file, clerk);
    ASSERT_EQ(byClerk.findings.size(), 1u) << str(findingsText(byClerk));
    EXPECT_EQ(str(byClerk.findings[0].column), "region");
    EXPECT_TRUE(byClerk.findings[0].reason.contains(QStringLiteral("410104002001"))) << str(byClerk.findings[0].reason);
    EXPECT_TRUE(byClerk.findings[0].reason.contains(QStringLiteral("(2 rows of this region)"))) << str(byClerk.findings[0].reason);
    EXPECT_FALSE(applyImport(*db, byClerk, clerk).ok());
    const ImportPlan byAdmin = planImportFile(*db, file, admin);
    EXPECT_FALSE(byAdmin.blocked()) << str(findingsText(byAdmin));
    // The catalogue is the administrator's.
    auto catalogue = csvexport::catalogue(*db);
    ASSERT_TRUE(catalogue.ok());
    const ImportPlan catalogueByClerk =
        planImportFile(*db, writeFile(QStringLiteral("cat.csv"), *catalogue), clerk);
    ASSERT_EQ(catalogueByClerk.findings.size(), 1u) << str(findingsText(catalogueByClerk));
    EXPECT_TRUE(catalogueByClerk.findings[0].reason.contains(QStringLiteral("administrator")));
}

TEST_F(ImportFileTest, CancelWhilePlanningGivesACancelledPlanAndReportsProgress)
{
    const QString file = bigValuesFile();
    std::atomic_bool cancel = false;
    qint64 lastDone = 0, lastTotal = 0;
    ImportControl control;
    control.cancel = &cancel;
    control.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        if (done >= 2000)
            cancel = true;
    };
    const ImportPlan plan = planImportFile(*db, file, QStringLiteral("local"), control);
    EXPECT_TRUE(plan.cancelled);
    EXPECT_TRUE(plan.blocked());
    EXPECT_TRUE(plan.values.empty());
    EXPECT_TRUE(plan.findings.empty());
    EXPECT_EQ(lastDone, 2000);
    EXPECT_GT(lastTotal, 2000);
    EXPECT_FALSE(applyImport(*db, plan, QStringLiteral("local")).ok());

    // Without cancel the same file plans to the end, progress reaching the total.
    ImportControl watch;
    watch.progress = [&](qint64 done, qint64 total) { lastDone = done; lastTotal = total; };
    const ImportPlan full = planImportFile(*db, file, QStringLiteral("local"), watch);
    ASSERT_FALSE(full.blocked()) << str(findingsText(full));
    EXPECT_EQ(full.values.size(), 3000u);
    EXPECT_EQ(lastDone, lastTotal);
}

TEST_F(ImportFileTest, CancelWhileApplyingLeavesTheDatabaseAsItWas)
{
    const ImportPlan plan = planImportFile(*db, bigValuesFile(), QStringLiteral("local"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    ASSERT_EQ(plan.values.size(), 3000u);
    const auto auditBefore = audit().size();
    auto before = csvexport::values(*db);
    ASSERT_TRUE(before.ok());

    std::atomic_bool cancel = true; // set before writing
    ImportControl control;
    control.cancel = &cancel;
    EXPECT_FALSE(applyImport(*db, plan, QStringLiteral("local"), control).ok());

    cancel = false; // set half-way through the writes
    qint64 seen = 0;
    control.progress = [&](qint64 done, qint64) {
        seen = done;
        if (done == 1500)
            cancel = true;
    };
    const Outcome halfway = applyImport(*db, plan, QStringLiteral("local"), control);
    ASSERT_FALSE(halfway.ok());
    EXPECT_TRUE(halfway.error().contains(QStringLiteral("cancelled"))) << str(halfway.error());
    EXPECT_EQ(seen, 1500);
    EXPECT_EQ(audit().size(), auditBefore);
    EXPECT_EQ(*csvexport::values(*db), *before);

    // Not cancelled, it writes all 3000.
    cancel = false;
    control.progress = {};
    ASSERT_TRUE(applyImport(*db, plan, QStringLiteral("local"), control).ok());
    EXPECT_EQ(audit().size(), auditBefore + 3000);
}

} // namespace
} // namespace zx::test
