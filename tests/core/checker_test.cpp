// The checker on the sample county after a clerk's edit: what the validation list shows must
// point at the figure that was changed, with the numbers in the message.
#include "entry/valueentry.h"
#include "io/sampleloader.h"
#include "storage/database.h"
#include "summary/checker.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"
#include "teststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zx;

namespace {

const QString County = QStringLiteral("410104");

std::string str(const QString &s)
{
    return s.toStdString();
}

std::string describe(const std::vector<Finding> &findings)
{
    std::string out;
    for (const Finding &f : findings)
        out += str(QStringLiteral("  %1 %2 %3 %4 %5 Q%6: %7\n")
                       .arg(f.severity == Severity::Error ? QStringLiteral("error")
                                                          : QStringLiteral("warning"),
                            f.rule, f.indicatorCode, f.regionCode, QString::number(f.year),
                            QString::number(f.quarter), f.message));
    return out;
}

std::vector<Finding> only(const std::vector<Finding> &findings, Severity severity)
{
    std::vector<Finding> out;
    for (const Finding &f : findings)
        if (f.severity == severity)
            out.push_back(f);
    return out;
}

const Finding *findAt(const std::vector<Finding> &findings, const QString &rule,
                      const QString &indicator, const QString &region, int year, int quarter)
{
    for (const Finding &f : findings)
        if (f.rule == rule && f.indicatorCode == indicator && f.regionCode == region &&
            f.year == year && f.quarter == quarter)
            return &f;
    return nullptr;
}

class CheckerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = Database::open(zxtest::freshStore(dir, "zx.db"),
                                     Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << str(opened.error());
        db = std::move(opened).value();
        auto loaded = loadSample(*db, QStringLiteral("示例"));
        ASSERT_TRUE(loaded.ok()) << str(loaded.error());
    }

    Dataset load(int fromYear = 2022, int toYear = 2023)
    {
        auto data = Dataset::load(*db, fromYear, toYear);
        EXPECT_TRUE(data.ok()) << str(data.error());
        return data.ok() ? std::move(data).value() : Dataset();
    }

    void set(const QString &indicator, const QString &region, int year, int quarter,
             const Decimal &value)
    {
        auto ok = setValue(*db, {indicator, region, year, quarter}, value, QStringLiteral("核对"),
                           zxtest::actingAs(*db, QStringLiteral("张填报")));
        ASSERT_TRUE(ok.ok()) << str(ok.error());
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(CheckerTest, ATotalThatNoLongerMatchesItsPartsIsOneError)
{
    const QString code = QStringLiteral("river_patrols");
    Decimal partsSum;
    Decimal oldTotal;
    {
        const Dataset before = load();
        ASSERT_TRUE(only(runChecks(before), Severity::Error).empty())
            << describe(runChecks(before));
        const auto &stored = before.stored(code, County, 2023, 4);
        ASSERT_TRUE(stored.has_value()) << "the sample stores river patrols on the district";
        oldTotal = *stored;
        const Evaluator eval(before);
        for (const QString &part : before.parts(code))
            partsSum =
                partsSum +
                eval.quarterValue(*before.indicator(part), County, 2023, 4).value_or(Decimal());
        ASSERT_EQ(partsSum, oldTotal);
    }
    const Decimal changed = oldTotal + Decimal::fromInt(1);
    set(code, County, 2023, 4, changed);

    const std::vector<Finding> findings = runChecks(load());
    const std::vector<Finding> errors = only(findings, Severity::Error);
    ASSERT_EQ(errors.size(), 1u) << describe(findings);
    const Finding &f = errors.front();
    EXPECT_EQ(f.rule, QStringLiteral("parts_sum"));
    EXPECT_EQ(f.indicatorCode, code);
    EXPECT_EQ(f.regionCode, County);
    EXPECT_EQ(f.year, 2023);
    EXPECT_EQ(f.quarter, 4);
    EXPECT_TRUE(f.message.contains(changed.toString())) << str(f.message);
    EXPECT_TRUE(f.message.contains(partsSum.toString())) << str(f.message);
}

TEST_F(CheckerTest, AFigureOnASubDistrictThatDiffersFromItsVillagesIsFlagged)
{
    const QString code = QStringLiteral("returning_entrepreneurs");
    const QString sub = QStringLiteral("410104001");
    Decimal rolled;
    {
        const Dataset before = load();
        ASSERT_FALSE(before.stored(code, sub, 2023, 4).has_value())
            << "the sample stores this only on villages";
        ASSERT_FALSE(before.children(sub).isEmpty());
        for (const QString &village : before.children(sub))
            ASSERT_TRUE(before.stored(code, village, 2023, 4).has_value()) << str(village);
        const auto r = Evaluator(before).childrenRollup(*before.indicator(code), sub, 2023, 4);
        ASSERT_TRUE(r.has_value());
        rolled = *r;
    }
    const Decimal entered = rolled + Decimal::fromInt(5);
    set(code, sub, 2023, 4, entered);

    const Dataset after = load();
    const std::vector<Finding> findings = runChecks(after);
    const Finding *f = findAt(findings, QStringLiteral("rollup_mismatch"), code, sub, 2023, 4);
    ASSERT_NE(f, nullptr) << describe(findings);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_TRUE(f->message.contains(entered.toString())) << str(f->message);
    EXPECT_TRUE(f->message.contains(rolled.toString())) << str(f->message);
    // Flagged, not overwritten: the entered figure is what the sub-district shows.
    EXPECT_EQ(Evaluator(after).quarterValue(*after.indicator(code), sub, 2023, 4), entered);

    // Entering exactly the roll-up is not a mismatch.
    set(code, sub, 2023, 4, rolled);
    const std::vector<Finding> agreed = runChecks(load());
    EXPECT_EQ(findAt(agreed, QStringLiteral("rollup_mismatch"), code, sub, 2023, 4), nullptr)
        << describe(agreed);
}

// Ten times the usual figure is the usual figure with a 0 too many (issue 13): a warning that
// names the figure meant.
TEST_F(CheckerTest, AFigureTenTimesItsHistoryIsAMagnitudeSlipWarning)
{
    const QString code = QStringLiteral("returning_entrepreneurs");
    // A village with a first-quarter figure in both sample years, neither zero.
    QString village;
    QString steady;
    Decimal high;
    Decimal usual;
    {
        const Dataset before = load();
        for (const Region &r : before.regions()) {
            if (r.level != RegionLevel::Village)
                continue;
            const auto &a = before.stored(code, r.code, 2022, 1);
            const auto &b = before.stored(code, r.code, 2023, 1);
            if (!a || !b || a->isZero() || b->isZero())
                continue;
            if (village.isEmpty()) {
                village = r.code;
                high = std::max(*a, *b);
            } else if (steady.isEmpty()) {
                steady = r.code;
                usual = std::max(*a, *b);
            }
        }
        ASSERT_FALSE(village.isEmpty()) << "no village with two years of Q1 figures";
        ASSERT_FALSE(steady.isEmpty());
    }
    Decimal tenfold;
    for (int i = 0; i < 10; ++i)
        tenfold = tenfold + high;
    set(code, village, 2024, 1, tenfold);
    set(code, steady, 2024, 1, usual); // an ordinary figure next to it

    const std::vector<Finding> findings = runChecks(load(2022, 2024));
    const Finding *f = findAt(findings, QStringLiteral("magnitude_slip"), code, village, 2024, 1);
    ASSERT_NE(f, nullptr) << describe(findings);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_TRUE(f->message.contains(tenfold.toString())) << str(f->message);
    EXPECT_TRUE(f->message.contains(QStringLiteral("did you mean %1?").arg(high.toString())))
        << str(f->message);
    EXPECT_EQ(findAt(findings, QStringLiteral("outlier"), code, steady, 2024, 1), nullptr)
        << describe(findings);
    EXPECT_EQ(findAt(findings, QStringLiteral("magnitude_slip"), code, steady, 2024, 1), nullptr)
        << describe(findings);
    EXPECT_TRUE(only(findings, Severity::Error).empty()) << describe(findings);
}

TEST_F(CheckerTest, AFigureWithMoreDecimalsThanItsIndicatorTakesIsAnError)
{
    // Written behind the app's back (setValue would refuse it): 0.000001 人 on 张庄村.
    const QString code = QStringLiteral("returning_entrepreneurs");
    const QString zhangzhuang = QStringLiteral("410104001001");
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE indicator_value SET amount = '0.000001' WHERE "
                                 "indicator_code = ? AND region_code = ? AND year = 2023 AND "
                                 "quarter = 4"));
        q.addBindValue(code);
        q.addBindValue(zhangzhuang);
        ASSERT_TRUE(q.exec()) << str(q.lastError().text());
        // Through the indicator_value view (storage v5), whose trigger's change is not counted
        // in numRowsAffected: look at the figure instead.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM indicator_value WHERE amount = '0.000001'")));
        ASSERT_TRUE(q.next());
        ASSERT_EQ(q.value(0).toInt(), 1) << "the sample stores entrepreneurs on 张庄村";
    }

    const std::vector<Finding> findings = runChecks(load());
    std::vector<Finding> decimals;
    for (const Finding &f : findings)
        if (f.rule == QStringLiteral("decimals"))
            decimals.push_back(f);
    ASSERT_EQ(decimals.size(), 1u) << describe(findings);
    const Finding &f = decimals.front();
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.indicatorCode, code);
    EXPECT_EQ(f.regionCode, zhangzhuang);
    EXPECT_EQ(f.year, 2023);
    EXPECT_EQ(f.quarter, 4);
    EXPECT_TRUE(f.message.startsWith(QStringLiteral("0.000001 has 6 decimals;"))) << str(f.message);
    EXPECT_TRUE(f.message.endsWith(QStringLiteral("take at most 0"))) << str(f.message);
}

TEST_F(CheckerTest, TheSampleHasNoFigureWithTooManyDecimals)
{
    for (const Finding &f : runChecks(load()))
        EXPECT_NE(f.rule, QStringLiteral("decimals")) << str(f.message);
}
