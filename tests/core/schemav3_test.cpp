// Schema version 3 adds accounts (app_user, user_region): a file written by the previous
// release (version 2) is upgraded in place and keeps its figures and audit chain.
#include "entryfixture.h"

#include "entry/workflow.h"
#include "storage/rollupstore.h"
#include "storage/schema.h"

using namespace zx;
using namespace zx::test;

// A file of schema version 2 (before accounts) is upgraded through 3 (accounts) and 4 (city
// level, roll-up cache) and keeps its figures; the cache is filled on the way.
TEST(UserSchemaMigration, AVersionTwoFileUpgradesAndKeepsItsData)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("v2.db"));
    {
        auto v2 = Database::openAtVersion(file, 2);
        ASSERT_TRUE(v2.ok()) << str(v2.error());
        ASSERT_EQ((*v2)->schemaVersion(), 2);
        auto loaded = loadSample(**v2, QStringLiteral("local"));
        ASSERT_TRUE(loaded.ok()) << str(loaded.error());
    }
    {
        auto db = Database::open(file, Database::OpenMode::OpenExisting);
        ASSERT_TRUE(db.ok()) << str(db.error());
        EXPECT_EQ((*db)->schemaVersion(), schema::currentVersion());
        EXPECT_EQ(schema::currentVersion(), 8);
        EXPECT_TRUE(rollupstore::isCurrent(**db));
        auto v = valuestore::find(**db, {QStringLiteral("summer_sowing_area"),
                                         QStringLiteral("410104004004"), 2023, 2});
        ASSERT_TRUE(v.ok() && v.value());
        EXPECT_EQ(v.value()->value.toString(), QStringLiteral("770.4"));
        auto broken = auditstore::firstBroken(**db);
        ASSERT_TRUE(broken.ok());
        EXPECT_FALSE(broken->has_value());
        // The new tables work: a single-user file until the first account is saved.
        ASSERT_TRUE(workflow::users(**db).ok());
        EXPECT_TRUE(workflow::users(**db)->empty());
        auto saved = workflow::saveUser(
            **db, {QStringLiteral("admin"), Role::Administrator, {QStringLiteral("410104")}},
            QStringLiteral("local"));
        ASSERT_TRUE(saved.ok()) << str(saved.error());
        // The region must exist (foreign key): refused with a message, nothing stored.
        EXPECT_FALSE(workflow::saveUser(**db, {QStringLiteral("c"), Role::Clerk, {QStringLiteral("1")}},
                                        QStringLiteral("admin"))
                         .ok());
        EXPECT_EQ(workflow::users(**db)->size(), 1u);
    }
}
