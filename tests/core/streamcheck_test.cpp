// `check` region by region (issue 15): the streamed findings of a whole file are exactly those
// of the full load, and a report's findings are those of its own subtree. A generated city
// (no errors of its own, generate_test) gets three planted errors whose findings are listed by
// hand below.
#include "generate/synthetic.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/valuestore.h"
#include "summary/checker.h"
#include "summary/dataset.h"
#include "summary/streamcheck.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

using namespace zx;

QT_BEGIN_NAMESPACE
// Failures print the lines, not their UTF-16 bytes.
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << list.join(u'\n').toStdString();
}
QT_END_NAMESPACE

namespace {

// Two counties of two townships of three villages: 4101 › 410101 › 410101001 › 410101001001.
GenerateOptions smallCity()
{
    GenerateOptions o;
    o.counties = 2;
    o.townshipsPerCounty = 2;
    o.villagesPerTownship = 3;
    o.indicators = 80;
    o.years = 3;
    o.firstYear = 2021;
    o.seed = 7;
    return o;
}

QString line(const Finding &f)
{
    return QStringLiteral("%1 %2 %3 %4Q%5 %6 %7")
        .arg(f.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
             f.regionCode, f.indicatorCode)
        .arg(f.year)
        .arg(f.quarter)
        .arg(f.rule, f.message);
}

QStringList sortedLines(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << line(f);
    lines.sort();
    return lines;
}

// "region indicator yearQquarter rule" of the errors alone, in runChecks' order.
QStringList errorsOf(const std::vector<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            out << QStringLiteral("%1 %2 %3Q%4 %5")
                       .arg(f.regionCode, f.indicatorCode)
                       .arg(f.year)
                       .arg(f.quarter)
                       .arg(f.rule);
    return out;
}

class StreamCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("city.db")),
                                     Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        db = std::move(opened).value();
        auto made = generateDatabase(*db, smallCity(), QStringLiteral("tester"));
        ASSERT_TRUE(made.ok()) << made.error().toStdString();
    }

    // Writes figures as stored by hand, past the entry checks; the commit brings the roll-up
    // cache up to date as every write does.
    void plant(const std::vector<std::tuple<const char *, const char *, int, int, const char *>> &figures)
    {
        WriteTransaction tx(*db);
        ASSERT_TRUE(tx.isActive()) << tx.error().toStdString();
        for (const auto &[indicator, region, year, quarter, figure] : figures) {
            Value v;
            v.indicatorCode = QString::fromLatin1(indicator);
            v.regionCode = QString::fromLatin1(region);
            v.year = year;
            v.quarter = quarter;
            v.value = *Decimal::parseInput(QString::fromLatin1(figure));
            v.enteredBy = QStringLiteral("tester");
            ASSERT_TRUE(valuestore::upsert(*db, v).ok());
        }
        const Outcome committed = tx.commit();
        ASSERT_TRUE(committed.ok()) << committed.error().toStdString();
    }

    void plantThreeErrors()
    {
        plant({// 410101001002's star-rated branches 2022 Q2 were 1+0+1+0 of 2: now 1+1+1+0 of 2,
               // and the village's extra branch is in every roll-up above it too.
               {"four_star_branches", "410101001002", 2022, 2, "1"},
               // A township's own figure below its villages' sum (2 + 1 + 1).
               {"mentor_pairs", "410102002", 2023, 4, "1"},
               // A rate above 100 %.
               {"standard_adoption_rate", "410102001003", 2023, 4, "150"}});
    }

    std::vector<Finding> streamed()
    {
        std::vector<Finding> found;
        const Outcome ok = streamChecks(*db, [&](const Finding &f) { found.push_back(f); });
        EXPECT_TRUE(ok.ok()) << ok.error().toStdString();
        return found;
    }

    std::vector<Finding> fullLoad()
    {
        auto data = Dataset::load(*db, 1900, 2999);
        EXPECT_TRUE(data.ok());
        return data ? runChecks(*data) : std::vector<Finding>{};
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

const QStringList PlantedErrors = {
    QStringLiteral("4101 branches_rated 2022Q2 parts_sum"),
    QStringLiteral("410101 branches_rated 2022Q2 parts_sum"),
    QStringLiteral("410101001 branches_rated 2022Q2 parts_sum"),
    QStringLiteral("410101001002 branches_rated 2022Q2 parts_sum"),
    QStringLiteral("410102001003 standard_adoption_rate 2023Q4 range"),
    QStringLiteral("410102002 mentor_pairs 2023Q4 rollup_mismatch"),
};

} // namespace

TEST_F(StreamCheckTest, FindsExactlyThePlantedErrorsAsTheFullLoadDoes)
{
    plantThreeErrors();
    const std::vector<Finding> full = fullLoad();
    EXPECT_EQ(errorsOf(full).join(u'\n').toStdString(), PlantedErrors.join(u'\n').toStdString())
        << sortedLines(full).join(u'\n').toStdString();
    std::vector<Finding> stream = streamed();
    std::stable_sort(stream.begin(), stream.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.year, a.quarter, a.regionCode, a.indicatorCode) <
               std::tie(b.year, b.quarter, b.regionCode, b.indicatorCode);
    });
    EXPECT_EQ(errorsOf(stream).join(u'\n').toStdString(), PlantedErrors.join(u'\n').toStdString());
    // The warnings too (the planted figures are far from their neighbours'), word for word.
    EXPECT_EQ(sortedLines(stream).join(u'\n').toStdString(), sortedLines(full).join(u'\n').toStdString());
}

TEST_F(StreamCheckTest, AFileWithoutErrorsStreamsNoError)
{
    EXPECT_TRUE(errorsOf(streamed()).isEmpty());
    EXPECT_EQ(sortedLines(streamed()), sortedLines(fullLoad()));
}

TEST_F(StreamCheckTest, FindingsComeFamilyByFamilyParentsFirst)
{
    plantThreeErrors();
    // The city's family (4101 with its counties) before the county 410101's, before its
    // township 410101001's with the village: the tree's order, each region judged once.
    QStringList regions;
    for (const Finding &f : streamed())
        if (f.indicatorCode == QLatin1String("branches_rated"))
            regions << f.regionCode;
    EXPECT_EQ(regions, (QStringList{QStringLiteral("4101"), QStringLiteral("410101"),
                                    QStringLiteral("410101001"), QStringLiteral("410101001002")}));
}

TEST_F(StreamCheckTest, AReportChecksItsOwnSubtreeAndYearOnly)
{
    plantThreeErrors();
    auto all = Dataset::load(*db, 1900, 2999);
    ASSERT_TRUE(all.ok());
    // County 410101 in 2022: its own, its township's and its village's finding, not the city's.
    EXPECT_EQ(errorsOf(runChecksWithin(*all, QStringLiteral("410101"), 2022)),
              (QStringList{QStringLiteral("410101 branches_rated 2022Q2 parts_sum"),
                           QStringLiteral("410101001 branches_rated 2022Q2 parts_sum"),
                           QStringLiteral("410101001002 branches_rated 2022Q2 parts_sum")}));
    // Every year of county 410102: the rate above 100 % and the township below its villages.
    EXPECT_EQ(errorsOf(runChecksWithin(*all, QStringLiteral("410102"))),
              (QStringList{QStringLiteral("410102001003 standard_adoption_rate 2023Q4 range"),
                           QStringLiteral("410102002 mentor_pairs 2023Q4 rollup_mismatch")}));
    // The report's own load (the county and its townships, roll-ups from the cache) says what
    // the whole check said of those regions.
    auto scoped = Dataset::loadScoped(*db, {QStringLiteral("410101")}, 2021, 2022);
    ASSERT_TRUE(scoped.ok());
    EXPECT_EQ(errorsOf(runChecksWithin(*scoped, QStringLiteral("410101"), 2022)),
              (QStringList{QStringLiteral("410101 branches_rated 2022Q2 parts_sum"),
                           QStringLiteral("410101001 branches_rated 2022Q2 parts_sum")}));
}
