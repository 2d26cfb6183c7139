// Issue 15: the import's preview, then its confirmation. What the plan checked is written as it
// is when nothing was written in between (no second load and check); a write in between, from
// another connection or this one, makes the confirmation check everything again, and a figure
// changed meanwhile refuses the import. A fresh sample database per test (entryfixture.h).
#include "entryfixture.h"

#include "entry/valueentry.h"
#include "io/valueimport.h"
#include "storage/dataversion.h"
#include "storage/sql.h"

#include <QFile>

namespace zx::test {
namespace {

const QString Me = QStringLiteral("local");

class ImportConfirmTest : public SampleDbTest
{
protected:
    // Three stored 2023 figures of the sample, each given a new figure (+ 7) and comment.
    void SetUp() override
    {
        SampleDbTest::SetUp();
        auto all = valuestore::inYears(*db, 2023, 2023);
        ASSERT_TRUE(all.ok() && all->size() > 500);
        // Rural households of three villages of 城东 in 2023 Q4: a total of no parts whose
        // township and county store no figure of their own, so no rule between figures is
        // touched; each row carries a comment, which keeps a figure the outlier rule warns
        // about (docs/validation.md).
        QString csv = QStringLiteral("indicator,region,year,quarter,value,comment\n");
        for (const Value &v : *all) {
            if (v.quarter != 4 || v.indicatorCode != QLatin1String("rural_households") ||
                !v.regionCode.startsWith(QStringLiteral("410104001")) ||
                v.regionCode.size() != 12 || picked.size() == 3)
                continue;
            picked.push_back(v);
            csv += QStringLiteral("%1,%2,%3,%4,%5,checked by the township\n")
                       .arg(v.indicatorCode, v.regionCode)
                       .arg(v.year)
                       .arg(v.quarter)
                       .arg(plus7(v).toString());
        }
        ASSERT_EQ(picked.size(), 3u);
        file = dir.filePath(QStringLiteral("figures.csv"));
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
    }
    static Decimal plus7(const Value &v) { return *Decimal::checkedAdd(v.value, Decimal::fromInt(7)); }
    static ValueKey keyOf(const Value &v) { return {v.indicatorCode, v.regionCode, v.year, v.quarter}; }

    ImportPlan planned()
    {
        ImportPlan plan = planImportFile(*db, file, Me);
        EXPECT_FALSE(plan.blocked());
        for (const ImportFinding &f : plan.findings)
            ADD_FAILURE() << str(formatFinding(f));
        EXPECT_EQ(plan.values.size(), 3u);
        return plan;
    }
    std::unique_ptr<Database> secondConnection()
    {
        auto other = Database::open(path, Database::OpenMode::OpenExisting);
        EXPECT_TRUE(other.ok()) << str(other.error());
        return other.ok() ? std::move(other).value() : nullptr;
    }
    void expectUnchanged()
    {
        for (const Value &v : picked)
            EXPECT_EQ(str(storedText(keyOf(v))), str(v.value.toString())) << str(v.regionCode);
    }

    std::vector<Value> picked;
    QString file;
};

TEST_F(ImportConfirmTest, NothingWrittenInBetweenWritesThePlanWithoutCheckingAgain)
{
    const ImportPlan plan = planned();
    const auto before = audit().size();
    ImportCheck check = ImportCheck::None;
    const Outcome applied = applyImport(*db, plan, Me, {}, &check);
    ASSERT_TRUE(applied.ok()) << str(applied.error());
    EXPECT_EQ(check, ImportCheck::Reused);
    // Written as planned, one audit entry per figure with the old and the new figure.
    const auto trail = audit();
    ASSERT_EQ(trail.size(), before + 3);
    for (std::size_t i = 0; i < 3; ++i) {
        const Value &v = picked[i];
        EXPECT_EQ(str(storedText(keyOf(v))), str(plus7(v).toString()));
        const AuditEntry &e = trail[before + i];
        EXPECT_EQ(str(e.action), "value.set");
        EXPECT_EQ(str(e.user), "local");
        EXPECT_EQ(str(e.regionCode), str(v.regionCode));
        EXPECT_EQ(str(e.oldValue), str(v.value.toString()));
        EXPECT_EQ(str(e.newValue), str(plus7(v).toString()));
        EXPECT_EQ(str(e.comment), "checked by the township");
    }
    EXPECT_EQ(str(stored(keyOf(picked[0]))->enteredBy), "local");
    expectChainVerifies();
}

TEST_F(ImportConfirmTest, AFigureChangedOnAnotherConnectionInBetweenIsCheckedAgainAndRefused)
{
    const ImportPlan plan = planned();
    // Another clerk's window changes one of the file's figures after the preview.
    auto other = secondConnection();
    ASSERT_TRUE(other);
    const Value &mine = picked[1];
    ASSERT_TRUE(setValue(*other, keyOf(mine), dec("4321"), QStringLiteral("phoned in"),
                         QStringLiteral("wang")).ok());
    other.reset();
    const auto before = audit().size();

    ImportCheck check = ImportCheck::None;
    const Outcome applied = applyImport(*db, plan, Me, {}, &check);
    EXPECT_EQ(check, ImportCheck::Rechecked);
    ASSERT_FALSE(applied.ok());
    EXPECT_TRUE(applied.error().contains(QStringLiteral("was changed by wang"))) << str(applied.error());
    // With the unit (rural households: 户, "households" in English) and what was not saved.
    EXPECT_TRUE(applied.error().contains(QStringLiteral("to 4321 households while you were looking at ") +
                                         mine.value.toPlainString() + QStringLiteral(" households")))
        << str(applied.error());
    EXPECT_TRUE(applied.error().contains(QStringLiteral("your ") + plus7(mine).toPlainString() +
                                         QStringLiteral(" households was not saved")))
        << str(applied.error());
    // Nothing of the import was written: wang's figure stays, the others are as they were.
    EXPECT_EQ(str(storedText(keyOf(mine))), "4321");
    EXPECT_EQ(str(storedText(keyOf(picked[0]))), str(picked[0].value.toString()));
    EXPECT_EQ(str(storedText(keyOf(picked[2]))), str(picked[2].value.toString()));
    EXPECT_EQ(audit().size(), before);
    expectChainVerifies();
}

TEST_F(ImportConfirmTest, AnotherFigureWrittenInBetweenIsCheckedAgainAndTheImportWrites)
{
    const ImportPlan plan = planned();
    auto other = secondConnection();
    ASSERT_TRUE(other);
    Value elsewhere = picked[0];
    elsewhere.quarter = 1; // the same figure's first quarter: not in the file
    const auto stored1 = stored(keyOf(elsewhere));
    ASSERT_TRUE(stored1.has_value());
    ASSERT_TRUE(setValue(*other, keyOf(elsewhere), stored1->value, QStringLiteral("re-read"),
                         QStringLiteral("wang")).ok());
    other.reset();

    ImportCheck check = ImportCheck::None;
    const Outcome applied = applyImport(*db, plan, Me, {}, &check);
    ASSERT_TRUE(applied.ok()) << str(applied.error());
    EXPECT_EQ(check, ImportCheck::Rechecked);
    for (const Value &v : picked)
        EXPECT_EQ(str(storedText(keyOf(v))), str(plus7(v).toString()));
    expectChainVerifies();
}

TEST_F(ImportConfirmTest, AWriteOnTheSameConnectionInBetweenIsCheckedAgain)
{
    // PRAGMA data_version does not move for this connection's own commits; the audit trail does.
    const ImportPlan plan = planned();
    const Value &mine = picked[2];
    ASSERT_TRUE(setValue(*db, keyOf(mine), dec("555"), QStringLiteral("typed in the grid"),
                         QStringLiteral("wang")).ok());
    ImportCheck check = ImportCheck::None;
    const Outcome applied = applyImport(*db, plan, Me, {}, &check);
    EXPECT_EQ(check, ImportCheck::Rechecked);
    ASSERT_FALSE(applied.ok());
    EXPECT_TRUE(applied.error().contains(QStringLiteral("was changed by wang"))) << str(applied.error());
    EXPECT_EQ(str(storedText(keyOf(mine))), "555");
}

TEST_F(ImportConfirmTest, AnUnauditedWriteOfAnotherProgramIsSeenThroughTheDataVersion)
{
    const ImportPlan plan = planned();
    auto version = dataversion::current(*db);
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, *plan.checkedAt);
    {
        // Another program (no audit entry): an office setting written in raw SQL.
        auto other = secondConnection();
        ASSERT_TRUE(other);
        ASSERT_TRUE(sql::run(other->connection(),
                             "INSERT OR REPLACE INTO office_setting (key, value) VALUES ('x', '1')",
                             {}, QStringLiteral("test"))
                        .ok());
    }
    auto after = dataversion::current(*db);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->auditHeadId, plan.checkedAt->auditHeadId);
    EXPECT_NE(after->fileVersion, plan.checkedAt->fileVersion);
    ImportCheck check = ImportCheck::None;
    ASSERT_TRUE(applyImport(*db, plan, Me, {}, &check).ok());
    EXPECT_EQ(check, ImportCheck::Rechecked);
}

TEST_F(ImportConfirmTest, APlanFromAnotherConnectionOrUserIsCheckedAgain)
{
    // Made on another connection: its data_version counts differently.
    auto other = secondConnection();
    ASSERT_TRUE(other);
    const ImportPlan elsewhere = planImportFile(*other, file, Me);
    ASSERT_FALSE(elsewhere.blocked());
    ImportCheck check = ImportCheck::None;
    ASSERT_TRUE(applyImport(*db, elsewhere, Me, {}, &check).ok());
    EXPECT_EQ(check, ImportCheck::Rechecked);

    // Planned without a user (no edit rights looked at), applied by one: checked again.
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const ImportPlan anonymous = planValueImport(*db, f.readAll().replace("checked by", "seen by"),
                                                 QStringLiteral("figures.csv"));
    ASSERT_FALSE(anonymous.blocked());
    ASSERT_EQ(anonymous.values.size(), 3u);
    ASSERT_TRUE(applyImport(*db, anonymous, Me, {}, &check).ok());
    EXPECT_EQ(check, ImportCheck::Rechecked);
    EXPECT_EQ(str(stored(keyOf(picked[0]))->comment), "seen by the township");
}

} // namespace
} // namespace zx::test
