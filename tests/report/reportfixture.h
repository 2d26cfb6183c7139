#pragma once

// The sample county in a fresh database, loaded for 2022–2023, for the report tests.
#include "io/sampleloader.h"
#include "storage/database.h"
#include "summary/evaluator.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace zx {

class ReportFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("s.db"));
        auto db = Database::open(m_dbPath, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ASSERT_TRUE(loadSample(*db.value(), QStringLiteral("test")).ok());
        auto data = Dataset::load(*db.value(), 2022, 2030);
        ASSERT_TRUE(data.ok());
        m_data = std::make_unique<Dataset>(std::move(data).value());
        m_eval = std::make_unique<Evaluator>(*m_data);
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Dataset> m_data;
    std::unique_ptr<Evaluator> m_eval;
};

// Whitespace removed (pdftotext breaks lines anywhere) — nothing else: the extracted text
// must hold the very characters of the report (人, not the radical ⼈; see pdfunicode.h).
inline QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace zx
