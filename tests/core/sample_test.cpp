// The bundled sample county, end to end through storage, Dataset and Evaluator: every figure
// of the 2023 report comes out exactly as printed, and the dashboard has something to show.
#include "analytics/completion.h"
#include "domain/enums.h"
#include "io/csv.h"
#include "io/sampleloader.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"
#include "storage/valuestore.h"
#include "summary/checker.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"
#include "summary/summaryformat.h"
#include "teststore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#ifndef ZX_SEED_DIR
#error "ZX_SEED_DIR must name shared/seed"
#endif

using namespace zx;

namespace {

const QString County = QStringLiteral("410104");

std::string str(const QString &s)
{
    return s.toStdString();
}

std::string str(const std::optional<Decimal> &d)
{
    return d ? d->toString().toStdString() : std::string("<none>");
}

Decimal dec(const QString &text)
{
    const auto d = Decimal::parse(text);
    EXPECT_TRUE(d.has_value()) << "not a decimal: " << str(text);
    return d.value_or(Decimal());
}

std::unique_ptr<Database> openFresh(const QTemporaryDir &dir)
{
    auto db = Database::open(zxtest::freshStore(dir, "sample.db"),
                             Database::OpenMode::CreateIfMissing);
    EXPECT_TRUE(db.ok()) << str(db.error());
    return db.ok() ? std::move(db).value() : nullptr;
}

class SampleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = openFresh(dir);
        ASSERT_TRUE(db);
        auto loaded = loadSample(*db, QStringLiteral("示例"));
        ASSERT_TRUE(loaded.ok()) << str(loaded.error());
        auto d = Dataset::load(*db, 2022, 2023);
        ASSERT_TRUE(d.ok()) << str(d.error());
        data = std::make_unique<Dataset>(std::move(d).value());
        eval = std::make_unique<Evaluator>(*data);
    }

    const Indicator &indicator(const char *code)
    {
        const Indicator *ind = data->indicator(QString::fromLatin1(code));
        if (!ind) {
            ADD_FAILURE() << "no indicator " << code << " in the sample catalogue";
            static const Indicator none;
            return none;
        }
        return *ind;
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Dataset> data;
    std::unique_ptr<Evaluator> eval;
};

// A summed figure computed independently of the Evaluator: what is stored on the region,
// else the sum of its children's.
std::optional<Decimal> summed(const Dataset &data, const QString &indicator, const QString &region,
                              int year, int quarter)
{
    if (const auto &own = data.stored(indicator, region, year, quarter))
        return own;
    std::optional<Decimal> total;
    for (const QString &child : data.children(region))
        if (const auto v = summed(data, indicator, child, year, quarter))
            total = total.value_or(Decimal()) + *v;
    return total;
}

} // namespace

TEST_F(SampleTest, RegionTreeIsOneCountyFiveSubDistrictsTwentyVillages)
{
    int counties = 0, townships = 0, villages = 0;
    for (const Region &r : data->regions()) {
        switch (r.level) {
        case RegionLevel::County:
            ++counties;
            break;
        case RegionLevel::Township:
            ++townships;
            EXPECT_EQ(r.parentCode, County);
            break;
        case RegionLevel::Village:
            ++villages;
            break;
        case RegionLevel::City:
            ADD_FAILURE() << "the sample county has no city above it: " << str(r.code);
            break;
        }
    }
    EXPECT_EQ(counties, 1);
    EXPECT_EQ(townships, 5);
    EXPECT_EQ(villages, 20);
    ASSERT_NE(data->region(County), nullptr);
    EXPECT_EQ(data->region(County)->name, QStringLiteral("XX区"));
    EXPECT_EQ(data->children(County).size(), 5);
    for (const QString &sub : data->children(County))
        EXPECT_EQ(data->children(sub).size(), 4) << str(sub);
    EXPECT_EQ(data->categories().size(), 6u);
}

TEST_F(SampleTest, EverySeedFigureComesOutExactly)
{
    QFile seed(QStringLiteral(ZX_SEED_DIR "/figures-2023.csv"));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly))
        << "seed figures not found at " << ZX_SEED_DIR "/figures-2023.csv";
    auto table =
        CsvTable::parse(QString::fromUtf8(seed.readAll()), QStringLiteral("figures-2023.csv"));
    ASSERT_TRUE(table.ok()) << str(table.error());
    ASSERT_EQ(table->rowCount(), 70);

    for (qsizetype i = 0; i < table->rowCount(); ++i) {
        const QString key = table->field(i, QStringLiteral("key"));
        SCOPED_TRACE(str(key));
        const Indicator *ind = data->indicator(key);
        ASSERT_NE(ind, nullptr) << "seed figure " << str(key) << " is not in the catalogue";
        const Decimal expected = dec(table->field(i, QStringLiteral("value")));
        const auto actual = eval->yearToDate(*ind, County, 2023, 4);
        ASSERT_TRUE(actual.has_value()) << str(key) << " has no 2023 figure at " << str(County);
        EXPECT_EQ(*actual, expected) << str(key) << ": got " << str(actual) << ", the report says "
                                     << str(expected.toString());

        // The summary shows the same figure, and the rates the report states.
        const IndicatorSummary s = eval->summarize(*ind, County, 2023, 4);
        EXPECT_EQ(s.actual, actual);
        const QString target = table->field(i, QStringLiteral("target"));
        if (!target.isEmpty()) {
            ASSERT_TRUE(s.target.has_value()) << str(key);
            EXPECT_EQ(*s.target, dec(target)) << str(key);
        }
        const QString rate = table->field(i, QStringLiteral("stated_rate"));
        if (!rate.isEmpty()) {
            EXPECT_EQ(formatPct(s.completionPct), QString::number(dec(rate).toDouble(), 'f', 2))
                << str(key);
        }
        const QString partOf = table->field(i, QStringLiteral("part_of"));
        EXPECT_EQ(ind->parentCode, partOf) << str(key);
    }
}

TEST_F(SampleTest, SummerSowingAreaIsExactlyAsTyped)
{
    const auto actual = eval->yearToDate(indicator("summer_sowing_area"), County, 2023, 4);
    ASSERT_TRUE(actual.has_value());
    EXPECT_EQ(actual->toPlainString(), QStringLiteral("4296.3"));
}

TEST_F(SampleTest, CompletionOfTheStatedTargets)
{
    const IndicatorSummary re =
        eval->summarize(indicator("returning_entrepreneurs"), County, 2023, 4);
    EXPECT_EQ(str(re.actual), "479");
    ASSERT_TRUE(re.target.has_value());
    EXPECT_EQ(*re.target, Decimal::fromInt(350));
    ASSERT_TRUE(re.completionPct.has_value());
    EXPECT_DOUBLE_EQ(*re.completionPct, 136.86);
    EXPECT_EQ(formatPct(re.completionPct), QStringLiteral("136.86"));
    EXPECT_EQ(re.status, TrackStatus::Done);

    const IndicatorSummary lt = eval->summarize(indicator("labour_transfer"), County, 2023, 4);
    EXPECT_EQ(str(lt.actual), "99");
    ASSERT_TRUE(lt.completionPct.has_value());
    EXPECT_DOUBLE_EQ(*lt.completionPct, 123.75);
    EXPECT_EQ(formatPct(lt.completionPct), QStringLiteral("123.75"));
    EXPECT_EQ(lt.status, TrackStatus::Done);
}

TEST_F(SampleTest, RiverPatrolsAreTheSumOfTheirParts)
{
    const Indicator &total = indicator("river_patrols");
    EXPECT_EQ(eval->yearToDate(total, County, 2023, 4), Decimal::fromInt(2436));

    const QStringList parts = data->parts(QStringLiteral("river_patrols"));
    ASSERT_EQ(parts, (QStringList{QStringLiteral("river_patrols_district"),
                                  QStringLiteral("river_patrols_street"),
                                  QStringLiteral("river_patrols_village")}));
    const std::vector<int> expected{48, 211, 2177};
    Decimal sum;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Indicator *part = data->indicator(parts[i]);
        ASSERT_NE(part, nullptr);
        EXPECT_EQ(part->partRule, PartRule::PartsSumToTotal);
        const auto v = eval->yearToDate(*part, County, 2023, 4);
        ASSERT_TRUE(v.has_value()) << str(parts[i]);
        EXPECT_EQ(*v, Decimal::fromInt(expected[std::size_t(i)])) << str(parts[i]);
        sum = sum + *v;
    }
    EXPECT_EQ(sum, Decimal::fromInt(2436));
    EXPECT_EQ(str(sum), "2436");

    // Every quarter balances too, not just the year.
    for (int q = 1; q <= 4; ++q) {
        Decimal quarterSum;
        for (const QString &code : parts)
            quarterSum =
                quarterSum +
                eval->quarterValue(*data->indicator(code), County, 2023, q).value_or(Decimal());
        EXPECT_EQ(eval->quarterValue(total, County, 2023, q), quarterSum) << "Q" << q;
    }
}

TEST_F(SampleTest, StatusesAtMidYearAndYearEnd)
{
    const RegionSummary q2 = eval->summarize(County, 2023, 2);
    EXPECT_EQ(q2.timeProgressPct, 50.0);
    std::set<TrackStatus> atQ2;
    for (const IndicatorSummary &s : q2.indicators)
        atQ2.insert(s.status);
    EXPECT_TRUE(atQ2.count(TrackStatus::OnTrack)) << "no indicator on track at Q2";

    const RegionSummary q4 = eval->summarize(County, 2023, 4);
    EXPECT_EQ(q4.timeProgressPct, 100.0);
    std::set<TrackStatus> atQ4;
    for (const IndicatorSummary &s : q4.indicators)
        atQ4.insert(s.status);
    for (TrackStatus wanted :
         {TrackStatus::Done, TrackStatus::Lagging, TrackStatus::Behind, TrackStatus::Untracked})
        EXPECT_TRUE(atQ4.count(wanted)) << "no indicator " << str(toCode(wanted)) << " at Q4";

    std::size_t active = 0;
    for (const Indicator &ind : data->indicators())
        active += ind.retired ? 0 : 1;
    EXPECT_EQ(q4.indicators.size(), active);
}

// The ratios recomputed from the summed parts, worked out by hand from resources/sample/values.csv
// (the villages' 2023 figures summed per sub-district and for the county, then divided and
// rounded half up to 2 decimals): e.g. the county's rectification rate at Q1 is 20 of 21
// problems = 95.24 %, its star-household coverage 8854 of 9278 households = 95.43 %.
struct ExpectedRatio
{
    const char *indicator;
    const char *region;
    int quarter;
    const char *numerator;
    const char *denominator;
    const char *rate;
};

// 未填报: at 2023 Q1 the district has targets for the summer sowing (4200 亩), its maize (1700 亩)
// and the subsidy success rate (100 %), and no figure for any of them before Q2.
TEST_F(SampleTest, TargetsWithoutAFigureAreNotReported)
{
    const RegionSummary q1 = eval->summarize(County, 2023, 1);
    std::set<QString> notReported;
    for (const IndicatorSummary &s : q1.indicators) {
        if (s.status == TrackStatus::NotReported) {
            notReported.insert(s.indicator->code);
            EXPECT_TRUE(s.target.has_value()) << str(s.indicator->code);
            EXPECT_FALSE(s.actual.has_value()) << str(s.indicator->code);
        }
        // Untracked is only ever the lack of a target here (every target has a completion).
        if (s.status == TrackStatus::Untracked)
            EXPECT_FALSE(s.target.has_value()) << str(s.indicator->code);
    }
    EXPECT_EQ(notReported, (std::set<QString>{QStringLiteral("summer_sowing_area"),
                                              QStringLiteral("corn_area"),
                                              QStringLiteral("subsidy_success_rate")}));
    const Indicator &sown = indicator("summer_sowing_area");
    const IndicatorSummary sowing = eval->summarize(sown, County, 2023, 1);
    EXPECT_EQ(str(sowing.target), "4200");
    EXPECT_EQ(toCode(sowing.status), QStringLiteral("not_reported"));
    // At Q2 the figure is in: 3872.1 of 4200 = 92.19 % against the milestone 85 %: on track.
    const IndicatorSummary q2 = eval->summarize(sown, County, 2023, 2);
    EXPECT_EQ(q2.completionPct, 92.19);
    EXPECT_EQ(q2.status, TrackStatus::OnTrack);
}

// 环比 on the sample, worked out by hand from resources/sample/values.csv (see
// completion_test.cpp for each rule).
TEST_F(SampleTest, QuarterOverQuarterComparesLikeWithLike)
{
    const auto qoq = [&](const char *code, const QString &region, int year, int quarter) {
        return eval->summarize(indicator(code), region, year, quarter).quarterOverQuarterPct;
    };
    // Cumulative: no 环比. The district's party members linked grew 1226 → 1367 → 1415 in 2022;
    // the growth of 48 against 141 would read −65.96 % although the total rose.
    EXPECT_FALSE(qoq("party_members_linked", County, 2022, 4));
    EXPECT_FALSE(qoq("party_members_linked", QStringLiteral("410104004003"), 2022, 3));
    // A rate compares rates: 2023 Q2 55 / 71 = 77.46 % against Q1 20 / 21 = 95.24 % → −18.67 %,
    // and Q1 against 2022 Q4 137 / 140 = 97.86 % → −2.68 %.
    EXPECT_EQ(roundPct(qoq("rectification_rate", County, 2023, 2).value()), -18.67);
    EXPECT_EQ(roundPct(qoq("rectification_rate", County, 2023, 1).value()), -2.68);
    // Flow: 2023 Q1's 9 farmland inspections against 2022 Q4's 4 → +125.00 %.
    EXPECT_EQ(roundPct(qoq("farmland_patrols", County, 2023, 1).value()), 125.00);
    // Stock: 7 southern villages left at 2023 Q3 against 8 at Q2 → −12.50 %.
    EXPECT_EQ(roundPct(qoq("southern_villages", County, 2023, 3).value()), -12.50);
}

// A sub-district with a target but no figure yet is 未填报 and ranked last, without a rank.
TEST_F(SampleTest, ANotReportedSubDistrictIsRankedLast)
{
    const QString nangang = QStringLiteral("410104005"); // target 60 for 2023
    {
        WriteTransaction tx(*db);
        ASSERT_TRUE(tx.isActive()) << str(tx.error());
        for (const QString &village : data->children(nangang))
            ASSERT_TRUE(valuestore::remove(*db, {QStringLiteral("returning_entrepreneurs"),
                                                 village, 2023, 1})
                            .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto reloaded = Dataset::load(*db, 2022, 2023);
    ASSERT_TRUE(reloaded.ok()) << str(reloaded.error());
    const Dataset d = std::move(reloaded).value();
    const Evaluator e(d);
    const Indicator &ind = *d.indicator(QStringLiteral("returning_entrepreneurs"));
    const IndicatorSummary s = e.summarize(ind, nangang, 2023, 1);
    EXPECT_EQ(str(s.target), "60");
    EXPECT_FALSE(s.actual.has_value());
    EXPECT_EQ(s.status, TrackStatus::NotReported);

    const auto ranked = e.rankChildren(ind, County, 2023, 1);
    ASSERT_EQ(ranked.size(), 5u);
    EXPECT_EQ(ranked.back().regionCode, nangang);
    EXPECT_EQ(ranked.back().rank, 0);
    EXPECT_FALSE(ranked.back().rankChange.has_value());
    for (std::size_t i = 0; i + 1 < ranked.size(); ++i)
        EXPECT_EQ(ranked[i].rank, int(i) + 1) << str(ranked[i].regionCode);
}

TEST_F(SampleTest, RatiosAreRecomputedFromTheAggregatedParts)
{
    const ExpectedRatio expected[] = {
        {"rectification_rate", "410104", 1, "20", "21", "95.24"},
        {"rectification_rate", "410104", 2, "55", "71", "77.46"},
        {"rectification_rate", "410104", 3, "103", "118", "87.29"},
        {"rectification_rate", "410104", 4, "140", "140", "100"},
        {"rectification_rate", "410104001", 1, "5", "6", "83.33"},
        {"rectification_rate", "410104001", 2, "13", "18", "72.22"},
        {"rectification_rate", "410104002", 2, "12", "14", "85.71"},
        {"rectification_rate", "410104004", 3, "20", "23", "86.96"},
        {"rectification_rate", "410104005", 3, "17", "21", "80.95"},
        {"star_household_coverage", "410104", 1, "8854", "9278", "95.43"},
        {"star_household_coverage", "410104", 2, "9029", "9278", "97.32"},
        {"star_household_coverage", "410104", 3, "9192", "9278", "99.07"},
        {"star_household_coverage", "410104", 4, "9278", "9278", "100"},
        {"star_household_coverage", "410104001", 1, "1794", "1883", "95.27"},
        {"star_household_coverage", "410104004", 1, "1716", "1807", "94.96"},
        {"star_household_coverage", "410104005", 3, "1982", "1999", "99.15"},
    };
    for (const ExpectedRatio &e : expected) {
        const QString region = QString::fromLatin1(e.region);
        SCOPED_TRACE(std::string(e.indicator) + " " + e.region + " Q" + std::to_string(e.quarter));
        const Indicator &ratio = indicator(e.indicator);
        ASSERT_TRUE(ratio.isRatio());
        EXPECT_EQ(str(summed(*data, ratio.numeratorCode, region, 2023, e.quarter)), e.numerator);
        EXPECT_EQ(str(summed(*data, ratio.denominatorCode, region, 2023, e.quarter)),
                  e.denominator);
        const auto rate = eval->quarterValue(ratio, region, 2023, e.quarter);
        ASSERT_TRUE(rate.has_value());
        EXPECT_EQ(rate->toPlainString().toStdString(), e.rate);
    }
}

TEST(RatioRollup, IsNotTheMeanOfTheChildrenRates)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto db = openFresh(dir);
    ASSERT_TRUE(db);
    {
        WriteTransaction tx(*db);
        ASSERT_TRUE(tx.isActive()) << str(tx.error());
        const QString c = QStringLiteral("410104"), t = QStringLiteral("410104001");
        const QString v1 = QStringLiteral("410104001001"), v2 = QStringLiteral("410104001002");
        ASSERT_TRUE(
            regionstore::insert(*db, {c, QStringLiteral("XX区"), {}, RegionLevel::County, {}, 1})
                .ok());
        ASSERT_TRUE(regionstore::insert(
                        *db, {t, QStringLiteral("城东街道办事处"), {}, RegionLevel::Township, c, 1})
                        .ok());
        ASSERT_TRUE(
            regionstore::insert(*db, {v1, QStringLiteral("张庄村"), {}, RegionLevel::Village, t, 1})
                .ok());
        ASSERT_TRUE(
            regionstore::insert(*db, {v2, QStringLiteral("李寨村"), {}, RegionLevel::Village, t, 2})
                .ok());
        ASSERT_TRUE(catalogstore::insertCategory(
                        *db, {QStringLiteral("environment"), QStringLiteral("人居环境"), {}, 1})
                        .ok());
        Indicator found;
        found.code = QStringLiteral("problems_found");
        found.categoryCode = QStringLiteral("environment");
        found.name = QStringLiteral("发现问题");
        found.unit = QStringLiteral("处");
        found.accumulation = Accumulation::Cumulative;
        Indicator fixed = found;
        fixed.code = QStringLiteral("problems_rectified");
        fixed.name = QStringLiteral("已整改问题");
        Indicator rate = found;
        rate.code = QStringLiteral("rectification_rate");
        rate.name = QStringLiteral("整改率");
        rate.unit = QStringLiteral("%");
        rate.decimals = 2;
        rate.aggregation = Aggregation::Ratio;
        rate.numeratorCode = fixed.code;
        rate.denominatorCode = found.code;
        rate.ratioScale = 100;
        for (const Indicator &ind : {found, fixed, rate}) {
            auto ok = catalogstore::insertIndicator(*db, ind);
            ASSERT_TRUE(ok.ok()) << str(ok.error());
        }
        const auto put = [&](const QString &ind, const QString &region, int v) {
            auto ok =
                valuestore::upsert(*db, {ind, region, 2023, 4, Decimal::fromInt(v), {}, {}, {}});
            EXPECT_TRUE(ok.ok()) << str(ok.error());
        };
        put(fixed.code, v1, 1); // 1 of 1 → 100 %
        put(found.code, v1, 1);
        put(fixed.code, v2, 1); // 1 of 3 → 33.33 %
        put(found.code, v2, 3);
        ASSERT_TRUE(tx.commit().ok());
    }
    auto data = Dataset::load(*db, 2023, 2023);
    ASSERT_TRUE(data.ok()) << str(data.error());
    const Evaluator eval(*data);
    const Indicator *rate = data->indicator(QStringLiteral("rectification_rate"));
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(str(eval.quarterValue(*rate, QStringLiteral("410104001001"), 2023, 4)), "100.00");
    EXPECT_EQ(str(eval.quarterValue(*rate, QStringLiteral("410104001002"), 2023, 4)), "33.33");
    // 2 of 4 problems fixed is 50 %, not the mean (100 + 33.33) / 2 = 66.67 %.
    EXPECT_EQ(str(eval.quarterValue(*rate, QStringLiteral("410104001"), 2023, 4)), "50.00");
    EXPECT_NE(eval.quarterValue(*rate, QStringLiteral("410104001"), 2023, 4),
              Decimal::parse(u"66.67"));
    EXPECT_EQ(str(eval.quarterValue(*rate, QStringLiteral("410104"), 2023, 4)), "50.00");
    EXPECT_EQ(str(eval.yearToDate(*rate, QStringLiteral("410104"), 2023, 4)), "50.00");
}

TEST_F(SampleTest, SubDistrictRankingWithRankChanges)
{
    const Indicator &ind = indicator("returning_entrepreneurs");
    const auto ranked = eval->rankChildren(ind, County, 2023, 4);
    ASSERT_EQ(ranked.size(), 5u);
    std::vector<int> ranks;
    bool changed = false;
    for (const RankedRegion &r : ranked) {
        ranks.push_back(r.rank);
        EXPECT_TRUE(r.score.has_value()) << str(r.regionCode);
        EXPECT_NE(data->region(r.regionCode), nullptr);
        EXPECT_EQ(data->region(r.regionCode)->parentCode, County);
        if (r.rankChange && *r.rankChange != 0)
            changed = true;
    }
    EXPECT_EQ(ranks, (std::vector<int>{1, 2, 3, 4, 5}));
    for (std::size_t i = 1; i < ranked.size(); ++i)
        EXPECT_GE(ranked[i - 1].score.value_or(-1), ranked[i].score.value_or(-1));
    EXPECT_TRUE(changed) << "no sub-district moved between Q3 and Q4";
}

TEST_F(SampleTest, ChecksFindNoErrors)
{
    const std::vector<Finding> findings = runChecks(*data);
    std::string errors;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            errors += str(QStringLiteral("%1 %2 %3 %4 Q%5: %6\n")
                              .arg(f.rule, f.indicatorCode, f.regionCode, QString::number(f.year),
                                   QString::number(f.quarter), f.message));
    EXPECT_TRUE(errors.empty()) << "the sample fails its own checks:\n" << errors;
}

TEST_F(SampleTest, JsonSummaryCarriesExactFigures)
{
    const QJsonObject json = summaryToJson(eval->summarize(County, 2023, 4));
    EXPECT_EQ(json.value(QStringLiteral("region")).toString(), County);
    EXPECT_EQ(json.value(QStringLiteral("year")).toInt(), 2023);
    EXPECT_EQ(json.value(QStringLiteral("quarter")).toInt(), 4);
    const QByteArray text = QJsonDocument(json).toJson();
    EXPECT_TRUE(text.contains("4296.3")) << text.constData();
    EXPECT_FALSE(text.contains("4296.2999")) << text.constData();

    bool found = false;
    for (const QJsonValue &row : json.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("code")).toString() == QLatin1String("summer_sowing_area")) {
            found = true;
            EXPECT_EQ(o.value(QStringLiteral("actual")).toDouble(), 4296.3);
            EXPECT_EQ(o.value(QStringLiteral("unit")).toString(), QStringLiteral("亩"));
            const QByteArray rowText = QJsonDocument(o).toJson(QJsonDocument::Compact);
            EXPECT_TRUE(rowText.contains("\"actual\":4296.3")) << rowText.constData();
        }
        if (o.value(QStringLiteral("code")).toString() ==
            QLatin1String("returning_entrepreneurs")) {
            EXPECT_EQ(o.value(QStringLiteral("completion_pct")).toDouble(), 136.86);
            EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        }
    }
    EXPECT_TRUE(found);
}

// The period picker's years: every year holding a figure, ascending, gaps left out, found by
// index seeks (valuestore::years); the catalogue alone carries no figures.
TEST_F(SampleTest, YearsListEveryYearWithFiguresAndTheCatalogueNone)
{
    auto before = valuestore::years(*db);
    ASSERT_TRUE(before.ok()) << str(before.error());
    EXPECT_EQ(*before, (std::vector<int>{2022, 2023}));
    const Value &any = data->values().front();
    {
        WriteTransaction tx(*db);
        for (int year : {2019, 2026})
            ASSERT_TRUE(valuestore::upsert(*db, {any.indicatorCode, any.regionCode, year, 1,
                                                 Decimal::fromInt(7), {}, {}, {}})
                            .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto after = valuestore::years(*db);
    ASSERT_TRUE(after.ok()) << str(after.error());
    EXPECT_EQ(*after, (std::vector<int>{2019, 2022, 2023, 2026}));

    auto catalogue = Dataset::loadCatalogue(*db);
    ASSERT_TRUE(catalogue.ok()) << str(catalogue.error());
    EXPECT_TRUE(catalogue->values().empty());
    EXPECT_EQ(catalogue->indicators().size(), data->indicators().size());
    EXPECT_EQ(catalogue->regions().size(), data->regions().size());
    EXPECT_NE(catalogue->indicator(any.indicatorCode), nullptr);
    EXPECT_EQ(catalogue->children(QStringLiteral("410104")).size(), 5);
}
