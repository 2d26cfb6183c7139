// The synthetic city of `zhenxing-cli generate` (issue 7): reproducible from its seed, the
// sizes asked for, every kind of indicator, parts that add up, and nothing the checker calls
// an error.
#include "generate/synthetic.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/valuestore.h"
#include "summary/checker.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace zx;

namespace {

GenerateOptions tiny(quint64 seed = 7)
{
    GenerateOptions o;
    o.counties = 2;
    o.townshipsPerCounty = 2;
    o.villagesPerTownship = 3;
    o.indicators = 80;
    o.years = 3;
    o.firstYear = 2021;
    o.seed = seed;
    return o;
}

class GenerateTest : public ::testing::Test
{
protected:
    std::unique_ptr<Database> create(const QString &name)
    {
        auto db = Database::open(dir.filePath(name), Database::OpenMode::CreateIfMissing);
        EXPECT_TRUE(db.ok()) << db.error().toStdString();
        return db ? std::move(db).value() : nullptr;
    }
    std::unique_ptr<Database> generated(const QString &name, const GenerateOptions &o,
                                        GenerateSummary *summary = nullptr)
    {
        auto db = create(name);
        auto s = generateDatabase(*db, o, QStringLiteral("tester"));
        EXPECT_TRUE(s.ok()) << s.error().toStdString();
        if (s && summary)
            *summary = *s;
        return db;
    }

    QTemporaryDir dir;
};

// Every figure, target and completion of every indicator of the city for one quarter.
QStringList overview(Database &db, int year, int quarter)
{
    auto data = Dataset::load(db, year - 1, year);
    EXPECT_TRUE(data.ok());
    const Evaluator eval(*data);
    QStringList lines;
    for (const IndicatorSummary &s : eval.summarize(QStringLiteral("4101"), year, quarter).indicators)
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(s.indicator->code, s.actual ? s.actual->toString() : QStringLiteral("-"),
                          s.target ? s.target->toString() : QStringLiteral("-"))
                     .arg(s.completionPct.value_or(-1));
    return lines;
}

} // namespace

TEST_F(GenerateTest, SameSeedGivesTheSameCity)
{
    GenerateSummary a, b, c;
    auto first = generated(QStringLiteral("a.db"), tiny(7), &a);
    auto second = generated(QStringLiteral("b.db"), tiny(7), &b);
    auto other = generated(QStringLiteral("c.db"), tiny(8), &c);
    EXPECT_EQ(a.values, b.values);
    EXPECT_EQ(a.targets, b.targets);
    EXPECT_EQ(overview(*first, 2023, 2), overview(*second, 2023, 2));
    EXPECT_NE(overview(*first, 2023, 2), overview(*other, 2023, 2));
}

TEST_F(GenerateTest, HasTheRegionsIndicatorsAndFiguresAskedFor)
{
    GenerateSummary s;
    auto db = generated(QStringLiteral("city.db"), tiny(), &s);
    auto regions = regionstore::all(*db);
    ASSERT_TRUE(regions.ok());
    EXPECT_EQ(s.regions, 1 + 2 + 2 * 2 + 2 * 2 * 3);
    EXPECT_EQ(qint64(regions->size()), s.regions);
    int villages = 0;
    for (const Region &r : *regions)
        villages += r.level == RegionLevel::Village && r.code.size() == 12 ? 1 : 0;
    EXPECT_EQ(villages, 12);
    auto indicators = catalogstore::indicators(*db);
    ASSERT_TRUE(indicators.ok());
    EXPECT_EQ(indicators->size(), 80u);
    auto values = valuestore::inYears(*db, 2021, 2023);
    ASSERT_TRUE(values.ok());
    EXPECT_EQ(qint64(values->size()), s.values);
    // Village figures of every stored indicator, every quarter of every year.
    std::set<QString> perVillage;
    for (const Value &v : *values)
        if (v.indicatorCode == QLatin1String("returning_entrepreneurs"))
            perVillage.insert(v.regionCode + QString::number(v.year * 10 + v.quarter));
    EXPECT_EQ(perVillage.size(), 12u * 3 * 4);
    auto years = valuestore::years(*db);
    ASSERT_TRUE(years.ok());
    EXPECT_EQ(*years, (std::vector<int>{2021, 2022, 2023}));
}

TEST_F(GenerateTest, CoversEveryIndicatorTypeAndTargetMode)
{
    auto db = generated(QStringLiteral("city.db"), tiny());
    auto data = Dataset::load(*db, 2021, 2023);
    ASSERT_TRUE(data.ok());
    std::set<int> accumulations, aggregations, modes, rules;
    for (const Indicator &i : data->indicators()) {
        accumulations.insert(int(i.accumulation));
        aggregations.insert(int(i.aggregation));
        modes.insert(int(i.targetMode));
        rules.insert(int(i.partRule));
        // A target for every indicator on the city, every year.
        for (int year = 2021; year <= 2023; ++year)
            EXPECT_TRUE(Evaluator(*data).target(i, QStringLiteral("4101"), year).has_value())
                << i.code.toStdString() << ' ' << year;
    }
    EXPECT_EQ(accumulations.size(), 3u);
    EXPECT_EQ(aggregations.size(), 5u);
    EXPECT_EQ(modes.size(), 3u);
    EXPECT_EQ(rules.size(), 3u);
}

TEST_F(GenerateTest, CheckerFindsNoErrors)
{
    auto db = generated(QStringLiteral("city.db"), tiny());
    auto data = Dataset::load(*db, 0, 9999);
    ASSERT_TRUE(data.ok());
    int errors = 0;
    for (const Finding &f : runChecks(*data))
        if (f.severity == Severity::Error && ++errors <= 5)
            ADD_FAILURE() << f.rule.toStdString() << ' ' << f.indicatorCode.toStdString() << ' '
                          << f.regionCode.toStdString() << ' ' << f.year << 'Q' << f.quarter << ' '
                          << f.message.toStdString();
    EXPECT_EQ(errors, 0);
}

TEST_F(GenerateTest, PartsAddUpToTheirTotals)
{
    auto db = generated(QStringLiteral("city.db"), tiny());
    auto data = Dataset::load(*db, 2021, 2023);
    ASSERT_TRUE(data.ok());
    const Evaluator eval(*data);
    int groups = 0;
    for (const Indicator &total : data->indicators()) {
        const QStringList &parts = data->parts(total.code);
        if (parts.isEmpty())
            continue;
        ++groups;
        for (const QString &region : {QStringLiteral("4101"), QStringLiteral("410102")})
            for (int quarter = 1; quarter <= 4; ++quarter) {
                const auto t = eval.quarterValue(total, region, 2023, quarter);
                ASSERT_TRUE(t.has_value()) << total.code.toStdString();
                Decimal sum;
                for (const QString &code : parts) {
                    const auto p = eval.quarterValue(*data->indicator(code), region, 2023, quarter);
                    ASSERT_TRUE(p.has_value()) << code.toStdString();
                    EXPECT_LE(*p, *t) << code.toStdString();
                    sum = sum + *p;
                }
                if (data->indicator(parts.first())->partRule == PartRule::PartsSumToTotal) {
                    EXPECT_EQ(sum, *t) << total.code.toStdString() << ' ' << region.toStdString();
                }
            }
    }
    EXPECT_GE(groups, 5); // star branches, summer sowing, six problems, river patrols, water cases
}

TEST_F(GenerateTest, RefusesADatabaseThatIsNotEmptyAndTooFewIndicators)
{
    auto db = generated(QStringLiteral("city.db"), tiny());
    auto again = generateDatabase(*db, tiny(), QStringLiteral("tester"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(),
              QStringLiteral("%1 already holds regions or indicators; generate into a new file")
                  .arg(db->path()));
    GenerateOptions few = tiny();
    few.indicators = 10;
    auto fresh = create(QStringLiteral("few.db"));
    auto tooFew = generateDatabase(*fresh, few, QStringLiteral("tester"));
    ASSERT_FALSE(tooFew.ok());
    EXPECT_EQ(tooFew.error(),
              QStringLiteral("--indicators must be at least 75, the size of the sample catalogue"));
}
