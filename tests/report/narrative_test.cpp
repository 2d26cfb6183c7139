// Report sentences against the seed's own phrasing, on the sample county.
#include "domain/names.h"
#include "entry/valueentry.h"
#include "io/sampleloader.h"
#include "report/narrative.h"
#include "storage/database.h"
#include "summary/evaluator.h"

#include <QLocale>
#include <QTemporaryDir>

#include <set>

#include <gtest/gtest.h>

namespace zx {
namespace {

class NarrativeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")),
                                 Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ASSERT_TRUE(loadSample(*db.value(), QStringLiteral("test")).ok());
        auto data = Dataset::load(*db.value(), 2022, 2023);
        ASSERT_TRUE(data.ok());
        m_data = std::make_unique<Dataset>(std::move(data).value());
        m_eval = std::make_unique<Evaluator>(*m_data);
    }

    QString sentence(const char *code, ReportLanguage language = ReportLanguage::Chinese,
                     const char *region = "410104", int quarter = 4)
    {
        const Indicator *ind = m_data->indicator(QString::fromLatin1(code));
        EXPECT_NE(ind, nullptr) << code;
        return ind ? narrativeSentence(*m_eval, *ind, QString::fromLatin1(region), 2023, quarter,
                                       language)
                   : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Dataset> m_data;
    std::unique_ptr<Evaluator> m_eval;
};

TEST_F(NarrativeTest, ReturningEntrepreneursReadAsTheReportWritesThem)
{
    EXPECT_EQ(sentence("returning_entrepreneurs"),
              QStringLiteral("新增返乡下乡创业人员479人，占年度目标任务350人的136.86%"));
    EXPECT_EQ(sentence("labour_transfer"),
              QStringLiteral("新增农村劳动力转移就业99人，占年度目标任务80人的123.75%"));
}

TEST_F(NarrativeTest, ATotalListsItsPartsInTheReportsWords)
{
    EXPECT_EQ(sentence("river_patrols"),
              QStringLiteral("共计巡河(库)2436次，其中：区级48次、街道211次、村级2177次"));
}

TEST_F(NarrativeTest, APartNotAboveItsTotalReadsAsInTheReport)
{
    // 2023年夏播面积4296.3亩,其中玉米1735亩
    EXPECT_EQ(sentence("summer_sowing_area"), QStringLiteral("夏播面积4296.3亩，其中玉米1735亩"));
}

TEST_F(NarrativeTest, NumbersKeepTheirDecimalsWithoutTrailingZeros)
{
    EXPECT_EQ(reportNumber(*Decimal::parse(QStringLiteral("4296.3"))), QStringLiteral("4296.3"));
    EXPECT_EQ(reportNumber(*Decimal::parse(QStringLiteral("2492.0"))), QStringLiteral("2492"));
    EXPECT_EQ(reportNumber(*Decimal::parse(QStringLiteral("21.9"))), QStringLiteral("21.9"));
    EXPECT_TRUE(sentence("farm_subsidy").contains(QStringLiteral("21.9万元")))
        << sentence("farm_subsidy").toStdString();
    EXPECT_TRUE(sentence("summer_sowing_area").contains(QStringLiteral("4296.3亩")))
        << sentence("summer_sowing_area").toStdString();
    EXPECT_TRUE(sentence("winter_wheat_area").contains(QStringLiteral("2492亩")))
        << sentence("winter_wheat_area").toStdString();
}

TEST_F(NarrativeTest, AMissingFigureFallsBackToThePlainForm)
{
    // gold_mentors has no target: a template that needs one must not print "{target}".
    Indicator ind = *m_data->indicator(QStringLiteral("gold_mentors"));
    ind.narrativeZh = QStringLiteral("新增{name}{value}{unit}，占年度目标任务{target}{unit}的{completion}%");
    EXPECT_EQ(narrativeSentence(*m_eval, ind, QStringLiteral("410104"), 2023, 4,
                                ReportLanguage::Chinese),
              QStringLiteral("推荐金牌导师1名"));
    QHash<QString, QString> fields{{QStringLiteral("name"), QStringLiteral("甲")}};
    EXPECT_EQ(fillTemplate(QStringLiteral("{name}{value}"), fields), QStringLiteral("甲{value}"));
}

// Issue 13: the plain form (a template whose figure is missing) keeps a total's parts: the
// sample's 20 rated branches, 1 + 3 + 12 + 4 by stars, have no target.
TEST_F(NarrativeTest, APlainFallbackStillListsTheParts)
{
    Indicator ind = *m_data->indicator(QStringLiteral("branches_rated"));
    ind.narrativeZh =
        QStringLiteral("评星定级支部{value}{unit}，占年度目标任务{target}{unit}的{completion}%");
    EXPECT_EQ(narrativeSentence(*m_eval, ind, QStringLiteral("410104"), 2023, 4,
                                ReportLanguage::Chinese),
              QStringLiteral("评星定级支部20个，其中创建五星支部1个、四星支部3个、"
                             "三星支部12个、二星支部4个"));
}

// Issue 13: an English report writes units in English — a measure's English word, nothing for
// a counting word whose noun the English name already says —, a Chinese one as entered.
TEST(NarrativeUnits, EnglishUnitsAreEnglishWordsOrNothing)
{
    const auto en = [](const char *unit) {
        return reportUnit(QString::fromUtf8(unit), ReportLanguage::English);
    };
    EXPECT_EQ(en("亩"), QStringLiteral("mu"));
    EXPECT_EQ(en("万元"), QStringLiteral("×10,000 yuan"));
    EXPECT_EQ(en("万立方米"), QStringLiteral("×10,000 m³"));
    EXPECT_EQ(en("%"), QStringLiteral("%"));
    for (const char *count : {"个", "人", "户", "次", "处", "家", "名", "批次", "人次", "台次"})
        EXPECT_EQ(en(count), QString()) << count;
    EXPECT_EQ(reportUnit(QStringLiteral("户"), ReportLanguage::Chinese), QStringLiteral("户"));
}

// Issue 14: tables, axes and editors name the unit in English — the catalogue's unit_en, else
// the standard form —, short enough for a narrow column; sentences still drop counting words.
TEST(NarrativeUnits, TablesUseTheCataloguesEnglishUnit)
{
    Indicator ind;
    ind.unit = QStringLiteral("万元");
    EXPECT_EQ(unitIn(ind, ReportLanguage::English), QStringLiteral("10k yuan"));
    EXPECT_EQ(unitIn(ind, ReportLanguage::Chinese), QStringLiteral("万元"));
    ind.unitEn = QStringLiteral("ten thousand yuan");
    EXPECT_EQ(unitIn(ind, ReportLanguage::English), QStringLiteral("ten thousand yuan"));
    EXPECT_EQ(englishUnit(QStringLiteral("亩")), QStringLiteral("mu"));
    EXPECT_EQ(englishUnit(QStringLiteral("名")), QStringLiteral("persons"));
    EXPECT_EQ(englishUnit(QStringLiteral("户")), QStringLiteral("households"));
    EXPECT_EQ(englishUnit(QStringLiteral("个")), QString());
    EXPECT_EQ(englishUnit(QStringLiteral("斗")), QStringLiteral("斗")); // unknown: as entered

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English));
    EXPECT_EQ(displayUnit(ind), QStringLiteral("ten thousand yuan"));
    // Names on their own start with a capital in English; a Chinese name is left as it is.
    Indicator named;
    named.code = QStringLiteral("ph_value");
    named.name = QStringLiteral("pH值");
    named.nameEn = QStringLiteral("returning entrepreneurs");
    EXPECT_EQ(displayName(named), QStringLiteral("Returning entrepreneurs"));
    named.nameEn.clear();
    EXPECT_EQ(displayName(named), QStringLiteral("pH值"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(displayUnit(ind), QStringLiteral("万元"));
    EXPECT_EQ(displayName(named), QStringLiteral("pH值"));
    QLocale::setDefault(before);
}

TEST_F(NarrativeTest, EnglishSentencesHaveEnglishUnits)
{
    // 2023年夏播面积4296.3亩,其中玉米1735亩; 巡河2436次 = 48 + 211 + 2177 (the seed).
    EXPECT_EQ(sentence("summer_sowing_area", ReportLanguage::English),
              QStringLiteral("summer sown area: 4296.3 mu, of which maize sown area: 1735 mu"));
    EXPECT_EQ(sentence("river_patrols", ReportLanguage::English),
              QStringLiteral("2436 river and reservoir patrols in total: 48 district-level patrols, "
                             "211 sub-district-level patrols, 2177 village-level patrols"));
    EXPECT_EQ(sentence("returning_entrepreneurs", ReportLanguage::English),
              QStringLiteral("479 returning entrepreneurs, 136.86% of the annual target of 350"));
}

TEST_F(NarrativeTest, YearOverYearCarriesItsSign)
{
    // The county's farmland inspections: 9 + 11 + 5 + 4 = 29 in 2023 against 7 + 10 + 4 + 4 = 25
    // in 2022 (resources/sample/values.csv), (29 - 25) / 25 = +16.00 %.
    EXPECT_EQ(sentence("farmland_patrols"), QStringLiteral("今年以来开展农田巡查29次，同比+16.00%"));
}

TEST(NarrativeYearOverYear, AFallIsPrintedWithAMinus)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("s.db")), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    ASSERT_TRUE(loadSample(*db.value(), QStringLiteral("test")).ok());
    // 2023 Q1 lowered from 9 to 1: 1 + 11 + 5 + 4 = 21 against 25, (21 - 25) / 25 = -16.00 %.
    const Outcome set = setValue(*db.value(),
                                 {QStringLiteral("farmland_patrols"), QStringLiteral("410104"), 2023, 1},
                                 Decimal::fromInt(1), QStringLiteral("核减"), QStringLiteral("test"));
    ASSERT_TRUE(set.ok()) << set.error().toStdString();
    auto data = Dataset::load(*db.value(), 2022, 2023);
    ASSERT_TRUE(data.ok());
    const Dataset &dataset = data.value();
    const Evaluator eval(dataset);
    const Indicator *ind = dataset.indicator(QStringLiteral("farmland_patrols"));
    ASSERT_NE(ind, nullptr);
    EXPECT_EQ(narrativeSentence(eval, *ind, QStringLiteral("410104"), 2023, 4, ReportLanguage::Chinese),
              QStringLiteral("今年以来开展农田巡查21次，同比-16.00%"));
}

TEST_F(NarrativeTest, EveryIndicatorReadsWithItsExactFigureAndUnitInBothLanguages)
{
    // Every accumulation type, target mode and unit of the sample: each sentence carries the
    // figure as entered and the unit, and no placeholder is left unfilled.
    std::set<int> accumulations, modes;
    std::set<QString> units;
    for (const Indicator &ind : m_data->indicators()) {
        const IndicatorSummary s = m_eval->summarize(ind, QStringLiteral("410104"), 2023, 4);
        if (!s.actual)
            continue;
        for (ReportLanguage language : {ReportLanguage::Chinese, ReportLanguage::English}) {
            const QString text =
                narrativeSentence(*m_eval, ind, QStringLiteral("410104"), 2023, 4, language);
            EXPECT_TRUE(text.contains(reportNumber(*s.actual) + (language == ReportLanguage::Chinese
                                                                     ? ind.unit
                                                                     : QString())))
                << ind.code.toStdString() << ": " << text.toStdString();
            EXPECT_FALSE(text.contains(u'{')) << ind.code.toStdString() << ": " << text.toStdString();
        }
        accumulations.insert(int(ind.accumulation));
        modes.insert(int(ind.targetMode));
        units.insert(ind.unit);
    }
    EXPECT_EQ(accumulations.size(), 3u);
    EXPECT_EQ(modes.size(), 3u);
    for (const char *unit : {"万元", "%", "亩", "人", "次"})
        EXPECT_TRUE(units.count(QString::fromUtf8(unit))) << unit;
    EXPECT_EQ(sentence("subsidy_success_rate"), QStringLiteral("耕地地力保护一次性发放成功率100%"))
        << sentence("subsidy_success_rate").toStdString();
}

TEST_F(NarrativeTest, NoFigureNoSentence)
{
    EXPECT_TRUE(sentence("river_patrols", ReportLanguage::Chinese, "410104001001").isEmpty());
}

TEST_F(NarrativeTest, EnglishUsesTheEnglishTemplateAndName)
{
    const QString s = sentence("returning_entrepreneurs", ReportLanguage::English);
    EXPECT_TRUE(s.contains(QStringLiteral("returning entrepreneurs"))) << s.toStdString();
    EXPECT_TRUE(s.contains(QStringLiteral("136.86%"))) << s.toStdString();
    EXPECT_FALSE(s.contains(QStringLiteral("返乡"))) << s.toStdString();
}

} // namespace
} // namespace zx
