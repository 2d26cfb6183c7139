// Issue 14: four eyes on approval and the office's deadline. In a shared file whoever submitted
// a quarter cannot approve it (core refuses, so the CLI and the desktop alike), unless an
// administrator turns the rule off; a file without accounts is exempt (its one person must be
// able to approve). The deadline is a day of the month after each quarter.
#include "entryfixture.h"

#include "entry/deadline.h"
#include "entry/workflow.h"

#include <QDate>

#include <algorithm>

using namespace zx;
using namespace zx::test;

namespace {

const QString Chengdong = QStringLiteral("410104001"); // 城东街道办事处
const QString Chengnan = QStringLiteral("410104002");  // 城南街道办事处
const QString Admin = QStringLiteral("admin");
const QString Clerk = QStringLiteral("clerk01");
const QString Reviewer = QStringLiteral("reviewer01");
const QString Reviewer2 = QStringLiteral("reviewer02");

class FourEyesTest : public SampleDbTest
{
protected:
    void SetUp() override
    {
        SampleDbTest::SetUp();
        ASSERT_TRUE(workflow::saveUser(*db, {Admin, Role::Administrator, {}}, QStringLiteral("local")).ok());
        ASSERT_TRUE(workflow::saveUser(*db, {Clerk, Role::Clerk, {Chengdong}}, Admin).ok());
        ASSERT_TRUE(workflow::saveUser(*db, {Reviewer, Role::Reviewer, {}, QStringLiteral("周审核")}, Admin).ok());
        ASSERT_TRUE(workflow::saveUser(*db, {Reviewer2, Role::Reviewer, {}}, Admin).ok());
    }

    PeriodState state(const QString &region)
    {
        auto s = workflow::status(*db, region, 2023, 4);
        EXPECT_TRUE(s.ok()) << str(s.error());
        return s.ok() ? s->state : PeriodState::Draft;
    }

    long approvals()
    {
        const auto trail = audit();
        return std::count_if(trail.begin(), trail.end(), [](const AuditEntry &e) {
            return e.action == QLatin1String("period.approve");
        });
    }
};

} // namespace

TEST_F(FourEyesTest, TheSubmitterIsRefusedNamingThemselvesAndTheWayOn)
{
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Reviewer).ok());
    const auto refused = workflow::approve(*db, Chengdong, 2023, 4, Reviewer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(str(refused.error()),
              "Cannot approve 2023 Q4 of region 410104001: it was submitted by 周审核 (reviewer01), "
              "and whoever submits a quarter may not also approve it (four-eyes rule). Ask another "
              "reviewer or an administrator to approve it, or return it for rework; in a "
              "one-person office an administrator can turn the rule off (Edit → Accounts…, Office "
              "rules; or zhenxing-cli settings --four-eyes off).");
    EXPECT_EQ(state(Chengdong), PeriodState::Submitted);
    EXPECT_EQ(approvals(), 0);
    // Asked beforehand (to disable a button), core gives the same refusal and writes nothing.
    const auto asked = workflow::checkApprove(*db, Chengdong, 2023, 4, Reviewer);
    ASSERT_FALSE(asked.ok());
    EXPECT_EQ(asked.error(), refused.error());
    EXPECT_TRUE(workflow::checkApprove(*db, Chengdong, 2023, 4, Reviewer2).ok());
    EXPECT_FALSE(workflow::checkApprove(*db, Chengdong, 2023, 4, Clerk).ok()) << "a clerk";
    EXPECT_EQ(approvals(), 0);
}

TEST_F(FourEyesTest, AnotherReviewerApproves)
{
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Reviewer).ok());
    const auto approved = workflow::approve(*db, Chengdong, 2023, 4, Reviewer2);
    ASSERT_TRUE(approved.ok()) << str(approved.error());
    EXPECT_EQ(state(Chengdong), PeriodState::Approved);
    // A clerk's submission, approved by a reviewer: the ordinary case.
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 3, Clerk).ok());
    EXPECT_TRUE(workflow::approve(*db, Chengdong, 2023, 3, Reviewer).ok());
    EXPECT_EQ(approvals(), 2);
}

TEST_F(FourEyesTest, WithTheRuleOffTheSubmitterApproves)
{
    auto saved = workflow::saveOfficeSettings(*db, {false, 0}, Admin);
    ASSERT_TRUE(saved.ok()) << str(saved.error());
    auto read = workflow::officeSettings(*db);
    ASSERT_TRUE(read.ok()) << str(read.error());
    EXPECT_FALSE(read->fourEyes);
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Reviewer).ok());
    const auto approved = workflow::approve(*db, Chengdong, 2023, 4, Reviewer);
    ASSERT_TRUE(approved.ok()) << str(approved.error());
    EXPECT_EQ(state(Chengdong), PeriodState::Approved);
}

TEST_F(FourEyesTest, OnlyAnAdministratorTurnsTheRuleOffAndTheChangeIsAudited)
{
    const std::size_t before = audit().size();
    const auto byReviewer = workflow::saveOfficeSettings(*db, {false, 0}, Reviewer);
    ASSERT_FALSE(byReviewer.ok());
    EXPECT_EQ(str(byReviewer.error()),
              "Only an administrator may turn the four-eyes rule on or off; reviewer01 is a reviewer");
    const auto byClerk = workflow::saveOfficeSettings(*db, {false, 0}, Clerk);
    EXPECT_FALSE(byClerk.ok());
    EXPECT_TRUE(workflow::officeSettings(*db)->fourEyes) << "still on after the refusals";
    EXPECT_EQ(audit().size(), before);

    ASSERT_TRUE(workflow::saveOfficeSettings(*db, {false, 0}, Admin).ok());
    const auto trail = audit();
    ASSERT_EQ(trail.size(), before + 1);
    const AuditEntry &entry = trail.back();
    EXPECT_EQ(entry.action, QStringLiteral("setting.save"));
    EXPECT_EQ(entry.user, Admin);
    EXPECT_EQ(entry.oldValue, QStringLiteral("four_eyes=on"));
    EXPECT_EQ(entry.newValue, QStringLiteral("four_eyes=off"));
    expectChainVerifies();
    // Saving the same settings again changes nothing and audits nothing.
    ASSERT_TRUE(workflow::saveOfficeSettings(*db, {false, 0}, Admin).ok());
    EXPECT_EQ(audit().size(), before + 1);
}

TEST_F(FourEyesTest, AReviewerSetsTheDeadlineAClerkDoesNot)
{
    const auto byClerk = workflow::saveOfficeSettings(*db, {true, 10}, Clerk);
    ASSERT_FALSE(byClerk.ok());
    EXPECT_EQ(str(byClerk.error()), "Only a reviewer or an administrator may set the deadline; clerk01 is a clerk");
    EXPECT_FALSE(workflow::saveOfficeSettings(*db, {true, 32}, Admin).ok()) << "no 32nd day";

    ASSERT_TRUE(workflow::saveOfficeSettings(*db, {true, 10}, Reviewer).ok());
    auto read = workflow::officeSettings(*db);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->deadlineDay, 10);
    EXPECT_TRUE(read->fourEyes);
    const AuditEntry entry = audit().back();
    EXPECT_EQ(entry.action, QStringLiteral("setting.save"));
    EXPECT_EQ(entry.user, Reviewer);
    EXPECT_EQ(entry.oldValue, QStringLiteral("deadline_day=0"));
    EXPECT_EQ(entry.newValue, QStringLiteral("deadline_day=10"));
}

TEST_F(FourEyesTest, ApprovingSeveralRegionsAppliesTheRulePerRegion)
{
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, Clerk).ok());
    ASSERT_TRUE(workflow::submit(*db, Chengnan, 2023, 4, Reviewer).ok());
    const auto outcomes = workflow::approveEach(*db, {Chengdong, Chengnan}, 2023, 4, Reviewer);
    ASSERT_EQ(outcomes.size(), 2u);
    EXPECT_EQ(outcomes[0].regionCode, Chengdong);
    EXPECT_TRUE(outcomes[0].outcome.ok()) << str(outcomes[0].outcome.error());
    EXPECT_EQ(outcomes[1].regionCode, Chengnan);
    ASSERT_FALSE(outcomes[1].outcome.ok());
    EXPECT_TRUE(outcomes[1].outcome.error().contains(QStringLiteral("four-eyes rule")));
    EXPECT_EQ(state(Chengdong), PeriodState::Approved);
    EXPECT_EQ(state(Chengnan), PeriodState::Submitted);
}

TEST_F(FourEyesTest, ApprovalCoversTheFiguresOfTheRegionAndItsVillages)
{
    // 城东: 1 figure of its own and 21 in each of its four villages in 2023 Q4.
    auto covered = workflow::figuresCovered(*db, Chengdong, 2023, 4);
    ASSERT_TRUE(covered.ok()) << str(covered.error());
    EXPECT_EQ(*covered, 1 + 4 * 21);
    EXPECT_FALSE(workflow::figuresCovered(*db, QStringLiteral("999"), 2023, 4).ok());
}

// A file without accounts has one person, its administrator: the rule cannot apply there.
class SingleUserFourEyesTest : public SampleDbTest
{
};

TEST_F(SingleUserFourEyesTest, TheOnlyPersonApprovesTheirOwnSubmission)
{
    ASSERT_TRUE(workflow::officeSettings(*db)->fourEyes);
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 4, QStringLiteral("local")).ok());
    const auto approved = workflow::approve(*db, Chengdong, 2023, 4, QStringLiteral("local"));
    EXPECT_TRUE(approved.ok()) << str(approved.error());
}

TEST(Deadline, DayTenOfTheMonthAfterTheQuarter)
{
    EXPECT_EQ(deadline::dueDate(2023, 3, 10), QDate(2023, 10, 10));
    EXPECT_EQ(deadline::dueDate(2023, 4, 10), QDate(2024, 1, 10));
    EXPECT_EQ(deadline::dueDate(2023, 1, 10), QDate(2023, 4, 10));
    EXPECT_EQ(deadline::dueDate(2023, 2, 10), QDate(2023, 7, 10));
    // A day the month does not have is its last day.
    EXPECT_EQ(deadline::dueDate(2023, 1, 31), QDate(2023, 4, 30));
    EXPECT_FALSE(deadline::dueDate(2023, 3, 0).isValid()) << "0: no deadline";
    EXPECT_FALSE(deadline::dueDate(2023, 5, 10).isValid());
}

TEST(Deadline, OverdueTheDayAfterUnlessHandedIn)
{
    const QDate due(2023, 10, 10);
    EXPECT_TRUE(deadline::isOverdue(due, PeriodState::Draft, QDate(2023, 10, 11)));
    EXPECT_TRUE(deadline::isOverdue(due, PeriodState::Returned, QDate(2023, 10, 11)));
    EXPECT_FALSE(deadline::isOverdue(due, PeriodState::Draft, QDate(2023, 10, 10)));
    EXPECT_FALSE(deadline::isOverdue(due, PeriodState::Submitted, QDate(2023, 10, 11)));
    EXPECT_FALSE(deadline::isOverdue(due, PeriodState::Approved, QDate(2023, 12, 1)));
    EXPECT_FALSE(deadline::isOverdue(QDate(), PeriodState::Draft, QDate(2023, 10, 11)));
    EXPECT_EQ(deadline::daysPast(due, QDate(2023, 10, 13)), 3);
}
