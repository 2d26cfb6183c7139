// zhenxing-cli init (issue 12): a new county file with the standard catalogue, an empty one or
// another file's; the system user as its administrator; the start year in the audit trail;
// refusals (an existing file, bad arguments, a bad catalogue file) that leave nothing behind.
// And a county that is not XX区 built entirely through the CLI from files.
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const CliRun &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout ---\n" << r.out.toStdString()
              << "--- stderr ---\n" << r.err.toStdString();
}

QString user()
{
    const QString u = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return u.isEmpty() ? QStringLiteral("local") : u;
}

CliRun cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZHENXING_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ZX_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Reads a file with SQLite directly, as an auditor would.
class Sql
{
public:
    explicit Sql(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        EXPECT_TRUE(db.open());
    }
    ~Sql() { QSqlDatabase::removeDatabase(m_name); }
    QVariant scalar(const QString &statement) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
        return q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

class CliInitTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString path(const QString &name) const { return dir.filePath(name); }
    void write(const QString &name, const QByteArray &content) const
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QStringList files() const
    {
        return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                          QDir::Name);
    }
    QTemporaryDir dir;
};

TEST_F(CliInitTest, HelpListsInit)
{
    const CliRun r = cli({QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "init DB --region CODE --name NAME [--catalogue standard|none|FILE] [--year Y]")))
        << r;
}

TEST_F(CliInitTest, StandardCatalogueAndTheUserAsAdministrator)
{
    const QString db = path(QStringLiteral("zhongmu.db"));
    const CliRun r = cli({QStringLiteral("init"), db, QStringLiteral("--region"), QStringLiteral("410122"),
                       QStringLiteral("--name"), QStringLiteral("中牟县"), QStringLiteral("--year"),
                       QStringLiteral("2025")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Created %1: 中牟县 (410122), 6 categories, 75 "
                                                "indicators, start year 2025; administrator %2\n")
                                     .arg(db, user())))
        << r;
    Sql sql(db);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM region")).toInt(), 1);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT name || '/' || level FROM region WHERE code = '410122' AND parent_code IS NULL")).toString(),
              QStringLiteral("中牟县/1"));
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM category")).toInt(), 6);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 75);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM indicator_value")).toInt(), 0);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM target")).toInt(), 0);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT group_concat(name || ':' || role) FROM app_user")).toString(),
              user() + QStringLiteral(":administrator"));
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT year FROM audit_entry WHERE action = 'county.create'")).toInt(), 2025);

    // The file works with the other commands at once: check, summary (no figures yet), audit.
    const CliRun check = cli({QStringLiteral("check"), db});
    EXPECT_EQ(check.exitCode, 0) << check;
    const CliRun summary = cli({QStringLiteral("summary"), db, QStringLiteral("--region"), QStringLiteral("410122"),
                             QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
    ASSERT_EQ(summary.exitCode, 0) << summary;
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("indicators")).toArray().size(), 75) << summary;
    const CliRun verify = cli({QStringLiteral("audit"), db, QStringLiteral("--verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify;
}

TEST_F(CliInitTest, YearDefaultsToThisYearAndCatalogueNoneIsEmpty)
{
    const QString db = path(QStringLiteral("empty.db"));
    const CliRun r = cli({QStringLiteral("init"), db, QStringLiteral("--region"), QStringLiteral("620102"),
                       QStringLiteral("--name"), QStringLiteral("城关区"), QStringLiteral("--catalogue"),
                       QStringLiteral("none")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 categories, 0 indicators, start year %1")
                                   .arg(QDate::currentDate().year())))
        << r;
    Sql sql(db);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 0);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT year FROM audit_entry WHERE action = 'county.create'")).toInt(),
              QDate::currentDate().year());
}

TEST_F(CliInitTest, CatalogueCopiedFromAnotherFileWithoutItsFigures)
{
    const QString sample = path(QStringLiteral("sample.db"));
    ASSERT_EQ(cli({QStringLiteral("sample"), sample}).exitCode, 0);
    const QString db = path(QStringLiteral("copy.db"));
    const CliRun r = cli({QStringLiteral("init"), db, QStringLiteral("--region"), QStringLiteral("410122"),
                       QStringLiteral("--name"), QStringLiteral("中牟县"), QStringLiteral("--catalogue"), sample});
    ASSERT_EQ(r.exitCode, 0) << r;
    Sql sql(db);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM category")).toInt(), 6);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 75);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM region")).toInt(), 1);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM indicator_value")).toInt(), 0);
    EXPECT_EQ(sql.scalar(QStringLiteral("SELECT count(*) FROM target")).toInt(), 0);
}

TEST_F(CliInitTest, RefusesAnExistingFile)
{
    const QString db = path(QStringLiteral("county.db"));
    ASSERT_EQ(cli({QStringLiteral("sample"), db}).exitCode, 0);
    const QByteArray before = sha256(db);
    const CliRun r = cli({QStringLiteral("init"), db, QStringLiteral("--region"), QStringLiteral("410122"),
                       QStringLiteral("--name"), QStringLiteral("中牟县")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(r.err, QStringLiteral("zhenxing-cli: %1 already exists; a new county is never written over an existing file\n").arg(db));
    EXPECT_EQ(sha256(db), before);
}

TEST_F(CliInitTest, BadArgumentsAndBadInputLeaveNothing)
{
    const QString db = path(QStringLiteral("new.db"));
    const QStringList base{QStringLiteral("init"), db};
    const CliRun noName = cli(base + QStringList{QStringLiteral("--region"), QStringLiteral("410122")});
    EXPECT_EQ(noName.exitCode, 2) << noName;
    EXPECT_EQ(noName.err, QStringLiteral("zhenxing-cli: init needs --name; see --help\n"));
    const QStringList named = base + QStringList{QStringLiteral("--region"), QStringLiteral("410122"),
                                                 QStringLiteral("--name"), QStringLiteral("中牟县")};
    const CliRun badYear = cli(named + QStringList{QStringLiteral("--year"), QStringLiteral("25")});
    EXPECT_EQ(badYear.exitCode, 2) << badYear;
    EXPECT_EQ(badYear.err, QStringLiteral("zhenxing-cli: --year needs a year from 2000 to 2100\n"));
    const CliRun badCatalogue = cli(named + QStringList{QStringLiteral("--catalogue"), QStringLiteral("list.txt")});
    EXPECT_EQ(badCatalogue.exitCode, 2) << badCatalogue;
    const CliRun missing = cli(named + QStringList{QStringLiteral("--catalogue"), path(QStringLiteral("nowhere.csv"))});
    EXPECT_EQ(missing.exitCode, 1) << missing;
    EXPECT_EQ(missing.err, QStringLiteral("zhenxing-cli: Catalogue %1 does not exist\n").arg(path(QStringLiteral("nowhere.csv"))));
    const CliRun badCode = cli(base + QStringList{QStringLiteral("--region"), QStringLiteral("41 01"),
                                               QStringLiteral("--name"), QStringLiteral("中牟县")});
    EXPECT_EQ(badCode.exitCode, 1) << badCode;
    EXPECT_EQ(badCode.err, QStringLiteral("zhenxing-cli: Region code '41 01': 1 to 32 letters or digits, e.g. 410122\n"));
    EXPECT_TRUE(files().isEmpty()) << files().join(u' ').toStdString();
}

TEST_F(CliInitTest, BadCatalogueFileNamesTheLineAndLeavesNoFile)
{
    write(QStringLiteral("catalogue.csv"),
          "code,category,name,unit,accumulation,aggregation\n"
          "roads,organization,道路,公里,sometimes,sum\n");
    const QString db = path(QStringLiteral("new.db"));
    const CliRun r = cli({QStringLiteral("init"), db, QStringLiteral("--region"), QStringLiteral("410122"),
                       QStringLiteral("--name"), QStringLiteral("中牟县"), QStringLiteral("--catalogue"),
                       path(QStringLiteral("catalogue.csv"))});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(path(QStringLiteral("catalogue.csv")) + QStringLiteral(":2: accumulation: "))) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("no county was created"))) << r;
    EXPECT_EQ(files(), QStringList{QStringLiteral("catalogue.csv")});
}

// A catalogue file whose indicators name categories the file does not bring: the first ten
// findings, a count of the rest, and what to do instead.
TEST_F(CliInitTest, CatalogueNamingUnknownCategoriesSaysWhatToDo)
{
    QByteArray csv = "code,category,name,unit,accumulation,aggregation\n";
    for (int i = 1; i <= 12; ++i)
        csv += QStringLiteral("ind_%1,industry,指标%1,个,flow,sum\n").arg(i).toUtf8();
    write(QStringLiteral("indicators.csv"), csv);
    const QString file = path(QStringLiteral("indicators.csv"));
    const CliRun r = cli({QStringLiteral("init"), path(QStringLiteral("new.db")), QStringLiteral("--region"),
                          QStringLiteral("511321"), QStringLiteral("--name"), QStringLiteral("南部县"),
                          QStringLiteral("--catalogue"), file});
    EXPECT_EQ(r.exitCode, 1) << r;
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 13) << r;
    EXPECT_EQ(lines[0], QStringLiteral("zhenxing-cli: %1 has 12 finding(s); no county was created:").arg(file));
    EXPECT_EQ(lines[1], file + QStringLiteral(":2: category: Unknown category 'industry'"));
    EXPECT_EQ(lines[10], file + QStringLiteral(":11: category: Unknown category 'industry'"));
    EXPECT_EQ(lines[11], QStringLiteral("… and 2 more finding(s)"));
    EXPECT_TRUE(lines[12].startsWith(QStringLiteral("Categories come before the indicators that name them"))) << r;
    EXPECT_EQ(files(), QStringList{QStringLiteral("indicators.csv")});
}

// The standard set gives the seed's arithmetic: a county made with it, given the sample's
// regions, targets and figures from files, has exactly the sample's summaries (2023 Q2 and the
// year; 返乡创业 479 against 350 → 136.86 as in the seed report).
TEST_F(CliInitTest, TheStandardSetWithTheSamplesFilesGivesTheSamplesSummaries)
{
    const QString db = path(QStringLiteral("xx.db"));
    const CliRun init = cli({QStringLiteral("init"), db, QStringLiteral("--region"), QStringLiteral("410104"),
                             QStringLiteral("--name"), QStringLiteral("XX区"), QStringLiteral("--year"),
                             QStringLiteral("2022")});
    ASSERT_EQ(init.exitCode, 0) << init;
    for (const char *name : {"regions.csv", "targets.csv", "values.csv"}) {
        const CliRun r = cli({QStringLiteral("import"), db, QStringLiteral(ZX_SAMPLE_DIR "/") + QLatin1String(name)});
        ASSERT_EQ(r.exitCode, 0) << name << '\n' << r;
    }
    const QString sample = path(QStringLiteral("sample.db"));
    ASSERT_EQ(cli({QStringLiteral("sample"), sample}).exitCode, 0);
    for (const char *quarter : {"2", "4"}) {
        const QStringList args{QStringLiteral("--region"), QStringLiteral("410104"), QStringLiteral("--year"),
                               QStringLiteral("2023"), QStringLiteral("--quarter"), QLatin1String(quarter),
                               QStringLiteral("--json")};
        const CliRun mine = cli(QStringList{QStringLiteral("summary"), db} + args);
        const CliRun theirs = cli(QStringList{QStringLiteral("summary"), sample} + args);
        ASSERT_EQ(mine.exitCode, 0) << mine;
        ASSERT_EQ(theirs.exitCode, 0) << theirs;
        EXPECT_EQ(mine.out, theirs.out) << "quarter " << quarter;
    }
    const CliRun year = cli({QStringLiteral("summary"), db, QStringLiteral("--region"), QStringLiteral("410104"),
                             QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(year.out.toUtf8()).object().value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("returning_entrepreneurs")) {
            EXPECT_EQ(v.toObject().value(QStringLiteral("actual")).toDouble(), 479.0);
            EXPECT_EQ(v.toObject().value(QStringLiteral("target")).toDouble(), 350.0);
            EXPECT_EQ(v.toObject().value(QStringLiteral("completion_pct")).toDouble(), 136.86);
        }
    EXPECT_TRUE(year.out.contains(QStringLiteral("\"returning_entrepreneurs\""))) << year;
}

// A county that is not XX区, built entirely through the CLI from files as docs/setup-county.md
// tells it: init with an empty catalogue, then categories, the catalogue, regions (a township
// and two villages, the root's row updating the root init made), targets, figures and an
// account; summary --json then gives completions worked out by hand:
//   new_cooperatives  flow, Q1+Q2 = (2+1) + (1+2) = 6 against 8      → 75.00
//   tea_area          stock at Q2 = 150.5 + 125.5 = 276 against 400   → 69.00
//   training_sessions flow = 3 + 4 = 7 against 20                     → 35.00
TEST_F(CliInitTest, ACountyBuiltFromFilesThroughTheCli)
{
    write(QStringLiteral("categories.csv"),
          "code,name,name_en,sort_order\n"
          "industry,产业兴旺,Thriving industry,1\n"
          "livelihood,生活富裕,Prosperity,2\n");
    write(QStringLiteral("indicators.csv"),
          "code,category,name,name_en,unit,decimals,accumulation,aggregation,target_mode,kind,sort_order\n"
          "new_cooperatives,industry,新增合作社,New cooperatives,个,0,flow,sum,at_least,expected,1\n"
          "tea_area,industry,茶园面积,Tea garden area,亩,1,stock,sum,at_least,expected,2\n"
          "training_sessions,livelihood,技能培训,Skill training sessions,期,0,flow,sum,at_least,expected,3\n");
    write(QStringLiteral("regions.csv"),
          "code,name,name_en,parent_code,level,sort_order,retired\n"
          "511321,南部县,Nanbu County,,1,1,\n"
          "511321100,南隆镇,Nanlong Town,511321,2,1,\n"
          "511321100201,红岩村,Hongyan Village,511321100,3,1,\n"
          "511321100202,石龙村,Shilong Village,511321100,3,2,\n");
    write(QStringLiteral("targets.csv"),
          "indicator,region,year,target,baseline,m1,m2,m3,m4\n"
          "new_cooperatives,511321,2025,8,,,,,\n"
          "tea_area,511321,2025,400,,,,,\n"
          "training_sessions,511321,2025,20,,,,,\n");
    write(QStringLiteral("values.csv"),
          "indicator,region,year,quarter,value,comment\n"
          "new_cooperatives,511321100201,2025,1,2,\n"
          "new_cooperatives,511321100202,2025,1,1,\n"
          "new_cooperatives,511321100201,2025,2,1,\n"
          "new_cooperatives,511321100202,2025,2,2,\n"
          "tea_area,511321100201,2025,2,150.5,\n"
          "tea_area,511321100202,2025,2,125.5,\n"
          "training_sessions,511321100201,2025,1,3,\n"
          "training_sessions,511321100202,2025,2,4,\n");
    const QString db = path(QStringLiteral("nanbu.db"));
    const CliRun init = cli({QStringLiteral("init"), db, QStringLiteral("--region"), QStringLiteral("511321"),
                             QStringLiteral("--name"), QStringLiteral("南部县"), QStringLiteral("--catalogue"),
                             QStringLiteral("none"), QStringLiteral("--year"), QStringLiteral("2025")});
    ASSERT_EQ(init.exitCode, 0) << init;
    const struct
    {
        const char *file;
        const char *counts;
    } imports[] = {
        {"categories.csv", "2 new, 0 changed, 0 unchanged, 0 finding(s)\n"},
        {"indicators.csv", "3 new, 0 changed, 0 unchanged, 0 finding(s)\n"},
        // The root's row updates the root init made (its English name): 1 changed.
        {"regions.csv", "3 new, 1 changed, 0 unchanged, 0 finding(s)\n"},
        {"targets.csv", "3 new, 0 changed, 0 unchanged, 0 finding(s)\n"},
        {"values.csv", "8 new, 0 changed, 0 unchanged, 0 finding(s)\n"},
    };
    for (const auto &step : imports) {
        const CliRun r = cli({QStringLiteral("import"), db, path(QLatin1String(step.file))});
        ASSERT_EQ(r.exitCode, 0) << step.file << '\n' << r;
        EXPECT_TRUE(r.out.contains(QLatin1String(step.counts))) << step.file << '\n' << r;
    }
    // Importing the regions file again changes nothing.
    const CliRun again = cli({QStringLiteral("import"), db, path(QStringLiteral("regions.csv"))});
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 new, 0 changed, 4 unchanged"))) << again;

    const CliRun add = cli({QStringLiteral("users"), QStringLiteral("add"), db, QStringLiteral("--name"),
                            QStringLiteral("lihua"), QStringLiteral("--role"), QStringLiteral("clerk"),
                            QStringLiteral("--display-name"), QStringLiteral("李华"), QStringLiteral("--regions"),
                            QStringLiteral("511321100201")});
    ASSERT_EQ(add.exitCode, 0) << add;
    {
        Sql sql(db);
        EXPECT_EQ(sql.scalar(QStringLiteral("SELECT group_concat(name || ':' || role, ' ') FROM (SELECT * FROM app_user ORDER BY role, name)")).toString(),
                  user() + QStringLiteral(":administrator lihua:clerk"));
        EXPECT_EQ(sql.scalar(QStringLiteral("SELECT region_code FROM user_region WHERE user_name = 'lihua'")).toString(),
                  QStringLiteral("511321100201"));
        EXPECT_EQ(sql.scalar(QStringLiteral("SELECT name_en FROM region WHERE code = '511321'")).toString(),
                  QStringLiteral("Nanbu County"));
        EXPECT_EQ(sql.scalar(QStringLiteral("SELECT level FROM region WHERE code = '511321100202'")).toInt(), 3);
    }

    const CliRun summary = cli({QStringLiteral("summary"), db, QStringLiteral("--region"), QStringLiteral("511321"),
                                QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--quarter"),
                                QStringLiteral("2"), QStringLiteral("--json")});
    ASSERT_EQ(summary.exitCode, 0) << summary;
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("region")).toString(), QStringLiteral("511321"));
    EXPECT_EQ(json.value(QStringLiteral("year")).toInt(), 2025);
    EXPECT_EQ(json.value(QStringLiteral("quarter")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("time_progress_pct")).toDouble(), 50.0);
    QMap<QString, QJsonObject> rows;
    for (const QJsonValue &v : json.value(QStringLiteral("indicators")).toArray())
        rows.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject());
    ASSERT_EQ(rows.size(), 3) << summary;
    const struct
    {
        const char *code;
        double actual;
        double target;
        double completion;
    } expected[] = {
        {"new_cooperatives", 6, 8, 75.00},
        {"tea_area", 276, 400, 69.00},
        {"training_sessions", 7, 20, 35.00},
    };
    for (const auto &e : expected) {
        const QJsonObject row = rows.value(QLatin1String(e.code));
        EXPECT_EQ(row.value(QStringLiteral("actual")).toDouble(), e.actual) << e.code;
        EXPECT_EQ(row.value(QStringLiteral("target")).toDouble(), e.target) << e.code;
        EXPECT_EQ(row.value(QStringLiteral("completion_pct")).toDouble(), e.completion) << e.code;
    }
    EXPECT_EQ(rows.value(QStringLiteral("new_cooperatives")).value(QStringLiteral("name")).toString(),
              QStringLiteral("新增合作社"));
    EXPECT_EQ(rows.value(QStringLiteral("new_cooperatives")).value(QStringLiteral("status")).toString(),
              QStringLiteral("on_track")); // 75.00 % against 50 % of the year gone
    // The township rolls its two villages up the same way: 6 new cooperatives by Q2.
    const CliRun township = cli({QStringLiteral("summary"), db, QStringLiteral("--region"), QStringLiteral("511321100"),
                                 QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--quarter"),
                                 QStringLiteral("2"), QStringLiteral("--json")});
    ASSERT_EQ(township.exitCode, 0) << township;
    int found = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(township.out.toUtf8()).object().value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("new_cooperatives")) {
            EXPECT_EQ(v.toObject().value(QStringLiteral("actual")).toDouble(), 6.0);
            ++found;
        }
    EXPECT_EQ(found, 1) << township;
    const CliRun verify = cli({QStringLiteral("audit"), db, QStringLiteral("--verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify;
}

} // namespace
