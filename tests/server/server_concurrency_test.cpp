// Working at the same time on the shared server (issue 16): two clerks, each signed in as a login
// role of their own, at the same figure. An edit carries the figure its clerk saw; when the
// other clerk changed it meanwhile, the edit is refused naming who, when and to what, and
// nothing of it is written, not even an audit entry. The check runs inside the write
// transaction after its lock, so a change committed while the edit waits for the lock is caught
// too. An import that collides with an edit is written whole or not at all.
#include "../reliability/reliabilityhelpers.h"
#include "servertest.h"

#include "entry/valueentry.h"
#include "io/valueimport.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <future>
#include <iostream>
#include <thread>

namespace {

using namespace zx;
using zxtest::cli;
using zxtest::CliRun;
using zxtest::ServerDatabase;

std::string s(const QString &q) { return q.toStdString(); }

const QString Li = QStringLiteral("zx_li");
const QString LiPassword = QStringLiteral("li-东-2024");
const QString Zhang = QStringLiteral("zx_zhang");
const QString ZhangPassword = QStringLiteral("zhang pw");

const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs"); // 返乡下乡创业人员, 人
const QString Zhangzhuang = QStringLiteral("410104001001");             // 张庄村, 城东街道
const ValueKey Figure{Entrepreneurs, Zhangzhuang, 2023, 1};              // the sample stores 4

Decimal dec(const char *text) { return *Decimal::parse(QString::fromLatin1(text)); }

// "2026-12-05 18:30": a stored UTC time as the messages show it, in the computer's time zone.
QString localMinute(const QString &isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString whereFigure(const ValueKey &k)
{
    return QStringLiteral("indicator_code = '%1' AND region_code = '%2' AND year = %3 AND quarter = %4")
        .arg(k.indicatorCode, k.regionCode)
        .arg(k.year)
        .arg(k.quarter);
}

class ServerConcurrencyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.error().isEmpty()) << s(m_server.error());
        const CliRun made = cli({QStringLiteral("sample"), m_server.url()});
        ASSERT_EQ(made.exitCode, 0) << made;
        // Two clerks of 城东街道 (both may write 张庄村's figures).
        const QStringList clerkOfChengdong{QStringLiteral("--role"), QStringLiteral("clerk"),
                                           QStringLiteral("--regions"), QStringLiteral("410104001")};
        addAccount(Li, LiPassword, clerkOfChengdong);
        addAccount(Zhang, ZhangPassword, clerkOfChengdong);
        ASSERT_EQ(stored(Figure), QStringLiteral("4"));
    }
    // zhenxing-cli users add, the password on standard input.
    void addAccount(const QString &name, const QString &password, const QStringList &options)
    {
        const CliRun added = zxtest::addAccount(m_server.url(), name, password, options);
        ASSERT_EQ(added.exitCode, 0) << added;
    }
    // The program signed in as `user`: a connection of its own, as a second desktop would be.
    std::unique_ptr<Database> signIn(const QString &user, const QString &password)
    {
        auto db = Database::open(m_server.urlAs(user, password), Database::OpenMode::OpenExisting);
        EXPECT_TRUE(db.ok()) << s(db.error());
        return db.ok() ? std::move(db).value() : nullptr;
    }
    // One column of the figure's row as the server holds it ("" when there is none).
    QString column(const ValueKey &k, const char *name)
    {
        QStringList rows;
        EXPECT_EQ(m_server.run(QStringLiteral("SELECT %1 FROM indicator_value WHERE ")
                                   .arg(QLatin1String(name)) + whereFigure(k),
                               &rows),
                  QString());
        return rows.value(0);
    }
    QString stored(const ValueKey &k) { return column(k, "amount"); }
    int count(const QString &sql)
    {
        QStringList rows;
        EXPECT_EQ(m_server.run(sql, &rows), QString()) << s(sql);
        return rows.value(0).toInt();
    }
    int auditCount() { return count(QStringLiteral("SELECT count(*) FROM audit_entry")); }
    // Audit entries of `user` for the figure.
    int auditOf(const ValueKey &k, const QString &user)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE user_name = '%1' AND ")
                         .arg(user) + whereFigure(k));
    }
    // Sessions of the test database waiting for a lock: another writer is queued behind it.
    bool someoneWaitsForTheLock()
    {
        return count(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                    "WHERE NOT l.granted AND a.datname = '%1'")
                         .arg(m_server.name())) > 0;
    }
    // Waits (at most 30 s) until a writer queues behind the write lock.
    void waitForAWaitingWriter()
    {
        for (int i = 0; i < 600 && !someoneWaitsForTheLock(); ++i)
            QThread::msleep(50);
        ASSERT_TRUE(someoneWaitsForTheLock()) << "the second writer never queued behind the lock";
    }

    ServerDatabase m_server;
};

// 李 and 张 both have 4 on screen. 李 saves 6; 张, still looking at 4, types 7: refused, naming
// 李's account, when (local time) and 6 persons; 李's 6 stays and 张's attempt leaves no trace
// in the audit trail.
TEST_F(ServerConcurrencyTest, TheSecondEditOverTheSameFigureIsRefusedNamingWhoWhenAndWhat)
{
    auto li = signIn(Li, LiPassword);
    auto zhang = signIn(Zhang, ZhangPassword);
    ASSERT_TRUE(li && zhang);
    const std::optional<Decimal> sawFour(dec("4"));

    const Outcome lis = setValues(*li, {{Figure, dec("6"), QStringLiteral("乡里核实"), sawFour}}, li->userName());
    ASSERT_TRUE(lis.ok()) << s(lis.error());
    ASSERT_EQ(stored(Figure), QStringLiteral("6"));
    ASSERT_EQ(column(Figure, "entered_by"), Li);
    const QString when = localMinute(column(Figure, "entered_at"));
    ASSERT_FALSE(when.isEmpty());
    const int auditBefore = auditCount();

    const Outcome refused = setValues(*zhang, {{Figure, dec("7"), QString(), sawFour}}, zhang->userName());
    ASSERT_FALSE(refused.ok());
    const QString message = refused.error();
    EXPECT_TRUE(message.contains(QStringLiteral("was changed by %1 at %2 to 6 persons").arg(Li, when)))
        << s(message);
    EXPECT_TRUE(message.contains(QStringLiteral("looking at 4 persons"))) << s(message);
    EXPECT_TRUE(message.contains(QStringLiteral("your 7 persons was not saved"))) << s(message);
    EXPECT_EQ(stored(Figure), QStringLiteral("6"));
    EXPECT_EQ(column(Figure, "entered_by"), Li);
    EXPECT_EQ(auditCount(), auditBefore);
    EXPECT_EQ(auditOf(Figure, Zhang), 0);

    // Having seen 6, 张's 7 goes through, under his own name.
    const Outcome again =
        setValues(*zhang, {{Figure, dec("7"), QString(), std::optional<Decimal>(dec("6"))}}, zhang->userName());
    ASSERT_TRUE(again.ok()) << s(again.error());
    EXPECT_EQ(stored(Figure), QStringLiteral("7"));
    EXPECT_EQ(auditOf(Figure, Zhang), 1);
}

// 李 deletes the figure; 张, still looking at 4, types 5: refused naming 李 and that it was
// deleted; the figure stays deleted.
TEST_F(ServerConcurrencyTest, AnEditOverAFigureDeletedMeanwhileIsRefusedNamingWhoDeletedIt)
{
    auto li = signIn(Li, LiPassword);
    auto zhang = signIn(Zhang, ZhangPassword);
    ASSERT_TRUE(li && zhang);
    const std::optional<Decimal> sawFour(dec("4"));
    ASSERT_TRUE(setValues(*li, {{Figure, std::nullopt, QString(), sawFour}}, li->userName()).ok());
    ASSERT_EQ(count(QStringLiteral("SELECT count(*) FROM indicator_value WHERE ") + whereFigure(Figure)), 0);
    const int auditBefore = auditCount();

    const Outcome refused = setValues(*zhang, {{Figure, dec("5"), QString(), sawFour}}, zhang->userName());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("was deleted by %1 at ").arg(Li))) << s(refused.error());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("your 5 persons was not saved"))) << s(refused.error());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM indicator_value WHERE ") + whereFigure(Figure)), 0);
    EXPECT_EQ(auditCount(), auditBefore);
}

// The race the check must win: 张's edit (seen 4) starts while 李's edit of the same figure is
// inside its write transaction, not yet committed. 张's write waits for the lock, then reads
// the figure inside its own transaction: 李's 6, committed meanwhile, is found and 张's 7 is
// refused, although 张 read 4 before his write began.
TEST_F(ServerConcurrencyTest, AChangeCommittedWhileTheEditWaitsForTheLockIsCaught)
{
    auto li = signIn(Li, LiPassword);
    ASSERT_TRUE(li);
    const std::optional<Decimal> sawFour(dec("4"));
    const QString url = m_server.urlAs(Zhang, ZhangPassword);
    std::future<QString> zhangsEdit; // "" when written, else the refusal
    const auto holdBeforeCommit = [&](qint64 done, qint64 total) {
        if (done < total)
            return true;
        // 李's 6 is written, the transaction still open: 张 saves now, on his own connection.
        zhangsEdit = std::async(std::launch::async, [url, sawFour] {
            auto zhang = Database::open(url, Database::OpenMode::OpenExisting);
            if (!zhang)
                return QStringLiteral("cannot sign in: ") + zhang.error();
            const Outcome ok =
                setValues(**zhang, {{Figure, dec("7"), QString(), sawFour}}, (*zhang)->userName());
            return ok ? QString() : ok.error();
        });
        waitForAWaitingWriter();
        return true;
    };
    const Outcome lis = setValuesCancellable(*li, {{Figure, dec("6"), QString(), sawFour}}, li->userName(),
                                             holdBeforeCommit);
    ASSERT_TRUE(lis.ok()) << s(lis.error());
    ASSERT_TRUE(zhangsEdit.valid());
    const QString refusal = zhangsEdit.get();
    EXPECT_TRUE(refusal.contains(QStringLiteral("was changed by %1").arg(Li))) << s(refusal);
    EXPECT_TRUE(refusal.contains(QStringLiteral("to 6 persons"))) << s(refusal);
    EXPECT_EQ(stored(Figure), QStringLiteral("6"));
    EXPECT_EQ(auditOf(Figure, Zhang), 0);
    EXPECT_EQ(auditOf(Figure, Li), 1);
}

// --- imports: all or nothing -----------------------------------------------------------------

class ServerImportConcurrencyTest : public ServerConcurrencyTest
{
protected:
    // Every 2023 Q4 rural_households figure of 城东's villages (a total of no parts, so no rule
    // between figures is touched), + 7, each with a comment.
    void SetUp() override
    {
        ServerConcurrencyTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        QStringList rows;
        ASSERT_EQ(m_server.run(QStringLiteral("SELECT region_code || ',' || amount FROM indicator_value "
                                              "WHERE indicator_code = 'rural_households' AND year = 2023 "
                                              "AND quarter = 4 AND region_code LIKE '410104001___' "
                                              "ORDER BY region_code"),
                               &rows),
                  QString());
        ASSERT_GE(rows.size(), 3);
        QString csv = QStringLiteral("indicator,region,year,quarter,value,comment\n");
        for (const QString &row : rows) {
            const QStringList f = row.split(u',');
            const ValueKey key{QStringLiteral("rural_households"), f[0], 2023, 4};
            const Decimal before = dec(f[1].toLatin1().constData());
            const Decimal after = *Decimal::checkedAdd(before, Decimal::fromInt(7));
            m_keys.push_back(key);
            m_before.push_back(before.toString());
            m_after.push_back(after.toString());
            csv += QStringLiteral("rural_households,%1,2023,4,%2,乡镇复核\n").arg(f[0], after.toString());
        }
        m_file = m_dir.filePath(QStringLiteral("households.csv"));
        QFile out(m_file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(csv.toUtf8());
    }
    // How many of the import's figures hold the import's figure, and its audit entries.
    int importedFigures()
    {
        int n = 0;
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            n += stored(m_keys[i]) == m_after[i];
        return n;
    }
    int importAudit()
    {
        int n = 0;
        for (const ValueKey &k : m_keys)
            n += auditOf(k, Li);
        return n;
    }

    QTemporaryDir m_dir;
    QString m_file;
    std::vector<ValueKey> m_keys;
    QStringList m_before, m_after;
};

// 李's import is written but not yet committed (inside its transaction) when 张 saves one of
// its figures, as he saw it before the import. 张 waits for the import's lock; the import commits whole, every
// figure with its audit entry; then 张's edit, made over the figure the import replaced, is
// refused. Never half an import.
TEST_F(ServerImportConcurrencyTest, AnEditDuringAnImportWaitsAndTheImportIsWrittenWhole)
{
    auto li = signIn(Li, LiPassword);
    ASSERT_TRUE(li);
    ImportPlan plan = planImportFile(*li, m_file, li->userName());
    ASSERT_FALSE(plan.blocked());
    for (const ImportFinding &f : plan.findings)
        ADD_FAILURE() << s(formatFinding(f));
    const std::size_t n = m_keys.size();
    ASSERT_EQ(plan.values.size(), n);

    const ValueKey contested = m_keys[1];
    const QString url = m_server.urlAs(Zhang, ZhangPassword);
    const std::optional<Decimal> zhangSaw(dec(m_before[1].toLatin1().constData()));
    std::future<QString> zhangsEdit;
    ImportControl control;
    control.progress = [&](qint64 done, qint64 total) {
        if (done != total || zhangsEdit.valid())
            return;
        // Every figure of the import written, not yet committed (asked before the commit):
        // 张 saves the contested figure.
        zhangsEdit = std::async(std::launch::async, [url, contested, zhangSaw] {
            auto zhang = Database::open(url, Database::OpenMode::OpenExisting);
            if (!zhang)
                return QStringLiteral("cannot sign in: ") + zhang.error();
            const Outcome ok = setValues(**zhang, {{contested, dec("999"), QString(), zhangSaw}},
                                         (*zhang)->userName());
            return ok ? QString() : ok.error();
        });
        waitForAWaitingWriter();
    };
    const Outcome applied = applyImport(*li, plan, li->userName(), control);
    ASSERT_TRUE(applied.ok()) << s(applied.error());
    ASSERT_TRUE(zhangsEdit.valid()) << "the import was never asked before its commit";
    const QString refusal = zhangsEdit.get();
    EXPECT_TRUE(refusal.contains(QStringLiteral("was changed by %1").arg(Li))) << s(refusal);

    EXPECT_EQ(importedFigures(), int(n));
    EXPECT_EQ(importAudit(), int(n));
    EXPECT_EQ(auditOf(contested, Zhang), 0);
}

// The other way round: 张's edit of one of the file's figures is inside its transaction when
// 李 confirms the import planned before it. The import waits for the lock, finds the figure it
// planned over changed, and writes nothing: no figure, no audit entry. 张's edit stands.
TEST_F(ServerImportConcurrencyTest, AnImportOverAFigureEditedMeanwhileWritesNothing)
{
    auto li = signIn(Li, LiPassword);
    auto zhang = signIn(Zhang, ZhangPassword);
    ASSERT_TRUE(li && zhang);
    ImportPlan plan = planImportFile(*li, m_file, li->userName());
    ASSERT_FALSE(plan.blocked());
    const std::size_t n = m_keys.size();
    ASSERT_EQ(plan.values.size(), n);

    const ValueKey contested = m_keys.back();
    const QString url = m_server.urlAs(Li, LiPassword);
    std::future<QString> import;
    const auto holdBeforeCommit = [&](qint64 done, qint64 total) {
        if (done < total)
            return true;
        import = std::async(std::launch::async, [url, plan] {
            auto li = Database::open(url, Database::OpenMode::OpenExisting);
            if (!li)
                return QStringLiteral("cannot sign in: ") + li.error();
            const Outcome ok = applyImport(**li, plan, (*li)->userName());
            return ok ? QString() : ok.error();
        });
        waitForAWaitingWriter();
        return true;
    };
    const std::optional<Decimal> zhangSaw(dec(m_before.back().toLatin1().constData()));
    const Outcome zhangs = setValuesCancellable(*zhang, {{contested, dec("999"), QString(), zhangSaw}},
                                                zhang->userName(), holdBeforeCommit);
    ASSERT_TRUE(zhangs.ok()) << s(zhangs.error());
    ASSERT_TRUE(import.valid());
    const QString refusal = import.get();
    EXPECT_TRUE(refusal.contains(QStringLiteral("was changed by %1").arg(Zhang))) << s(refusal);
    EXPECT_TRUE(refusal.contains(QStringLiteral("to 999 households"))) << s(refusal);

    EXPECT_EQ(stored(contested), QStringLiteral("999"));
    for (std::size_t i = 0; i + 1 < n; ++i)
        EXPECT_EQ(stored(m_keys[i]), m_before[int(i)]) << s(m_keys[i].regionCode);
    EXPECT_EQ(importAudit(), 0);
}

// Two programs at once, as two desktops would be: zhenxing-cli imports the file while another
// zhenxing-cli sets one of its figures, started together, several times. Whatever the order the
// server gives them, the import is there whole (every figure with its audit entry) or not at all.
TEST_F(ServerImportConcurrencyTest, AnImportAndAnEditInTwoProcessesNeverLeaveHalfAnImport)
{
    const ValueKey contested = m_keys[0];
    const int n = int(m_keys.size());
    int whole = 0, none = 0;
    for (int round = 0; round < 4; ++round) {
        const int auditBefore = importAudit();
        QProcess import, edit;
        import.start(QStringLiteral(ZX_CLI_PATH),
                     {QStringLiteral("import"), m_server.urlAs(Li, LiPassword), m_file});
        QThread::msleep(40 * round); // a different moment each round
        const QString mine = QString::number(500 + round);
        edit.start(QStringLiteral(ZX_CLI_PATH),
                   {QStringLiteral("set"), m_server.urlAs(Zhang, ZhangPassword), QStringLiteral("--indicator"),
                    contested.indicatorCode, QStringLiteral("--region"), contested.regionCode,
                    QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--quarter"),
                    QStringLiteral("4"), QStringLiteral("--value"), mine, QStringLiteral("--comment"),
                    QStringLiteral("电话核实")});
        ASSERT_TRUE(import.waitForFinished(120000));
        ASSERT_TRUE(edit.waitForFinished(120000));
        ASSERT_EQ(edit.exitCode(), 0) << edit.readAllStandardError().constData();
        const int written = importAudit() - auditBefore;
        int others = 0; // the import's figures other than the contested one that it wrote
        for (int i = 1; i < n; ++i)
            others += stored(m_keys[i]) == m_after[i];
        if (import.exitCode() == 0) {
            ++whole;
            EXPECT_EQ(written, n) << "round " << round;
            EXPECT_EQ(others, n - 1) << "round " << round;
            // The edit came before the import (which then replaced it) or after it.
            EXPECT_TRUE(stored(contested) == m_after[0] || stored(contested) == mine) << "round " << round;
        } else {
            ++none;
            // Refused because the figure it planned over was changed, naming who changed it.
            const QString why = QString::fromUtf8(import.readAllStandardError());
            EXPECT_TRUE(why.contains(QStringLiteral("was changed by %1").arg(Zhang))) << s(why);
            EXPECT_EQ(written, 0) << "round " << round;
            EXPECT_EQ(others, 0) << "round " << round;
            EXPECT_EQ(stored(contested), mine) << "round " << round;
        }
        // Back to the figures as they were for the next round (as the superuser, behind the
        // program's back; the audit trail of the rounds stays).
        for (int i = 0; i < n; ++i)
            ASSERT_EQ(m_server.run(QStringLiteral("UPDATE indicator_value SET amount = '%1' WHERE ")
                                       .arg(m_before[i]) + whereFigure(m_keys[i])),
                      QString());
    }
    std::cout << "import whole " << whole << ", not at all " << none << " of 4 rounds\n";
}

} // namespace
