// Many people on one server at once (issue 16, "Tests and measures"): eight clerks, each in a
// process of its own signed in as its login role, make 500 edits each on their own villages'
// figures and on figures a second clerk of the same township edits too, while two reviewers
// submit, approve and reopen quarters the clerks do not edit, and one quarter the clerks do
// edit is approved part-way through. Afterwards: every committed edit is in the audit trail
// once and nothing else is, each figure holds the last committed write, a later write always
// replaced the one before it (no lost update), no refused edit was written, the chain
// verifies, and no clerk was shown a deadlock or any other database error.
#include "../reliability/reliabilityhelpers.h"
#include "servertest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace {

using zxtest::cli;
using zxtest::CliRun;
using zxtest::ServerDatabase;

std::string s(const QString &q) { return q.toStdString(); }

constexpr int Clerks = 8;
constexpr int EditsPerClerk = 500;
const QString FirstTownship = QStringLiteral("410104001");

QString clerkName(int k) { return QStringLiteral("zx_clerk_%1").arg(k); }
QString clerkPassword(int k) { return QStringLiteral("clerk-%1-口令").arg(k); }
QString reviewerName(int r) { return QStringLiteral("zx_reviewer_%1").arg(r); }
QString reviewerPassword(int r) { return QStringLiteral("reviewer %1").arg(r); }
// Clerks 1 and 2 on 410104001, 3 and 4 on 410104002, … 7 and 8 on 410104004.
QString townshipOf(int k) { return QStringLiteral("41010400%1").arg(1 + (k - 1) / 2); }

// What clerk k edits in 2024: two villages of its own (the first two of its township, or the
// last two), 返乡创业 in Q1 and Q3 and 劳动力转移 in Q2 of each; and two figures its partner edits
// too (农户机井档案 of the township's first and third village). The second clerk of a pair goes
// through the list backwards, so the two do not move in step.
QStringList keysOf(int k)
{
    const QString township = townshipOf(k);
    const int pair = (k - 1) % 2;
    QStringList keys;
    for (int v : {1 + 2 * pair, 2 + 2 * pair}) {
        const QString village = township + QStringLiteral("00%1").arg(v);
        keys << QStringLiteral("returning_entrepreneurs/%1/2024/1").arg(village)
             << QStringLiteral("labour_transfer/%1/2024/2").arg(village)
             << QStringLiteral("returning_entrepreneurs/%1/2024/3").arg(village);
    }
    keys << QStringLiteral("private_well_files/") + township + QStringLiteral("001/2024/1")
         << QStringLiteral("private_well_files/") + township + QStringLiteral("003/2024/2");
    if (pair == 1)
        std::reverse(keys.begin(), keys.end());
    return keys;
}

// One line of a worker's output.
struct Edit
{
    QString key; // indicator/region/year/quarter
    QString value;
    bool committed = false;
    QString reason;
};

std::vector<Edit> readEdits(const QString &path, QString *last)
{
    std::vector<Edit> edits;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return edits;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList parts = line.split(u'\t');
        if (parts.size() != 3) {
            *last = line;
            continue;
        }
        Edit e{parts[0], parts[1], parts[2] == QLatin1String("committed"), QString()};
        if (!e.committed)
            e.reason = parts[2];
        edits.push_back(e);
    }
    return edits;
}

int lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

class ServerLoadTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.error().isEmpty()) << s(m_server.error());
        const CliRun made = cli({QStringLiteral("sample"), m_server.url()});
        ASSERT_EQ(made.exitCode, 0) << made;
        for (int k = 1; k <= Clerks; ++k)
            addAccount(clerkName(k), clerkPassword(k), {QStringLiteral("--role"), QStringLiteral("clerk"),
                                                        QStringLiteral("--regions"), townshipOf(k)});
        for (int r = 1; r <= 2; ++r)
            addAccount(reviewerName(r), reviewerPassword(r), {QStringLiteral("--role"), QStringLiteral("reviewer")});
    }
    void addAccount(const QString &name, const QString &password, const QStringList &options)
    {
        const CliRun added = zxtest::addAccount(m_server.url(), name, password, options);
        ASSERT_EQ(added.exitCode, 0) << added;
    }
    QStringList rows(const QString &statement)
    {
        QStringList out;
        EXPECT_EQ(m_server.run(statement, &out), QString()) << s(statement);
        return out;
    }
    // A review step with zhenxing-cli, signed in as `user`.
    CliRun review(const QString &step, const QString &user, const QString &password, const QString &region,
                  int year, int quarter)
    {
        QStringList args{step, m_server.urlAs(user, password), QStringLiteral("--region"), region,
                         QStringLiteral("--year"), QString::number(year), QStringLiteral("--quarter"),
                         QString::number(quarter)};
        if (step == QLatin1String("reopen") || step == QLatin1String("return"))
            args << QStringLiteral("--reason") << QStringLiteral("复核");
        return cli(args);
    }
    QString outputOf(int k) const { return m_dir.filePath(QStringLiteral("clerk%1.txt").arg(k)); }

    QTemporaryDir m_dir;
    ServerDatabase m_server;
};

TEST_F(ServerLoadTest, EightClerksAndTwoReviewersAtOnce)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int k = 1; k <= Clerks; ++k) {
        auto p = std::make_unique<QProcess>();
        p->setStandardOutputFile(outputOf(k));
        p->setStandardErrorFile(m_dir.filePath(QStringLiteral("clerk%1.err").arg(k)));
        p->start(QStringLiteral(ZX_CLERK_WORKER_PATH),
                 {m_server.urlAs(clerkName(k), clerkPassword(k)), QString::number(EditsPerClerk),
                  QString::number(k * 1000000), keysOf(k).join(u',')});
        ASSERT_TRUE(p->waitForStarted()) << k;
        workers.push_back(std::move(p));
    }

    // The two reviewers, each in a thread of its own, go round 2023 (which no clerk edits):
    // the township's clerk submits a quarter, the reviewer approves it, then reopens it;
    // reviewer 1 takes Q1 and Q2, reviewer 2 Q3 and Q4, round after round until the clerks
    // are done.
    std::atomic<bool> clerksDone{false};
    std::mutex failuresLock;
    std::vector<std::string> failures;
    std::map<QString, int> steps; // action → how many succeeded
    auto reviewer = [&](int r) {
        do {
            for (int t = 1; t <= 4; ++t) {
                const int clerk = 2 * t - 1;
                const QString township = QStringLiteral("41010400%1").arg(t);
                for (int quarter : {2 * r - 1, 2 * r}) {
                    for (const auto &[step, user, password] :
                         {std::tuple{QStringLiteral("submit"), clerkName(clerk), clerkPassword(clerk)},
                          std::tuple{QStringLiteral("approve"), reviewerName(r), reviewerPassword(r)},
                          std::tuple{QStringLiteral("reopen"), reviewerName(r), reviewerPassword(r)}}) {
                        const CliRun run = review(step, user, password, township, 2023, quarter);
                        std::lock_guard guard(failuresLock);
                        if (run.exitCode != 0) {
                            std::ostringstream os;
                            os << s(step) << ' ' << s(township) << " 2023 Q" << quarter << ": " << run;
                            failures.push_back(os.str());
                        } else {
                            ++steps[QStringLiteral("period.") + step];
                        }
                    }
                }
            }
        } while (!clerksDone);
    };
    std::thread reviewer1(reviewer, 1), reviewer2(reviewer, 2);

    // Part-way through, 2024 Q3 of 410104001 — which clerks 1 and 2 are editing — is submitted
    // by clerk 1 and approved by reviewer 1: from then on their Q3 edits are refused.
    QElapsedTimer wait;
    wait.start();
    while (lineCount(outputOf(1)) < EditsPerClerk / 5 && wait.elapsed() < 120000)
        QThread::msleep(20);
    const int linesBeforeLock = lineCount(outputOf(1));
    const CliRun submitted = review(QStringLiteral("submit"), clerkName(1), clerkPassword(1), FirstTownship, 2024, 3);
    const CliRun approved = review(QStringLiteral("approve"), reviewerName(1), reviewerPassword(1), FirstTownship, 2024, 3);

    for (int k = 1; k <= Clerks; ++k) {
        QProcess &p = *workers[size_t(k - 1)];
        EXPECT_TRUE(p.waitForFinished(300000)) << "clerk " << k;
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "clerk " << k;
        EXPECT_EQ(p.exitCode(), 0) << "clerk " << k;
    }
    clerksDone = true;
    reviewer1.join();
    reviewer2.join();
    const qint64 elapsed = clock.elapsed();
    std::printf("8 clerks x %d edits with 2 reviewers: %.1f s\n", EditsPerClerk, elapsed / 1000.0);
    ASSERT_EQ(submitted.exitCode, 0) << submitted;
    ASSERT_EQ(approved.exitCode, 0) << approved;
    EXPECT_LT(linesBeforeLock, EditsPerClerk) << "the quarter was approved after clerk 1 had finished";
    for (const std::string &f : failures)
        ADD_FAILURE() << f;
    EXPECT_GE(steps[QStringLiteral("period.submit")], 16);

    // What each clerk was told.
    std::multiset<std::tuple<QString, QString, QString>> committed; // (clerk, key, value)
    std::set<std::pair<QString, QString>> refused;                  // (key, value)
    for (int k = 1; k <= Clerks; ++k) {
        QString last;
        const std::vector<Edit> edits = readEdits(outputOf(k), &last);
        ASSERT_EQ(int(edits.size()), EditsPerClerk) << "clerk " << k;
        int mine = 0;
        bool locked = false;
        int lockRefusals = 0;
        for (const Edit &e : edits) {
            if (e.committed) {
                ++mine;
                committed.insert({clerkName(k), e.key, e.value});
            } else {
                refused.insert({e.key, e.value});
                // The refusals a clerk may see: someone changed the figure meanwhile, or the
                // quarter was handed in or approved. Never a deadlock, a serialization failure
                // or any other database error.
                const bool meanwhile = e.reason.contains(QStringLiteral("while you were looking at"));
                const bool handedIn = e.reason.contains(QStringLiteral("was submitted by ") + clerkName(1));
                const bool lock = e.reason.contains(QStringLiteral("was approved by ") + reviewerName(1)) &&
                                  e.reason.contains(QStringLiteral("is locked"));
                EXPECT_TRUE(meanwhile || handedIn || lock) << "clerk " << k << ": " << s(e.reason);
                if ((handedIn || lock) && !(k <= 2 && e.key.endsWith(QStringLiteral("/2024/3"))))
                    ADD_FAILURE() << "clerk " << k << " refused a figure outside the locked quarter: " << s(e.key);
                EXPECT_FALSE(e.reason.contains(QStringLiteral("deadlock"), Qt::CaseInsensitive)) << s(e.reason);
                EXPECT_FALSE(e.reason.contains(QStringLiteral("serializ"), Qt::CaseInsensitive)) << s(e.reason);
                if (lock) {
                    locked = true;
                    ++lockRefusals;
                }
            }
            // Once approved, the quarter stays locked: no later Q3 edit of theirs commits.
            if (locked && e.committed && k <= 2) {
                EXPECT_FALSE(e.key.endsWith(QStringLiteral("/2024/3"))) << "clerk " << k << " wrote " << s(e.key)
                                                                       << " after the lock";
            }
        }
        EXPECT_EQ(s(last), s(QStringLiteral("done %1").arg(mine))) << "clerk " << k;
        if (k <= 2) {
            EXPECT_GT(lockRefusals, 0) << "clerk " << k << " edited the approved quarter after its approval";
        }
        QFile err(m_dir.filePath(QStringLiteral("clerk%1.err").arg(k)));
        ASSERT_TRUE(err.open(QIODevice::ReadOnly));
        EXPECT_EQ(err.readAll(), QByteArray()) << "clerk " << k;
        std::printf("clerk %d: %d committed, %d refused (%d by the lock)\n", k, mine, EditsPerClerk - mine,
                    lockRefusals);
    }
    ASSERT_FALSE(committed.empty());

    // The audit trail of 2024: exactly the committed edits, each once, by the clerk who made it.
    const QStringList entries = rows(QStringLiteral(
        "SELECT user_name || '|' || indicator_code || '/' || region_code || '/' || year || '/' || quarter "
        "|| '|' || old_value || '|' || new_value FROM audit_entry WHERE action = 'value.set' AND year = 2024 "
        "ORDER BY id"));
    std::multiset<std::tuple<QString, QString, QString>> audited;
    std::map<QString, QStringList> history; // key → "old>new" in commit order
    for (const QString &entry : entries) {
        const QStringList f = entry.split(u'|');
        ASSERT_EQ(f.size(), 4) << s(entry);
        audited.insert({f[0], f[1], f[3]});
        history[f[1]] << f[2] + u'>' + f[3];
        EXPECT_EQ(refused.count({f[1], f[3]}), 0u) << "a refused edit was written: " << s(entry);
    }
    EXPECT_EQ(audited.size(), committed.size());
    EXPECT_TRUE(audited == committed) << "the audit trail holds other edits than the committed ones";
    for (int k = 1; k <= Clerks; ++k) {
        const auto n = std::count_if(committed.begin(), committed.end(),
                                     [&](const auto &c) { return std::get<0>(c) == clerkName(k); });
        EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'value.set' AND "
                                      "user_name = '%1'").arg(clerkName(k))),
                  QStringList{QString::number(n)})
            << s(clerkName(k));
    }

    // Each figure holds its last committed write, and every write replaced the one committed
    // before it: no edit was lost under another.
    for (const auto &[key, writes] : history) {
        const QStringList parts = key.split(u'/');
        const QStringList stored = rows(QStringLiteral("SELECT amount FROM indicator_value WHERE indicator_code = "
                                                       "'%1' AND region_code = '%2' AND year = %3 AND quarter = %4")
                                            .arg(parts[0], parts[1], parts[2], parts[3]));
        EXPECT_EQ(stored, QStringList{writes.last().section(u'>', 1)}) << s(key);
        for (int i = 1; i < writes.size(); ++i)
            EXPECT_EQ(writes[i].section(u'>', 0, 0), writes[i - 1].section(u'>', 1)) << s(key) << " write " << i;
    }

    // Nothing of 2024 Q3 of 410104001 was written once it was handed in.
    const QStringList lockedAt = rows(QStringLiteral(
        "SELECT id FROM audit_entry WHERE action = 'period.submit' AND region_code = '410104001' AND year = 2024 "
        "AND quarter = 3"));
    ASSERT_EQ(lockedAt.size(), 1);
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'value.set' AND year = 2024 "
                                  "AND quarter = 3 AND region_code LIKE '410104001%' AND id > %1")
                       .arg(lockedAt.first())),
              QStringList{QStringLiteral("0")});
    // The reviewers' steps, each once in the trail.
    for (const auto &[action, n] : steps)
        EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = '%1' AND year = 2023").arg(action)),
                  QStringList{QString::number(n)})
            << s(action);

    const CliRun verified = cli({QStringLiteral("audit"), m_server.url(), QStringLiteral("--verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified;
    EXPECT_TRUE(verified.out.contains(QStringLiteral("audit trail verified"))) << verified;
}

} // namespace
