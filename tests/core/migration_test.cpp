// Upgrading files written by an older release: the figures in them must survive exactly, and
// a failed upgrade must leave the file at its old version rather than half-upgraded.
#include "domain/names.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/schema.h"
#include "storage/valuestore.h"
#include "summary/dataset.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#ifndef ZX_TEST_DATA_DIR
#error "ZX_TEST_DATA_DIR must name tests/data"
#endif

using namespace zx;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

const QString FixturePath = QStringLiteral(ZX_TEST_DATA_DIR "/schema_v1.sql");

// The fixture's statements: '--' comment lines dropped, a statement ends with ';' at the end
// of a line (never inside one of our string literals).
QStringList fixtureStatements()
{
    QFile f(FixturePath);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << str(FixturePath);
        return {};
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    QStringList statements;
    QString current;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")))
            continue;
        if (trimmed.isEmpty() && current.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        ADD_FAILURE() << "unterminated statement in the fixture: " << str(current);
    return statements;
}

QString normalized(const QString &statement)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(statement).replace(space, QStringLiteral(" ")).trimmed();
}

class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(statement);
        if (!ok)
            ADD_FAILURE() << str(statement) << ": " << str(q.lastError().text());
        return ok;
    }
    QVariant scalar(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(statement) || !q.next()) {
            ADD_FAILURE() << str(statement) << ": " << str(q.lastError().text());
            return {};
        }
        return q.value(0);
    }
    bool hasTable(const QString &name)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next()) {
            ADD_FAILURE() << str(q.lastError().text());
            return false;
        }
        return q.value(0).toInt() == 1;
    }

private:
    QString m_name;
    bool m_open = false;
};

class MigrationTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    // A version-1 file as release 0.1 left it, built from the frozen fixture.
    void writeVersion1File()
    {
        const QStringList statements = fixtureStatements();
        ASSERT_FALSE(statements.isEmpty());
        RawConnection raw(path);
        ASSERT_TRUE(raw.isOpen());
        for (const QString &s : statements)
            ASSERT_TRUE(raw.exec(s));
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(),
                  schema::ApplicationId);
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("old.db"));
};

} // namespace

TEST(MigrationFixture, VersionOneStatementsAreFrozen)
{
    // Step 1 is what release 0.1 wrote into people's files; editing it would make new files
    // differ from old ones. A schema change must be a new step.
    const QStringList fixture = fixtureStatements();
    QStringList creates;
    for (const QString &s : fixture)
        if (s.startsWith(QStringLiteral("CREATE")))
            creates << normalized(s);
    ASSERT_FALSE(schema::migrations().empty());
    const schema::Migration &step1 = schema::migrations().front();
    ASSERT_EQ(step1.version, 1);
    QStringList current;
    for (const QString &s : step1.statements)
        current << normalized(s);
    EXPECT_EQ(creates, current);
}

TEST(MigrationFixture, VersionsAreOrderedAndContiguous)
{
    int expected = 1;
    for (const schema::Migration &step : schema::migrations())
        EXPECT_EQ(step.version, expected++);
    EXPECT_EQ(schema::currentVersion(), expected - 1);
}

TEST_F(MigrationTest, AVersionOneFileIsUpgradedAndKeepsItsFigures)
{
    writeVersion1File();
    {
        RawConnection raw(path);
        EXPECT_FALSE(raw.hasTable(QStringLiteral("period_status")));
        EXPECT_FALSE(raw.hasTable(QStringLiteral("audit_entry")));
    }

    {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        ASSERT_TRUE(db.ok()) << str(db.error());
        EXPECT_EQ((*db)->schemaVersion(), schema::currentVersion());

        auto value = valuestore::find(
            **db, {QStringLiteral("summer_sowing_area"), QStringLiteral("410104"), 2023, 4});
        ASSERT_TRUE(value.ok()) << str(value.error());
        ASSERT_TRUE(value->has_value());
        EXPECT_EQ((*value)->value.toString(), QStringLiteral("4296.3"));
        EXPECT_EQ((*value)->enteredBy, QStringLiteral("张填报"));

        auto data = Dataset::load(**db, 2023, 2023);
        ASSERT_TRUE(data.ok()) << str(data.error());
        ASSERT_NE(data->region(QStringLiteral("410104")), nullptr);
        EXPECT_EQ(data->region(QStringLiteral("410104"))->name, QStringLiteral("XX区"));
        const Target *target =
            data->target(QStringLiteral("summer_sowing_area"), QStringLiteral("410104"), 2023);
        ASSERT_NE(target, nullptr);
        EXPECT_EQ(target->value.toString(), QStringLiteral("4200"));
    } // closed before looking at the file from outside

    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion());
    EXPECT_TRUE(raw.hasTable(QStringLiteral("period_status")));
    EXPECT_TRUE(raw.hasTable(QStringLiteral("audit_entry")));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT amount FROM indicator_value")).toString(),
              QStringLiteral("4296.3"));
}

TEST_F(MigrationTest, OpenAtVersionThenOpenUpgradesStepByStep)
{
    {
        auto v1 = Database::openAtVersion(path, 1);
        ASSERT_TRUE(v1.ok()) << str(v1.error());
        EXPECT_EQ((*v1)->schemaVersion(), 1);
    }
    {
        RawConnection raw(path);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(),
                  schema::ApplicationId);
        EXPECT_TRUE(raw.hasTable(QStringLiteral("indicator_value")));
        EXPECT_FALSE(raw.hasTable(QStringLiteral("period_status")));
        // Insert an old figure as release 0.1 would have.
        raw.exec(
            QStringLiteral("INSERT INTO region (code, name, level) VALUES ('410104', 'XX区', 1)"));
        raw.exec(QStringLiteral("INSERT INTO category (code, name) VALUES ('grain', '粮食安全')"));
        raw.exec(
            QStringLiteral("INSERT INTO indicator (code, category_code, name, unit, accumulation, "
                           "aggregation, target_mode, kind) VALUES ('farm_subsidy', 'grain', "
                           "'补贴', '万元', 'cumulative', 'sum', 'at_least', 'expected')"));
        raw.exec(QStringLiteral(
            "INSERT INTO indicator_value (indicator_code, region_code, year, quarter, "
            "amount) VALUES ('farm_subsidy', '410104', 2023, 4, '21.90')"));
    }
    for (int version = 2; version <= schema::currentVersion(); ++version) {
        auto step = Database::openAtVersion(path, version);
        ASSERT_TRUE(step.ok()) << str(step.error());
        EXPECT_EQ((*step)->schemaVersion(), version);
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_EQ((*db)->schemaVersion(), schema::currentVersion());
    auto value =
        valuestore::find(**db, {QStringLiteral("farm_subsidy"), QStringLiteral("410104"), 2023, 4});
    ASSERT_TRUE(value.ok()) << str(value.error());
    ASSERT_TRUE(value->has_value());
    EXPECT_EQ((*value)->value.toString(), QStringLiteral("21.90"));
}

TEST_F(MigrationTest, AFailedStepLeavesTheFileAtTheOldVersion)
{
    writeVersion1File();
    {
        // Someone's stray table makes step 2's CREATE TABLE audit_entry fail half-way, after
        // CREATE TABLE period_status already ran inside the step's transaction.
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE audit_entry (x TEXT)"));
    }

    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("upgrade"))) << str(db.error());
    EXPECT_TRUE(db.error().contains(path)) << str(db.error());

    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_FALSE(raw.hasTable(QStringLiteral("period_status")));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT amount FROM indicator_value")).toString(),
              QStringLiteral("4296.3"));
}

// Version 5 (regions retire and merge): a version-4 file with a city, a county and figures
// comes through with every figure, and every region active and merged into nothing.
TEST_F(MigrationTest, AVersionFourFileGainsRetireAndMergeAndKeepsItsFigures)
{
    {
        auto v4 = Database::openAtVersion(path, 4);
        ASSERT_TRUE(v4.ok()) << str(v4.error());
        EXPECT_EQ((*v4)->schemaVersion(), 4);
    }
    {
        RawConnection raw(path);
        EXPECT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO region (code, name, level) VALUES ('4101', '郑州市', 0)")));
        EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO region (code, name, level, parent_code) "
                                            "VALUES ('410104', 'XX区', 1, '4101')")));
        EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO region (code, name, level, parent_code) "
                                            "VALUES ('410104001', '城东街道', 2, '410104')")));
        EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO category (code, name) VALUES ('grain', '粮食安全')")));
        EXPECT_TRUE(raw.exec(
            QStringLiteral("INSERT INTO indicator (code, category_code, name, unit, accumulation, "
                           "aggregation, target_mode, kind) VALUES ('farm_subsidy', 'grain', "
                           "'补贴', '万元', 'cumulative', 'sum', 'at_least', 'expected')")));
        EXPECT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO indicator_value (indicator_code, region_code, year, quarter, "
            "amount) VALUES ('farm_subsidy', '410104001', 2023, 4, '21.90')")));
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_EQ((*db)->schemaVersion(), schema::currentVersion());
    auto value = valuestore::find(
        **db, {QStringLiteral("farm_subsidy"), QStringLiteral("410104001"), 2023, 4});
    ASSERT_TRUE(value.ok()) << str(value.error());
    ASSERT_TRUE(value->has_value());
    EXPECT_EQ((*value)->value.toString(), QStringLiteral("21.90"));
    auto regions = regionstore::all(**db);
    ASSERT_TRUE(regions.ok()) << str(regions.error());
    ASSERT_EQ(regions->size(), 3u);
    for (const Region &r : *regions) {
        EXPECT_EQ(r.retiredFrom, 0) << str(r.code);
        EXPECT_TRUE(r.mergedInto.isEmpty()) << str(r.code);
    }
    EXPECT_EQ(regions->front().code, QStringLiteral("4101"));
    EXPECT_EQ(regions->at(1).parentCode, QStringLiteral("4101"));
    // The new columns take a retirement and a merge target (a region that exists).
    Region township = regions->back();
    township.retiredFrom = 2024;
    township.mergedInto = QStringLiteral("410104");
    ASSERT_TRUE(regionstore::update(**db, township).ok());
    auto after = regionstore::all(**db);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->back().retiredFrom, 2024);
    EXPECT_EQ(after->back().mergedInto, QStringLiteral("410104"));
    EXPECT_FALSE(after->back().activeIn(2024));
    EXPECT_TRUE(after->back().activeIn(2023));
}

TEST_F(MigrationTest, AVersionFiveFileGainsThePartToleranceAndKeepsItsBreakdown)
{
    {
        auto v5 = Database::openAtVersion(path, 5);
        ASSERT_TRUE(v5.ok()) << str(v5.error());
        EXPECT_EQ((*v5)->schemaVersion(), 5);
    }
    {
        RawConnection raw(path);
        EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO category (code, name) VALUES ('funds', '资金')")));
        EXPECT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO indicator (code, category_code, name, unit, accumulation, aggregation, "
            "target_mode, kind) VALUES ('funds_secured', 'funds', '争取资金', '万元', 'stock', "
            "'sum', 'at_least', 'expected')")));
        EXPECT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO indicator (code, category_code, name, unit, accumulation, aggregation, "
            "target_mode, kind, parent_code, part_rule) VALUES ('funds_a', 'funds', '其中甲', "
            "'万元', 'stock', 'sum', 'at_least', 'expected', 'funds_secured', "
            "'parts_sum_to_total')")));
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    ASSERT_TRUE(db.ok()) << str(db.error());
    EXPECT_EQ((*db)->schemaVersion(), schema::currentVersion());
    auto data = Dataset::loadCatalogue(**db);
    ASSERT_TRUE(data.ok()) << str(data.error());
    const Indicator *total = data->indicator(QStringLiteral("funds_secured"));
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->partTolerance.isZero()); // NULL: the exact sum, as before
    EXPECT_EQ(data->parts(QStringLiteral("funds_secured")), QStringList{QStringLiteral("funds_a")});
}

// Version 7: an indicator gains its unit in English (empty: the standard English form) and the
// file its office settings; the catalogue and figures of the version-6 file stay as they were.
TEST_F(MigrationTest, AVersionSixFileGainsTheEnglishUnitAndOfficeSettings)
{
    {
        auto v6 = Database::openAtVersion(path, 6);
        ASSERT_TRUE(v6.ok()) << str(v6.error());
        EXPECT_EQ((*v6)->schemaVersion(), 6);
    }
    {
        RawConnection raw(path);
        EXPECT_FALSE(raw.hasTable(QStringLiteral("office_setting")));
        EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO category (code, name) VALUES ('grain', '粮食安全')")));
        EXPECT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO indicator (code, category_code, name, unit, accumulation, aggregation, "
            "target_mode, kind, part_tolerance) VALUES ('grain_area', 'grain', '粮食面积', '亩', "
            "'stock', 'sum', 'at_least', 'expected', '24')")));
    }
    {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        ASSERT_TRUE(db.ok()) << str(db.error());
        EXPECT_EQ((*db)->schemaVersion(), schema::currentVersion());
        auto data = Dataset::loadCatalogue(**db);
        ASSERT_TRUE(data.ok()) << str(data.error());
        const Indicator *area = data->indicator(QStringLiteral("grain_area"));
        ASSERT_NE(area, nullptr);
        EXPECT_EQ(area->unit, QStringLiteral("亩"));
        EXPECT_TRUE(area->unitEn.isEmpty());
        EXPECT_EQ(area->partTolerance.toString(), QStringLiteral("24"));
        EXPECT_EQ(englishUnit(area->unit), QStringLiteral("mu"));
    }
    RawConnection raw(path);
    EXPECT_TRUE(raw.hasTable(QStringLiteral("office_setting")));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT unit_en FROM indicator WHERE code = 'grain_area'")).toString(),
              QString());
}
