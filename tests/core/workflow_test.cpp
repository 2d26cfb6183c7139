// The review of a quarter and who may do what: a clerk of 城东街道 (410104001) enters figures
// for its villages only and submits; a reviewer approves (locking the quarter), returns with a
// reason, or reopens with a reason; everything lands in the audit trail.
#include "entryfixture.h"

#include "entry/valueentry.h"
#include "entry/workflow.h"
#include "storage/periodstore.h"

#include <algorithm>

using namespace zx;
using namespace zx::test;

namespace {

const QString Chengdong = QStringLiteral("410104001");       // 城东街道办事处
const QString Zhangzhuang = QStringLiteral("410104001001");  // 张庄村, under 城东
const QString Chenwan = QStringLiteral("410104002001");      // 陈湾村, under 城南
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");
const QString Admin = QStringLiteral("admin");
const QString Clerk = QStringLiteral("clerk01");
const QString Reviewer = QStringLiteral("reviewer01");

class WorkflowTest : public SampleDbTest
{
protected:
    void SetUp() override
    {
        SampleDbTest::SetUp();
        // The local user of a single-user file is the administrator and creates the accounts.
        ASSERT_TRUE(workflow::saveUser(*db, {Admin, Role::Administrator, {}}, QStringLiteral("local")).ok());
        auto clerk = workflow::saveUser(*db, {Clerk, Role::Clerk, {Chengdong}}, Admin);
        ASSERT_TRUE(clerk.ok()) << str(clerk.error());
        ASSERT_TRUE(workflow::saveUser(*db, {Reviewer, Role::Reviewer, {}}, Admin).ok());
    }

    Outcome enter(const QString &user, const QString &region, int quarter, const char *value)
    {
        return setValue(*db, {Entrepreneurs, region, 2023, quarter}, dec(value), QString(), user);
    }

    PeriodState state(const QString &region, int quarter = 4)
    {
        auto s = workflow::status(*db, region, 2023, quarter);
        EXPECT_TRUE(s.ok()) << str(s.error());
        return s.ok() ? s->state : PeriodState::Draft;
    }
};

} // namespace

TEST_F(WorkflowTest, AccountsAreStoredWithTheirRegions)
{
    auto users = workflow::users(*db);
    ASSERT_TRUE(users.ok()) << str(users.error());
    ASSERT_EQ(users->size(), 3u);
    auto clerk = workflow::accountOf(*db, Clerk);
    ASSERT_TRUE(clerk.ok()) << str(clerk.error());
    EXPECT_EQ(clerk->role, Role::Clerk);
    EXPECT_EQ(clerk->regionCodes, QStringList{Chengdong});

    auto stranger = workflow::accountOf(*db, QStringLiteral("nobody"));
    ASSERT_FALSE(stranger.ok());
    EXPECT_TRUE(stranger.error().contains(QStringLiteral("nobody"))) << str(stranger.error());

    // Only an administrator manages accounts, and one administrator must remain.
    EXPECT_FALSE(workflow::saveUser(*db, {QStringLiteral("x"), Role::Reviewer, {}}, Clerk).ok());
    auto lastAdmin = workflow::saveUser(*db, {Admin, Role::Reviewer, {}}, Admin);
    ASSERT_FALSE(lastAdmin.ok());
    EXPECT_TRUE(lastAdmin.error().contains(QStringLiteral("administrator"))) << str(lastAdmin.error());
    EXPECT_FALSE(workflow::saveUser(*db, {QStringLiteral("c2"), Role::Clerk, {}}, Admin).ok())
        << "a clerk without regions";
    EXPECT_FALSE(
        workflow::saveUser(*db, {QStringLiteral("c2"), Role::Clerk, {QStringLiteral("999")}}, Admin)
            .ok());
    const auto trail = audit();
    EXPECT_EQ(std::count_if(trail.begin(), trail.end(),
                            [](const AuditEntry &e) { return e.action == QLatin1String("user.save"); }),
              3);
}

TEST_F(WorkflowTest, ASingleUserFileMakesTheLocalUserAdministrator)
{
    QTemporaryDir other;
    auto fresh = Database::open(other.filePath(QStringLiteral("one.db")),
                                Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(fresh.ok()) << str(fresh.error());
    auto me = workflow::accountOf(**fresh, QStringLiteral("anyone"));
    ASSERT_TRUE(me.ok()) << str(me.error());
    EXPECT_EQ(me->role, Role::Administrator);
    // The first account must leave someone able to manage accounts.
    EXPECT_FALSE(workflow::saveUser(**fresh, {QStringLiteral("c"), Role::Reviewer, {}},
                                    QStringLiteral("anyone"))
                     .ok());
}

TEST_F(WorkflowTest, AClerkEditsOnlyTheVillagesOfTheirRegions)
{
    auto own = enter(Clerk, Zhangzhuang, 4, "8");
    EXPECT_TRUE(own.ok()) << str(own.error());
    EXPECT_EQ(storedText({Entrepreneurs, Zhangzhuang, 2023, 4}), QStringLiteral("8"));

    const QString before = storedText({Entrepreneurs, Chenwan, 2023, 4});
    auto foreign = enter(Clerk, Chenwan, 4, "8");
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.error().contains(Clerk)) << str(foreign.error());
    EXPECT_TRUE(foreign.error().contains(Chenwan)) << str(foreign.error());
    EXPECT_EQ(storedText({Entrepreneurs, Chenwan, 2023, 4}), before);

    // Reviewers and administrators edit anywhere; a user without an account nowhere.
    EXPECT_TRUE(enter(Reviewer, Chenwan, 4, "9").ok());
    EXPECT_TRUE(enter(Admin, Chenwan, 3, "9").ok());
    EXPECT_FALSE(enter(QStringLiteral("nobody"), Zhangzhuang, 4, "9").ok());
}

TEST_F(WorkflowTest, SubmitApproveLocksAndAClerkMayNotApprove)
{
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Clerk).ok());
    EXPECT_EQ(state(Chengdong), PeriodState::Submitted);
    EXPECT_FALSE(workflow::submit(*db, Chenwan, 2023, 4, Clerk).ok()) << "not the clerk's region";

    auto byClerk = workflow::approve(*db, Chengdong, 2023, 4, Clerk);
    ASSERT_FALSE(byClerk.ok());
    EXPECT_TRUE(byClerk.error().contains(QStringLiteral("reviewer"))) << str(byClerk.error());
    EXPECT_EQ(state(Chengdong), PeriodState::Submitted);

    auto approved = workflow::approve(*db, Chengdong, 2023, 4, Reviewer);
    ASSERT_TRUE(approved.ok()) << str(approved.error());
    EXPECT_EQ(state(Chengdong), PeriodState::Approved);

    // The township's approval covers its villages' figures, and names who approved it.
    auto locked = enter(Clerk, Zhangzhuang, 4, "8");
    ASSERT_FALSE(locked.ok());
    EXPECT_TRUE(locked.error().contains(Reviewer)) << str(locked.error());
    EXPECT_TRUE(enter(Clerk, Zhangzhuang, 3, "6").ok()) << "Q3 is still open";

    // Approving again is refused with the state and who set it.
    auto again = workflow::approve(*db, Chengdong, 2023, 4, Reviewer);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("approved"))) << str(again.error());
    EXPECT_TRUE(again.error().contains(Reviewer)) << str(again.error());
    // Approving a draft is refused too.
    auto draft = workflow::approve(*db, Chenwan, 2023, 4, Reviewer);
    ASSERT_FALSE(draft.ok());
    EXPECT_TRUE(draft.error().contains(QStringLiteral("draft"))) << str(draft.error());
}

TEST_F(WorkflowTest, ReturnAndReopenNeedAReasonAndAreAudited)
{
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Clerk).ok());
    EXPECT_FALSE(workflow::returnForRework(*db, Chengdong, 2023, 4, QStringLiteral("  "), Reviewer).ok());
    EXPECT_FALSE(workflow::returnForRework(*db, Chengdong, 2023, 4, QStringLiteral("数不对"), Clerk).ok());
    ASSERT_TRUE(workflow::returnForRework(*db, Chengdong, 2023, 4,
                                          QStringLiteral("村级巡河数与台账不符"), Reviewer)
                    .ok());
    auto returned = workflow::status(*db, Chengdong, 2023, 4);
    ASSERT_TRUE(returned.ok());
    EXPECT_EQ(returned->state, PeriodState::Returned);
    EXPECT_EQ(returned->reason, QStringLiteral("村级巡河数与台账不符"));
    EXPECT_EQ(returned->changedBy, Reviewer);

    // Returned is open for correction; then it is submitted again and approved.
    EXPECT_TRUE(enter(Clerk, Zhangzhuang, 4, "8").ok());
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Clerk).ok());
    // Submitted, its villages' figures wait for the reviewer: what is approved is what was
    // handed in (issue 14). The refusal names the submitter and the way out.
    auto waiting = enter(Clerk, Zhangzhuang, 4, "9");
    ASSERT_FALSE(waiting.ok());
    EXPECT_TRUE(waiting.error().contains(QStringLiteral("submitted by ") + Clerk)) << str(waiting.error());
    EXPECT_TRUE(waiting.error().contains(QStringLiteral("must return it"))) << str(waiting.error());
    // The township by its name, its code in brackets.
    EXPECT_TRUE(waiting.error().contains(QStringLiteral(" (") + Chengdong + u')')) << str(waiting.error());
    ASSERT_TRUE(workflow::returnForRework(*db, Chengdong, 2023, 4, QStringLiteral("再核一遍"), Reviewer).ok());
    EXPECT_TRUE(enter(Clerk, Zhangzhuang, 4, "8").ok());
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Clerk).ok());
    ASSERT_TRUE(workflow::approve(*db, Chengdong, 2023, 4, Admin).ok());

    const std::size_t before = audit().size();
    auto noReason = workflow::reopen(*db, Chengdong, 2023, 4, QString(), Reviewer);
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().contains(QStringLiteral("reason"))) << str(noReason.error());
    EXPECT_FALSE(workflow::reopen(*db, Chengdong, 2023, 4, QStringLiteral("补报"), Clerk).ok());
    EXPECT_EQ(audit().size(), before);
    ASSERT_TRUE(workflow::reopen(*db, Chengdong, 2023, 4, QStringLiteral("补报12月数据"), Reviewer).ok());
    EXPECT_EQ(state(Chengdong), PeriodState::Draft);
    EXPECT_TRUE(enter(Clerk, Zhangzhuang, 4, "9").ok());

    const auto trail = audit();
    QStringList actions;
    for (const AuditEntry &e : trail)
        if (e.action.startsWith(QLatin1String("period.")))
            actions << e.action;
    EXPECT_EQ(actions, (QStringList{QStringLiteral("period.submit"), QStringLiteral("period.return"),
                                    QStringLiteral("period.submit"), QStringLiteral("period.return"),
                                    QStringLiteral("period.submit"), QStringLiteral("period.approve"),
                                    QStringLiteral("period.reopen")}));
    const auto reopened = std::find_if(trail.begin(), trail.end(), [](const AuditEntry &e) {
        return e.action == QLatin1String("period.reopen");
    });
    ASSERT_NE(reopened, trail.end());
    EXPECT_EQ(reopened->user, Reviewer);
    EXPECT_EQ(reopened->regionCode, Chengdong);
    EXPECT_EQ(reopened->year, 2023);
    EXPECT_EQ(reopened->quarter, 4);
    EXPECT_EQ(reopened->oldValue, QStringLiteral("approved"));
    EXPECT_EQ(reopened->newValue, QStringLiteral("draft"));
    EXPECT_EQ(reopened->comment, QStringLiteral("补报12月数据"));
    expectChainVerifies();
}

TEST_F(WorkflowTest, TheDueListHoldsDraftsAndReturnedQuarters)
{
    auto all = workflow::due(*db, Chengdong, 2023, 4);
    ASSERT_TRUE(all.ok()) << str(all.error());
    ASSERT_EQ(all->size(), 5u); // the sub-district and its four villages
    EXPECT_EQ(all->front().regionCode, Chengdong);

    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Clerk).ok());
    ASSERT_TRUE(workflow::submit(*db, Zhangzhuang, 2023, 4, Clerk).ok());
    ASSERT_TRUE(workflow::returnForRework(*db, Zhangzhuang, 2023, 4, QStringLiteral("缺附件"), Reviewer).ok());
    auto due = workflow::due(*db, Chengdong, 2023, 4);
    ASSERT_TRUE(due.ok()) << str(due.error());
    ASSERT_EQ(due->size(), 4u);
    const auto zhang = std::find_if(due->begin(), due->end(), [](const PeriodStatus &s) {
        return s.regionCode == Zhangzhuang;
    });
    ASSERT_NE(zhang, due->end());
    EXPECT_EQ(zhang->state, PeriodState::Returned);
    EXPECT_EQ(zhang->reason, QStringLiteral("缺附件"));
    EXPECT_TRUE(std::none_of(due->begin(), due->end(),
                             [](const PeriodStatus &s) { return s.regionCode == Chengdong; }));

    auto county = workflow::due(*db, QStringLiteral("410104"), 2023, 4);
    ASSERT_TRUE(county.ok());
    EXPECT_EQ(county->size(), 26u - 1u); // 1 + 5 + 20 regions, 城东 submitted
    EXPECT_FALSE(workflow::due(*db, QStringLiteral("999"), 2023, 4).ok());
}
