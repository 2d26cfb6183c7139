// Issue 12, categories as data: a categories file (`code,name,name_en,sort_order`) imported all
// or nothing with findings by line and column and exported back; a catalogue that names
// categories the same import creates — a workbook with both sheets, or two files, categories
// first; a catalogue CSV naming an unknown category is refused at its cell.
#include "entryfixture.h"

#include "io/exporttable.h"
#include "io/valueimport.h"
#include "io/xlsxexport.h"
#include "storage/catalogstore.h"

#include <QFile>

using namespace zx;
using namespace zx::test;

namespace {

const QString Me = QStringLiteral("local");

class CategoriesTest : public SampleDbTest
{
protected:
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString file = dir.filePath(QString::fromLatin1(name));
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return file;
    }

    QStringList findings(const ImportPlan &plan)
    {
        QStringList all;
        for (const ImportFinding &f : plan.findings)
            all << formatFinding(f);
        return all;
    }

    std::optional<Category> category(const QString &code)
    {
        auto all = catalogstore::categories(*db);
        EXPECT_TRUE(all.ok());
        for (const Category &c : all.ok() ? *all : std::vector<Category>{})
            if (c.code == code)
                return c;
        return std::nullopt;
    }

    std::size_t auditCount(const char *action)
    {
        std::size_t n = 0;
        for (const AuditEntry &e : audit())
            n += e.action == QLatin1String(action);
        return n;
    }

    static ExportSheet sheet(const QString &name, const QString &header,
                             const std::vector<QStringList> &rows)
    {
        ExportSheet s;
        s.name = name;
        s.header = header.split(u',');
        for (const QStringList &row : rows) {
            std::vector<ExportCell> cells;
            for (const QString &text : row)
                cells.push_back(ExportCell::textCell(text));
            s.rows.push_back(cells);
        }
        return s;
    }
};

const char *const CatalogueHeader = "code,category,name,unit,accumulation,aggregation\n";

} // namespace

TEST_F(CategoriesTest, ACategoriesFileIsToldByItsHeaderWrittenAndAudited)
{
    const std::size_t before = auditCount("catalogue.category");
    const QString file = write("categories.csv",
                               "code,name,name_en,sort_order\n"
                               "organization,党建引领,Party building (organizational revitalization),1\n"
                               "culture,乡风文明,Rural civility,2\n"
                               "industry,产业发展,Industry,7\n");
    const ImportPlan plan = planImportFile(*db, file, Me);
    EXPECT_EQ(plan.kind, ImportPlan::Kind::Categories);
    EXPECT_TRUE(plan.findings.empty()) << str(findings(plan).join(u'\n'));
    EXPECT_EQ(plan.newCount, 1);       // industry
    EXPECT_EQ(plan.changedCount, 1);   // culture: 精神文明 → 乡风文明
    EXPECT_EQ(plan.unchangedCount, 1); // organization, as in the sample
    ASSERT_TRUE(applyImport(*db, plan, Me).ok());
    EXPECT_EQ(category(QStringLiteral("industry"))->name, QStringLiteral("产业发展"));
    EXPECT_EQ(category(QStringLiteral("industry"))->sortOrder, 7);
    EXPECT_EQ(category(QStringLiteral("culture"))->name, QStringLiteral("乡风文明"));
    EXPECT_EQ(auditCount("catalogue.category"), before + 2);
    expectChainVerifies();

    // Exported and imported again: nothing changes.
    auto exported = exporttable::categories(*db);
    ASSERT_TRUE(exported.ok());
    EXPECT_EQ(exported->header, (QStringList{"code", "name", "name_en", "sort_order"}));
    ASSERT_EQ(exported->rows.size(), 7u); // the sample's six and industry
    const QString again = write("again.csv", exporttable::toCsv(*exported));
    const ImportPlan second = planImportFile(*db, again, Me);
    EXPECT_EQ(second.kind, ImportPlan::Kind::Categories);
    EXPECT_TRUE(second.findings.empty()) << str(findings(second).join(u'\n'));
    EXPECT_EQ(second.unchangedCount, 7);
    EXPECT_EQ(second.newCount + second.changedCount, 0);
}

TEST_F(CategoriesTest, ABadCategoriesFileGivesFindingsByLineAndColumnAndWritesNothing)
{
    const std::size_t before = audit().size();
    const QString file = write("bad.csv",
                               "code,name,name_en,sort_order\n"
                               "industry,产业发展,Industry,7\n"
                               ",无代码,No code,8\n"
                               "bad-code,坏代码,Bad code,9\n"
                               "noname,,,10\n"
                               "order,排序,Order,x\n"
                               "industry,重复,Duplicate,11\n");
    const ImportPlan plan = planImportFile(*db, file, Me);
    EXPECT_EQ(plan.kind, ImportPlan::Kind::Categories);
    EXPECT_EQ(findings(plan),
              (QStringList{"bad.csv:3: code: A code is required",
                           "bad.csv:4: code: The code 'bad-code' may hold only letters, digits and '_'",
                           "bad.csv:5: name: The category noname needs a name",
                           "bad.csv:6: sort_order: bad number 'x'",
                           "bad.csv:7: code: duplicate of line 2 (same code)"}));
    EXPECT_FALSE(applyImport(*db, plan, Me).ok());
    EXPECT_FALSE(category(QStringLiteral("industry")));
    EXPECT_EQ(audit().size(), before);
}

TEST_F(CategoriesTest, ACatalogueNamingAnUnknownCategoryIsRefusedAtItsCell)
{
    const QString file = write("catalogue.csv", QByteArray(CatalogueHeader) +
                                                    "tea_area,industry,茶园面积,亩,stock,sum\n");
    const ImportPlan plan = planImportFile(*db, file, Me);
    EXPECT_EQ(plan.kind, ImportPlan::Kind::Catalogue);
    EXPECT_EQ(findings(plan), QStringList{"catalogue.csv:2: category: Unknown category 'industry'"});
}

TEST_F(CategoriesTest, TwoFilesCategoriesFirstThenTheCatalogue)
{
    const QString categories = write("categories.csv", "code,name,name_en,sort_order\n"
                                                       "industry,产业发展,Industry,7\n");
    const ImportPlan first = planImportFile(*db, categories, Me);
    ASSERT_TRUE(first.findings.empty());
    ASSERT_TRUE(applyImport(*db, first, Me).ok());
    const QString catalogue = write("catalogue.csv", QByteArray(CatalogueHeader) +
                                                         "tea_area,industry,茶园面积,亩,stock,sum\n");
    const ImportPlan second = planImportFile(*db, catalogue, Me);
    EXPECT_TRUE(second.findings.empty()) << str(findings(second).join(u'\n'));
    ASSERT_TRUE(applyImport(*db, second, Me).ok());
    auto indicators = catalogstore::indicators(*db);
    ASSERT_TRUE(indicators.ok());
    EXPECT_TRUE(std::any_of(indicators->begin(), indicators->end(), [](const Indicator &i) {
        return i.code == QLatin1String("tea_area") && i.categoryCode == QLatin1String("industry");
    }));
}

TEST_F(CategoriesTest, AWorkbookOfCategoriesAndIndicatorsIsOneImport)
{
    const std::size_t categoriesBefore = auditCount("catalogue.category");
    const std::size_t indicatorsBefore = auditCount("catalogue.indicator");
    const QString book = dir.filePath(QStringLiteral("catalogue.xlsx"));
    // The indicators sheet first: the order of the sheets does not matter.
    ASSERT_TRUE(xlsxexport::writeWorkbook(
                    {sheet(QStringLiteral("indicators"),
                           QStringLiteral("code,category,name,unit,accumulation,aggregation"),
                           {{"tea_area", "industry", "茶园面积", "亩", "stock", "sum"},
                            {"tea_output", "industry", "茶叶产量", "吨", "flow", "sum"}}),
                     sheet(QStringLiteral("categories"), QStringLiteral("code,name,name_en,sort_order"),
                           {{"industry", "产业发展", "Industry", "7"}})},
                    book)
                    .ok());
    const ImportPlan plan = planImportFile(*db, book, Me);
    EXPECT_EQ(plan.kind, ImportPlan::Kind::Catalogue);
    EXPECT_TRUE(plan.findings.empty()) << str(findings(plan).join(u'\n'));
    EXPECT_EQ(plan.newCount, 3); // one category, two indicators
    ASSERT_EQ(plan.categories.size(), 1u);
    ASSERT_TRUE(applyImport(*db, plan, Me).ok());
    EXPECT_EQ(category(QStringLiteral("industry"))->name, QStringLiteral("产业发展"));
    EXPECT_EQ(auditCount("catalogue.category"), categoriesBefore + 1);
    EXPECT_EQ(auditCount("catalogue.indicator"), indicatorsBefore + 2);
    expectChainVerifies();
}

TEST_F(CategoriesTest, ABadRowInEitherSheetOfTheWorkbookWritesNothing)
{
    const std::size_t before = audit().size();
    const QString book = dir.filePath(QStringLiteral("bad.xlsx"));
    ASSERT_TRUE(xlsxexport::writeWorkbook(
                    {sheet(QStringLiteral("categories"), QStringLiteral("code,name,name_en,sort_order"),
                           {{"industry", "产业发展", "Industry", "7"}, {"noname", "", "", "8"}}),
                     sheet(QStringLiteral("indicators"),
                           QStringLiteral("code,category,name,unit,accumulation,aggregation"),
                           {{"tea_area", "industry", "茶园面积", "亩", "stock", "sum"},
                            {"tea_output", "missing", "茶叶产量", "吨", "flow", "sum"}})},
                    book)
                    .ok());
    const ImportPlan plan = planImportFile(*db, book, Me);
    EXPECT_EQ(findings(plan),
              (QStringList{"bad.xlsx: categories!B3: name: The category noname needs a name",
                           "bad.xlsx: indicators!B3: category: Unknown category 'missing'"}));
    EXPECT_FALSE(applyImport(*db, plan, Me).ok());
    EXPECT_FALSE(category(QStringLiteral("industry")));
    EXPECT_EQ(audit().size(), before);
}
