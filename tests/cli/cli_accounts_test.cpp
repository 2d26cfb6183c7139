// Issue 12 through zhenxing-cli: `users list|add|set|remove` (the rules as refusals, audited)
// and `new-year` (targets copied or scaled, then a figure gives the expected completion), each
// in a fresh copy of the sample county, run as a chosen system user ($USER).
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifndef ZX_CLI_PATH
#error "ZX_CLI_PATH must name the zhenxing-cli executable"
#endif

namespace {

std::string s(const QString &q) { return q.toStdString(); }

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const CliRun &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout ---\n" << s(r.out) << "--- stderr ---\n"
              << s(r.err);
}

const QString Boss = QStringLiteral("boss");

class CliAccountsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("county.zxdb"));
        const CliRun r = as(Boss, {QStringLiteral("sample"), m_db});
        ASSERT_EQ(r.exitCode, 0) << r;
    }

    // Runs the CLI as `user` in English.
    CliRun as(const QString &user, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), user);
        env.insert(QStringLiteral("ZHENXING_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ZX_CLI_PATH), args);
        CliRun r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(5000);
            r.err = QStringLiteral("did not finish");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    CliRun users(const QString &user, const QStringList &args)
    {
        QStringList all{QStringLiteral("users"), args.first(), m_db};
        all << args.mid(1);
        return as(user, all);
    }

    QJsonArray listJson()
    {
        const CliRun r = users(Boss, {QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QStringList auditLines()
    {
        const CliRun r = as(Boss, {QStringLiteral("audit"), m_db});
        EXPECT_EQ(r.exitCode, 0) << r;
        return r.out.split(u'\n', Qt::SkipEmptyParts);
    }

    // The county's row of one indicator in `summary --json`.
    QJsonObject summaryRow(int year, int quarter, const QString &indicator)
    {
        const CliRun r = as(Boss, {QStringLiteral("summary"), m_db, QStringLiteral("--region"),
                                   QStringLiteral("410104"), QStringLiteral("--year"),
                                   QString::number(year), QStringLiteral("--quarter"),
                                   QString::number(quarter), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("indicators"))
                                       .toArray())
            if (v.toObject().value(QStringLiteral("code")).toString() == indicator)
                return v.toObject();
        ADD_FAILURE() << "no row of " << s(indicator);
        return {};
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliAccountsTest, UsersAddSetListAndRemoveAsTheAdministrator)
{
    CliRun r = users(Boss, {QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral("No accounts: a single-user file, whoever opens it (here boss) is its administrator\n"));

    // The first account of a single-user file must be the person's own.
    r = users(Boss, {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("wang"),
                     QStringLiteral("--role"), QStringLiteral("administrator")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(r.err, QStringLiteral("zhenxing-cli: This file has no accounts yet, so whoever opens it is its "
                                    "administrator. Add your own account first (users add DB --name boss "
                                    "--role administrator), or you would lose access to it\n"));

    r = users(Boss, {QStringLiteral("add"), QStringLiteral("--name"), Boss, QStringLiteral("--role"),
                     QStringLiteral("administrator"), QStringLiteral("--display-name"), QStringLiteral("李明")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral("Added boss (administrator)\n"));
    r = users(Boss, {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("wang"),
                     QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--display-name"),
                     QStringLiteral("王芳"), QStringLiteral("--regions"), QStringLiteral("410104001,410104002")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral("Added wang (clerk): 410104001, 410104002\n"));

    r = users(Boss, {QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral("boss\tadministrator\t李明\t\n"
                                    "wang\tclerk\t王芳\t410104001,410104002\n"));

    // set: only what is given changes; the clerk becomes a reviewer and loses the regions.
    r = users(Boss, {QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("wang"),
                     QStringLiteral("--role"), QStringLiteral("reviewer")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral("Changed wang (reviewer)\n"));
    QJsonArray list = listJson();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("reviewer"));
    EXPECT_EQ(list[1].toObject().value(QStringLiteral("display_name")).toString(), QStringLiteral("王芳"));
    EXPECT_TRUE(list[1].toObject().value(QStringLiteral("regions")).toArray().isEmpty());

    r = users(Boss, {QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("wang")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral("Removed wang\n"));
    list = listJson();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("name")).toString(), Boss);

    // Every change in the audit trail, by boss.
    int saves = 0, removes = 0;
    for (const QString &line : auditLines()) {
        if (line.contains(QStringLiteral("user.save")) && line.contains(Boss))
            ++saves;
        if (line.contains(QStringLiteral("user.remove")) && line.contains(Boss))
            ++removes;
    }
    EXPECT_EQ(saves, 3);
    EXPECT_EQ(removes, 1);
}

TEST_F(CliAccountsTest, TheRulesAreClearRefusals)
{
    ASSERT_EQ(users(Boss, {QStringLiteral("add"), QStringLiteral("--name"), Boss,
                           QStringLiteral("--role"), QStringLiteral("administrator")}).exitCode, 0);
    ASSERT_EQ(users(Boss, {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("zhao"),
                           QStringLiteral("--role"), QStringLiteral("reviewer")}).exitCode, 0);
    const int entries = int(auditLines().size());

    struct Case {
        QString user;
        QStringList args;
        int exit;
        QString err;
    };
    const std::vector<Case> cases{
        {Boss, {"add", "--name", "c1", "--role", "clerk"}, 1,
         "The clerk c1 needs at least one region to enter figures for"},
        {Boss, {"set", "--name", "boss", "--role", "reviewer"}, 1,
         "boss cannot be a reviewer: the file needs at least one administrator; add another administrator first"},
        {Boss, {"remove", "--name", "boss"}, 1,
         "boss is the last administrator and cannot be removed: the file needs at least one administrator; add another administrator first"},
        {QStringLiteral("zhao"), {"add", "--name", "c1", "--role", "clerk", "--regions", "410104001"}, 1,
         "Only an administrator may manage accounts; zhao is a reviewer"},
        {QStringLiteral("nobody"), {"remove", "--name", "zhao"}, 1,
         "nobody has no account in this shared file; an administrator must add it"},
        {Boss, {"add", "--name", "zhao", "--role", "clerk", "--regions", "410104001"}, 1,
         "zhao already has an account (reviewer); change it with users set"},
        {Boss, {"set", "--name", "li", "--role", "clerk"}, 1, "There is no account named li; add it with users add"},
        {Boss, {"remove", "--name", "li"}, 1, "There is no account named li"},
        {Boss, {"add", "--name", "c1", "--role", "clerk", "--regions", "999"}, 1, "Unknown region '999'"},
        {Boss, {"add", "--name", "c1", "--role", "reviewer", "--regions", "410104001"}, 1,
         "--regions is for clerks only: an administrator or a reviewer works on every region"},
        {Boss, {"add", "--name", "c1", "--role", "boss"}, 2, "--role must be administrator, reviewer or clerk"},
        {Boss, {"add", "--name", "c1"}, 2, "users add needs --role administrator, reviewer or clerk"},
        {Boss, {"add", "--role", "clerk"}, 2, "users add needs --name"},
    };
    for (const Case &c : cases) {
        const CliRun r = users(c.user, c.args);
        EXPECT_EQ(r.exitCode, c.exit) << s(c.args.join(u' ')) << '\n' << r;
        EXPECT_EQ(r.err, QStringLiteral("zhenxing-cli: ") + c.err + u'\n') << s(c.args.join(u' '));
    }
    const CliRun unknown = as(Boss, {QStringLiteral("users"), QStringLiteral("rename"), m_db});
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    EXPECT_EQ(int(auditLines().size()), entries) << "a refusal wrote something";
    EXPECT_EQ(listJson().size(), 2);
}

TEST_F(CliAccountsTest, NewYearCopiesTargetsAndAFigureGivesTheExpectedCompletion)
{
    CliRun r = as(Boss, {QStringLiteral("new-year"), m_db, QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral("Started 2024: 112 target(s) copied from 2023\n")); // targets.csv: 112 in 2023

    // 35 returning entrepreneurs in 张庄村 in 2024 Q1: the county's actual is 35 (no other
    // village has a 2024 figure), its copied target 350, completion 35 / 350 = 10.00 %. (35 is
    // over three times the village's usual Q1 figure, a warning kept with a comment.)
    r = as(Boss, {QStringLiteral("set"), m_db, QStringLiteral("--indicator"), QStringLiteral("returning_entrepreneurs"),
                  QStringLiteral("--region"), QStringLiteral("410104001001"), QStringLiteral("--year"),
                  QStringLiteral("2024"), QStringLiteral("--quarter"), QStringLiteral("1"),
                  QStringLiteral("--value"), QStringLiteral("35"), QStringLiteral("--comment"),
                  QStringLiteral("新年第一季度返乡创业集中登记")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject row = summaryRow(2024, 1, QStringLiteral("returning_entrepreneurs"));
    EXPECT_EQ(row.value(QStringLiteral("actual")).toDouble(), 35.0);
    EXPECT_EQ(row.value(QStringLiteral("target")).toDouble(), 350.0);
    EXPECT_DOUBLE_EQ(row.value(QStringLiteral("completion_pct")).toDouble(), 10.0);

    // Again: refused, saying so.
    r = as(Boss, {QStringLiteral("new-year"), m_db, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(r.err, QStringLiteral("zhenxing-cli: 2024 already has targets (112); change them under "
                                    "Targets or import a targets file instead\n"));
}

TEST_F(CliAccountsTest, NewYearScaledBy105)
{
    const CliRun r = as(Boss, {QStringLiteral("new-year"), m_db, QStringLiteral("--year"),
                               QStringLiteral("2024"), QStringLiteral("--targets"), QStringLiteral("scale:1.05")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral("Started 2024: 112 target(s) from 2023 × 1.05\n"));
    // 350 × 1.05 = 367.5 exactly (targets keep up to 6 decimals, rounded half away from zero).
    EXPECT_EQ(summaryRow(2024, 4, QStringLiteral("returning_entrepreneurs")).value(QStringLiteral("target")).toDouble(), 367.5);
    // 4200 × 1.05 = 4410.
    EXPECT_EQ(summaryRow(2024, 4, QStringLiteral("summer_sowing_area")).value(QStringLiteral("target")).toDouble(), 4410.0);
    // The audit trail carries the step.
    const CliRun audit = as(Boss, {QStringLiteral("audit"), m_db, QStringLiteral("--year"), QStringLiteral("2024"),
                                   QStringLiteral("--indicator"), QStringLiteral("returning_entrepreneurs"),
                                   QStringLiteral("--region"), QStringLiteral("410104")});
    ASSERT_EQ(audit.exitCode, 0) << audit;
    EXPECT_TRUE(audit.out.contains(QStringLiteral("367.5"))) << audit;
    EXPECT_TRUE(audit.out.contains(QStringLiteral("new year 2024: 2023 × 1.05"))) << audit;
}

TEST_F(CliAccountsTest, NewYearRefusals)
{
    const int tooFar = QDate::currentDate().year() + 2;
    struct Case {
        QStringList args;
        int exit;
        QString err;
    };
    const std::vector<Case> cases{
        {{"--year", QString::number(tooFar)}, 1,
         QStringLiteral("%1 is more than a year ahead of %2: a new year can be started up to the next year")
             .arg(tooFar)
             .arg(tooFar - 2)},
        {{"--year", "2023"}, 1,
         "2023 already has targets (112); change them under Targets or import a targets file instead"},
        {{"--year", "2022"}, 1,
         "2022 already has targets (25); change them under Targets or import a targets file instead"},
        {{"--year", "2021"}, 1, "2020 has no targets to copy; start 2021 with no targets, or import a targets file"},
        {{"--year", "2024", "--targets", "scale:0"}, 2,
         "--targets must be copy, none or scale:F with F a number above 0 and at most 100, e.g. scale:1.05"},
        {{"--year", "2024", "--targets", "double"}, 2,
         "--targets must be copy, none or scale:F with F a number above 0 and at most 100, e.g. scale:1.05"},
        {{}, 2, "--year needs a year such as 2023"},
    };
    for (const Case &c : cases) {
        QStringList args{QStringLiteral("new-year"), m_db};
        args << c.args;
        const CliRun r = as(Boss, args);
        EXPECT_EQ(r.exitCode, c.exit) << s(c.args.join(u' ')) << '\n' << r;
        EXPECT_EQ(r.err, QStringLiteral("zhenxing-cli: ") + c.err + u'\n') << s(c.args.join(u' '));
    }
}

TEST_F(CliAccountsTest, CategoriesExportAndImportBackChangeNothingANewOneIsAdded)
{
    const QString file = m_dir.filePath(QStringLiteral("categories.csv"));
    CliRun r = as(Boss, {QStringLiteral("export"), m_db, file, QStringLiteral("--what"), QStringLiteral("categories")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QFile exported(file);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    exported.close();
    // UTF-8 with BOM; the sample's six categories in their order.
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "code,name,name_en,sort_order\r\n")) << bytes.left(60).constData();
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(QStringLiteral("organization,党建引领,Party building (organizational revitalization),1\r\n"))) << s(text);
    EXPECT_EQ(text.count(u'\n'), 7);

    r = as(Boss, {QStringLiteral("import"), m_db, file});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 new, 0 changed, 6 unchanged, 0 finding(s)"))) << r;

    QFile added(m_dir.filePath(QStringLiteral("more.csv")));
    ASSERT_TRUE(added.open(QIODevice::WriteOnly));
    added.write("code,name,name_en,sort_order\nindustry,产业发展,Industry,7\nbad code,坏,Bad,8\n");
    added.close();
    r = as(Boss, {QStringLiteral("import"), m_db, added.fileName()});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("more.csv:3: code: The code 'bad code' may hold only letters, digits and '_'"))) << r;
    // Nothing of it was written: the export still has six.
    r = as(Boss, {QStringLiteral("export"), m_db, m_dir.filePath(QStringLiteral("after.csv")), QStringLiteral("--what"), QStringLiteral("categories")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QFile after(m_dir.filePath(QStringLiteral("after.csv")));
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(after.readAll()).count(u'\n'), 7);
}
