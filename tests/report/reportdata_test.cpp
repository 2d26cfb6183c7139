// The report model of the sample county: sections, narrative paragraphs, charts, ranking,
// findings, languages, and a period without figures.
#include "i18n/language.h"
#include "report/reportdata.h"
#include "reportfixture.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTranslator>

#include <algorithm>

namespace zx {
namespace {

using ReportDataTest = ReportFixture;

const ReportSection *sectionOf(const ReportData &r, const char *category)
{
    for (const ReportSection &s : r.sections)
        if (s.categoryCode == QLatin1String(category))
            return &s;
    return nullptr;
}

TEST_F(ReportDataTest, TheCountyReportHasOneSectionPerCategoryInTheSeedsWords)
{
    const ReportData r = buildReport(*m_eval, QStringLiteral("410104"), 2023, 4,
                                     ReportLanguage::Chinese, QDate(2024, 1, 15));
    EXPECT_TRUE(r.hasData);
    EXPECT_EQ(r.title, QStringLiteral("2023年XX区乡村振兴指标通报（第4季度）"));
    EXPECT_EQ(r.generatedDate, QStringLiteral("2024-01-15"));
    ASSERT_EQ(r.sections.size(), 6u);
    EXPECT_EQ(r.sections.front().title, QStringLiteral("一、党建引领"));
    const ReportSection *env = sectionOf(r, "environment");
    const ReportSection *water = sectionOf(r, "water");
    ASSERT_TRUE(env && water);
    EXPECT_TRUE(env->paragraph.contains(
        QStringLiteral("新增返乡下乡创业人员479人，占年度目标任务350人的136.86%")))
        << env->paragraph.toStdString();
    EXPECT_TRUE(water->paragraph.contains(
        QStringLiteral("共计巡河(库)2436次，其中：区级48次、街道211次、村级2177次")))
        << water->paragraph.toStdString();
    // The parts are named once, in their total's sentence, not again on their own.
    EXPECT_EQ(water->paragraph.count(QStringLiteral("区级48次")), 1);
    for (const ReportSection &s : r.sections) {
        EXPECT_TRUE(s.hasData) << s.categoryCode.toStdString();
        EXPECT_TRUE(s.paragraph.endsWith(u'。')) << s.paragraph.toStdString();
        EXPECT_FALSE(s.paragraph.contains(u'{')) << s.paragraph.toStdString();
    }
}

TEST_F(ReportDataTest, SummaryRowsChartsAndRanking)
{
    const ReportData r =
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::Chinese);
    const auto active = std::count_if(m_data->indicators().begin(), m_data->indicators().end(),
                                      [](const Indicator &i) { return !i.retired; });
    EXPECT_EQ(qsizetype(r.summary.size()), qsizetype(active));
    const auto row = std::find_if(r.summary.begin(), r.summary.end(), [](const ReportRow &x) {
        return x.code == QLatin1String("returning_entrepreneurs");
    });
    ASSERT_NE(row, r.summary.end());
    EXPECT_EQ(row->actual, QStringLiteral("479"));
    EXPECT_EQ(row->target, QStringLiteral("350"));
    ASSERT_TRUE(row->completionPct);
    EXPECT_NEAR(*row->completionPct, 136.86, 0.005);
    EXPECT_EQ(row->status, TrackStatus::Done);

    const ReportSection *env = sectionOf(r, "environment");
    ASSERT_TRUE(env);
    const auto bar = std::find_if(env->bars.begin(), env->bars.end(), [](const ReportBar &b) {
        return b.code == QLatin1String("returning_entrepreneurs");
    });
    ASSERT_NE(bar, env->bars.end());
    EXPECT_EQ(bar->actualText, QStringLiteral("479"));
    EXPECT_EQ(bar->targetText, QStringLiteral("350"));
    // The county ranks its five sub-districts where they have targets.
    EXPECT_EQ(env->ranking.size(), 5u);
    EXPECT_FALSE(env->rankingTitle.isEmpty());
    EXPECT_EQ(env->ranking.front().rank, 1);
    for (size_t i = 1; i < env->ranking.size(); ++i)
        EXPECT_GE(env->ranking[i - 1].completionPct.value_or(-1),
                  env->ranking[i].completionPct.value_or(-1));
}

TEST_F(ReportDataTest, ASubDistrictHasNoRankingOfVillagesWithoutTargets)
{
    const ReportData r =
        buildReport(*m_eval, QStringLiteral("410104001"), 2023, 4, ReportLanguage::Chinese);
    EXPECT_TRUE(r.hasData);
    EXPECT_EQ(r.regionName, QStringLiteral("城东街道办事处"));
    for (const ReportSection &s : r.sections) {
        if (s.ranking.empty()) {
            EXPECT_TRUE(s.rankingTitle.isEmpty());
        }
    }
}

TEST_F(ReportDataTest, TheEnglishReportUsesEnglishWordsAndTemplates)
{
    const ReportData r =
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::English);
    EXPECT_EQ(r.title, QStringLiteral("XX District rural revitalization indicators, 2023 Q4"));
    ASSERT_EQ(r.sections.size(), 6u);
    const ReportSection *env = sectionOf(r, "environment");
    ASSERT_TRUE(env);
    EXPECT_TRUE(env->title.startsWith(QStringLiteral("4. ")));
    EXPECT_TRUE(env->paragraph.contains(QStringLiteral("returning entrepreneurs")))
        << env->paragraph.toStdString();
    EXPECT_TRUE(env->paragraph.contains(QStringLiteral("136.86%")));
    EXPECT_FALSE(env->paragraph.contains(QStringLiteral("返乡")));
    EXPECT_TRUE(env->paragraph.endsWith(u'.'));
    EXPECT_EQ(reportText(QStringLiteral("noData"), ReportLanguage::English),
              QStringLiteral("No figures for this period"));
    EXPECT_EQ(reportStatusText(TrackStatus::Behind, ReportLanguage::English),
              QStringLiteral("Behind"));
}

// One vocabulary (issue 13): the bulletin and the exports say what the app's status tiles and
// the README say — 已完成 序时推进 略有滞后 明显滞后 未填报 未设目标 — not 严重滞后 / 无目标; a
// target without a figure yet is 未填报 (not reported), not 未设目标.
TEST_F(ReportDataTest, StatusWordsAreTheAppsWords)
{
    EXPECT_EQ(reportStatusText(TrackStatus::NotReported, ReportLanguage::Chinese),
              QStringLiteral("未填报"));
    EXPECT_EQ(reportStatusText(TrackStatus::NotReported, ReportLanguage::English),
              QStringLiteral("Not reported"));
    EXPECT_EQ(reportStatusText(TrackStatus::Untracked, ReportLanguage::English),
              QStringLiteral("No target"));
    EXPECT_EQ(reportStatusText(TrackStatus::Done, ReportLanguage::Chinese), QStringLiteral("已完成"));
    EXPECT_EQ(reportStatusText(TrackStatus::OnTrack, ReportLanguage::Chinese), QStringLiteral("序时推进"));
    EXPECT_EQ(reportStatusText(TrackStatus::Lagging, ReportLanguage::Chinese), QStringLiteral("略有滞后"));
    EXPECT_EQ(reportStatusText(TrackStatus::Behind, ReportLanguage::Chinese), QStringLiteral("明显滞后"));
    EXPECT_EQ(reportStatusText(TrackStatus::Untracked, ReportLanguage::Chinese), QStringLiteral("未设目标"));
}

TEST_F(ReportDataTest, APeriodWithoutFiguresSaysSo)
{
    for (const ReportLanguage lang : {ReportLanguage::Chinese, ReportLanguage::English}) {
        const ReportData r = buildReport(*m_eval, QStringLiteral("410104"), 2030, 4, lang);
        EXPECT_FALSE(r.hasData);
        ASSERT_EQ(r.sections.size(), 6u);
        const QString none = lang == ReportLanguage::Chinese
                                 ? QStringLiteral("本期暂无数据")
                                 : QStringLiteral("No figures for this period");
        for (const ReportSection &s : r.sections) {
            EXPECT_FALSE(s.hasData);
            EXPECT_EQ(s.paragraph, none);
            EXPECT_TRUE(s.bars.empty());
            EXPECT_TRUE(s.ranking.empty());
        }
    }
}

// Issue 13: a total's parts are in its sentence by default, so a county whose catalogue has no
// templates reads 周村's 86 of 140 villages and 涉县's 335 people (250 and 105 of them) in the
// text, not only in the table; and each part once, not again as a sentence of its own.
TEST_F(ReportDataTest, ATotalsPartsAreInItsSentenceByDefault)
{
    addRealReportTotals();
    const ReportData zh =
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::Chinese);
    const ReportSection *reform = sectionOf(zh, "reform");
    ASSERT_TRUE(reform);
    EXPECT_TRUE(reform->paragraph.contains(
        QStringLiteral("行政村140个，其中集体经济收入10万元以上的村86个")))
        << reform->paragraph.toStdString();
    EXPECT_TRUE(reform->paragraph.contains(QStringLiteral(
        "培训高素质农民335人，其中女性学员250人、脱贫户学员105人")))
        << reform->paragraph.toStdString();
    EXPECT_EQ(reform->paragraph.count(QStringLiteral("86个")), 1);
    EXPECT_EQ(reform->paragraph.count(QStringLiteral("250人")), 1);
    EXPECT_EQ(reform->paragraph.count(QStringLiteral("105人")), 1);

    const ReportData en =
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::English);
    const ReportSection *reformEn = sectionOf(en, "reform");
    ASSERT_TRUE(reformEn);
    EXPECT_TRUE(reformEn->paragraph.contains(QStringLiteral(
        "Administrative villages: 140, of which villages with collective income over 100,000 "
        "yuan: 86.")))
        << reformEn->paragraph.toStdString();
    EXPECT_TRUE(reformEn->paragraph.contains(QStringLiteral(
        "High-quality farmers trained: 335, of which women trainees: 250, trainees from formerly "
        "poor households: 105.")))
        << reformEn->paragraph.toStdString();
    // The table still has every figure, the units in the report's language.
    const auto row = [&](const ReportData &r, const char *code) {
        const auto it = std::find_if(r.summary.begin(), r.summary.end(), [&](const ReportRow &x) {
            return x.code == QLatin1String(code);
        });
        return it == r.summary.end() ? ReportRow{} : *it;
    };
    EXPECT_EQ(row(zh, "villages_income_100k").actual, QStringLiteral("86"));
    EXPECT_EQ(row(zh, "villages_income_100k").unit, QStringLiteral("个"));
    EXPECT_EQ(row(en, "poverty_trainees").actual, QStringLiteral("105"));
    // The table names what 名 counts in English (the catalogue's unit_en); only sentences drop
    // the counting word ("105 poverty-alleviation trainees").
    EXPECT_EQ(row(en, "poverty_trainees").unit, QStringLiteral("persons"));
    EXPECT_EQ(row(en, "farm_subsidy").unit, QStringLiteral("10k yuan"));
}

// A template that says {noparts} keeps the total's sentence short; its parts then read as
// sentences of their own, so no figure leaves the text.
TEST_F(ReportDataTest, NoPartsInATemplateLeavesThePartsTheirOwnSentences)
{
    addRealReportTotals();
    Indicator total = *m_data->indicator(QStringLiteral("farmers_trained"));
    total.narrativeZh = QStringLiteral("培训高素质农民{value}{unit}{noparts}");
    total.narrativeEn = QStringLiteral("{value} farmers trained{noparts}");
    ASSERT_TRUE(saveIndicator(*m_db, total, false, QStringLiteral("test")).ok());
    reload();
    const ReportData zh =
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::Chinese);
    const ReportSection *reform = sectionOf(zh, "reform");
    ASSERT_TRUE(reform);
    EXPECT_TRUE(reform->paragraph.contains(
        QStringLiteral("培训高素质农民335人；女性学员250人；脱贫户学员105人")))
        << reform->paragraph.toStdString();
    const ReportData en =
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::English);
    const ReportSection *reformEn = sectionOf(en, "reform");
    ASSERT_TRUE(reformEn);
    EXPECT_TRUE(reformEn->paragraph.contains(QStringLiteral(
        "335 farmers trained. Women trainees: 250. Trainees from formerly poor households: "
        "105.")))
        << reformEn->paragraph.toStdString();
    // The other total still lists its part.
    EXPECT_TRUE(reform->paragraph.contains(
        QStringLiteral("行政村140个，其中集体经济收入10万元以上的村86个")));
}

// A finding as the report lists it: region, indicator, period, message.
std::string describe(const ReportFinding &f)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(f.error ? QStringLiteral("error") : QStringLiteral("warning"), f.regionName,
             f.indicatorName, f.period, f.message)
        .toStdString();
}

std::vector<std::string> describe(const std::vector<ReportFinding> &findings)
{
    std::vector<std::string> out;
    for (const ReportFinding &f : findings)
        out.push_back(describe(f));
    return out;
}

// Writes -5 rural households into the sample behind the program's back (setValue refuses it):
// one "must not be negative" finding each.
void writeNegativeHouseholds(const QString &dbPath)
{
    const QString name = QStringLiteral("findings-edit");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(dbPath);
        ASSERT_TRUE(raw.open()) << raw.lastError().text().toStdString();
        const char *const edits[][3] = {
            {"410104001001", "2023", "2"}, // 张庄村, in 城东街道 (410104001)
            {"410104002001", "2023", "3"}, // 陈湾村, in another sub-district
            {"410104001002", "2022", "2"}, // in 城东街道, the year before
        };
        for (const auto &edit : edits) {
            QSqlQuery q(raw);
            ASSERT_TRUE(q.prepare(QStringLiteral(
                "UPDATE indicator_value SET amount = '-5' WHERE indicator_code = "
                "'rural_households' AND region_code = ? AND year = ? AND quarter = ?")));
            for (const char *v : edit)
                q.addBindValue(QString::fromLatin1(v));
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
        // Through the indicator_value view, whose rows are not counted as affected: read back.
        QSqlQuery count(raw);
        ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM indicator_value WHERE "
                                              "indicator_code = 'rural_households' AND amount = '-5'")));
        ASSERT_TRUE(count.next());
        ASSERT_EQ(count.value(0).toInt(), int(std::size(edits)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Negative household counts in villages of two sub-districts and two years; each is exactly
// one finding, and a report lists those of its own region's subtree, year and quarters only.
TEST_F(ReportDataTest, FindingsAreThoseOfTheRegionsSubtreeAndYear)
{
    writeNegativeHouseholds(m_dbPath);
    auto db = Database::open(m_dbPath, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    auto data = Dataset::load(*db.value(), 2022, 2030);
    ASSERT_TRUE(data.ok());
    const Evaluator eval(data.value());

    // In the report's language: 农村户数 is the sample's name of rural_households, 不能为负数 the
    // zh_CN translation of "must not be negative".
    const std::string zhangzhuang = "error|张庄村|农村户数|2023年第2季度|农村户数 不能为负数";
    const std::string chenwan = "error|陈湾村|农村户数|2023年第3季度|农村户数 不能为负数";
    const std::string lastYear = "error|李寨村|农村户数|2022年第2季度|农村户数 不能为负数";
    using List = std::vector<std::string>;
    const auto report = [&](const char *region, int year, int quarter) {
        return describe(buildReport(eval, QString::fromLatin1(region), year, quarter,
                                    ReportLanguage::Chinese)
                            .findings);
    };
    EXPECT_EQ(report("410104", 2023, 4), (List{zhangzhuang, chenwan}));
    EXPECT_EQ(report("410104001", 2023, 4), List{zhangzhuang});
    EXPECT_EQ(report("410104002", 2023, 4), List{chenwan});
    EXPECT_EQ(report("410104003", 2023, 4), List{});
    EXPECT_EQ(report("410104001001", 2023, 4), List{zhangzhuang});
    EXPECT_EQ(report("410104", 2023, 2), List{zhangzhuang}); // Q3 is after the report's quarter
    EXPECT_EQ(report("410104001", 2022, 4), List{lastYear});
}

// Issue 13: the findings follow the report's language, not the program's. Both report languages
// from an English program (no translator, English default locale) and from a Chinese one (the
// zh_CN translators, Chinese default locale); the program's language is as it was afterwards.
TEST_F(ReportDataTest, FindingsAreInTheReportsLanguageWhateverTheProgramsLanguage)
{
    writeNegativeHouseholds(m_dbPath);
    auto db = Database::open(m_dbPath, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    auto data = Dataset::load(*db.value(), 2022, 2030);
    ASSERT_TRUE(data.ok());
    const Evaluator eval(data.value());
    using List = std::vector<std::string>;
    const List chinese{"error|张庄村|农村户数|2023年第2季度|农村户数 不能为负数"};
    const List english{
        "error|Zhangzhuang Village|rural households|2023 Q2|Rural households must not be negative"};
    const auto findings = [&](ReportLanguage language) {
        return describe(buildReport(eval, QStringLiteral("410104001"), 2023, 4, language).findings);
    };
    const QLocale previous;
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    for (const bool chineseProgram : {false, true}) {
        if (chineseProgram)
            ASSERT_EQ(installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        else
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString programWords =
            QCoreApplication::translate("zx::Validation", "%1 must not be negative");
        const QLocale program;
        EXPECT_EQ(findings(ReportLanguage::Chinese), chinese) << "Chinese program " << chineseProgram;
        EXPECT_EQ(findings(ReportLanguage::English), english) << "Chinese program " << chineseProgram;
        // The program speaks as before.
        EXPECT_EQ(QCoreApplication::translate("zx::Validation", "%1 must not be negative"),
                  programWords);
        EXPECT_EQ(QLocale(), program);
        EXPECT_EQ(programWords == QStringLiteral("%1 must not be negative"), !chineseProgram);
    }
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    QLocale::setDefault(previous);
}

TEST_F(ReportDataTest, AnUnknownRegionGivesAnEmptyReport)
{
    const ReportData r = buildReport(*m_eval, QStringLiteral("999"), 2023, 4,
                                     ReportLanguage::Chinese);
    EXPECT_FALSE(r.hasData);
    EXPECT_TRUE(r.sections.empty());
    EXPECT_TRUE(r.summary.empty());
}

} // namespace
} // namespace zx
