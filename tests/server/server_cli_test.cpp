// zhenxing-cli against a PostgreSQL server (issue 16): the commands that take a file take a
// server, and give what they give on the same county in a file; a county moves onto a server
// and back whole; a database that is not Zhenxing's is refused and left as it was.
#include "../reliability/reliabilityhelpers.h"
#include "servertest.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {

using zxtest::cli;
using zxtest::CliRun;
using zxtest::ServerDatabase;

std::string s(const QString &q) { return q.toStdString(); }

class ServerCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.error().isEmpty()) << s(m_server.error());
    }
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    // The sample county, in a file and (copied whole) on the server.
    void sampleOnBoth()
    {
        const CliRun made = cli({QStringLiteral("sample"), file("county.db")});
        ASSERT_EQ(made.exitCode, 0) << made;
        const CliRun copied = cli({QStringLiteral("server"), QStringLiteral("copy"), file("county.db"), m_server.url()});
        ASSERT_EQ(copied.exitCode, 0) << copied;
    }
    QByteArray summaryJson(const QString &db, int quarter)
    {
        const CliRun r = cli({QStringLiteral("summary"), db, QStringLiteral("--region"), QStringLiteral("410104"),
                              QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--quarter"),
                              QString::number(quarter), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r;
        return r.out.toUtf8();
    }

    QTemporaryDir m_dir;
    ServerDatabase m_server;
};

// The copy moves every row: the counts it prints are the file's, table by table, and the
// server's summary of every quarter is the file's byte for byte.
TEST_F(ServerCliTest, AFileCopiedOntoTheServerSummarizesAsTheFile)
{
    sampleOnBoth();
    QStringList figures;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT count(*) FROM figure"), &figures), QString());
    // The sample county's 3,978 figures (resources/sample/values.csv has that many rows).
    EXPECT_EQ(figures, QStringList{QStringLiteral("3978")});
    for (int quarter = 1; quarter <= 4; ++quarter) {
        const QByteArray fromFile = summaryJson(file("county.db"), quarter);
        ASSERT_FALSE(QJsonDocument::fromJson(fromFile).isNull()) << fromFile.constData();
        EXPECT_EQ(summaryJson(m_server.url(), quarter), fromFile) << "Q" << quarter;
    }
    // 返乡下乡创业人员 479 of 350 → 136.86 % in 2023, on the server as in the report.
    EXPECT_TRUE(summaryJson(m_server.url(), 4).contains("136.86")) << summaryJson(m_server.url(), 4).constData();
}

TEST_F(ServerCliTest, ChangesOnTheServerAreAuditedAndTheChainVerifies)
{
    sampleOnBoth();
    const CliRun set = cli({QStringLiteral("set"), m_server.keywords(), QStringLiteral("--indicator"),
                            QStringLiteral("returning_entrepreneurs"), QStringLiteral("--region"),
                            QStringLiteral("410104001001"), QStringLiteral("--year"), QStringLiteral("2024"),
                            QStringLiteral("--quarter"), QStringLiteral("1"), QStringLiteral("--value"),
                            QStringLiteral("7")});
    ASSERT_EQ(set.exitCode, 0) << set;
    QStringList stored;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT amount FROM indicator_value WHERE indicator_code = "
                                          "'returning_entrepreneurs' AND region_code = '410104001001' "
                                          "AND year = 2024 AND quarter = 1"),
                           &stored),
              QString());
    EXPECT_EQ(stored, QStringList{QStringLiteral("7")});
    QStringList entries;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT old_value || '>' || new_value FROM audit_entry "
                                          "WHERE indicator_code = 'returning_entrepreneurs' ORDER BY id"),
                           &entries),
              QString());
    EXPECT_EQ(entries, QStringList{QStringLiteral(">7")});
    const CliRun verified = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified;
    EXPECT_TRUE(verified.out.contains(QStringLiteral("audit trail verified"))) << verified;

    // A figure changed behind the program's back (as the superuser, no audit entry) breaks
    // nothing the chain can see — but changing an entry does.
    ASSERT_EQ(m_server.run(QStringLiteral("UPDATE audit_entry SET new_value = '8' WHERE new_value = '7'")), QString());
    const CliRun broken = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify")});
    EXPECT_NE(broken.exitCode, 0) << broken;
}

// And back: the offline copy of the server is the county again, its audit chain with it.
TEST_F(ServerCliTest, TheServerCopiedIntoANewFileIsTheSameCounty)
{
    sampleOnBoth();
    const CliRun back = cli({QStringLiteral("server"), QStringLiteral("copy"), m_server.url(), file("offline.db")});
    ASSERT_EQ(back.exitCode, 0) << back;
    EXPECT_TRUE(back.out.contains(QStringLiteral("figure\t3978"))) << back;
    for (int quarter : {2, 4})
        EXPECT_EQ(summaryJson(file("offline.db"), quarter), summaryJson(file("county.db"), quarter));
    const CliRun a = cli({QStringLiteral("audit"), file("county.db"), QStringLiteral("--verify")});
    const CliRun b = cli({QStringLiteral("audit"), file("offline.db"), QStringLiteral("--verify")});
    EXPECT_EQ(b.exitCode, 0) << b;
    EXPECT_EQ(a.out, b.out) << "the same head: the chain came across entry by entry";

    // A second copy onto the same server is refused: it holds a county now.
    const CliRun again = cli({QStringLiteral("server"), QStringLiteral("copy"), file("county.db"), m_server.url()});
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds a county"))) << again;
    // Nor into a file that exists.
    const CliRun over = cli({QStringLiteral("server"), QStringLiteral("copy"), m_server.url(), file("county.db")});
    EXPECT_EQ(over.exitCode, 1) << over;
}

TEST_F(ServerCliTest, ExportsFromTheServerAreTheFilesExports)
{
    sampleOnBoth();
    for (const char *what : {"values", "targets", "catalogue"}) {
        const QString a = file("a.csv"), b = file("b.csv");
        QFile::remove(a);
        QFile::remove(b);
        const CliRun fromFile = cli({QStringLiteral("export"), file("county.db"), a, QStringLiteral("--what"), QLatin1String(what)});
        const CliRun fromServer = cli({QStringLiteral("export"), m_server.url(), b, QStringLiteral("--what"), QLatin1String(what)});
        ASSERT_EQ(fromFile.exitCode, 0) << fromFile;
        ASSERT_EQ(fromServer.exitCode, 0) << fromServer;
        QFile fa(a), fb(b);
        ASSERT_TRUE(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray bytes = fa.readAll();
        EXPECT_GT(bytes.count('\n'), 10) << what;
        EXPECT_EQ(fb.readAll(), bytes) << what;
    }
    const CliRun checked = cli({QStringLiteral("check"), m_server.url()});
    EXPECT_EQ(checked.exitCode, 0) << checked;
    EXPECT_TRUE(checked.out.contains(QStringLiteral("0 error(s)"))) << checked;
}

// A new county set up on the server, then its figures imported: all or nothing.
TEST_F(ServerCliTest, ServerInitSetsUpACountyAndImportsAreAllOrNothing)
{
    const CliRun made = cli({QStringLiteral("server"), QStringLiteral("init"), m_server.url(), QStringLiteral("--region"),
                             QStringLiteral("410122"), QStringLiteral("--name"), QStringLiteral("中牟县"),
                             QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(made.exitCode, 0) << made;
    QStringList name;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT name FROM region WHERE code = '410122'"), &name), QString());
    EXPECT_EQ(name, QStringList{QStringLiteral("中牟县")});

    QFile csv(file("values.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    // Two good rows and one whose value is not a number: nothing may be written.
    csv.write("indicator,region,year,quarter,value,comment\n"
              "returning_entrepreneurs,410122,2024,1,12,\n"
              "returning_entrepreneurs,410122,2024,2,30,\n"
              "returning_entrepreneurs,410122,2024,3,三十,\n");
    csv.close();
    const CliRun refused = cli({QStringLiteral("import"), m_server.url(), file("values.csv")});
    EXPECT_NE(refused.exitCode, 0) << refused;
    QStringList count;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT count(*) FROM figure"), &count), QString());
    EXPECT_EQ(count, QStringList{QStringLiteral("0")});

    ASSERT_TRUE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write("indicator,region,year,quarter,value,comment\n"
              "returning_entrepreneurs,410122,2024,1,12,\n"
              "returning_entrepreneurs,410122,2024,2,30,\n");
    csv.close();
    const CliRun imported = cli({QStringLiteral("import"), m_server.url(), file("values.csv")});
    ASSERT_EQ(imported.exitCode, 0) << imported;
    count.clear();
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'value.set'"), &count), QString());
    EXPECT_EQ(count, QStringList{QStringLiteral("2")}) << "one audit entry per figure";
}

// A database that is not Zhenxing's: refused, nothing created or changed in it.
TEST_F(ServerCliTest, ADatabaseOfAnotherProgramIsRefusedAndLeftAlone)
{
    ASSERT_EQ(m_server.run(QStringLiteral("CREATE TABLE invoices (id integer)")), QString());
    const CliRun summary = cli({QStringLiteral("summary"), m_server.url(), QStringLiteral("--region"),
                                QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(summary.exitCode, 1) << summary;
    EXPECT_TRUE(summary.err.contains(QStringLiteral("another program"))) << summary;
    const CliRun sample = cli({QStringLiteral("sample"), m_server.url()});
    EXPECT_NE(sample.exitCode, 0) << sample;
    QStringList tables;
    ASSERT_EQ(m_server.run(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"), &tables), QString());
    EXPECT_EQ(tables, QStringList{QStringLiteral("invoices")});

    // An empty database is not opened as a county either: it says how to set one up.
    ServerDatabase empty;
    ASSERT_TRUE(empty.error().isEmpty()) << s(empty.error());
    const CliRun none = cli({QStringLiteral("check"), empty.url()});
    EXPECT_EQ(none.exitCode, 1) << none;
    EXPECT_TRUE(none.err.contains(QStringLiteral("server init"))) << none;
}

// A password given in the address is used, never printed.
TEST_F(ServerCliTest, APasswordInTheAddressIsNeverPrinted)
{
    const QString password = qEnvironmentVariable("PGPASSWORD");
    ASSERT_FALSE(password.isEmpty()) << "pg_virtualenv sets PGPASSWORD";
    QString url = m_server.url();
    url.replace(QStringLiteral("://%1@").arg(qEnvironmentVariable("PGUSER")),
                QStringLiteral("://%1:%2@").arg(qEnvironmentVariable("PGUSER"), password));
    ASSERT_TRUE(url.contains(password));
    const CliRun made = cli({QStringLiteral("sample"), url});
    ASSERT_EQ(made.exitCode, 0) << made;
    EXPECT_FALSE(made.out.contains(password)) << made;
    const CliRun backup = cli({QStringLiteral("backup"), url});
    EXPECT_EQ(backup.exitCode, 1) << backup;
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_dump"))) << backup;
    EXPECT_FALSE(backup.err.contains(password)) << backup;
}

} // namespace
