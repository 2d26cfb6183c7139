// Two desktops on one file (issue 16's "on SQLite the file-change path"): a Workspace notices
// another connection's commit to its file within a second and announces it on its notifier, as
// a server's Workspace does with LISTEN/NOTIFY (tests/server/server_notify_test.cpp); its own
// edits are announced once, by the edit itself.
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

std::string s(const QString &q) { return q.toStdString(); }

const zx::ValueKey Figure{QStringLiteral("returning_entrepreneurs"), QStringLiteral("410104001001"), 2023, 1};

QString shown(zx::Workspace &workspace)
{
    auto data = workspace.dataset(2023);
    EXPECT_TRUE(data) << s(data.error());
    if (!data)
        return {};
    const auto &v = data.value()->stored(Figure.indicatorCode, Figure.regionCode, 2023, 1);
    return v ? v->toString() : QStringLiteral("(none)");
}

class FileChangeFeedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("county.db"));
        const zx::Outcome made = m_mine.createSample(path);
        ASSERT_TRUE(made) << s(made.error());
        const zx::Outcome opened = m_theirs.open(path, false);
        ASSERT_TRUE(opened) << s(opened.error());
    }

    QTemporaryDir m_dir;
    zx::ChangeNotifier m_myNotifier;
    zx::Workspace m_mine{&m_myNotifier};
    zx::ChangeNotifier m_theirNotifier;
    zx::Workspace m_theirs{&m_theirNotifier};
};

TEST_F(FileChangeFeedTest, AnotherDesktopsFigureIsAnnouncedWithinASecond)
{
    EXPECT_EQ(shown(m_mine), QStringLiteral("4")); // the sample's 张庄村 Q1 (seed report)
    QSignalSpy values(&m_myNotifier, &zx::ChangeNotifier::valueChanged);
    QSignalSpy statuses(&m_myNotifier, &zx::ChangeNotifier::periodStatusChanged);
    QSignalSpy regions(&m_myNotifier, &zx::ChangeNotifier::regionsChanged);
    const zx::Outcome saved = m_theirs.setValue(Figure, zx::Decimal::parse(u"9"), QString());
    ASSERT_TRUE(saved) << s(saved.error());
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(values.wait(1000)) << "no announcement within 1 s of the other desktop's commit";
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_EQ(shown(m_mine), QStringLiteral("9"));
    // Only figures changed (the audit trail's value.set): not the review, not the region tree.
    QTest::qWait(500);
    EXPECT_EQ(values.count(), 1) << "one commit, one announcement";
    EXPECT_EQ(statuses.count(), 0);
    EXPECT_EQ(regions.count(), 0);
}

TEST_F(FileChangeFeedTest, AnotherDesktopsSubmissionIsAnnouncedAsAReviewChange)
{
    QSignalSpy statuses(&m_myNotifier, &zx::ChangeNotifier::periodStatusChanged);
    QSignalSpy values(&m_myNotifier, &zx::ChangeNotifier::valueChanged);
    ASSERT_TRUE(m_theirs.submit(QStringLiteral("410104001"), 2023, 1));
    ASSERT_TRUE(statuses.wait(1000)) << "no announcement within 1 s of the submission";
    auto state = m_mine.periodStatus(QStringLiteral("410104001"), 2023, 1);
    ASSERT_TRUE(state) << s(state.error());
    EXPECT_EQ(state->state, zx::PeriodState::Submitted);
    EXPECT_EQ(values.count(), 0);
}

TEST_F(FileChangeFeedTest, OwnEditIsAnnouncedOnce)
{
    QSignalSpy mine(&m_myNotifier, &zx::ChangeNotifier::valueChanged);
    QSignalSpy theirs(&m_theirNotifier, &zx::ChangeNotifier::valueChanged);
    const zx::Outcome saved = m_mine.setValue(Figure, zx::Decimal::parse(u"6"), QString());
    ASSERT_TRUE(saved) << s(saved.error());
    ASSERT_EQ(mine.count(), 1); // said by the edit itself, with its key
    EXPECT_EQ(mine.first().at(1).toString(), Figure.regionCode);
    ASSERT_TRUE(theirs.wait(1000)) << "the other desktop heard nothing within 1 s";
    EXPECT_EQ(shown(m_theirs), QStringLiteral("6"));
    QTest::qWait(1000); // two more readings of the file
    EXPECT_EQ(mine.count(), 1) << "the workspace announced its own edit twice";
    EXPECT_EQ(theirs.count(), 1) << "one commit, one announcement";
}

TEST_F(FileChangeFeedTest, AClosedWorkspaceStaysQuiet)
{
    QSignalSpy values(&m_myNotifier, &zx::ChangeNotifier::valueChanged);
    m_mine.close();
    const zx::Outcome saved = m_theirs.setValue(Figure, zx::Decimal::parse(u"7"), QString());
    ASSERT_TRUE(saved) << s(saved.error());
    EXPECT_FALSE(values.wait(1000));
}

} // namespace
