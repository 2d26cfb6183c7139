// Every zhenxing-cli command against a PostgreSQL server (issue 16, "Every existing CLI command
// works against the server"): the county on the server gives what the same county in a file
// gives — summaries, checks, bulletins, exports of every kind, imports of every kind, a year
// started, the office's rules — the review steps and accounts work as the server's roles, and
// the commands that only make sense for a file (backup, restore, generate) refuse with a
// message that says what to do instead, leaving the server as it was.
#include "../reliability/reliabilityhelpers.h"
#include "servertest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using zxtest::cli;
using zxtest::CliRun;
using zxtest::ServerDatabase;

std::string s(const QString &q) { return q.toStdString(); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A program's standard output (unzip -p, pdftotext).
QByteArray tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QByteArray();
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

class ServerCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.error().isEmpty()) << s(m_server.error());
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString file(const char *name) const { return file(QLatin1String(name)); }
    QString db() const { return file("county.db"); }
    // The sample county, in a file and copied whole onto the server (the same audit chain).
    void sampleOnBoth()
    {
        const CliRun made = cli({QStringLiteral("sample"), db()});
        ASSERT_EQ(made.exitCode, 0) << made;
        const CliRun copied = cli({QStringLiteral("server"), QStringLiteral("copy"), db(), m_server.url()});
        ASSERT_EQ(copied.exitCode, 0) << copied;
    }
    // The same command on the file and on the server: both succeed, and say the same.
    void same(const QStringList &command, const QStringList &options = {}, bool saysSomething = true)
    {
        const CliRun onFile = cli(QStringList{command.first(), db()} + command.mid(1) + options);
        const CliRun onServer = cli(QStringList{command.first(), m_server.url()} + command.mid(1) + options);
        ASSERT_EQ(onFile.exitCode, 0) << onFile;
        ASSERT_EQ(onServer.exitCode, 0) << onServer;
        EXPECT_EQ(onServer.out, onFile.out) << s(command.join(u' '));
        if (saysSomething) {
            EXPECT_FALSE(onFile.out.trimmed().isEmpty()) << s(command.join(u' '));
        }
    }
    // `export` of one kind from the file and from the server: the same bytes.
    void sameExport(const QString &what, const QString &suffix = QStringLiteral("csv"),
                    const QStringList &options = {})
    {
        const QString a = file(QStringLiteral("file-%1.%2").arg(what, suffix));
        const QString b = file(QStringLiteral("server-%1.%2").arg(what, suffix));
        QFile::remove(a);
        QFile::remove(b);
        const CliRun fromFile = cli(QStringList{QStringLiteral("export"), db(), a, QStringLiteral("--what"), what} + options);
        const CliRun fromServer =
            cli(QStringList{QStringLiteral("export"), m_server.url(), b, QStringLiteral("--what"), what} + options);
        ASSERT_EQ(fromFile.exitCode, 0) << fromFile;
        ASSERT_EQ(fromServer.exitCode, 0) << fromServer;
        const QByteArray bytes = readAll(a);
        EXPECT_GT(bytes.size(), 50) << s(what);
        if (suffix == QLatin1String("csv")) {
            EXPECT_EQ(readAll(b), bytes) << s(what);
        }
    }
    // Both sides import `csv`: the same report of what was written.
    void importBoth(const QString &csv, const QByteArray &text)
    {
        QFile f(file(csv));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        same({QStringLiteral("import"), file(csv)});
    }
    QStringList rows(const QString &statement)
    {
        QStringList out;
        EXPECT_EQ(m_server.run(statement, &out), QString()) << s(statement);
        return out;
    }
    void addAccount(const QString &name, const QString &password, const QStringList &options)
    {
        const CliRun added = zxtest::addAccount(m_server.url(), name, password, options);
        ASSERT_EQ(added.exitCode, 0) << added;
    }
    CliRun as(const QString &user, const QString &password, const QStringList &command)
    {
        return cli(QStringList{command.first(), m_server.urlAs(user, password)} + command.mid(1));
    }
    static QStringList quarter(const char *region, int year, int q)
    {
        return {QStringLiteral("--region"), QLatin1String(region), QStringLiteral("--year"), QString::number(year),
                QStringLiteral("--quarter"), QString::number(q)};
    }

    QTemporaryDir m_dir;
    ServerDatabase m_server;
};

// summary (text and JSON, a quarter and the whole year), check and the bulletin in both formats.
TEST_F(ServerCommandsTest, SummaryCheckAndTheBulletinAreTheFiles)
{
    sampleOnBoth();
    same({QStringLiteral("summary"), QStringLiteral("--region"), QStringLiteral("410104001"), QStringLiteral("--year"),
          QStringLiteral("2023")});
    same({QStringLiteral("summary")}, quarter("410104", 2023, 3) << QStringLiteral("--json"));
    same({QStringLiteral("check")});
    const CliRun checked = cli({QStringLiteral("check"), m_server.url()});
    EXPECT_TRUE(checked.out.contains(QStringLiteral("0 error(s), 0 warning(s)"))) << checked;

    // The bulletin: the Word document's text is the file's (its audit chain head too: the copy
    // brought the chain across entry by entry); the PDF's text likewise.
    for (const char *suffix : {"docx", "pdf"}) {
        const QString a = file(QStringLiteral("file.%1").arg(QLatin1String(suffix)));
        const QString b = file(QStringLiteral("server.%1").arg(QLatin1String(suffix)));
        for (const auto &[source, out] : {std::pair{db(), a}, std::pair{m_server.url(), b}}) {
            const CliRun r = cli({QStringLiteral("report"), source, QStringLiteral("--region"), QStringLiteral("410104"),
                                  QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--quarter"),
                                  QStringLiteral("4"), QStringLiteral("--out"), out});
            ASSERT_EQ(r.exitCode, 0) << r;
        }
        QByteArray text;
        QByteArray serverText;
        if (QLatin1String(suffix) == QLatin1String("docx")) {
            text = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), a, QStringLiteral("word/document.xml")});
            serverText = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), b, QStringLiteral("word/document.xml")});
        } else {
            EXPECT_TRUE(readAll(b).startsWith("%PDF"));
            text = tool(QStringLiteral("pdftotext"), {a, QStringLiteral("-")});
            serverText = tool(QStringLiteral("pdftotext"), {b, QStringLiteral("-")});
        }
        // 返乡下乡创业人员 479 of the year's 350 in the county's bulletin.
        EXPECT_TRUE(QString::fromUtf8(text).contains(QStringLiteral("479"))) << suffix;
        EXPECT_GT(text.size(), 1000) << suffix;
        EXPECT_EQ(serverText, text) << suffix;
    }
}

// set and audit: the change on the server is the file's, the trail names it, filtered as on the
// file, and a head noted earlier still verifies (--anchor) after later changes.
TEST_F(ServerCommandsTest, SetAndTheAuditTrail)
{
    sampleOnBoth();
    const CliRun head = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify")});
    ASSERT_EQ(head.exitCode, 0) << head;
    // "head N: HASH (note it down …)"
    const QString noted = head.out.section(QStringLiteral("head "), 1).section(u' ', 0, 0);
    ASSERT_TRUE(noted.contains(u':')) << head;
    EXPECT_EQ(cli({QStringLiteral("audit"), db(), QStringLiteral("--verify")}).out, head.out);

    const QStringList key{QStringLiteral("--indicator"), QStringLiteral("labour_transfer"), QStringLiteral("--region"),
                          QStringLiteral("410104002003"), QStringLiteral("--year"), QStringLiteral("2024"),
                          QStringLiteral("--quarter"), QStringLiteral("2")};
    same(QStringList{QStringLiteral("set")} + key + QStringList{QStringLiteral("--value"), QStringLiteral("17"),
                                                                QStringLiteral("--comment"), QStringLiteral("招聘会")},
         {}, false);
    // The roll-up follows on the server: 城西街道 2024 Q2 is the village's 17.
    same({QStringLiteral("summary")}, quarter("410104002", 2024, 2) << QStringLiteral("--json"));
    const CliRun summary = cli(QStringList{QStringLiteral("summary"), m_server.url()} + quarter("410104002", 2024, 2) +
                               QStringList{QStringLiteral("--json")});
    const QJsonArray items = QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QStringLiteral("indicators")).toArray();
    bool found = false;
    for (const QJsonValue &item : items)
        if (item.toObject().value(QStringLiteral("code")).toString() == QLatin1String("labour_transfer")) {
            found = true;
            EXPECT_EQ(item.toObject().value(QStringLiteral("actual")).toVariant().toString(), QStringLiteral("17"))
                << summary.out.toStdString();
        }
    EXPECT_TRUE(found) << summary.out.toStdString();

    const CliRun trail = cli(QStringList{QStringLiteral("audit"), m_server.url()} + key);
    ASSERT_EQ(trail.exitCode, 0) << trail;
    const QStringList lines = trail.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << trail;
    EXPECT_TRUE(lines[0].contains(QStringLiteral("value.set"))) << trail;
    EXPECT_TRUE(lines[0].contains(QStringLiteral("17"))) << trail;
    EXPECT_TRUE(lines[0].contains(QStringLiteral("招聘会"))) << trail;
    EXPECT_TRUE(lines[0].contains(qEnvironmentVariable("PGUSER"))) << trail;
    const CliRun byUser = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--user"), qEnvironmentVariable("PGUSER"),
                               QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(byUser.out, trail.out);

    const CliRun anchored = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify"),
                                 QStringLiteral("--anchor"), noted});
    EXPECT_EQ(anchored.exitCode, 0) << anchored;
    const CliRun wrong = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify"), QStringLiteral("--anchor"),
                              noted.section(u':', 0, 0) + QStringLiteral(":0000")});
    EXPECT_NE(wrong.exitCode, 0) << wrong;
}

// submit, approve, return and reopen as the server's roles: an approved quarter refuses `set`,
// a reopened one takes it again; each step is in the trail under the role that took it.
TEST_F(ServerCommandsTest, TheReviewStepsAsTheServersRoles)
{
    const CliRun made = cli({QStringLiteral("sample"), m_server.url()});
    ASSERT_EQ(made.exitCode, 0) << made;
    const QString clerk = QStringLiteral("zx_li"), clerkPw = QStringLiteral("li 口令");
    const QString reviewer = QStringLiteral("zx_zhao"), reviewerPw = QStringLiteral("zhao-pw");
    addAccount(clerk, clerkPw, {QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--regions"),
                                QStringLiteral("410104003")});
    addAccount(reviewer, reviewerPw, {QStringLiteral("--role"), QStringLiteral("reviewer")});
    const QStringList setOne{QStringLiteral("set"), QStringLiteral("--indicator"), QStringLiteral("returning_entrepreneurs"),
                             QStringLiteral("--region"), QStringLiteral("410104003002"), QStringLiteral("--year"),
                             QStringLiteral("2023"), QStringLiteral("--quarter"), QStringLiteral("2"),
                             QStringLiteral("--value")};
    const auto state = [&] {
        return rows(QStringLiteral("SELECT state FROM period_status WHERE region_code = '410104003' AND year = 2023 "
                                   "AND quarter = 2"))
            .value(0);
    };

    CliRun r = as(clerk, clerkPw, QStringList{QStringLiteral("submit")} + quarter("410104003", 2023, 2));
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(state(), QStringLiteral("submitted"));
    // A clerk may not approve, even what another clerk handed in.
    r = as(clerk, clerkPw, QStringList{QStringLiteral("approve")} + quarter("410104003", 2023, 2));
    EXPECT_EQ(r.exitCode, 1) << r;
    r = as(reviewer, reviewerPw, QStringList{QStringLiteral("return")} + quarter("410104003", 2023, 2) +
                                     QStringList{QStringLiteral("--reason"), QStringLiteral("请核对")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(state(), QStringLiteral("returned"));
    r = as(clerk, clerkPw, setOne + QStringList{QStringLiteral("9")});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = as(clerk, clerkPw, QStringList{QStringLiteral("submit")} + quarter("410104003", 2023, 2));
    ASSERT_EQ(r.exitCode, 0) << r;
    r = as(reviewer, reviewerPw, QStringList{QStringLiteral("approve")} + quarter("410104003", 2023, 2));
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(state(), QStringLiteral("approved"));
    r = as(clerk, clerkPw, setOne + QStringList{QStringLiteral("10")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("was approved by ") + reviewer)) << r;
    r = as(reviewer, reviewerPw, QStringList{QStringLiteral("reopen")} + quarter("410104003", 2023, 2) +
                                     QStringList{QStringLiteral("--reason"), QStringLiteral("更正")});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = as(clerk, clerkPw, setOne + QStringList{QStringLiteral("10")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(rows(QStringLiteral("SELECT amount FROM indicator_value WHERE indicator_code = 'returning_entrepreneurs' "
                                  "AND region_code = '410104003002' AND year = 2023 AND quarter = 2")),
              QStringList{QStringLiteral("10")});
    EXPECT_EQ(rows(QStringLiteral("SELECT string_agg(action || ' ' || user_name, ',' ORDER BY id) FROM audit_entry "
                                  "WHERE action LIKE 'period.%'")),
              QStringList{QStringLiteral("period.submit %1,period.return %2,period.submit %1,period.approve %2,"
                                         "period.reopen %2")
                              .arg(clerk, reviewer)});
}

// import of every kind changes the server as it changes the file, and every export — values,
// targets, catalogue, categories, regions, status, the fill-in template — is the file's.
TEST_F(ServerCommandsTest, ImportsAndExportsOfEveryKindAreTheFiles)
{
    sampleOnBoth();
    importBoth(QStringLiteral("values.csv"),
               "indicator,region,year,quarter,value,comment\n"
               "returning_entrepreneurs,410104005001,2024,1,6,\n"
               "returning_entrepreneurs,410104005002,2024,1,3,新开网店\n"
               "labour_transfer,410104001001,2023,4,31,春季招聘会\n");
    importBoth(QStringLiteral("targets.csv"),
               "indicator,region,year,target,baseline,m1,m2,m3,m4\n"
               "returning_entrepreneurs,410104,2025,380,,,,,\n"
               "labour_transfer,410104001,2025,20,,,,,\n");
    importBoth(QStringLiteral("categories.csv"), "code,name,name_en,sort_order\n"
                                                 "pilot,试点,Pilot projects,9\n");
    const QByteArray catalogue = readAll(QStringLiteral(ZX_SOURCE_DIR "/resources/sample/indicators.csv"));
    ASSERT_FALSE(catalogue.isEmpty());
    const QByteArray header = catalogue.left(catalogue.indexOf('\n') + 1);
    importBoth(QStringLiteral("catalogue.csv"),
               header + "pilot_cooperatives,pilot,试点合作社,pilot cooperatives,个,,0,stock,sum,,,,at_least,expected,,,,,0,99,,,\n");
    importBoth(QStringLiteral("regions.csv"), "code,name,name_en,level,parent_code,sort_order\n"
                                              "410104005005,新建村,Xinjian Village,3,410104005,5\n");
    EXPECT_EQ(rows(QStringLiteral("SELECT name FROM region WHERE code = '410104005005'")), QStringList{QStringLiteral("新建村")});
    EXPECT_EQ(rows(QStringLiteral("SELECT name FROM indicator WHERE code = 'pilot_cooperatives'")),
              QStringList{QStringLiteral("试点合作社")});

    for (const char *what : {"values", "targets", "catalogue", "categories", "regions"})
        sameExport(QLatin1String(what));
    sameExport(QStringLiteral("values"), QStringLiteral("csv"), {QStringLiteral("--year"), QStringLiteral("2024")});
    sameExport(QStringLiteral("status"), QStringLiteral("csv"),
               {QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--region"), QStringLiteral("410104")});
    EXPECT_TRUE(readAll(file("server-values.csv")).contains("410104005002,2024,1,3,新开网店"));
    // xlsx: a workbook (a zip) with the same sheet.
    for (const char *what : {"values", "template"}) {
        const QStringList options = QLatin1String(what) == QLatin1String("template")
                                        ? QStringList{QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--region"),
                                                      QStringLiteral("410104005")}
                                        : QStringList{QStringLiteral("--year"), QStringLiteral("2024")};
        sameExport(QLatin1String(what), QStringLiteral("xlsx"), options);
        const QString a = file(QStringLiteral("file-%1.xlsx").arg(QLatin1String(what)));
        const QString b = file(QStringLiteral("server-%1.xlsx").arg(QLatin1String(what)));
        EXPECT_TRUE(readAll(b).startsWith("PK")) << what;
        const QByteArray sheet = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), a, QStringLiteral("xl/worksheets/sheet1.xml")});
        EXPECT_GT(sheet.size(), 100) << what;
        EXPECT_EQ(tool(QStringLiteral("unzip"), {QStringLiteral("-p"), b, QStringLiteral("xl/worksheets/sheet1.xml")}), sheet)
            << what;
    }
    // The imports were audited on the server and the chain still verifies.
    const CliRun verified = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified;
    same({QStringLiteral("check")});
}

// users list/add/set/remove: accounts are login roles with the county's rights.
TEST_F(ServerCommandsTest, UsersListAddSetRemove)
{
    const CliRun made = cli({QStringLiteral("sample"), m_server.url()});
    ASSERT_EQ(made.exitCode, 0) << made;
    addAccount(QStringLiteral("zx_sun"), QStringLiteral("sun-pw"),
               {QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--regions"),
                QStringLiteral("410104004,410104005"), QStringLiteral("--display-name"), QStringLiteral("孙会计")});
    const auto account = [&]() -> QJsonObject {
        const CliRun list = cli({QStringLiteral("users"), QStringLiteral("list"), m_server.url(), QStringLiteral("--json")});
        EXPECT_EQ(list.exitCode, 0) << list;
        for (const QJsonValue &u : QJsonDocument::fromJson(list.out.toUtf8()).array())
            if (u.toObject().value(QStringLiteral("name")).toString() == QLatin1String("zx_sun"))
                return u.toObject();
        return {};
    };
    QJsonObject sun = account();
    EXPECT_EQ(sun.value(QStringLiteral("role")).toString(), QStringLiteral("clerk"));
    EXPECT_EQ(sun.value(QStringLiteral("display_name")).toString(), QStringLiteral("孙会计"));
    EXPECT_EQ(sun.value(QStringLiteral("regions")).toArray(),
              (QJsonArray{QStringLiteral("410104004"), QStringLiteral("410104005")}));
    // The administrator who set the server up is listed as one.
    const CliRun text = cli({QStringLiteral("users"), QStringLiteral("list"), m_server.url()});
    EXPECT_TRUE(text.out.contains(qEnvironmentVariable("PGUSER") + QStringLiteral("\tadministrator"))) << text;
    // The clerk writes 410104004's figures, not 410104001's.
    const QStringList setIn{QStringLiteral("set"), QStringLiteral("--indicator"), QStringLiteral("returning_entrepreneurs"),
                            QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--quarter"),
                            QStringLiteral("1"), QStringLiteral("--value"), QStringLiteral("2"), QStringLiteral("--region")};
    EXPECT_EQ(as(QStringLiteral("zx_sun"), QStringLiteral("sun-pw"), setIn + QStringList{QStringLiteral("410104004001")}).exitCode, 0);
    EXPECT_EQ(as(QStringLiteral("zx_sun"), QStringLiteral("sun-pw"), setIn + QStringList{QStringLiteral("410104001001")}).exitCode, 1);

    CliRun r = cli({QStringLiteral("users"), QStringLiteral("set"), m_server.url(), QStringLiteral("--name"), QStringLiteral("zx_sun"),
                    QStringLiteral("--role"), QStringLiteral("reviewer")});
    ASSERT_EQ(r.exitCode, 0) << r;
    sun = account();
    EXPECT_EQ(sun.value(QStringLiteral("role")).toString(), QStringLiteral("reviewer"));
    EXPECT_EQ(rows(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                  "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'zx_sun'")),
              QStringList{QStringLiteral("zhenxing_reviewer")});
    // A clerk may not manage accounts.
    addAccount(QStringLiteral("zx_qian"), QStringLiteral("qian"), {QStringLiteral("--role"), QStringLiteral("clerk"),
                                                                   QStringLiteral("--regions"), QStringLiteral("410104001")});
    r = as(QStringLiteral("zx_qian"), QStringLiteral("qian"),
           {QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("zx_sun")});
    EXPECT_NE(r.exitCode, 0) << r;
    r = cli({QStringLiteral("users"), QStringLiteral("remove"), m_server.url(), QStringLiteral("--name"), QStringLiteral("zx_sun")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(account().isEmpty());
    // Audited: zx_sun added, changed and removed, zx_qian added.
    EXPECT_GE(rows(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action LIKE 'user.%'")).value(0).toInt(), 4);
}

// new-year and settings do on the server what they do on the file.
TEST_F(ServerCommandsTest, NewYearAndTheOfficeRules)
{
    sampleOnBoth();
    same({QStringLiteral("new-year"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--targets"),
          QStringLiteral("scale:1.05")});
    sameExport(QStringLiteral("targets"));
    // 返乡下乡创业人员: 2023's county target 350 × 1.05 = 367.5, as a draft for 2024.
    EXPECT_EQ(rows(QStringLiteral("SELECT amount FROM target WHERE indicator_code = 'returning_entrepreneurs' AND "
                                  "region_code = '410104' AND year = 2024")),
              QStringList{QStringLiteral("367.5")});
    same({QStringLiteral("settings")});
    same({QStringLiteral("settings"), QStringLiteral("--four-eyes"), QStringLiteral("off"), QStringLiteral("--deadline-day"),
          QStringLiteral("12")});
    const CliRun shown = cli({QStringLiteral("settings"), m_server.url()});
    EXPECT_EQ(shown.out, QStringLiteral("four_eyes\toff\ndeadline_day\t12\n")) << shown;
}

// backup, restore and generate are for files: on a server each refuses and says what to do
// instead; the server keeps every figure and audit entry.
TEST_F(ServerCommandsTest, FileOnlyCommandsRefuseClearlyOnAServer)
{
    sampleOnBoth();
    const QStringList before = rows(QStringLiteral("SELECT count(*) || ' ' || (SELECT count(*) FROM audit_entry) FROM figure"));
    CliRun r = cli({QStringLiteral("backup"), m_server.url()});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("administrator backs up (pg_dump)"))) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("server copy URL FILE.db"))) << r;
    r = cli({QStringLiteral("backup"), m_server.url(), QStringLiteral("--list")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("keeps no backups"))) << r;
    // The file's own backup works and can be restored — into a file, never onto the server.
    const CliRun made = cli({QStringLiteral("backup"), db()});
    ASSERT_EQ(made.exitCode, 0) << made;
    r = cli({QStringLiteral("restore"), m_server.url(), made.out.trimmed()});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("restore replaces a file's contents, never a server's"))) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("pg_restore"))) << r;
    EXPECT_EQ(cli({QStringLiteral("restore"), db(), made.out.trimmed()}).exitCode, 0);
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) || ' ' || (SELECT count(*) FROM audit_entry) FROM figure")), before);

    // generate makes a benchmark city in a new file; an empty server database stays empty.
    ServerDatabase empty;
    ASSERT_TRUE(empty.error().isEmpty()) << s(empty.error());
    r = cli({QStringLiteral("generate"), empty.url(), QStringLiteral("--counties"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("generate writes a synthetic city into a new file"))) << r;
    QStringList tables;
    ASSERT_EQ(empty.run(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), &tables), QString());
    EXPECT_EQ(tables, QStringList{QStringLiteral("0")});
}

// init (as on a file) and server init set up a county on an empty server database; server copy
// takes it into a file that checks clean.
TEST_F(ServerCommandsTest, InitOnTheServerAndCopyBack)
{
    const CliRun made = cli({QStringLiteral("init"), m_server.url(), QStringLiteral("--region"), QStringLiteral("410122"),
                             QStringLiteral("--name"), QStringLiteral("中牟县"), QStringLiteral("--year"), QStringLiteral("2025")});
    ASSERT_EQ(made.exitCode, 0) << made;
    const CliRun onFile = cli({QStringLiteral("init"), db(), QStringLiteral("--region"), QStringLiteral("410122"),
                               QStringLiteral("--name"), QStringLiteral("中牟县"), QStringLiteral("--year"), QStringLiteral("2025")});
    ASSERT_EQ(onFile.exitCode, 0) << onFile;
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM indicator")),
              QStringList{QString::number(75)});
    sameExport(QStringLiteral("catalogue"));
    sameExport(QStringLiteral("regions"));
    // A second init on the same server is refused.
    const CliRun again = cli({QStringLiteral("server"), QStringLiteral("init"), m_server.url(), QStringLiteral("--region"),
                              QStringLiteral("410122"), QStringLiteral("--name"), QStringLiteral("中牟县")});
    EXPECT_EQ(again.exitCode, 1) << again;
    const CliRun back = cli({QStringLiteral("server"), QStringLiteral("copy"), m_server.url(), file("offline.db")});
    ASSERT_EQ(back.exitCode, 0) << back;
    const CliRun checked = cli({QStringLiteral("check"), file("offline.db")});
    EXPECT_EQ(checked.exitCode, 0) << checked;
    EXPECT_EQ(cli({QStringLiteral("users"), QStringLiteral("list"), file("offline.db")}).exitCode, 0);
}

} // namespace
