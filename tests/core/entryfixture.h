#pragma once

// A fresh sample database (XX区, 410104) in a temporary folder for each test of data entry,
// with small helpers to read back what was stored and audited.
#include "io/sampleloader.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/valuestore.h"
#include "teststore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace zx::test {

inline std::string str(const QString &s)
{
    return s.toStdString();
}

inline Decimal dec(const char *text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

class SampleDbTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = zxtest::freshStore(dir, "zx.db");
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << str(opened.error());
        db = std::move(opened).value();
        auto loaded = loadSample(*db, QStringLiteral("local"));
        ASSERT_TRUE(loaded.ok()) << str(loaded.error());
    }

    std::optional<Value> stored(const ValueKey &key)
    {
        auto v = valuestore::find(*db, key);
        EXPECT_TRUE(v.ok()) << str(v.error());
        return v.ok() ? *v : std::nullopt;
    }

    QString storedText(const ValueKey &key)
    {
        const auto v = stored(key);
        return v ? v->value.toString() : QString();
    }

    std::vector<AuditEntry> audit()
    {
        auto all = auditstore::all(*db);
        EXPECT_TRUE(all.ok()) << str(all.error());
        return all.ok() ? *all : std::vector<AuditEntry>{};
    }

    void expectChainVerifies()
    {
        auto broken = auditstore::firstBroken(*db);
        ASSERT_TRUE(broken.ok()) << str(broken.error());
        EXPECT_FALSE(broken->has_value()) << "entry " << (*broken ? (*broken)->id : 0);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

} // namespace zx::test
