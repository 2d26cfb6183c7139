#pragma once

// The sample county in a fresh database, loaded for 2022–2023, for the report tests.
#include "entry/catalogueentry.h"
#include "entry/valueentry.h"
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
        m_db = std::move(db).value();
        reload();
    }

    // Reads the database again (after a test changed it).
    void reload()
    {
        m_eval.reset();
        auto data = Dataset::load(*m_db, 2022, 2030);
        ASSERT_TRUE(data.ok()) << data.error().toStdString();
        m_data = std::make_unique<Dataset>(std::move(data).value());
        m_eval = std::make_unique<Evaluator>(*m_data);
    }

    // Two totals of real county reports quoted in issue 13, with their parts, as a county's own
    // catalogue brings them: without report templates. 周村: 86 of its 140 villages; 涉县: 335
    // people trained, 250 and 105 of them (two overlapping groups: parts not above the total).
    // The numbers are those reports'; the names are ours. Added to the sample's last section
    // (reform) with figures for the district, 2023 Q4.
    void addRealReportTotals()
    {
        const auto indicator = [](const char *code, const char *name, const char *nameEn,
                                  const char *unit, Accumulation accumulation, const char *parent,
                                  PartRule rule, int sort) {
            Indicator i;
            i.code = QString::fromLatin1(code);
            i.categoryCode = QStringLiteral("reform");
            i.name = QString::fromUtf8(name);
            i.nameEn = QString::fromUtf8(nameEn);
            i.unit = QString::fromUtf8(unit);
            i.accumulation = accumulation;
            i.parentCode = QString::fromLatin1(parent);
            i.partRule = rule;
            i.sortOrder = sort;
            return i;
        };
        const std::vector<Indicator> added{
            indicator("villages", "行政村", "administrative villages", "个", Accumulation::Stock,
                      "", PartRule::None, 901),
            indicator("villages_income_100k", "集体经济收入10万元以上的村",
                      "villages with collective income over 100,000 yuan", "个",
                      Accumulation::Stock, "villages", PartRule::PartNotAboveTotal, 902),
            indicator("farmers_trained", "培训高素质农民", "high-quality farmers trained", "人",
                      Accumulation::Flow, "", PartRule::None, 903),
            indicator("women_trainees", "女性学员", "women trainees", "人", Accumulation::Flow,
                      "farmers_trained", PartRule::PartNotAboveTotal, 904),
            indicator("poverty_trainees", "脱贫户学员",
                      "trainees from formerly poor households", "人", Accumulation::Flow,
                      "farmers_trained", PartRule::PartNotAboveTotal, 905),
        };
        const Outcome saved = saveIndicators(*m_db, added, std::vector<bool>(added.size(), true),
                                             QStringLiteral("test"));
        ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
        std::vector<ValueChange> figures;
        for (const auto &[code, figure] : std::vector<std::pair<const char *, int>>{
                 {"villages", 140},
                 {"villages_income_100k", 86},
                 {"farmers_trained", 335},
                 {"women_trainees", 250},
                 {"poverty_trainees", 105}})
            figures.push_back({{QString::fromLatin1(code), QStringLiteral("410104"), 2023, 4},
                               Decimal::fromInt(figure), QStringLiteral("issue 13"), {}});
        const Outcome set = setValues(*m_db, figures, QStringLiteral("test"));
        ASSERT_TRUE(set.ok()) << set.error().toStdString();
        reload();
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
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
