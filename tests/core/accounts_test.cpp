// Issue 12, accounts and years in core: the account rules as refusals with their exact reason
// (only administrators manage accounts, at least one administrator, a clerk needs a region),
// display names, removing an account, every change audited; the years the period picker
// offers; starting a new year from last year's targets (copied, scaled with the rounding rule,
// refused when the year has targets already), all against the sample county XX区 (410104).
#include "entryfixture.h"

#include "entry/newyear.h"
#include "entry/workflow.h"

#include <QDate>

#include <algorithm>

using namespace zx;
using namespace zx::test;

namespace {

const QString Chengdong = QStringLiteral("410104001");
const QString County = QStringLiteral("410104");
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");
const QString Me = QStringLiteral("local"); // the sample's loader; a single-user file

class AccountsTest : public SampleDbTest
{
protected:
    std::vector<AuditEntry> auditOf(const char *action)
    {
        std::vector<AuditEntry> found;
        for (const AuditEntry &e : audit())
            if (e.action == QLatin1String(action))
                found.push_back(e);
        return found;
    }

    std::optional<Target> target(const QString &indicator, const QString &region, int year)
    {
        auto t = valuestore::findTarget(*db, indicator, region, year);
        EXPECT_TRUE(t.ok()) << str(t.error());
        return t.ok() ? *t : std::nullopt;
    }

    int currentYear() const { return QDate::currentDate().year(); }
};

UserAccount account(const char *name, Role role, QStringList regions = {},
                    const char *display = "")
{
    return UserAccount{QString::fromUtf8(name), role, regions, QString::fromUtf8(display)};
}

} // namespace

TEST_F(AccountsTest, AccountsKeepTheirDisplayNameRoleAndRegionsAndEveryChangeIsAudited)
{
    ASSERT_TRUE(workflow::saveUser(*db, account("local", Role::Administrator, {}, "李明"), Me).ok());
    auto clerk = workflow::saveUser(*db, account("wangfang", Role::Clerk, {Chengdong}, "王芳"), Me);
    ASSERT_TRUE(clerk.ok()) << str(clerk.error());
    auto all = workflow::users(*db);
    ASSERT_TRUE(all.ok()) << str(all.error());
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ(all->at(0).name, QStringLiteral("local"));
    EXPECT_EQ(all->at(0).displayName, QStringLiteral("李明"));
    EXPECT_EQ(all->at(1).name, QStringLiteral("wangfang"));
    EXPECT_EQ(all->at(1).role, Role::Clerk);
    EXPECT_EQ(all->at(1).displayName, QStringLiteral("王芳"));
    EXPECT_EQ(all->at(1).regionCodes, QStringList{Chengdong});

    const auto saves = auditOf("user.save");
    ASSERT_EQ(saves.size(), 2u);
    EXPECT_EQ(saves[1].user, Me);
    EXPECT_EQ(saves[1].oldValue, QString());
    EXPECT_EQ(saves[1].newValue, QStringLiteral("wangfang \"王芳\" clerk: 410104001"));

    // Saving the same account again changes nothing and audits nothing.
    ASSERT_TRUE(workflow::saveUser(*db, account("wangfang", Role::Clerk, {Chengdong}, "王芳"), Me).ok());
    EXPECT_EQ(auditOf("user.save").size(), 2u);

    // Made a reviewer: the old and new accounts in the trail.
    ASSERT_TRUE(workflow::saveUser(*db, account("wangfang", Role::Reviewer, {}, "王芳"), Me).ok());
    const auto changed = auditOf("user.save");
    ASSERT_EQ(changed.size(), 3u);
    EXPECT_EQ(changed[2].oldValue, QStringLiteral("wangfang \"王芳\" clerk: 410104001"));
    EXPECT_EQ(changed[2].newValue, QStringLiteral("wangfang \"王芳\" reviewer"));

    // Removed: gone with its regions, audited.
    ASSERT_TRUE(workflow::removeUser(*db, QStringLiteral("wangfang"), Me).ok());
    all = workflow::users(*db);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1u);
    const auto removed = auditOf("user.remove");
    ASSERT_EQ(removed.size(), 1u);
    EXPECT_EQ(removed[0].oldValue, QStringLiteral("wangfang \"王芳\" reviewer"));
    EXPECT_EQ(removed[0].newValue, QString());
    expectChainVerifies();
}

TEST_F(AccountsTest, TheRulesAreRefusedWithTheirReasonAndNothingIsWritten)
{
    ASSERT_TRUE(workflow::saveUser(*db, account("local", Role::Administrator), Me).ok());
    ASSERT_TRUE(workflow::saveUser(*db, account("zhao", Role::Reviewer), Me).ok());
    ASSERT_TRUE(workflow::saveUser(*db, account("clerk01", Role::Clerk, {Chengdong}), Me).ok());
    const std::size_t entries = audit().size();

    auto clerkWithout = workflow::saveUser(*db, account("clerk02", Role::Clerk), Me);
    ASSERT_FALSE(clerkWithout.ok());
    EXPECT_EQ(clerkWithout.error(),
              QStringLiteral("The clerk clerk02 needs at least one region to enter figures for"));

    auto lastAdmin = workflow::saveUser(*db, account("local", Role::Reviewer), Me);
    ASSERT_FALSE(lastAdmin.ok());
    EXPECT_EQ(lastAdmin.error(),
              QStringLiteral("local cannot be a reviewer: the file needs at least one "
                             "administrator; add another administrator first"));

    auto removeLast = workflow::removeUser(*db, QStringLiteral("local"), Me);
    ASSERT_FALSE(removeLast.ok());
    EXPECT_EQ(removeLast.error(),
              QStringLiteral("local is the last administrator and cannot be removed: the file "
                             "needs at least one administrator; add another administrator first"));

    auto byReviewer = workflow::saveUser(*db, account("x", Role::Reviewer), QStringLiteral("zhao"));
    ASSERT_FALSE(byReviewer.ok());
    EXPECT_EQ(byReviewer.error(),
              QStringLiteral("Only an administrator may manage accounts; zhao is a reviewer"));
    auto removeByClerk = workflow::removeUser(*db, QStringLiteral("zhao"), QStringLiteral("clerk01"));
    ASSERT_FALSE(removeByClerk.ok());
    EXPECT_EQ(removeByClerk.error(),
              QStringLiteral("Only an administrator may manage accounts; clerk01 is a clerk"));

    auto stranger = workflow::removeUser(*db, QStringLiteral("nobody"), Me);
    ASSERT_FALSE(stranger.ok());
    EXPECT_EQ(stranger.error(), QStringLiteral("There is no account named nobody"));

    auto unknownRegion = workflow::saveUser(*db, account("clerk02", Role::Clerk, {"999"}), Me);
    ASSERT_FALSE(unknownRegion.ok());
    EXPECT_EQ(unknownRegion.error(), QStringLiteral("Unknown region '999'"));

    auto noName = workflow::saveUser(*db, account("  ", Role::Reviewer), Me);
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error(), QStringLiteral("A user needs a name"));

    EXPECT_EQ(audit().size(), entries);
    auto all = workflow::users(*db);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 3u);

    // With a second administrator the first may step down, and be removed.
    ASSERT_TRUE(workflow::saveUser(*db, account("zhao", Role::Administrator), Me).ok());
    ASSERT_TRUE(workflow::removeUser(*db, QStringLiteral("local"), QStringLiteral("zhao")).ok());
}

TEST_F(AccountsTest, ThePickerOffersEveryYearFromTheFirstToThisYearAndNextYearOnceItHasTargets)
{
    // The sample: figures and targets 2022–2023.
    const int now = currentYear();
    auto years = offeredYears(*db, now);
    ASSERT_TRUE(years.ok()) << str(years.error());
    std::vector<int> expected;
    for (int y = 2022; y <= now; ++y)
        expected.push_back(y);
    EXPECT_EQ(*years, expected);

    // As if it were 2023: 2024 is offered only once it has a target.
    years = offeredYears(*db, 2023);
    ASSERT_TRUE(years.ok());
    EXPECT_EQ(*years, (std::vector<int>{2022, 2023}));
    auto started = startNewYear(*db, 2024, {NewYearTargets::Mode::Copy, Decimal::fromInt(1)}, Me, 2023);
    ASSERT_TRUE(started.ok()) << str(started.error());
    years = offeredYears(*db, 2023);
    ASSERT_TRUE(years.ok());
    EXPECT_EQ(*years, (std::vector<int>{2022, 2023, 2024}));

    // A target alone, years before the first figure, widens the span back to it.
    ASSERT_TRUE(setTargets(*db, {TargetChange{Target{Entrepreneurs, County, 2019, dec("300"), {}, {}}, false, {}, {}}}, Me).ok());
    years = offeredYears(*db, 2023);
    ASSERT_TRUE(years.ok());
    EXPECT_EQ(*years, (std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024}));
}

TEST_F(AccountsTest, AFileWithRegionsButNothingElseOffersThisYearAnEmptyFileNothing)
{
    QTemporaryDir other;
    auto empty = Database::open(other.filePath(QStringLiteral("empty.db")),
                                Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(empty.ok()) << str(empty.error());
    auto none = offeredYears(**empty, 2026);
    ASSERT_TRUE(none.ok()) << str(none.error());
    EXPECT_TRUE(none->empty());
}

TEST_F(AccountsTest, NewYearCopiesLastYearsTargetsBaselinesAndMilestonesInOneAuditedStep)
{
    const std::size_t before = audit().size();
    auto started = startNewYear(*db, 2024, {NewYearTargets::Mode::Copy, Decimal::fromInt(1)}, Me, 2026);
    ASSERT_TRUE(started.ok()) << str(started.error());
    EXPECT_EQ(*started, 112); // resources/sample/targets.csv holds 112 targets for 2023
    EXPECT_EQ(target(Entrepreneurs, County, 2024)->value.toString(), QStringLiteral("350"));
    EXPECT_EQ(target(Entrepreneurs, QStringLiteral("410104001001"), 2024)->value.toString(),
              QStringLiteral("22"));
    const auto southern = target(QStringLiteral("southern_villages"), County, 2024);
    ASSERT_TRUE(southern);
    EXPECT_EQ(southern->value.toString(), QStringLiteral("4"));
    EXPECT_EQ(southern->baseline->toString(), QStringLiteral("10"));
    const auto sowing = target(QStringLiteral("summer_sowing_area"), County, 2024);
    ASSERT_TRUE(sowing);
    EXPECT_EQ(sowing->milestonePct, (std::array<std::optional<double>, 4>{0.0, 85.0, 100.0, 100.0}));
    // 2023 is untouched.
    EXPECT_EQ(target(Entrepreneurs, County, 2023)->value.toString(), QStringLiteral("350"));

    const auto trail = audit();
    ASSERT_EQ(trail.size(), before + 112);
    const auto it = std::find_if(trail.begin(), trail.end(), [](const AuditEntry &e) {
        return e.action == QLatin1String("target.set") && e.year == 2024 &&
               e.indicatorCode == Entrepreneurs && e.regionCode == County;
    });
    ASSERT_NE(it, trail.end());
    EXPECT_EQ(it->oldValue, QString());
    EXPECT_EQ(it->newValue, QStringLiteral("350"));
    EXPECT_EQ(it->comment, QStringLiteral("new year 2024: copied from 2023"));
    expectChainVerifies();

    // Again: refused, saying so; nothing more written.
    auto again = startNewYear(*db, 2024, {NewYearTargets::Mode::Copy, Decimal::fromInt(1)}, Me, 2026);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(), QStringLiteral("2024 already has targets (112); change them under "
                                            "Targets or import a targets file instead"));
    EXPECT_EQ(audit().size(), before + 112);
}

TEST_F(AccountsTest, NewYearScalesTheAmountsOnlyRoundingHalfAwayFromZero)
{
    const auto how = parseNewYearTargets(QStringLiteral("scale:1.05"));
    ASSERT_TRUE(how);
    auto started = startNewYear(*db, 2024, *how, Me, 2026);
    ASSERT_TRUE(started.ok()) << str(started.error());
    EXPECT_EQ(*started, 112);
    EXPECT_EQ(target(Entrepreneurs, County, 2024)->value.toString(), QStringLiteral("367.5")); // 350 × 1.05
    EXPECT_EQ(target(Entrepreneurs, QStringLiteral("410104001001"), 2024)->value.toString(),
              QStringLiteral("23.1")); // 22 × 1.05
    EXPECT_EQ(target(QStringLiteral("summer_sowing_area"), County, 2024)->value.toString(),
              QStringLiteral("4410")); // 4200 × 1.05 = 4410.00, written without trailing zeros
    EXPECT_EQ(target(QStringLiteral("farm_subsidy"), County, 2024)->value.toString(),
              QStringLiteral("22.995")); // 21.9 × 1.05
    const auto southern = target(QStringLiteral("southern_villages"), County, 2024);
    EXPECT_EQ(southern->value.toString(), QStringLiteral("4.2"));     // 4 × 1.05
    EXPECT_EQ(southern->baseline->toString(), QStringLiteral("10")); // the baseline is kept

    // The rounding rule on its own: half away from zero at the sixth decimal.
    EXPECT_EQ(scaleTarget(dec("1.234567"), dec("1.5"))->toString(), QStringLiteral("1.851851")); // 1.8518505
    EXPECT_EQ(scaleTarget(dec("0.000001"), dec("0.5"))->toString(), QStringLiteral("0.000001")); // 0.0000005
    EXPECT_EQ(scaleTarget(dec("0.000001"), dec("0.4"))->toString(), QStringLiteral("0"));
    EXPECT_EQ(scaleTarget(dec("350"), dec("1"))->toString(), QStringLiteral("350"));
}

TEST_F(AccountsTest, NewYearRefusalsSayWhy)
{
    EXPECT_FALSE(parseNewYearTargets(QStringLiteral("scale:0")));
    EXPECT_FALSE(parseNewYearTargets(QStringLiteral("scale:-1")));
    EXPECT_FALSE(parseNewYearTargets(QStringLiteral("scale:abc")));
    EXPECT_FALSE(parseNewYearTargets(QStringLiteral("double")));
    const NewYearTargets copy{NewYearTargets::Mode::Copy, Decimal::fromInt(1)};

    auto ahead = startNewYear(*db, 2028, copy, Me, 2026);
    ASSERT_FALSE(ahead.ok());
    EXPECT_EQ(ahead.error(), QStringLiteral("2028 is more than a year ahead of 2026: a new year can "
                                            "be started up to the next year"));
    auto nothingToCopy = startNewYear(*db, 2022 + 4, copy, Me, 2026); // 2025 has no targets
    ASSERT_FALSE(nothingToCopy.ok());
    EXPECT_EQ(nothingToCopy.error(), QStringLiteral("2025 has no targets to copy; start 2026 with "
                                                    "no targets, or import a targets file"));
    auto hasTargets = startNewYear(*db, 2023, copy, Me, 2026);
    ASSERT_FALSE(hasTargets.ok());
    EXPECT_EQ(hasTargets.error(), QStringLiteral("2023 already has targets (112); change them under "
                                                 "Targets or import a targets file instead"));
    const NewYearTargets none{NewYearTargets::Mode::None, Decimal::fromInt(1)};
    auto nextEmpty = startNewYear(*db, 2027, none, Me, 2026);
    ASSERT_FALSE(nextEmpty.ok());
    EXPECT_EQ(nextEmpty.error(), QStringLiteral("2027 is next year: it is offered once it has "
                                                "targets; copy or scale last year's, or import a "
                                                "targets file"));
    auto thisYearEmpty = startNewYear(*db, 2026, none, Me, 2026);
    ASSERT_TRUE(thisYearEmpty.ok()) << str(thisYearEmpty.error());
    EXPECT_EQ(*thisYearEmpty, 0);

    // A clerk may not set targets: refused by setTargets, nothing written.
    ASSERT_TRUE(workflow::saveUser(*db, account("local", Role::Administrator), Me).ok());
    ASSERT_TRUE(workflow::saveUser(*db, account("clerk01", Role::Clerk, {Chengdong}), Me).ok());
    auto byClerk = startNewYear(*db, 2024, copy, QStringLiteral("clerk01"), 2026);
    ASSERT_FALSE(byClerk.ok());
    EXPECT_EQ(byClerk.error(), QStringLiteral("Only a reviewer or an administrator may set targets; "
                                              "clerk01 is a clerk"));
    EXPECT_FALSE(target(Entrepreneurs, County, 2024));
}
