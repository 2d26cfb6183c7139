// Regions as data (issue 12): the regions file imported through the all-or-nothing pipeline
// (findings by line and column, nothing written on a finding, a warning that does not block),
// exported and imported back unchanged, a city above counties; and retire / merge (村庄撤并):
// the sample's 2023 roll-ups are identical before and after merging two villages in 2024, and
// a figure for a merged village in 2024 is refused. A fresh sample database per test.
#include "entryfixture.h"

#include "entry/regionentry.h"
#include "entry/valueentry.h"
#include "entry/workflow.h"
#include "io/exporttable.h"
#include "io/valueimport.h"
#include "io/xlsxexport.h"
#include "storage/regionstore.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"
#include "summary/summaryformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>

#include <atomic>

namespace zx::test {
namespace {

const QString Header = QStringLiteral("code,name,name_en,parent_code,level,sort_order,retired\n");

class RegionsTest : public SampleDbTest
{
protected:
    // Messages name regions as a Chinese office reads them (displayName follows the locale).
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        SampleDbTest::SetUp();
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
    ImportPlan plan(const QString &csv, const QString &name = QStringLiteral("regions.csv"))
    {
        return planImport(*db, csv.toUtf8(), name);
    }
    static QStringList findings(const ImportPlan &p)
    {
        QStringList out;
        for (const ImportFinding &f : p.findings)
            out << formatFinding(f);
        return out;
    }
    std::vector<Region> regions()
    {
        auto all = regionstore::all(*db);
        EXPECT_TRUE(all.ok()) << str(all.error());
        return all.ok() ? *all : std::vector<Region>{};
    }
    Region region(const QString &code)
    {
        for (const Region &r : regions())
            if (r.code == code)
                return r;
        ADD_FAILURE() << "no region " << str(code);
        return {};
    }
    // The regions as text (every attribute), to compare a whole tree before and after.
    QString treeText()
    {
        QStringList out;
        for (const Region &r : regions())
            out << r.code + u' ' + regionSummary(r);
        return out.join(u'\n');
    }
    // A bad file: the exact findings, blocked, and nothing written by applying it.
    void expectRefused(const QString &csv, const QStringList &expected)
    {
        const QString before = treeText();
        const std::size_t audited = audit().size();
        const ImportPlan p = plan(csv);
        EXPECT_EQ(p.kind, ImportPlan::Kind::Regions);
        EXPECT_EQ(str(findings(p).join(u'\n')), str(expected.join(u'\n')));
        EXPECT_TRUE(p.blocked());
        EXPECT_FALSE(applyImport(*db, p, QStringLiteral("local")).ok());
        EXPECT_EQ(treeText(), before);
        EXPECT_EQ(audit().size(), audited);
    }
    // Every region's summary for every quarter of `year`, as JSON.
    QString summaries(int year)
    {
        auto data = Dataset::load(*db, year - 1, year);
        EXPECT_TRUE(data.ok()) << str(data.error());
        if (!data.ok())
            return {};
        const Evaluator eval(*data);
        QString out;
        for (const Region &r : regions())
            for (int q = 1; q <= 4; ++q)
                out += QString::fromUtf8(
                    QJsonDocument(summaryToJson(eval.summarize(r.code, year, q))).toJson());
        return out;
    }
};

TEST_F(RegionsTest, TheSampleRegionsFileIsToldByItsHeaderAndChangesNothing)
{
    QFile f(QStringLiteral(":/sample/regions.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const ImportPlan p = planImport(*db, f.readAll(), QStringLiteral("regions.csv"));
    EXPECT_EQ(p.kind, ImportPlan::Kind::Regions);
    EXPECT_TRUE(p.findings.empty()) << str(findings(p).join(u'\n'));
    EXPECT_EQ(p.unchangedCount, 26);
    EXPECT_EQ(p.newCount + p.changedCount, 0);
}

TEST_F(RegionsTest, ExportThenImportChangesNothingInCsvAndXlsx)
{
    auto sheet = exporttable::regions(*db);
    ASSERT_TRUE(sheet.ok()) << str(sheet.error());
    EXPECT_EQ(sheet->header.join(u','), Header.trimmed());
    ASSERT_EQ(sheet->rows.size(), 26u);
    const QByteArray csv = exporttable::toCsv(*sheet);
    const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    EXPECT_EQ(lines.value(1), QStringLiteral("410104,XX区,XX District,,1,1,0"));
    EXPECT_EQ(lines.value(2), QStringLiteral("410104001,城东街道办事处,Chengdong Sub-district,410104,2,1,0"));

    const QString before = treeText();
    const std::size_t audited = audit().size();
    const ImportPlan fromCsv = planImport(*db, csv, QStringLiteral("regions.csv"));
    EXPECT_EQ(fromCsv.kind, ImportPlan::Kind::Regions);
    EXPECT_TRUE(fromCsv.findings.empty()) << str(findings(fromCsv).join(u'\n'));
    EXPECT_EQ(fromCsv.unchangedCount, 26);
    EXPECT_EQ(fromCsv.newCount + fromCsv.changedCount, 0);
    ASSERT_TRUE(applyImport(*db, fromCsv, QStringLiteral("local")).ok());

    const QString xlsx = dir.filePath(QStringLiteral("regions.xlsx"));
    ASSERT_TRUE(xlsxexport::writeWorkbook({*sheet}, xlsx).ok());
    const ImportPlan fromXlsx = planImportFile(*db, xlsx, QStringLiteral("local"));
    EXPECT_EQ(fromXlsx.kind, ImportPlan::Kind::Regions);
    EXPECT_EQ(fromXlsx.sheet, QStringLiteral("regions"));
    EXPECT_TRUE(fromXlsx.findings.empty()) << str(findings(fromXlsx).join(u'\n'));
    EXPECT_EQ(fromXlsx.unchangedCount, 26);
    EXPECT_EQ(fromXlsx.newCount + fromXlsx.changedCount, 0);
    ASSERT_TRUE(applyImport(*db, fromXlsx, QStringLiteral("local")).ok());

    EXPECT_EQ(treeText(), before);
    EXPECT_EQ(audit().size(), audited);
}

TEST_F(RegionsTest, ImportingTheSameFileTwiceChangesNothingTheSecondTime)
{
    // The root updated in place (a row for an existing region is not a duplicate), a new
    // township with two villages (sort order from the file's order when empty).
    const QString csv = Header + QStringLiteral(
                                     "410104,XX区,XX District (new name),,1,1,\n"
                                     "410104006,新城街道办事处,Xincheng Sub-district,410104,2,6,0\n"
                                     "410104006001,东村,East Village,410104006,3,,0\n"
                                     "410104006002,西村,,410104006,3,,\n");
    const std::size_t audited = audit().size();
    const ImportPlan first = plan(csv);
    EXPECT_TRUE(first.findings.empty()) << str(findings(first).join(u'\n'));
    EXPECT_EQ(first.newCount, 3);
    EXPECT_EQ(first.changedCount, 1);
    EXPECT_EQ(first.unchangedCount, 0);
    ASSERT_TRUE(applyImport(*db, first, QStringLiteral("local")).ok());
    EXPECT_EQ(regions().size(), 29u);
    EXPECT_EQ(region(QStringLiteral("410104")).nameEn, QStringLiteral("XX District (new name)"));
    EXPECT_EQ(region(QStringLiteral("410104006001")).sortOrder, 3); // line 4: third row
    EXPECT_EQ(region(QStringLiteral("410104006002")).parentCode, QStringLiteral("410104006"));
    const auto entries = audit();
    ASSERT_EQ(entries.size(), audited + 4);
    EXPECT_EQ(entries.back().action, QStringLiteral("region.save"));
    EXPECT_EQ(entries.back().regionCode, QStringLiteral("410104006002"));
    EXPECT_EQ(entries[audited].oldValue,
              QStringLiteral("XX区 / XX District; level 1; order 1"));
    EXPECT_EQ(entries[audited].newValue,
              QStringLiteral("XX区 / XX District (new name); level 1; order 1"));

    const QString after = treeText();
    const ImportPlan second = plan(csv);
    EXPECT_TRUE(second.findings.empty()) << str(findings(second).join(u'\n'));
    EXPECT_EQ(second.newCount + second.changedCount, 0);
    EXPECT_EQ(second.unchangedCount, 4);
    ASSERT_TRUE(applyImport(*db, second, QStringLiteral("local")).ok());
    EXPECT_EQ(treeText(), after);
    EXPECT_EQ(audit().size(), audited + 4);
    expectChainVerifies();
}

TEST_F(RegionsTest, DuplicateCodeUnknownParentAndBadLevelAreFindingsByLineAndColumn)
{
    expectRefused(Header + QStringLiteral("410104006,新城街道,,410104,2,6,0\n"
                                          "410104006,新城街道,,410104,2,6,0\n"),
                  {QStringLiteral("regions.csv:3: code: duplicate of line 2 (same code)")});
    expectRefused(Header + QStringLiteral("410104009001,新村,,410104009,3,1,0\n"),
                  {QStringLiteral("regions.csv:2: parent_code: Unknown parent region '410104009'")});
    expectRefused(Header + QStringLiteral("410104006,新城街道,,410104,二,6,0\n"
                                          "410104007,北城街道,,410104,5,7,0\n"),
                  {QStringLiteral("regions.csv:2: level: level must be 0 (city), 1 (county), 2 "
                                  "(township) or 3 (village), not '二'"),
                   QStringLiteral("regions.csv:3: level: level must be 0 (city), 1 (county), 2 "
                                  "(township) or 3 (village), not '5'")});
    expectRefused(Header + QStringLiteral("410104001005,新村,,410104001,3,x,0\n"
                                          "410104001006,,,410104001,3,6,2\n"),
                  {QStringLiteral("regions.csv:2: sort_order: bad number 'x'"),
                   QStringLiteral("regions.csv:3: name: a new region needs a name"),
                   QStringLiteral("regions.csv:3: retired: '2' is not 0 or 1")});
}

TEST_F(RegionsTest, ALevelThatDoesNotFollowItsParentIsAFinding)
{
    // A village typed as a township under a township; a township moved under a village.
    expectRefused(Header + QStringLiteral("410104001005,新村,,410104001,2,5,0\n"
                                          "410104002,城南街道办事处,,410104001001,2,2,0\n"),
                  {QStringLiteral("regions.csv:2: level: Level 2 does not follow the parent "
                                  "410104001 (level 2): expected level 3"),
                   QStringLiteral("regions.csv:3: level: Level 2 does not follow the parent "
                                  "410104001001 (level 3): expected level 4")});
}

TEST_F(RegionsTest, ACycleIsAFindingOnEveryRowInIt)
{
    // Two new townships under each other, and the district moved under its own village.
    expectRefused(Header + QStringLiteral("A1,甲,,B1,2,1,0\n"
                                          "B1,乙,,A1,2,2,0\n"),
                  {QStringLiteral("regions.csv:2: parent_code: A1 cannot be placed under B1: "
                                  "B1 is A1 itself or lies under it (a cycle)"),
                   QStringLiteral("regions.csv:3: parent_code: B1 cannot be placed under A1: "
                                  "A1 is B1 itself or lies under it (a cycle)")});
    expectRefused(Header + QStringLiteral("410104,XX区,XX District,410104001001,1,1,0\n"),
                  {QStringLiteral("regions.csv:2: parent_code: 410104 cannot be placed under "
                                  "410104001001: 410104001001 is 410104 itself or lies under it "
                                  "(a cycle)")});
}

TEST_F(RegionsTest, ASecondTopRegionIsAFinding)
{
    expectRefused(Header + QStringLiteral("410105,YY区,,,1,2,0\n"),
                  {QStringLiteral("regions.csv:2: parent_code: 410105 has no parent, but 410104 "
                                  "is already the top region; name its parent")});
}

TEST_F(RegionsTest, RetiringARegionWithFiguresInAnOpenQuarterIsAFinding)
{
    // 张庄村 has figures in every quarter of 2022 and 2023, none approved.
    expectRefused(Header + QStringLiteral("410104001001,张庄村,Zhangzhuang Village,410104001,3,1,1\n"),
                  {QStringLiteral("regions.csv:2: retired: 410104001001 still has figures in "
                                  "2022 Q1, a quarter that is not approved; approve it (or keep "
                                  "the region) before retiring it")});
    // A township cannot retire while its villages stay active.
    expectRefused(Header + QStringLiteral("410104001,城东街道办事处,,410104,2,1,1\n"),
                  {QStringLiteral("regions.csv:2: retired: 410104001 cannot retire from 2024 "
                                  "while its sub-region 410104001001 stays active; retire or "
                                  "move 410104001001 first"),
                   QStringLiteral("regions.csv:2: retired: 410104001 still has figures in 2022 "
                                  "Q1, a quarter that is not approved; approve it (or keep the "
                                  "region) before retiring it")});
}

TEST_F(RegionsTest, RetiringARegionWhoseQuartersAreApprovedIsTakenFromTheYearAfter)
{
    const QString village = QStringLiteral("410104001001");
    for (int year : {2022, 2023})
        for (int q = 1; q <= 4; ++q) {
            ASSERT_TRUE(workflow::submit(*db, village, year, q, QStringLiteral("local")).ok());
            ASSERT_TRUE(workflow::approve(*db, village, year, q, QStringLiteral("local")).ok());
        }
    const ImportPlan p = plan(Header + QStringLiteral("410104001001,张庄村,Zhangzhuang Village,410104001,3,1,1\n"));
    EXPECT_TRUE(p.findings.empty()) << str(findings(p).join(u'\n'));
    EXPECT_EQ(p.changedCount, 1);
    ASSERT_TRUE(applyImport(*db, p, QStringLiteral("local")).ok());
    EXPECT_EQ(region(village).retiredFrom, 2024);
    // Exported as retired = 1, and importing that again changes nothing.
    auto sheet = exporttable::regions(*db);
    ASSERT_TRUE(sheet.ok());
    const ImportPlan again = planImport(*db, exporttable::toCsv(*sheet), QStringLiteral("r.csv"));
    EXPECT_TRUE(again.findings.empty()) << str(findings(again).join(u'\n'));
    EXPECT_EQ(again.unchangedCount, 26);
    EXPECT_TRUE(QString::fromUtf8(exporttable::toCsv(*sheet))
                    .contains(QStringLiteral("\r\n410104001001,张庄村,Zhangzhuang Village,410104001,3,1,1\r\n")));
}

TEST_F(RegionsTest, ACodeThatDoesNotExtendItsParentsIsAWarningThatDoesNotBlock)
{
    const QString csv = Header + QStringLiteral("410104002099,新村,New Village,410104001,3,5,0\n"
                                                "410104006,新城街道,,410104,2,6,0\n"
                                                "410104006001000,长码村,,410104006,3,1,0\n");
    const ImportPlan p = plan(csv);
    EXPECT_EQ(findings(p),
              QStringList({QStringLiteral("regions.csv:2: code: warning: The code 410104002099 does "
                                          "not extend its parent's code 410104001: it should start "
                                          "with its first 9 digits (统计用区划代码)")}));
    EXPECT_FALSE(p.blocked());
    EXPECT_EQ(p.newCount, 3);
    ASSERT_TRUE(applyImport(*db, p, QStringLiteral("local")).ok());
    EXPECT_EQ(region(QStringLiteral("410104002099")).parentCode, QStringLiteral("410104001"));
    EXPECT_EQ(regions().size(), 29u);
}

TEST_F(RegionsTest, ACityAboveTheCountyAndASecondCountyUnderIt)
{
    const QString csv = Header + QStringLiteral("4101,郑州市,Zhengzhou,,0,1,0\n"
                                                "410104,XX区,XX District,4101,1,1,0\n"
                                                "410105,YY区,YY District,4101,1,2,0\n"
                                                "410105001,一街道,,410105,2,1,0\n"
                                                "410105001001,一村,,410105001,3,1,0\n");
    const ImportPlan p = plan(csv);
    EXPECT_TRUE(p.findings.empty()) << str(findings(p).join(u'\n'));
    EXPECT_EQ(p.newCount, 4);
    EXPECT_EQ(p.changedCount, 1);
    ASSERT_TRUE(applyImport(*db, p, QStringLiteral("local")).ok());
    const auto all = regions();
    ASSERT_EQ(all.size(), 30u);
    EXPECT_EQ(all.front().code, QStringLiteral("4101"));
    EXPECT_EQ(all.front().level, RegionLevel::City);
    EXPECT_EQ(region(QStringLiteral("410104")).parentCode, QStringLiteral("4101"));
    // The district's figures are the city's now: 2023 returning entrepreneurs 479 (the seed's).
    auto data = Dataset::load(*db, 2022, 2023);
    ASSERT_TRUE(data.ok()) << str(data.error());
    const Evaluator eval(*data);
    const IndicatorSummary s = eval.summarize(*data->indicator(QStringLiteral("returning_entrepreneurs")),
                                              QStringLiteral("4101"), 2023, 4);
    ASSERT_TRUE(s.actual.has_value());
    EXPECT_EQ(s.actual->toString(), QStringLiteral("479"));
}

TEST_F(RegionsTest, ACancelledPlanHasNothingAndIsRefused)
{
    std::atomic_bool cancel{true};
    ImportControl control;
    control.cancel = &cancel;
    const QString path = dir.filePath(QStringLiteral("regions.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write((Header + QStringLiteral("410104006,新城街道,,410104,2,6,0\n")).toUtf8());
    f.close();
    const ImportPlan p = planImportFile(*db, path, QStringLiteral("local"), control);
    EXPECT_TRUE(p.cancelled);
    EXPECT_TRUE(p.regions.empty());
    EXPECT_FALSE(applyImport(*db, p, QStringLiteral("local")).ok());
    EXPECT_EQ(regions().size(), 26u);
}

TEST_F(RegionsTest, OnlyAnAdministratorImportsRegions)
{
    UserAccount admin{QStringLiteral("local"), Role::Administrator, {}, {}};
    ASSERT_TRUE(workflow::saveUser(*db, admin, QStringLiteral("local")).ok());
    UserAccount clerk{QStringLiteral("clerk01"), Role::Clerk, {QStringLiteral("410104001")}, {}};
    ASSERT_TRUE(workflow::saveUser(*db, clerk, QStringLiteral("local")).ok());
    const QString path = dir.filePath(QStringLiteral("regions.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write((Header + QStringLiteral("410104006,新城街道,,410104,2,6,0\n")).toUtf8());
    f.close();
    const ImportPlan p = planImportFile(*db, path, QStringLiteral("clerk01"));
    ASSERT_EQ(p.findings.size(), 1u);
    EXPECT_TRUE(p.findings.front().reason.startsWith(
        QStringLiteral("Only an administrator may change the regions; clerk01 is a")))
        << str(p.findings.front().reason);
    EXPECT_TRUE(p.blocked());
}

// 村庄撤并: 张庄村 and 李寨村 merged into 王楼村 from 2024.
TEST_F(RegionsTest, MergingTwoVillagesIn2024KeepsEvery2023RollUpIdentical)
{
    const QString before2023 = summaries(2023);
    const QString before2022 = summaries(2022);
    ASSERT_FALSE(before2023.isEmpty());
    auto history = regionstore::figurePeriods(*db, QStringLiteral("410104001001"));
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 8u); // every quarter of 2022 and 2023
    const std::size_t audited = audit().size();
    const QString a = QStringLiteral("410104001001"), b = QStringLiteral("410104001002"),
                  into = QStringLiteral("410104001003");
    ASSERT_TRUE(mergeRegions(*db, {a, b}, into, 2024, QStringLiteral("local")).ok());

    EXPECT_EQ(summaries(2023), before2023);
    EXPECT_EQ(summaries(2022), before2022);
    EXPECT_EQ(region(a).retiredFrom, 2024);
    EXPECT_EQ(region(a).mergedInto, into);
    EXPECT_EQ(region(b).mergedInto, into);
    EXPECT_EQ(region(into).retiredFrom, 0);
    // The history stays: 张庄村 still holds figures in the same 8 quarters.
    EXPECT_EQ(regionstore::figurePeriods(*db, a).value(), history.value());

    // Audited in the same transaction: one region.merge per village, the year 2024.
    const auto entries = audit();
    ASSERT_EQ(entries.size(), audited + 2);
    EXPECT_EQ(entries[audited].action, QStringLiteral("region.merge"));
    EXPECT_EQ(entries[audited].regionCode, a);
    EXPECT_EQ(entries[audited].year, 2024);
    EXPECT_EQ(entries[audited].newValue,
              QStringLiteral("张庄村 / Zhangzhuang Village; level 3 under 410104001; order 1; "
                             "retired from 2024; merged into 410104001003"));
    expectChainVerifies();

    // A figure for a merged village in 2024 is refused, with the reason; 王楼村 takes it.
    const ValueKey merged{QStringLiteral("returning_entrepreneurs"), a, 2024, 1};
    const Outcome refused = setValue(*db, merged, dec("3"), QString(), QStringLiteral("local"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(), QStringLiteral("张庄村 was merged into 王楼村 from 2024 and takes no "
                                              "figures for 2024 Q1"));
    EXPECT_TRUE(storedText(merged).isEmpty());
    EXPECT_TRUE(setValue(*db, {QStringLiteral("returning_entrepreneurs"), into, 2024, 1}, dec("3"),
                         QString(), QStringLiteral("local"))
                    .ok());
    // Imported, the same figure is a finding at its region cell.
    const ImportPlan p = planImport(
        *db,
        QStringLiteral("indicator,region,year,quarter,value,comment\n"
                       "returning_entrepreneurs,410104001001,2024,2,4,\n")
            .toUtf8(),
        QStringLiteral("values.csv"));
    EXPECT_EQ(findings(p), QStringList({QStringLiteral(
                               "values.csv:2: region: 410104001001 is retired from 2024 and "
                               "takes no figures for 2024")}));
}

TEST_F(RegionsTest, MergeAndRetireAreRefusedWhileTheVillageHasFiguresOfThatYear)
{
    const QString a = QStringLiteral("410104001001");
    ASSERT_TRUE(setValue(*db, {QStringLiteral("returning_entrepreneurs"), a, 2024, 1}, dec("2"),
                         QString(), QStringLiteral("local"))
                    .ok());
    const QString before = treeText();
    const Outcome merge =
        mergeRegions(*db, {a}, QStringLiteral("410104001002"), 2024, QStringLiteral("local"));
    ASSERT_FALSE(merge.ok());
    EXPECT_EQ(merge.error(), QStringLiteral("张庄村 cannot be merged from 2024: it has figures in "
                                            "2024 Q1; delete them or merge it from a later year"));
    const Outcome retire = retireRegion(*db, a, 2024, QStringLiteral("local"));
    ASSERT_FALSE(retire.ok());
    EXPECT_EQ(retire.error(), QStringLiteral("张庄村 cannot retire from 2024: it has figures in "
                                             "2024 Q1; delete them or retire it from a later year"));
    EXPECT_EQ(treeText(), before);
    // Into a township, or into itself: refused.
    EXPECT_EQ(mergeRegions(*db, {QStringLiteral("410104001002")}, QStringLiteral("410104001"), 2025,
                           QStringLiteral("local"))
                  .error(),
              QStringLiteral("城东街道办事处 is not a village; villages are merged into a village"));
    EXPECT_EQ(mergeRegions(*db, {a}, a, 2025, QStringLiteral("local")).error(),
              QStringLiteral("张庄村 cannot be merged into itself"));
    // From 2025 it may retire; 2024 keeps its figure, 2025 is refused.
    ASSERT_TRUE(retireRegion(*db, a, 2025, QStringLiteral("local")).ok());
    EXPECT_EQ(region(a).retiredFrom, 2025);
    EXPECT_EQ(setValue(*db, {QStringLiteral("returning_entrepreneurs"), a, 2025, 1}, dec("1"),
                       QString(), QStringLiteral("local"))
                  .error(),
              QStringLiteral("张庄村 is retired from 2025 and takes no figures for 2025 Q1"));
    // Brought back (year 0): active again.
    ASSERT_TRUE(retireRegion(*db, a, 0, QStringLiteral("local")).ok());
    EXPECT_EQ(region(a).retiredFrom, 0);
}

TEST_F(RegionsTest, AddRenameMoveAndReorderAreAuditedAndChecked)
{
    const std::size_t audited = audit().size();
    Region added{QStringLiteral("410104001005"), QStringLiteral("新庄村"), QStringLiteral("Xinzhuang"),
                 RegionLevel::Village, QStringLiteral("410104001"), 5};
    ASSERT_TRUE(saveRegion(*db, added, true, QStringLiteral("local")).ok());
    EXPECT_EQ(saveRegion(*db, added, true, QStringLiteral("local")).error(),
              QStringLiteral("The region code '410104001005' is already in use"));
    added.name = QStringLiteral("新庄社区");
    ASSERT_TRUE(saveRegion(*db, added, false, QStringLiteral("local")).ok());
    EXPECT_EQ(region(added.code).name, QStringLiteral("新庄社区"));
    // Moved to 城南街道 (its code keeps its old prefix: a warning only, not a refusal).
    Region moved = region(QStringLiteral("410104001004"));
    moved.parentCode = QStringLiteral("410104002");
    ASSERT_TRUE(saveRegion(*db, moved, false, QStringLiteral("local")).ok());
    EXPECT_EQ(region(moved.code).parentCode, QStringLiteral("410104002"));
    // A village cannot be moved under a village.
    moved.parentCode = QStringLiteral("410104002001");
    EXPECT_EQ(saveRegion(*db, moved, false, QStringLiteral("local")).error(),
              QStringLiteral("Level 3 does not follow the parent 410104002001 (level 3): "
                             "expected level 4"));
    ASSERT_TRUE(reorderRegions(*db,
                               {QStringLiteral("410104001005"), QStringLiteral("410104001003"),
                                QStringLiteral("410104001002"), QStringLiteral("410104001001")},
                               QStringLiteral("local"))
                    .ok());
    EXPECT_EQ(region(QStringLiteral("410104001005")).sortOrder, 1);
    EXPECT_EQ(region(QStringLiteral("410104001001")).sortOrder, 4);
    EXPECT_EQ(reorderRegions(*db, {QStringLiteral("410104001001"), QStringLiteral("410104002001")},
                             QStringLiteral("local"))
                  .error(),
              QStringLiteral("410104001001 and 410104002001 are not under the same parent; only "
                             "siblings are put in order"));
    // add, rename, move, and the reorder of four villages (each one's order changes)
    const auto entries = audit();
    EXPECT_EQ(entries[audited].action, QStringLiteral("region.save"));
    EXPECT_EQ(entries[audited].oldValue, QString());
    EXPECT_EQ(entries[audited + 1].oldValue,
              QStringLiteral("新庄村 / Xinzhuang; level 3 under 410104001; order 5"));
    EXPECT_EQ(entries[audited + 1].newValue,
              QStringLiteral("新庄社区 / Xinzhuang; level 3 under 410104001; order 5"));
    EXPECT_EQ(entries.size(), audited + 3 + 4);
    expectChainVerifies();
}

TEST_F(RegionsTest, OnlyAnAdministratorChangesRegions)
{
    UserAccount admin{QStringLiteral("local"), Role::Administrator, {}, {}};
    ASSERT_TRUE(workflow::saveUser(*db, admin, QStringLiteral("local")).ok());
    UserAccount reviewer{QStringLiteral("rev"), Role::Reviewer, {}, {}};
    ASSERT_TRUE(workflow::saveUser(*db, reviewer, QStringLiteral("local")).ok());
    const Outcome refused = mergeRegions(*db, {QStringLiteral("410104001001")},
                                         QStringLiteral("410104001002"), 2024, QStringLiteral("rev"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Only an administrator may change the regions; rev is a")))
        << str(refused.error());
    EXPECT_EQ(region(QStringLiteral("410104001001")).retiredFrom, 0);
}

} // namespace
} // namespace zx::test

namespace zx::test {
namespace {

// The county's summary as the overview reads it: scoped, its townships' roll-ups taken from
// the cache (rollup_value), against the same from every figure.
QString countyFromCache(Database &db, int year)
{
    auto data = Dataset::loadScoped(db, {QStringLiteral("410104")}, year - 1, year);
    EXPECT_TRUE(data.ok()) << str(data.error());
    EXPECT_TRUE(data->isScoped());
    const Evaluator eval(*data);
    QString out;
    for (const char *code : {"410104001", "410104002"})
        out += QString::fromUtf8(QJsonDocument(summaryToJson(eval.summarize(QString::fromLatin1(code), year, 4))).toJson());
    return out;
}

QString townshipsFromFigures(Database &db, int year)
{
    auto data = Dataset::load(db, year - 1, year);
    EXPECT_TRUE(data.ok()) << str(data.error());
    const Evaluator eval(*data);
    QString out;
    for (const char *code : {"410104001", "410104002"})
        out += QString::fromUtf8(QJsonDocument(summaryToJson(eval.summarize(QString::fromLatin1(code), year, 4))).toJson());
    return out;
}

// A village moved to another township: the cached roll-ups follow (the move invalidates the
// cache); a rename leaves them as they were.
TEST_F(RegionsTest, AMoveUpdatesTheCachedRollUpsAndARenameKeepsThem)
{
    const QString before = countyFromCache(*db, 2023);
    ASSERT_EQ(before, townshipsFromFigures(*db, 2023));
    Region v = region(QStringLiteral("410104001004"));
    v.name = QStringLiteral("刘营社区");
    ASSERT_TRUE(saveRegion(*db, v, false, QStringLiteral("local")).ok());
    EXPECT_EQ(countyFromCache(*db, 2023), before);
    v.parentCode = QStringLiteral("410104002");
    ASSERT_TRUE(saveRegion(*db, v, false, QStringLiteral("local")).ok());
    const QString moved = countyFromCache(*db, 2023);
    EXPECT_NE(moved, before);
    EXPECT_EQ(moved, townshipsFromFigures(*db, 2023));
}

} // namespace
} // namespace zx::test

namespace zx::test {
namespace {

// After 村庄撤并 the merged villages are neither due nor ranked from the merge year on; the
// years before still list and rank them.
TEST_F(RegionsTest, MergedVillagesAreNotDueOrRankedFromTheirYear)
{
    const QString a = QStringLiteral("410104001001"), b = QStringLiteral("410104001002");
    ASSERT_TRUE(mergeRegions(*db, {a, b}, QStringLiteral("410104001003"), 2024,
                             QStringLiteral("local"))
                    .ok());
    const auto dueCodes = [&](int year) {
        auto due = workflow::due(*db, QStringLiteral("410104001"), year, 1);
        EXPECT_TRUE(due.ok()) << str(due.error());
        QStringList codes;
        for (const PeriodStatus &s : *due)
            codes << s.regionCode;
        return codes.join(u' ');
    };
    EXPECT_EQ(dueCodes(2023), QStringLiteral("410104001 410104001001 410104001002 410104001003 410104001004"));
    EXPECT_EQ(dueCodes(2024), QStringLiteral("410104001 410104001003 410104001004"));

    auto data = Dataset::load(*db, 2023, 2024);
    ASSERT_TRUE(data.ok()) << str(data.error());
    const Evaluator eval(*data);
    const Indicator *ind = data->indicator(QStringLiteral("returning_entrepreneurs"));
    ASSERT_NE(ind, nullptr);
    const auto ranked = [&](int year) {
        QStringList codes;
        for (const RankedRegion &r : eval.rankChildren(*ind, QStringLiteral("410104001"), year, 4))
            codes << r.regionCode;
        codes.sort();
        return codes.join(u' ');
    };
    EXPECT_EQ(ranked(2023), QStringLiteral("410104001001 410104001002 410104001003 410104001004"));
    EXPECT_EQ(ranked(2024), QStringLiteral("410104001003 410104001004"));
}

} // namespace
} // namespace zx::test

namespace zx::test {
namespace {

// Cancelled while writing: the one transaction rolls back, nothing of the file stays.
TEST_F(RegionsTest, CancelWhileApplyingLeavesNothing)
{
    const ImportPlan p = plan(Header + QStringLiteral("410104006,新城街道,,410104,2,6,0\n"
                                                      "410104006001,东村,,410104006,3,1,0\n"
                                                      "410104006002,西村,,410104006,3,2,0\n"));
    ASSERT_FALSE(p.blocked());
    ASSERT_EQ(p.regions.size(), 3u);
    const std::size_t audited = audit().size();
    std::atomic_bool cancel{false};
    ImportControl control;
    control.cancel = &cancel;
    int calls = 0;
    control.progress = [&](qint64 done, qint64) {
        ++calls;
        if (done == 2) // two regions written inside the transaction
            cancel = true;
    };
    const Outcome done = applyImport(*db, p, QStringLiteral("local"), control);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error(), QStringLiteral("import cancelled; nothing was written"));
    EXPECT_EQ(calls, 3);
    EXPECT_EQ(regions().size(), 26u);
    EXPECT_EQ(audit().size(), audited);
    expectChainVerifies();
}

} // namespace
} // namespace zx::test
