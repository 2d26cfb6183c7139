// The server enforces who may do what (issue 16): a clerk who signs in with psql instead of the
// program still cannot write another township's figures or a locked quarter, approve a
// quarter, or change a figure without its audit entry. Each refusal is an error that says why.
#include "../reliability/reliabilityhelpers.h"
#include "servertest.h"

#include <QTemporaryDir>

namespace {

using zxtest::cli;
using zxtest::CliRun;
using zxtest::psql;
using zxtest::PsqlRun;
using zxtest::ServerDatabase;

std::string s(const QString &q) { return q.toStdString(); }

const QString Clerk = QStringLiteral("zx_zhang");       // 城东街道 (410104001) and its villages
const QString ClerkPassword = QStringLiteral("zhang-东-2024");
const QString Reviewer = QStringLiteral("zx_wang");
const QString ReviewerPassword = QStringLiteral("wang pw");

// 返乡下乡创业人员 of 张庄村 (城东街道) and of a village of 城西街道, 2023 Q1.
const QString OwnFigure = QStringLiteral("indicator_code = 'returning_entrepreneurs' AND region_code = "
                                         "'410104001001' AND year = 2023 AND quarter = 1");
const QString OtherFigure = QStringLiteral("indicator_code = 'returning_entrepreneurs' AND region_code = "
                                           "'410104002001' AND year = 2023 AND quarter = 1");

class ServerRightsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.error().isEmpty()) << s(m_server.error());
        const CliRun made = cli({QStringLiteral("sample"), m_server.url()});
        ASSERT_EQ(made.exitCode, 0) << made;
        addAccount(Clerk, ClerkPassword, {QStringLiteral("--role"), QStringLiteral("clerk"),
                                          QStringLiteral("--regions"), QStringLiteral("410104001")});
        addAccount(Reviewer, ReviewerPassword, {QStringLiteral("--role"), QStringLiteral("reviewer")});
    }
    // zhenxing-cli users add, the password on standard input.
    void addAccount(const QString &name, const QString &password, const QStringList &options)
    {
        const CliRun added = zxtest::addAccount(m_server.url(), name, password, options);
        ASSERT_EQ(added.exitCode, 0) << added;
    }
    QString stored(const QString &where)
    {
        QStringList rows;
        EXPECT_EQ(m_server.run(QStringLiteral("SELECT amount FROM indicator_value WHERE ") + where, &rows), QString());
        return rows.value(0);
    }
    int auditCount()
    {
        QStringList rows;
        EXPECT_EQ(m_server.run(QStringLiteral("SELECT count(*) FROM audit_entry"), &rows), QString());
        return rows.value(0).toInt();
    }
    PsqlRun asClerk(const QString &statement) { return psql(m_server.name(), Clerk, ClerkPassword, statement); }
    void review(const char *step, const QString &user, const QString &password)
    {
        const CliRun r = cli({QLatin1String(step), m_server.urlAs(user, password), QStringLiteral("--region"),
                              QStringLiteral("410104001"), QStringLiteral("--year"), QStringLiteral("2023"),
                              QStringLiteral("--quarter"), QStringLiteral("1")});
        ASSERT_EQ(r.exitCode, 0) << step << ' ' << r;
    }

    ServerDatabase m_server;
};

TEST_F(ServerRightsTest, AClerkAtPsqlWritesOwnFiguresAndTheServerAuditsThem)
{
    // The sample stores 4 for 张庄村 (the seed report's Q1 distribution).
    ASSERT_EQ(stored(OwnFigure), QStringLiteral("4"));
    const int before = auditCount();
    const PsqlRun own = asClerk(QStringLiteral("UPDATE indicator_value SET amount = '5' WHERE ") + OwnFigure);
    ASSERT_EQ(own.exitCode, 0) << own;
    EXPECT_EQ(stored(OwnFigure), QStringLiteral("5"));
    // One entry, by the server, naming the role that signed in and the value replaced.
    QStringList entry;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT user_name || ' ' || action || ' ' || old_value || '>' || new_value "
                                          "FROM audit_entry ORDER BY id DESC LIMIT 1"),
                           &entry),
              QString());
    EXPECT_EQ(entry, QStringList{Clerk + QStringLiteral(" value.set 4>5")});
    EXPECT_EQ(auditCount(), before + 1);
    const CliRun verified = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified;
}

TEST_F(ServerRightsTest, AClerkAtPsqlCannotWriteAnotherTownshipsFigures)
{
    const QString other = stored(OtherFigure);
    ASSERT_FALSE(other.isEmpty());
    for (const QString &statement :
         {QStringLiteral("UPDATE indicator_value SET amount = '99' WHERE ") + OtherFigure,
          QStringLiteral("UPDATE figure SET amount = '99' WHERE region_id = (SELECT id FROM region WHERE code = '410104002001')"),
          QStringLiteral("INSERT INTO indicator_value (indicator_code, region_code, year, quarter, amount) "
                         "VALUES ('returning_entrepreneurs', '410104002001', 2030, 1, '1')")}) {
        const PsqlRun r = asClerk(statement);
        EXPECT_NE(r.exitCode, 0) << s(statement) << '\n' << r;
        EXPECT_TRUE(r.err.contains(QStringLiteral("may not enter figures of region 410104002001"))) << r;
    }
    // A delete outside the scope finds nothing it may remove.
    const PsqlRun removed = asClerk(QStringLiteral("DELETE FROM figure WHERE region_id = (SELECT id FROM region WHERE code = '410104002001')"));
    EXPECT_EQ(removed.exitCode, 0) << removed;
    EXPECT_EQ(stored(OtherFigure), other);
    QStringList count;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT count(*) FROM figure WHERE region_id = (SELECT id FROM region WHERE code = '410104002001')"), &count), QString());
    EXPECT_GT(count.value(0).toInt(), 0);
}

TEST_F(ServerRightsTest, AnApprovedQuarterIsLockedOnTheServerForEveryone)
{
    review("submit", Clerk, ClerkPassword);
    // Submitted: awaiting review, not changed under the reviewer.
    PsqlRun r = asClerk(QStringLiteral("UPDATE indicator_value SET amount = '6' WHERE ") + OwnFigure);
    EXPECT_NE(r.exitCode, 0) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("was submitted by ") + Clerk)) << r;
    review("approve", Reviewer, ReviewerPassword);
    r = asClerk(QStringLiteral("UPDATE indicator_value SET amount = '6' WHERE ") + OwnFigure);
    EXPECT_NE(r.exitCode, 0) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("2023 Q1 of region 410104001 was approved by ") + Reviewer)) << r;
    // Not even the reviewer, nor the administrator who set the server up, at psql.
    const PsqlRun reviewer = psql(m_server.name(), Reviewer, ReviewerPassword,
                                  QStringLiteral("DELETE FROM indicator_value WHERE ") + OwnFigure);
    EXPECT_NE(reviewer.exitCode, 0) << reviewer;
    EXPECT_TRUE(reviewer.err.contains(QStringLiteral("is locked"))) << reviewer;
    EXPECT_NE(m_server.run(QStringLiteral("UPDATE indicator_value SET amount = '7' WHERE ") + OwnFigure), QString());
    EXPECT_EQ(stored(OwnFigure), QStringLiteral("4"));
    // Reopened by the reviewer, the clerk may correct it again.
    const CliRun reopened = cli({QStringLiteral("reopen"), m_server.urlAs(Reviewer, ReviewerPassword),
                                 QStringLiteral("--region"), QStringLiteral("410104001"), QStringLiteral("--year"),
                                 QStringLiteral("2023"), QStringLiteral("--quarter"), QStringLiteral("1"),
                                 QStringLiteral("--reason"), QStringLiteral("乡镇复核")});
    ASSERT_EQ(reopened.exitCode, 0) << reopened;
    r = asClerk(QStringLiteral("UPDATE indicator_value SET amount = '6' WHERE ") + OwnFigure);
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(stored(OwnFigure), QStringLiteral("6"));
}

TEST_F(ServerRightsTest, AClerkAtPsqlCannotApproveNorTouchTheAuditTrail)
{
    review("submit", Clerk, ClerkPassword);
    const PsqlRun approve = asClerk(QStringLiteral("UPDATE period_status SET state = 'approved' WHERE region_code = '410104001'"));
    EXPECT_NE(approve.exitCode, 0) << approve;
    EXPECT_TRUE(approve.err.contains(QStringLiteral("approving, returning and reopening are a reviewer's"))) << approve;

    const int before = auditCount();
    for (const QString &statement :
         {QStringLiteral("DELETE FROM audit_entry"),
          QStringLiteral("UPDATE audit_entry SET new_value = '0'"),
          QStringLiteral("INSERT INTO audit_entry (at, user_name, action, prev_hash, hash) VALUES ('x', 'y', 'z', 'a', 'b')"),
          QStringLiteral("ALTER TABLE figure DISABLE TRIGGER figure_inserted"),
          QStringLiteral("SELECT set_config('zhenxing.copying', 'on', false); UPDATE figure SET amount = '8' "
                         "WHERE region_id = (SELECT id FROM region WHERE code = '410104002001')")}) {
        const PsqlRun r = asClerk(statement);
        EXPECT_NE(r.exitCode, 0) << s(statement) << '\n' << r;
        EXPECT_FALSE(r.err.trimmed().isEmpty()) << r;
    }
    EXPECT_EQ(auditCount(), before);
    const CliRun verified = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified;
}

// Accounts are the server's login roles: a wrong password does not sign in, and a person
// without an account in this county cannot write in it.
TEST_F(ServerRightsTest, SignInIsThePasswordAndTheAccount)
{
    const PsqlRun wrong = psql(m_server.name(), Clerk, QStringLiteral("not the password"), QStringLiteral("SELECT 1"));
    EXPECT_NE(wrong.exitCode, 0) << wrong;
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("password authentication failed"))) << wrong;
    // Stored as a SCRAM-SHA-256 verifier, never as the password.
    QStringList verifier;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(Clerk), &verifier), QString());
    EXPECT_TRUE(verifier.value(0).startsWith(QStringLiteral("SCRAM-SHA-256$"))) << s(verifier.value(0));
    EXPECT_FALSE(verifier.value(0).contains(ClerkPassword));

    const CliRun removed = cli({QStringLiteral("users"), QStringLiteral("remove"), m_server.url(), QStringLiteral("--name"), Clerk});
    ASSERT_EQ(removed.exitCode, 0) << removed;
    const PsqlRun r = asClerk(QStringLiteral("UPDATE indicator_value SET amount = '5' WHERE ") + OwnFigure);
    EXPECT_NE(r.exitCode, 0) << r;
    EXPECT_EQ(stored(OwnFigure), QStringLiteral("4"));
}

} // namespace

namespace {

// zhenxing-cli users set URL --name NAME --password, signed in by `url`, the new password on
// standard input.
CliRun changePassword(const QString &url, const QString &name, const QString &password)
{
    return cli({QStringLiteral("users"), QStringLiteral("set"), url, QStringLiteral("--name"), name,
                QStringLiteral("--password")},
               60000, (password + u'\n').toUtf8());
}

// A person changes their own password, and nobody else's unless an administrator.
TEST_F(ServerRightsTest, AClerkChangesTheirOwnPasswordOnly)
{
    const QString fresh = QStringLiteral("新的 password 2025");
    const CliRun own = changePassword(m_server.urlAs(Clerk, ClerkPassword), Clerk, fresh);
    ASSERT_EQ(own.exitCode, 0) << own;
    EXPECT_NE(psql(m_server.name(), Clerk, ClerkPassword, QStringLiteral("SELECT 1")).exitCode, 0);
    const PsqlRun signedIn = psql(m_server.name(), Clerk, fresh, QStringLiteral("SELECT current_user"));
    EXPECT_EQ(signedIn.exitCode, 0) << signedIn;
    EXPECT_EQ(signedIn.out.trimmed(), Clerk);
    // Audited, the password itself nowhere.
    QStringList entries;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT user_name || ' ' || action || ' ' || new_value FROM audit_entry "
                                          "WHERE action = 'user.password'"),
                           &entries),
              QString());
    EXPECT_EQ(entries, QStringList{Clerk + QStringLiteral(" user.password ") + Clerk});

    const CliRun other = changePassword(m_server.urlAs(Clerk, fresh), Reviewer, QStringLiteral("taken over"));
    EXPECT_NE(other.exitCode, 0) << other;
    EXPECT_EQ(psql(m_server.name(), Reviewer, ReviewerPassword, QStringLiteral("SELECT 1")).exitCode, 0);
}

} // namespace
