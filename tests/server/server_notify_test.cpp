// Open dashboards follow other users' commits (issue 16): the server announces every commit
// (LISTEN/NOTIFY), and a Workspace open on it turns another session's announcement into the
// notifier's signals within a second, as if the change were made in its own window; its own
// edits are announced once, by itself.
#include "../reliability/reliabilityhelpers.h"
#include "servertest.h"

#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

using zxtest::cli;
using zxtest::CliRun;
using zxtest::ServerDatabase;

std::string s(const QString &q) { return q.toStdString(); }

const QString Indicator = QStringLiteral("returning_entrepreneurs");
const QString Village = QStringLiteral("410104001001"); // 张庄村 (城东街道)

class ServerNotifyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.error().isEmpty()) << s(m_server.error());
        const CliRun made = cli({QStringLiteral("sample"), m_server.url()});
        ASSERT_EQ(made.exitCode, 0) << made;
        const zx::Outcome opened = m_workspace.open(m_server.url(), false);
        ASSERT_TRUE(opened) << s(opened.error());
    }
    // Another program (zhenxing-cli, its own connection) stores `value` for 张庄村 2023 Q1.
    void setElsewhere(const QString &value)
    {
        const CliRun set = cli({QStringLiteral("set"), m_server.url(), QStringLiteral("--indicator"), Indicator,
                                QStringLiteral("--region"), Village, QStringLiteral("--year"),
                                QStringLiteral("2023"), QStringLiteral("--quarter"), QStringLiteral("1"),
                                QStringLiteral("--value"), value});
        ASSERT_EQ(set.exitCode, 0) << set;
    }
    QString shown(zx::Workspace &workspace)
    {
        auto data = workspace.dataset(2023);
        EXPECT_TRUE(data) << s(data.error());
        if (!data)
            return {};
        const auto &v = data.value()->stored(Indicator, Village, 2023, 1);
        return v ? v->toString() : QStringLiteral("(none)");
    }
    // Waits up to `ms` for the spy's first signal; how long it took, or -1.
    static qint64 firstWithin(QSignalSpy &spy, int ms)
    {
        QElapsedTimer clock;
        clock.start();
        if (spy.isEmpty() && !spy.wait(ms))
            return -1;
        return clock.elapsed();
    }

    ServerDatabase m_server;
    zx::ChangeNotifier m_notifier;
    zx::Workspace m_workspace{&m_notifier};
};

TEST_F(ServerNotifyTest, AnotherProgramsFigureReachesTheOpenWorkspaceWithinASecond)
{
    EXPECT_EQ(shown(m_workspace), QStringLiteral("4")); // the sample's 张庄村 Q1 (seed report)
    QSignalSpy values(&m_notifier, &zx::ChangeNotifier::valueChanged);
    QSignalSpy statuses(&m_notifier, &zx::ChangeNotifier::periodStatusChanged);
    QSignalSpy regions(&m_notifier, &zx::ChangeNotifier::regionsChanged);
    setElsewhere(QStringLiteral("9"));
    // The commit happened before the other process ended: from here on is at most what a
    // person waits.
    const qint64 waited = firstWithin(values, 1000);
    ASSERT_GE(waited, 0) << "no announcement within 1 s of the other program's commit";
    EXPECT_LT(waited, 1000);
    // Which figure is not known from the server's word: every listener reloads.
    EXPECT_EQ(values.first().at(2).toInt(), 0);
    // A reload then reads the other program's figure.
    EXPECT_EQ(shown(m_workspace), QStringLiteral("9"));
    // Only figures changed: the review and the region tree are not announced.
    QTest::qWait(300);
    EXPECT_EQ(values.count(), 1) << "one commit, one announcement";
    EXPECT_EQ(statuses.count(), 0);
    EXPECT_EQ(regions.count(), 0);
}

TEST_F(ServerNotifyTest, AnotherProgramsSubmissionIsAnnouncedAsAReviewChange)
{
    QSignalSpy statuses(&m_notifier, &zx::ChangeNotifier::periodStatusChanged);
    QSignalSpy values(&m_notifier, &zx::ChangeNotifier::valueChanged);
    const CliRun submitted = cli({QStringLiteral("submit"), m_server.url(), QStringLiteral("--region"),
                                  QStringLiteral("410104001"), QStringLiteral("--year"), QStringLiteral("2023"),
                                  QStringLiteral("--quarter"), QStringLiteral("1")});
    ASSERT_EQ(submitted.exitCode, 0) << submitted;
    ASSERT_GE(firstWithin(statuses, 1000), 0) << "no announcement within 1 s of the submission";
    auto state = m_workspace.periodStatus(QStringLiteral("410104001"), 2023, 1);
    ASSERT_TRUE(state) << s(state.error());
    EXPECT_EQ(state->state, zx::PeriodState::Submitted);
    EXPECT_EQ(values.count(), 0);
}

TEST_F(ServerNotifyTest, OwnEditIsAnnouncedOnceAndReachesAnotherWorkspace)
{
    // A second desktop on the same server, with its own notifier.
    zx::ChangeNotifier otherNotifier;
    zx::Workspace other(&otherNotifier);
    const zx::Outcome opened = other.open(m_server.url(), false);
    ASSERT_TRUE(opened) << s(opened.error());
    QSignalSpy own(&m_notifier, &zx::ChangeNotifier::valueChanged);
    QSignalSpy theirs(&otherNotifier, &zx::ChangeNotifier::valueChanged);

    const zx::Outcome saved = m_workspace.setValue({Indicator, Village, 2023, 1},
                                                   zx::Decimal::parse(u"6"), QString());
    ASSERT_TRUE(saved) << s(saved.error());
    ASSERT_EQ(own.count(), 1); // said by the write itself, with its key
    EXPECT_EQ(own.first().at(1).toString(), Village);

    // The server's word about it reaches the other desktop within a second ...
    ASSERT_GE(firstWithin(theirs, 1000), 0) << "the other workspace heard nothing within 1 s";
    EXPECT_EQ(shown(other), QStringLiteral("6"));
    // ... and is not repeated to the desktop that made the change.
    QTest::qWait(1000);
    EXPECT_EQ(own.count(), 1) << "the workspace announced its own edit twice: "
                              << s(own.last().value(0).toString() + u'/' + own.last().value(1).toString() + u'/'
                                   + own.last().value(2).toString());
    EXPECT_EQ(theirs.count(), 1);
}

TEST_F(ServerNotifyTest, NothingIsAnnouncedForARolledBackChange)
{
    QSignalSpy values(&m_notifier, &zx::ChangeNotifier::valueChanged);
    // Behind the program's back, a change that is rolled back: NOTIFY is sent only at commit.
    const QString update = QStringLiteral("UPDATE indicator_value SET amount = '5' WHERE indicator_code = "
                                          "'returning_entrepreneurs' AND region_code = '410104001001' "
                                          "AND year = 2023 AND quarter = 1");
    ASSERT_EQ(m_server.run(QStringLiteral("BEGIN; %1; ROLLBACK;").arg(update)), QString());
    EXPECT_FALSE(values.wait(1000));
    EXPECT_EQ(shown(m_workspace), QStringLiteral("4"));
    // The same committed is announced.
    ASSERT_EQ(m_server.run(update), QString());
    EXPECT_GE(firstWithin(values, 1000), 0);
    EXPECT_EQ(shown(m_workspace), QStringLiteral("5"));
}

} // namespace
