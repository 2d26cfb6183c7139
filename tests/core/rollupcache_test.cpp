// The roll-up cache (schema v4, rollupstore) against the figures computed from every village:
// an Evaluator over Dataset::loadScoped must say exactly what one over Dataset::load says, for
// every region of the sample county, every indicator and quarter, after edits through the
// application and after an edit made by hand behind its back.
#include "entryfixture.h"

#include "entry/valueentry.h"
#include "storage/rollupstore.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"
#include "summary/summaryformat.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace zx::test {
namespace {

class RollupCacheTest : public SampleDbTest
{
protected:
    // Every figure a region's overview shows, computed both ways.
    void expectScopedEqualsFull(const QString &region, int year)
    {
        auto full = Dataset::load(*db, year - 1, year);
        ASSERT_TRUE(full.ok()) << str(full.error());
        auto scoped = Dataset::loadScoped(*db, {region}, year - 1, year);
        ASSERT_TRUE(scoped.ok()) << str(scoped.error());
        const Evaluator a(*full), b(*scoped);
        QStringList regions{region};
        regions += full->children(region);
        for (const Indicator &ind : full->indicators()) {
            for (const QString &r : regions) {
                for (int y = year - 1; y <= year; ++y) {
                    for (int q = 1; q <= 4; ++q)
                        ASSERT_EQ(str(formatFigure(a.quarterValue(ind, r, y, q))),
                                  str(formatFigure(b.quarterValue(ind, r, y, q))))
                            << str(ind.code) << " " << str(r) << " " << y << " Q" << q;
                    ASSERT_EQ(str(formatFigure(a.target(ind, r, y))), str(formatFigure(b.target(ind, r, y))))
                        << "target " << str(ind.code) << " " << str(r) << " " << y;
                }
            }
            for (int q = 1; q <= 4; ++q) {
                const auto ra = a.rankChildren(ind, region, year, q);
                const auto rb = b.rankChildren(ind, region, year, q);
                ASSERT_EQ(ra.size(), rb.size()) << str(ind.code);
                for (std::size_t i = 0; i < ra.size(); ++i) {
                    EXPECT_EQ(str(ra[i].regionCode), str(rb[i].regionCode)) << str(ind.code) << " Q" << q;
                    EXPECT_EQ(ra[i].rank, rb[i].rank) << str(ind.code) << " Q" << q;
                }
            }
        }
        for (int q = 1; q <= 4; ++q)
            EXPECT_EQ(QJsonDocument(summaryToJson(a.summarize(region, year, q))).toJson().toStdString(),
                      QJsonDocument(summaryToJson(b.summarize(region, year, q))).toJson().toStdString())
                << str(region) << " Q" << q;
    }

    QStringList allRegions()
    {
        auto d = Dataset::load(*db, 2023, 2023);
        QStringList codes;
        for (const Region &r : d->regions())
            codes << r.code;
        return codes;
    }
};

TEST_F(RollupCacheTest, SampleIsCurrentAfterLoadingAndScopedEqualsFullEverywhere)
{
    EXPECT_TRUE(rollupstore::isCurrent(*db));
    for (const QString &region : allRegions())
        expectScopedEqualsFull(region, 2023);
}

TEST_F(RollupCacheTest, CountyFigureFromCacheMatchesTheSeed)
{
    // 479 returning entrepreneurs at XX区 are entered at the villages: the county's figure is a
    // roll-up, read from the cache without a single village row.
    auto scoped = Dataset::loadScoped(*db, {QStringLiteral("410104")}, 2022, 2023);
    ASSERT_TRUE(scoped.ok());
    EXPECT_TRUE(scoped->isScoped());
    for (const Value &v : scoped->values())
        EXPECT_EQ(v.regionCode.size() <= 9, true) << str(v.regionCode);
    const Evaluator e(*scoped);
    const Indicator *ind = scoped->indicator(QStringLiteral("returning_entrepreneurs"));
    ASSERT_NE(ind, nullptr);
    EXPECT_EQ(str(formatFigure(e.yearToDate(*ind, QStringLiteral("410104"), 2023, 4))), "479");
    const auto s = e.summarize(*ind, QStringLiteral("410104"), 2023, 4);
    EXPECT_EQ(str(formatPct(s.completionPct)), "136.86");
}

TEST_F(RollupCacheTest, AnEditAtAVillageReachesTheCountyAtCommit)
{
    auto full = Dataset::load(*db, 2023, 2023);
    const Region *village = nullptr;
    for (const Region &r : full->regions())
        if (r.level == RegionLevel::Village) {
            village = &r;
            break;
        }
    ASSERT_NE(village, nullptr);
    const ValueKey key{QStringLiteral("returning_entrepreneurs"), village->code, 2023, 2};
    const Decimal before = stored(key) ? stored(key)->value : Decimal();
    ASSERT_TRUE(setValue(*db, key, before + dec("1000"), QStringLiteral("test"), zxtest::actingAs(*db, QStringLiteral("local"))).ok());
    EXPECT_TRUE(rollupstore::isCurrent(*db));
    auto scoped = Dataset::loadScoped(*db, {QStringLiteral("410104")}, 2023, 2023);
    const Evaluator e(*scoped);
    const Indicator *ind = scoped->indicator(QStringLiteral("returning_entrepreneurs"));
    EXPECT_EQ(str(formatFigure(e.yearToDate(*ind, QStringLiteral("410104"), 2023, 4))), "1479");
    ASSERT_TRUE(setValue(*db, key, std::nullopt, QString(), zxtest::actingAs(*db, QStringLiteral("local"))).ok());
    for (const QString &region : {QStringLiteral("410104"), village->parentCode})
        expectScopedEqualsFull(region, 2023);
}

TEST_F(RollupCacheTest, AFileChangedByHandFallsBackToTheFiguresUntilTheNextWrite)
{
    {
        QSqlDatabase raw = zxtest::rawConnection(path);
        ASSERT_TRUE(raw.isOpen());
        QSqlQuery q(raw);
        // Through the indicator_value view, the way to change figures by hand since storage v5.
        ASSERT_TRUE(q.exec(QStringLiteral(
            "UPDATE indicator_value SET amount = '100000' WHERE (indicator_code, region_code, year, quarter) = "
            "(SELECT indicator_code, region_code, year, quarter FROM indicator_value WHERE length(region_code) = 12 "
            "AND indicator_code = 'returning_entrepreneurs' AND year = 2023 ORDER BY region_code, quarter LIMIT 1)")));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM indicator_value WHERE amount = '100000'")));
        ASSERT_TRUE(q.next());
        ASSERT_EQ(q.value(0).toInt(), 1);
    }
    EXPECT_FALSE(rollupstore::isCurrent(*db));
    auto scoped = Dataset::loadScoped(*db, {QStringLiteral("410104")}, 2023, 2023);
    ASSERT_TRUE(scoped.ok());
    EXPECT_FALSE(scoped->isScoped()) << "a stale cache must not be read";
    expectScopedEqualsFull(QStringLiteral("410104"), 2023);
    // The next write through the application brings the cache up to date.
    auto full = Dataset::load(*db, 2023, 2023);
    QString village;
    for (const Region &r : full->regions())
        if (r.level == RegionLevel::Village && village.isEmpty())
            village = r.code;
    const ValueKey key{QStringLiteral("returning_entrepreneurs"), village, 2023, 3};
    const Decimal before = stored(key) ? stored(key)->value : Decimal();
    const auto written = setValue(*db, key, before + dec("1"), QStringLiteral("test"), zxtest::actingAs(*db, QStringLiteral("local")));
    ASSERT_TRUE(written.ok()) << str(written.error());
    EXPECT_TRUE(rollupstore::isCurrent(*db));
    expectScopedEqualsFull(QStringLiteral("410104"), 2023);
}

} // namespace
} // namespace zx::test
