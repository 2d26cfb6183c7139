// End-to-end tests of the zhenxing-cli executable: each test runs the built binary with
// QProcess in a fresh temporary folder and checks what a user would see (exit code, stdout,
// stderr, the file on disk). Changes "behind the app's back" go through a raw QSqlDatabase
// connection, so the tests need nothing but Qt.
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <set>
#include <vector>

#ifndef ZX_CLI_PATH
#error "ZX_CLI_PATH must name the zhenxing-cli executable"
#endif
#ifndef ZX_SEED_DIR
#error "ZX_SEED_DIR must name the folder holding figures-2023.csv"
#endif

namespace {

// Printers so failed expectations show text rather than bytes.
std::string s(const QString &q) { return q.toStdString(); }

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const CliRun &r)
{
    return os << "exit " << r.exitCode << (r.crashed ? " (crashed)" : "") << "\n--- stdout ---\n"
              << s(r.out) << "--- stderr ---\n"
              << s(r.err);
}

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(ZX_CLI_PATH));
    p.setArguments(args);
    p.start();
    CliRun r;
    if (!p.waitForStarted(30000)) {
        r.err = QStringLiteral("could not start %1: %2").arg(p.program(), p.errorString());
        return r;
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList nonEmptyLines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// A raw connection to the database, as another program (or a careless admin) would open it.
// Runs `body` and closes the connection before returning, so the CLI sees a settled file.
void withRawDb(const QString &path, const std::function<void(QSqlDatabase &)> &body)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("cli-test-raw-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open()) << s(db.lastError().text());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant rawScalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.prepare(sql)) << s(q.lastError().text()) << " in " << s(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    EXPECT_TRUE(q.exec()) << s(q.lastError().text()) << " in " << s(sql);
    if (!q.next())
        return {};
    return q.value(0);
}

int rawExec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.prepare(sql)) << s(q.lastError().text()) << " in " << s(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    EXPECT_TRUE(q.exec()) << s(q.lastError().text()) << " in " << s(sql);
    return q.numRowsAffected();
}

const char *const SelectRiverPatrols =
    "SELECT amount FROM indicator_value WHERE indicator_code = 'river_patrols' "
    "AND region_code = '410104' AND year = 2023 AND quarter = 4";

QString storedRiverPatrols(const QString &path)
{
    QString amount;
    withRawDb(path, [&](QSqlDatabase &db) {
        amount = rawScalar(db, QString::fromLatin1(SelectRiverPatrols)).toString();
    });
    return amount;
}

// RFC 4180: quoted fields may hold commas and doubled quotes.
std::vector<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool pending = false; // something of the current row has been read
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
            pending = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            pending = true;
        } else if (c == u'\n') {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
            pending = false;
        } else if (c != u'\r') {
            field += c;
            pending = true;
        }
    }
    if (pending) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}

struct SeedFigure {
    QString key;
    QString valueText;
    double value = 0;
};

// The figures of the 2023 work report, or an empty list when the seed file is absent.
std::vector<SeedFigure> seedFigures(QString *problem)
{
    QFile file(QStringLiteral(ZX_SEED_DIR "/figures-2023.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = QStringLiteral("seed file %1 is absent").arg(file.fileName());
        return {};
    }
    const auto rows = parseCsv(QString::fromUtf8(file.readAll()));
    std::vector<SeedFigure> figures;
    if (rows.empty()) {
        *problem = QStringLiteral("seed file is empty");
        return {};
    }
    const QStringList &header = rows.front();
    const qsizetype keyCol = header.indexOf(QStringLiteral("key"));
    const qsizetype valueCol = header.indexOf(QStringLiteral("value"));
    EXPECT_GE(keyCol, 0) << "no key column in " << s(header.join(u','));
    EXPECT_GE(valueCol, 0) << "no value column in " << s(header.join(u','));
    if (keyCol < 0 || valueCol < 0)
        return {};
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        EXPECT_EQ(row.size(), header.size())
            << "CSV row " << i << " has " << row.size() << " fields: " << s(row.join(u'|'));
        if (row.size() != header.size())
            continue;
        SeedFigure f;
        f.key = row[keyCol];
        f.valueText = row[valueCol];
        bool ok = false;
        f.value = f.valueText.toDouble(&ok);
        EXPECT_TRUE(ok) << "value '" << s(f.valueText) << "' of " << s(f.key) << " is not a number";
        figures.push_back(f);
    }
    return figures;
}

class CliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid()) << s(m_dir.errorString());
        m_db = m_dir.filePath(QStringLiteral("county.zxdb"));
    }

    // Creates the sample database; fails the test if that does not work.
    void makeSample()
    {
        const CliRun r = cli({QStringLiteral("sample"), m_db});
        ASSERT_EQ(r.exitCode, 0) << r;
        ASSERT_TRUE(QFileInfo::exists(m_db));
    }

    QJsonObject summaryJson(const QStringList &extra, QString *rawOut = nullptr)
    {
        QStringList args{QStringLiteral("summary"), m_db, QStringLiteral("--region"),
                         QStringLiteral("410104"), QStringLiteral("--year"),
                         QStringLiteral("2023"), QStringLiteral("--json")};
        args << extra;
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r;
        if (rawOut)
            *rawOut = r.out;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError)
            << s(error.errorString()) << " at " << error.offset << " in\n"
            << s(r.out);
        EXPECT_TRUE(doc.isObject()) << s(r.out);
        return doc.object();
    }

    static std::map<QString, QJsonObject> byCode(const QJsonObject &summary)
    {
        std::map<QString, QJsonObject> rows;
        for (const QJsonValue &v : summary.value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject o = v.toObject();
            rows[o.value(QStringLiteral("code")).toString()] = o;
        }
        return rows;
    }

    // The check lines that report an error about river_patrols in 410104, 2023.
    static QStringList riverPatrolErrors(const QString &checkOutput)
    {
        QStringList hits;
        for (const QString &line : nonEmptyLines(checkOutput))
            if (line.contains(QLatin1String("river_patrols")) &&
                line.contains(QLatin1String("410104")) && line.contains(QLatin1String("2023")) &&
                line.contains(QRegularExpression(QStringLiteral("\\berror\\b"))))
                hits << line;
        return hits;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

// --- an old file -------------------------------------------------------------------------

// A file of schema 7 (generated by that release) is upgraded when it is first opened, which on
// a city takes a minute or two: the command says so on stderr first, once, and then works.
TEST_F(CliTest, AnOldFileIsUpgradedWithANoticeOnce)
{
    const QString old = m_dir.filePath(QStringLiteral("old.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ZX_TEST_DATA_DIR "/generated-v7.db"), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    const CliRun first = cli({QStringLiteral("check"), old});
    EXPECT_EQ(first.exitCode, 0) << first;
    EXPECT_TRUE(first.err.contains(QStringLiteral("Upgrading %1 from file format 7 to 8").arg(old))) << first;
    EXPECT_TRUE(first.out.contains(QStringLiteral("0 error(s)"))) << first;
    const CliRun second = cli({QStringLiteral("check"), old});
    EXPECT_EQ(second.exitCode, 0) << second;
    EXPECT_FALSE(second.err.contains(QStringLiteral("Upgrading"))) << second;
}

// --- arguments -----------------------------------------------------------------------------

TEST_F(CliTest, HelpListsTheCommandsAndExitsZero)
{
    const CliRun r = cli({QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0) << r;
    for (const char *command : {"sample", "summary", "check"})
        EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("^\\s+%1\\b").arg(QLatin1String(command)),
                                                      QRegularExpression::MultilineOption)))
            << "--help does not list " << command << "\n"
            << r;
}

TEST_F(CliTest, NoArgumentsExitsTwo)
{
    const CliRun r = cli({});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_FALSE(r.err.trimmed().isEmpty()) << "no usage shown\n" << r;
}

TEST_F(CliTest, UnknownCommandExitsTwo)
{
    const CliRun r = cli({QStringLiteral("frobnicate"), m_db});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("frobnicate"))) << r;
    EXPECT_FALSE(QFileInfo::exists(m_db));
}

TEST_F(CliTest, SummaryWithoutRegionExitsTwo)
{
    makeSample();
    const CliRun r = cli({QStringLiteral("summary"), m_db, QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("--region"))) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
}

TEST_F(CliTest, QuarterFiveExitsTwo)
{
    makeSample();
    const CliRun r = cli({QStringLiteral("summary"), m_db, QStringLiteral("--region"),
                       QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023"),
                       QStringLiteral("--quarter"), QStringLiteral("5")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("--quarter"))) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
}

// --- files that are not (our) databases -----------------------------------------------------

TEST_F(CliTest, SummaryOfMissingFileExitsOneNamingIt)
{
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.zxdb"));
    const CliRun r = cli({QStringLiteral("summary"), missing, QStringLiteral("--region"),
                       QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(nonEmptyLines(r.err).size(), 1) << r;
    EXPECT_TRUE(r.err.contains(missing)) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_FALSE(QFileInfo::exists(missing)) << "summary created the missing file";
}

TEST_F(CliTest, SummaryOfGarbageFileExitsOneAndLeavesItAlone)
{
    const QString garbage = m_dir.filePath(QStringLiteral("notes.zxdb"));
    {
        QFile f(garbage);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    const CliRun r = cli({QStringLiteral("summary"), garbage, QStringLiteral("--region"),
                       QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(nonEmptyLines(r.err).size(), 1) << r;
    EXPECT_TRUE(r.err.contains(garbage)) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("not a Zhenxing database"))) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("SQLite"))) << r;

    QFile f(garbage);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("hello"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("notes.zxdb")})
        << "files were left next to the garbage file";
}

TEST_F(CliTest, UnknownRegionExitsOneNamingIt)
{
    makeSample();
    const CliRun r = cli({QStringLiteral("summary"), m_db, QStringLiteral("--region"),
                       QStringLiteral("999999"), QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(nonEmptyLines(r.err).size(), 1) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("999999"))) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
}

// --- sample ----------------------------------------------------------------------------------

TEST_F(CliTest, SampleCreatesTheFileAndRefusesToOverwriteWithoutForce)
{
    const CliRun first = cli({QStringLiteral("sample"), m_db});
    ASSERT_EQ(first.exitCode, 0) << first;
    ASSERT_TRUE(QFileInfo::exists(m_db));
    const QFileInfo before(m_db);
    ASSERT_GT(before.size(), 0);
    const QDateTime mtime = before.lastModified();
    const QByteArray hash = sha256(m_db);

    const CliRun again = cli({QStringLiteral("sample"), m_db});
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_TRUE(again.err.contains(QLatin1String("--force"))) << again;
    EXPECT_TRUE(again.err.contains(m_db)) << again;
    const QFileInfo after(m_db);
    EXPECT_EQ(after.size(), before.size());
    EXPECT_EQ(after.lastModified(), mtime);
    EXPECT_EQ(sha256(m_db), hash) << "the refused sample run changed the file";

    const CliRun forced = cli({QStringLiteral("sample"), m_db, QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced;
    EXPECT_TRUE(QFileInfo::exists(m_db));

    // The overwritten file is a working database again.
    const CliRun check = cli({QStringLiteral("check"), m_db});
    EXPECT_EQ(check.exitCode, 0) << check;
}

// --- summary ---------------------------------------------------------------------------------

TEST_F(CliTest, JsonSummaryOfTheYearMatchesTheWorkReport)
{
    QString problem;
    const std::vector<SeedFigure> figures = seedFigures(&problem);
    ASSERT_TRUE(problem.isEmpty()) << s(problem);
    // seedFigures() checked every row has the header's field count, so quoted fields holding
    // commas and doubled quotes were kept whole.
    ASSERT_FALSE(figures.empty());

    makeSample();
    QString raw;
    const QJsonObject summary = summaryJson({}, &raw);
    ASSERT_FALSE(summary.isEmpty());
    EXPECT_EQ(summary.value(QStringLiteral("region")).toString(), QStringLiteral("410104"));
    EXPECT_EQ(summary.value(QStringLiteral("year")).toInt(), 2023);
    EXPECT_EQ(summary.value(QStringLiteral("quarter")).toInt(), 4);
    EXPECT_EQ(summary.value(QStringLiteral("time_progress_pct")).toDouble(-1), 100.0);

    const QJsonArray indicators = summary.value(QStringLiteral("indicators")).toArray();
    ASSERT_FALSE(indicators.isEmpty());
    const std::set<QString> statuses{QStringLiteral("done"), QStringLiteral("on_track"),
                                     QStringLiteral("lagging"), QStringLiteral("behind"),
                                     QStringLiteral("not_reported"), QStringLiteral("untracked")};
    for (const QJsonValue &v : indicators) {
        ASSERT_TRUE(v.isObject());
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("code")).toString();
        for (const char *key : {"code", "name", "unit", "actual", "target", "completion_pct", "status"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << s(code) << " lacks key " << key;
        EXPECT_FALSE(code.isEmpty());
        EXPECT_TRUE(statuses.count(o.value(QStringLiteral("status")).toString()))
            << s(code) << " has status '" << s(o.value(QStringLiteral("status")).toString()) << "'";
    }

    auto rows = byCode(summary);
    for (const char *code : {"returning_entrepreneurs", "labour_transfer"})
        ASSERT_TRUE(rows.count(QLatin1String(code))) << "no indicator " << code;
    for (const SeedFigure &f : figures) {
        const auto it = rows.find(f.key);
        if (it == rows.end()) {
            ADD_FAILURE() << "the summary has no indicator " << s(f.key);
            continue;
        }
        const QJsonValue actual = it->second.value(QStringLiteral("actual"));
        EXPECT_TRUE(actual.isDouble()) << s(f.key) << " has no actual figure";
        EXPECT_EQ(actual.toDouble(), f.value)
            << s(f.key) << ": summary " << actual.toDouble() << ", report " << s(f.valueText);
    }

    const QJsonObject returning = rows[QStringLiteral("returning_entrepreneurs")];
    EXPECT_EQ(returning.value(QStringLiteral("actual")).toDouble(), 479.0);
    EXPECT_EQ(returning.value(QStringLiteral("completion_pct")).toDouble(), 136.86);
    EXPECT_EQ(returning.value(QStringLiteral("target")).toDouble(), 350.0);
    EXPECT_EQ(returning.value(QStringLiteral("status")).toString(), QStringLiteral("done"));

    const QJsonObject labour = rows[QStringLiteral("labour_transfer")];
    EXPECT_EQ(labour.value(QStringLiteral("completion_pct")).toDouble(), 123.75);
    EXPECT_EQ(labour.value(QStringLiteral("target")).toDouble(), 80.0);

    // The text itself carries the figure as entered, not a binary approximation of it.
    EXPECT_TRUE(raw.contains(QRegularExpression(QStringLiteral("\"actual\"\\s*:\\s*4296\\.3\\s*[,}\\n]"))))
        << s(raw);
    EXPECT_FALSE(raw.contains(QLatin1String("4296.29"))) << s(raw);
    EXPECT_FALSE(raw.contains(QLatin1String("4296.30"))) << s(raw);
    EXPECT_TRUE(raw.contains(QRegularExpression(QStringLiteral("\"actual\"\\s*:\\s*21\\.9\\s*[,}\\n]"))))
        << s(raw);
}

// 同比 and 环比 per indicator, as the status export has them. The county's farmland
// inspections (resources/sample/values.csv): 2022 quarters 7, 10, 4, 4; 2023 quarters 9, 11,
// 5, 4. Year: (29 - 25) / 25 = +16.00 %, Q4 against Q3: (4 - 5) / 5 = -20.00 %. Second
// quarter: (20 - 17) / 17 = +17.65 %, Q2 against Q1: (11 - 9) / 9 = +22.22 %.
TEST_F(CliTest, JsonSummaryCarriesYearOverYearAndQuarterOverQuarter)
{
    makeSample();
    const auto year = byCode(summaryJson({}));
    ASSERT_TRUE(year.count(QStringLiteral("farmland_patrols")));
    const QJsonObject q4 = year.at(QStringLiteral("farmland_patrols"));
    EXPECT_EQ(q4.value(QStringLiteral("actual")).toDouble(), 29);
    EXPECT_EQ(q4.value(QStringLiteral("yoy_pct")).toDouble(), 16.00);
    EXPECT_EQ(q4.value(QStringLiteral("qoq_pct")).toDouble(), -20.00);

    const auto half = byCode(summaryJson({QStringLiteral("--quarter"), QStringLiteral("2")}));
    const QJsonObject q2 = half.at(QStringLiteral("farmland_patrols"));
    EXPECT_EQ(q2.value(QStringLiteral("actual")).toDouble(), 20);
    EXPECT_EQ(q2.value(QStringLiteral("yoy_pct")).toDouble(), 17.65);
    EXPECT_EQ(q2.value(QStringLiteral("qoq_pct")).toDouble(), 22.22);

    // Nothing to compare with: 2022 is the sample's first year.
    QStringList args{QStringLiteral("summary"), m_db, QStringLiteral("--region"),
                     QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2022"),
                     QStringLiteral("--json")};
    const CliRun first = cli(args);
    ASSERT_EQ(first.exitCode, 0) << first;
    const auto earliest = byCode(QJsonDocument::fromJson(first.out.toUtf8()).object());
    EXPECT_TRUE(earliest.at(QStringLiteral("farmland_patrols")).value(QStringLiteral("yoy_pct")).isNull());
}

// Issue 13: a target with no figure yet is "not_reported", not "untracked". At 2023 Q1 the
// district has a summer sowing target of 4200 亩 and no figure before Q2.
TEST_F(CliTest, JsonSummarySaysNotReportedForATargetWithoutAFigure)
{
    makeSample();
    const auto q1 = byCode(summaryJson({QStringLiteral("--quarter"), QStringLiteral("1")}));
    ASSERT_TRUE(q1.count(QStringLiteral("summer_sowing_area")));
    const QJsonObject sowing = q1.at(QStringLiteral("summer_sowing_area"));
    EXPECT_TRUE(sowing.value(QStringLiteral("actual")).isNull());
    EXPECT_EQ(sowing.value(QStringLiteral("target")).toDouble(), 4200);
    EXPECT_TRUE(sowing.value(QStringLiteral("completion_pct")).isNull());
    EXPECT_EQ(sowing.value(QStringLiteral("status")).toString(), QStringLiteral("not_reported"));
    // Without a target it stays untracked: the district's food categories have none.
    EXPECT_EQ(q1.at(QStringLiteral("food_categories")).value(QStringLiteral("status")).toString(),
              QStringLiteral("untracked"));
}

// 环比 like with like (issue 13): the district's party members linked, a running total for the
// year, stood at 1367 and 1415 at the end of 2022's Q3 and Q4. It has no 环比 (null): its growth
// of 48 against Q3's 141 would read −65.96 % although the total rose. Its rectification rate
// compares rates: 2023 Q2 77.46 % against Q1 95.24 % = −18.67 % (it said −118.67 % when the rate
// was differenced like a running total).
TEST_F(CliTest, JsonQuarterOverQuarterComparesLikeWithLike)
{
    makeSample();
    QStringList args{QStringLiteral("summary"), m_db, QStringLiteral("--region"),
                     QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2022"),
                     QStringLiteral("--json")};
    const CliRun y2022 = cli(args);
    ASSERT_EQ(y2022.exitCode, 0) << y2022;
    const auto q4 = byCode(QJsonDocument::fromJson(y2022.out.toUtf8()).object());
    const QJsonObject linked = q4.at(QStringLiteral("party_members_linked"));
    EXPECT_EQ(linked.value(QStringLiteral("actual")).toDouble(), 1415);
    ASSERT_TRUE(linked.contains(QStringLiteral("qoq_pct")));
    EXPECT_TRUE(linked.value(QStringLiteral("qoq_pct")).isNull());

    const auto q2 = byCode(summaryJson({QStringLiteral("--quarter"), QStringLiteral("2")}));
    const QJsonObject rate = q2.at(QStringLiteral("rectification_rate"));
    EXPECT_EQ(rate.value(QStringLiteral("actual")).toDouble(), 77.46);
    EXPECT_EQ(rate.value(QStringLiteral("qoq_pct")).toDouble(), -18.67);
}

TEST_F(CliTest, JsonSummaryOfSecondQuarterIsHalfwayAndSomethingIsOnTrack)
{
    makeSample();
    const QJsonObject summary = summaryJson({QStringLiteral("--quarter"), QStringLiteral("2")});
    ASSERT_FALSE(summary.isEmpty());
    EXPECT_EQ(summary.value(QStringLiteral("quarter")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("time_progress_pct")).toDouble(-1), 50.0);
    int onTrack = 0;
    for (const QJsonValue &v : summary.value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("on_track"))
            ++onTrack;
    EXPECT_GE(onTrack, 1) << "no indicator is on track at mid-year";
}

TEST_F(CliTest, TextSummaryShowsCompletion)
{
    makeSample();
    const CliRun r = cli({QStringLiteral("summary"), m_db, QStringLiteral("--region"),
                       QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QStringList lines = nonEmptyLines(r.out);
    const auto line = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
        return l.contains(QLatin1String("returning_entrepreneurs")) &&
               l.contains(QLatin1String("136.86"));
    });
    EXPECT_NE(line, lines.end()) << r;
    EXPECT_FALSE(r.out.trimmed().startsWith(u'{')) << "text mode printed JSON\n" << r;
}

// --- check -----------------------------------------------------------------------------------

TEST_F(CliTest, CheckPassesOnTheSampleAndFailsAfterARawEdit)
{
    makeSample();
    const CliRun clean = cli({QStringLiteral("check"), m_db});
    ASSERT_EQ(clean.exitCode, 0) << clean;
    EXPECT_TRUE(riverPatrolErrors(clean.out).isEmpty()) << clean;

    QString before;
    withRawDb(m_db, [&](QSqlDatabase &db) {
        before = rawScalar(db, QString::fromLatin1(SelectRiverPatrols)).toString();
        bool ok = false;
        const qlonglong n = before.toLongLong(&ok);
        ASSERT_TRUE(ok) << "stored river_patrols '" << s(before) << "'";
        // Through the indicator_value view (storage v5): its trigger's change is not counted
        // in the rows affected; the stored figure is read back below.
        rawExec(db,
                QStringLiteral("UPDATE indicator_value SET amount = ? "
                               "WHERE indicator_code = 'river_patrols' AND region_code = "
                               "'410104' AND year = 2023 AND quarter = 4"),
                {QString::number(n + 10)});
    });
    ASSERT_FALSE(before.isEmpty());
    ASSERT_EQ(storedRiverPatrols(m_db), QString::number(before.toLongLong() + 10));

    const CliRun broken = cli({QStringLiteral("check"), m_db});
    EXPECT_EQ(broken.exitCode, 1) << broken;
    EXPECT_FALSE(riverPatrolErrors(broken.out).isEmpty())
        << "no error line names river_patrols, 410104 and 2023\n"
        << broken;
}

TEST_F(CliTest, CheckFailsAfterSettingAnInconsistentTotal)
{
    makeSample();
    const QString before = storedRiverPatrols(m_db);
    bool ok = false;
    const qlonglong n = before.toLongLong(&ok);
    ASSERT_TRUE(ok) << "stored river_patrols '" << s(before) << "'";
    const QString changed = QString::number(n + 10);

    const CliRun set = cli({QStringLiteral("set"), m_db, QStringLiteral("--indicator"),
                         QStringLiteral("river_patrols"), QStringLiteral("--region"),
                         QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023"),
                         QStringLiteral("--quarter"), QStringLiteral("4"), QStringLiteral("--value"),
                         changed});
    ASSERT_EQ(set.exitCode, 0) << set;
    EXPECT_EQ(storedRiverPatrols(m_db), changed);

    const CliRun check = cli({QStringLiteral("check"), m_db});
    EXPECT_EQ(check.exitCode, 1) << check;
    EXPECT_FALSE(riverPatrolErrors(check.out).isEmpty())
        << "no error line names river_patrols, 410104 and 2023\n"
        << check;
}

// --- set -------------------------------------------------------------------------------------

TEST_F(CliTest, SetRejectsANonNumber)
{
    makeSample();
    const QString before = storedRiverPatrols(m_db);
    const QByteArray hash = sha256(m_db);
    const CliRun r = cli({QStringLiteral("set"), m_db, QStringLiteral("--indicator"),
                       QStringLiteral("river_patrols"), QStringLiteral("--region"),
                       QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023"),
                       QStringLiteral("--quarter"), QStringLiteral("4"), QStringLiteral("--value"),
                       QStringLiteral("abc")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(nonEmptyLines(r.err).size(), 1) << r;
    EXPECT_TRUE(r.err.contains(QLatin1String("abc"))) << r;
    EXPECT_EQ(sha256(m_db), hash) << "a rejected value changed the file";
    EXPECT_EQ(storedRiverPatrols(m_db), before);
}

TEST_F(CliTest, SetRejectsANegativeCount)
{
    makeSample();
    const QString before = storedRiverPatrols(m_db);
    qlonglong auditEntries = -1;
    withRawDb(m_db, [&](QSqlDatabase &db) {
        auditEntries = rawScalar(db, QStringLiteral("SELECT count(*) FROM audit_entry")).toLongLong();
    });
    const CliRun r = cli({QStringLiteral("set"), m_db, QStringLiteral("--indicator"),
                       QStringLiteral("river_patrols"), QStringLiteral("--region"),
                       QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023"),
                       QStringLiteral("--quarter"), QStringLiteral("4"), QStringLiteral("--value"),
                       QStringLiteral("-5")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(nonEmptyLines(r.err).size(), 1) << r;
    EXPECT_EQ(storedRiverPatrols(m_db), before) << "the negative figure was stored";
    withRawDb(m_db, [&](QSqlDatabase &db) {
        EXPECT_EQ(rawScalar(db, QStringLiteral("SELECT count(*) FROM audit_entry")).toLongLong(),
                  auditEntries)
            << "a rejected value was audited";
    });
}

// --- audit -----------------------------------------------------------------------------------

TEST_F(CliTest, AuditVerifyDetectsATamperedEntry)
{
    makeSample();
    const CliRun set = cli({QStringLiteral("set"), m_db, QStringLiteral("--indicator"),
                         QStringLiteral("labour_transfer"), QStringLiteral("--region"),
                         QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023"),
                         QStringLiteral("--quarter"), QStringLiteral("4"), QStringLiteral("--value"),
                         QStringLiteral("30"), QStringLiteral("--comment"),
                         QStringLiteral("corrected after the December report")});
    ASSERT_EQ(set.exitCode, 0) << set;

    const CliRun verified = cli({QStringLiteral("audit"), m_db, QStringLiteral("--verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified;

    qlonglong lastId = -1;
    withRawDb(m_db, [&](QSqlDatabase &db) {
        lastId = rawScalar(db, QStringLiteral("SELECT max(id) FROM audit_entry")).toLongLong();
        EXPECT_EQ(rawExec(db, QStringLiteral("UPDATE audit_entry SET new_value='999' "
                                             "WHERE id = (SELECT max(id) FROM audit_entry)")),
                  1);
    });
    ASSERT_GT(lastId, 0);

    const CliRun tampered = cli({QStringLiteral("audit"), m_db, QStringLiteral("--verify")});
    EXPECT_EQ(tampered.exitCode, 1) << tampered;
    EXPECT_TRUE(tampered.err.contains(
        QRegularExpression(QStringLiteral("\\bentry\\s+%1\\b").arg(lastId))))
        << "stderr does not name entry " << lastId << "\n"
        << tampered;
}

} // namespace
