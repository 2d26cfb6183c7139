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

} // namespace
