// Annual targets (all or nothing, audited, checked per target mode) and the indicator
// catalogue (create, edit, retire; codes, parents and ratios checked).
#include "entryfixture.h"

#include "entry/catalogueentry.h"
#include "entry/targetentry.h"
#include "entry/valueentry.h"
#include "entry/workflow.h"
#include "storage/catalogstore.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"

#include <algorithm>

using namespace zx;
using namespace zx::test;

namespace {

const QString County = QStringLiteral("410104");
const QString Local = QStringLiteral("local");

Target target(const char *indicator, const char *amount, int year = 2024)
{
    Target t;
    t.indicatorCode = QString::fromLatin1(indicator);
    t.regionCode = County;
    t.year = year;
    t.value = dec(amount);
    return t;
}

class TargetTest : public SampleDbTest
{
protected:
    std::optional<Target> find(const char *indicator, int year = 2024)
    {
        auto t = findTarget(*db, QString::fromLatin1(indicator), County, year);
        EXPECT_TRUE(t.ok()) << str(t.error());
        return t.ok() ? *t : std::nullopt;
    }
};

using CatalogueTest = SampleDbTest;

Indicator newIndicator(const char *code)
{
    Indicator i;
    i.code = QString::fromLatin1(code);
    i.categoryCode = QStringLiteral("water");
    i.name = QStringLiteral("水库巡查");
    i.nameEn = QStringLiteral("reservoir inspections");
    i.unit = QStringLiteral("次");
    return i;
}

} // namespace

TEST_F(TargetTest, TargetsAreStoredAndAuditedTogether)
{
    Target southern = target("southern_villages", "3");
    southern.baseline = dec("7");
    Target entrepreneurs = target("returning_entrepreneurs", "380");
    entrepreneurs.milestonePct = {20.0, 45.0, 75.0, 100.0};
    const std::size_t before = audit().size();
    auto ok = setTargets(*db, {{southern, false, QStringLiteral("2024年任务")}, {entrepreneurs, false, {}}},
                         Local);
    ASSERT_TRUE(ok.ok()) << str(ok.error());
    ASSERT_TRUE(find("southern_villages"));
    EXPECT_EQ(find("southern_villages")->baseline->toString(), QStringLiteral("7"));
    EXPECT_EQ(find("returning_entrepreneurs")->milestonePct[1], 45.0);

    const auto trail = audit();
    ASSERT_EQ(trail.size(), before + 2);
    EXPECT_EQ(trail[before].action, QStringLiteral("target.set"));
    EXPECT_EQ(trail[before].newValue, QStringLiteral("3 (baseline 7)"));
    EXPECT_EQ(trail[before].comment, QStringLiteral("2024年任务"));
    EXPECT_EQ(trail[before + 1].newValue, QStringLiteral("380 (milestones 20/45/75/100)"));

    // Changing the 2023 target of 350 keeps the old figure in the trail; deleting it too.
    ASSERT_TRUE(setTargets(*db, {{target("returning_entrepreneurs", "360", 2023), false, {}}}, Local).ok());
    EXPECT_EQ(audit().back().oldValue, QStringLiteral("350"));
    EXPECT_EQ(audit().back().newValue, QStringLiteral("360"));
    ASSERT_TRUE(setTargets(*db, {{target("returning_entrepreneurs", "0", 2023), true, {}}}, Local).ok());
    EXPECT_FALSE(find("returning_entrepreneurs", 2023));
    EXPECT_EQ(audit().back().action, QStringLiteral("target.delete"));
    EXPECT_EQ(audit().back().oldValue, QStringLiteral("360"));
    expectChainVerifies();
}

TEST_F(TargetTest, InvalidTargetsRefuseTheWholeBlock)
{
    const std::size_t before = audit().size();
    const auto refused = [&](Target bad) {
        auto r = setTargets(*db, {{target("labour_transfer", "100"), false, {}}, {bad, false, {}}},
                            Local);
        EXPECT_FALSE(r.ok());
        return r.error();
    };
    EXPECT_TRUE(refused(target("labour_transfer", "-1")).contains(QStringLiteral("negative")));
    EXPECT_TRUE(refused(target("southern_villages", "4")).contains(QStringLiteral("baseline")));
    Target low = target("southern_villages", "4");
    low.baseline = dec("4");
    EXPECT_TRUE(refused(low).contains(QStringLiteral("baseline")));
    Target milestones = target("river_patrols", "2500");
    milestones.milestonePct = {30.0, 20.0, std::nullopt, 100.0};
    EXPECT_TRUE(refused(milestones).contains(QStringLiteral("milestone")));
    milestones.milestonePct = {30.0, 120.0, std::nullopt, 100.0};
    EXPECT_TRUE(refused(milestones).contains(QStringLiteral("milestone")));
    EXPECT_TRUE(refused(target("no_such", "1")).contains(QStringLiteral("no_such")));
    EXPECT_FALSE(find("labour_transfer"));
    EXPECT_EQ(audit().size(), before);
}

TEST_F(TargetTest, AClerkMayNotSetTargets)
{
    ASSERT_TRUE(workflow::saveUser(*db, {QStringLiteral("admin"), Role::Administrator, {}}, Local).ok());
    ASSERT_TRUE(workflow::saveUser(*db, {QStringLiteral("clerk01"), Role::Clerk, {County}},
                                   QStringLiteral("admin"))
                    .ok());
    auto refused = setTargets(*db, {{target("labour_transfer", "100"), false, {}}},
                              QStringLiteral("clerk01"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("clerk01"))) << str(refused.error());
}

TEST_F(CatalogueTest, AnIndicatorIsCreatedEditedAndAudited)
{
    Indicator i = newIndicator("reservoir_inspections");
    auto created = saveIndicator(*db, i, true, Local);
    ASSERT_TRUE(created.ok()) << str(created.error());
    auto all = catalogstore::indicators(*db);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 76u);
    EXPECT_EQ(audit().back().action, QStringLiteral("catalogue.indicator"));
    EXPECT_EQ(audit().back().indicatorCode, i.code);

    auto duplicate = saveIndicator(*db, i, true, Local);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().contains(i.code)) << str(duplicate.error());

    i.decimals = 1;
    i.parentCode = QStringLiteral("river_patrols");
    i.partRule = PartRule::PartsSumToTotal;
    ASSERT_TRUE(saveIndicator(*db, i, false, Local).ok());
    auto data = Dataset::load(*db, 2023, 2023);
    ASSERT_TRUE(data.ok());
    EXPECT_EQ(data->indicator(i.code)->decimals, 1);
    EXPECT_TRUE(data->parts(QStringLiteral("river_patrols")).contains(i.code));
    EXPECT_FALSE(audit().back().oldValue.isEmpty());
    EXPECT_TRUE(audit().back().newValue.contains(QStringLiteral("river_patrols")));

    const auto refusal = [&](const Indicator &i, bool isNew) {
        auto r = saveIndicator(*db, i, isNew, Local);
        EXPECT_FALSE(r.ok()) << i.code.toStdString();
        return r.ok() ? QString() : r.error();
    };
    EXPECT_EQ(refusal(newIndicator("not_there"), false),
              QStringLiteral("There is no 'not_there' to change"));
    EXPECT_EQ(refusal(newIndicator("bad code"), true),
              QStringLiteral("The code 'bad code' may hold only letters, digits and '_'"));
    EXPECT_EQ(refusal(newIndicator(""), true), QStringLiteral("A code is required"));
}

TEST_F(CatalogueTest, MalformedIndicatorsAreRefused)
{
    const auto refused = [&](const Indicator &i) {
        auto r = saveIndicator(*db, i, true, Local);
        EXPECT_FALSE(r.ok()) << i.code.toStdString();
        return r.ok() ? QString() : r.error();
    };
    Indicator noRule = newIndicator("a1");
    noRule.parentCode = QStringLiteral("river_patrols");
    EXPECT_EQ(refused(noRule), QStringLiteral("a1: a parent (total) and a part rule go together"));
    Indicator noParent = newIndicator("a2");
    noParent.partRule = PartRule::PartNotAboveTotal;
    EXPECT_EQ(refused(noParent), QStringLiteral("a2: a parent (total) and a part rule go together"));
    Indicator otherRule = newIndicator("a3");
    otherRule.parentCode = QStringLiteral("river_patrols");
    otherRule.partRule = PartRule::PartNotAboveTotal; // its siblings sum to the total
    EXPECT_EQ(refused(otherRule),
              QStringLiteral("The parts of river_patrols follow the rule parts_sum_to_total; a3 must too"));
    Indicator ratio = newIndicator("a4");
    ratio.aggregation = Aggregation::Ratio;
    EXPECT_EQ(refused(ratio), QStringLiteral("The ratio a4 needs a numerator and a denominator"));
    ratio.numeratorCode = QStringLiteral("problems_rectified");
    ratio.denominatorCode = QStringLiteral("no_such");
    EXPECT_EQ(refused(ratio), QStringLiteral("The ratio a4 cannot be computed from 'no_such'"));
    Indicator decimals = newIndicator("a5");
    decimals.decimals = 7;
    EXPECT_EQ(refused(decimals), QStringLiteral("a5: decimals must be 0 to 6, not 7"));
    Indicator range = newIndicator("a6");
    range.minValue = dec("10");
    range.maxValue = dec("5");
    EXPECT_EQ(refused(range), QStringLiteral("a6: the minimum 10 is above the maximum 5"));
    Indicator category = newIndicator("a7");
    category.categoryCode = QStringLiteral("space");
    EXPECT_EQ(refused(category), QStringLiteral("Unknown category 'space'"));
}

TEST_F(CatalogueTest, APartCannotBecomeTheParentOfItsOwnTotal)
{
    auto all = catalogstore::indicators(*db);
    ASSERT_TRUE(all.ok());
    auto total = std::find_if(all->begin(), all->end(), [](const Indicator &i) {
        return i.code == QLatin1String("summer_sowing_area");
    });
    ASSERT_NE(total, all->end());
    Indicator cycle = *total;
    cycle.parentCode = QStringLiteral("corn_area"); // corn_area is already a part of it
    cycle.partRule = PartRule::PartNotAboveTotal;
    auto refused = saveIndicator(*db, cycle, false, Local);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("corn_area"))) << str(refused.error());
    Indicator self = *total;
    self.parentCode = self.code;
    self.partRule = PartRule::PartNotAboveTotal;
    auto selfRefused = saveIndicator(*db, self, false, Local);
    ASSERT_FALSE(selfRefused.ok());
    EXPECT_EQ(selfRefused.error(),
              QStringLiteral("summer_sowing_area cannot be a part of summer_sowing_area: "
                             "summer_sowing_area is summer_sowing_area itself or one of its parts"));
}

TEST_F(CatalogueTest, ARetiredIndicatorLeavesTheSummaryAndKeepsItsFigures)
{
    auto all = catalogstore::indicators(*db);
    ASSERT_TRUE(all.ok());
    auto it = std::find_if(all->begin(), all->end(), [](const Indicator &i) {
        return i.code == QLatin1String("labour_transfer");
    });
    ASSERT_NE(it, all->end());
    Indicator retired = *it;
    retired.retired = true;
    ASSERT_TRUE(saveIndicator(*db, retired, false, Local).ok());

    auto data = Dataset::load(*db, 2022, 2023);
    ASSERT_TRUE(data.ok());
    const Evaluator eval(*data);
    const RegionSummary summary = eval.summarize(County, 2023, 4);
    EXPECT_EQ(summary.indicators.size(), 74u);
    EXPECT_TRUE(std::none_of(summary.indicators.begin(), summary.indicators.end(),
                             [](const IndicatorSummary &s) {
                                 return s.indicator->code == QLatin1String("labour_transfer");
                             }));
    EXPECT_TRUE(std::any_of(data->values().begin(), data->values().end(), [](const Value &v) {
        return v.indicatorCode == QLatin1String("labour_transfer");
    }));
    EXPECT_TRUE(audit().back().newValue.contains(QStringLiteral("retired")));
}

TEST_F(CatalogueTest, CategoriesAreCreatedAndEdited)
{
    Category c{QStringLiteral("industry"), QStringLiteral("产业振兴"), QStringLiteral("industry"), 7};
    ASSERT_TRUE(saveCategory(*db, c, true, Local).ok());
    auto duplicate = saveCategory(*db, c, true, Local);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error(), QStringLiteral("The code 'industry' is already in use"));
    c.name = QStringLiteral("产业发展");
    ASSERT_TRUE(saveCategory(*db, c, false, Local).ok());
    auto categories = catalogstore::categories(*db);
    ASSERT_TRUE(categories.ok());
    EXPECT_EQ(categories->back().name, QStringLiteral("产业发展"));
    EXPECT_EQ(audit().back().action, QStringLiteral("catalogue.category"));
    auto missing = saveCategory(*db, {QStringLiteral("nope"), QStringLiteral("x"), {}, 1}, false, Local);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error(), QStringLiteral("There is no 'nope' to change"));
}
