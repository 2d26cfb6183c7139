// Data safety (issue 11) through the database and the readers: figures beyond the supported
// range are refused with the limit named, a roll-up that would leave it refuses the write, a
// year-to-date sum beyond it is a finding; CSV files with old Mac line ends or two columns of
// one name are findings; text with a carriage return survives the xlsx round trip. A fresh
// sample database per test (entryfixture.h).
#include "entryfixture.h"

#include "entry/valueentry.h"
#include "io/exporttable.h"
#include "io/valueimport.h"
#include "io/xlsxexport.h"
#include "summary/streamcheck.h"
#include "io/xlsxreader.h"
#include "summary/checker.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"

#include <QFile>

namespace zx::test {
namespace {

const char *const Limit = "12 digits before the point, 6 after";

class DataSafetyTest : public SampleDbTest
{
protected:
    // returning_entrepreneurs: a flow summed over the villages of 城东街道 (410104001).
    static ValueKey village(const char *code, int quarter)
    {
        return {QStringLiteral("returning_entrepreneurs"), QString::fromLatin1(code), 2023,
                quarter};
    }
    QString findingsText(const ImportPlan &plan)
    {
        QStringList all;
        for (const auto &f : plan.findings)
            all << formatFinding(f);
        return all.join(QLatin1Char('\n'));
    }
    static QString header() { return QStringLiteral("indicator,region,year,quarter,value,comment"); }
};

// Two villages of 600 000 000 000 make their sub-district 1 200 000 000 000 (by hand), beyond
// 12 digits: the second figure is refused, naming the limit, and nothing of it is stored.
TEST_F(DataSafetyTest, RollUpBeyondTheRangeRefusesTheWriteInsteadOfWrapping)
{
    const ValueKey first = village("410104001001", 2);
    const ValueKey second = village("410104001002", 2);
    const QString before = storedText(second);
    const auto auditBefore = audit().size();
    ASSERT_TRUE(setValue(*db, first, dec("600000000000"), QStringLiteral("census"),
                         QStringLiteral("local"))
                    .ok());
    const Outcome refused = setValue(*db, second, dec("600000000000"), QStringLiteral("census"),
                                     QStringLiteral("local"));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(str(refused.error()).find(Limit), std::string::npos) << str(refused.error());
    EXPECT_NE(str(refused.error()).find("410104001"), std::string::npos) << str(refused.error());
    EXPECT_EQ(str(storedText(second)), str(before));
    EXPECT_EQ(audit().size(), auditBefore + 1);
    EXPECT_EQ(str(storedText(first)), "600000000000");
}

// Four quarters of 300 000 000 000 in one village: each quarter rolls up, but the year's
// 1 200 000 000 000 does not fit. The year has no figure (not a wrapped one) and `check`
// reports it at the village, its sub-district and the district, from Q4 on.
TEST_F(DataSafetyTest, YearToDateBeyondTheRangeIsAFindingNotAWrongFigure)
{
    for (int q = 1; q <= 4; ++q)
        ASSERT_TRUE(setValue(*db, village("410104001001", q), dec("300000000000"),
                             QStringLiteral("census"), QStringLiteral("local"))
                        .ok())
            << q;
    auto data = Dataset::load(*db, 2023, 2023);
    ASSERT_TRUE(data.ok()) << str(data.error());
    const Evaluator eval(*data);
    const Indicator *ind = data->indicator(QStringLiteral("returning_entrepreneurs"));
    ASSERT_NE(ind, nullptr);
    EXPECT_FALSE(eval.yearToDate(*ind, QStringLiteral("410104001001"), 2023, 4).has_value());
    EXPECT_EQ(str(eval.yearToDate(*ind, QStringLiteral("410104001001"), 2023, 3)->toString()),
              "900000000000");
    QStringList flagged;
    for (const Finding &f : runChecks(*data))
        if (f.rule == QLatin1String("year_to_date_overflow")) {
            flagged << QStringLiteral("%1 Q%2").arg(f.regionCode).arg(f.quarter);
            EXPECT_NE(str(f.message).find(Limit), std::string::npos) << str(f.message);
        }
    flagged.sort();
    EXPECT_EQ(str(flagged.join(u',')), "410104 Q4,410104001 Q4,410104001001 Q4");

    // `check` streams family by family (scoped loads with the roll-up cache): the same three.
    QStringList streamed;
    ASSERT_TRUE(streamChecks(*db, [&](const Finding &f) {
                    if (f.rule == QLatin1String("year_to_date_overflow") && f.year == 2023)
                        streamed << QStringLiteral("%1 Q%2").arg(f.regionCode).arg(f.quarter);
                }).ok());
    streamed.sort();
    EXPECT_EQ(str(streamed.join(u',')), "410104 Q4,410104001 Q4,410104001001 Q4");
}

TEST_F(DataSafetyTest, ImportRefusesAFigureBeyondTheRangeNamingTheLimit)
{
    const QString csv = header() + QStringLiteral(
                                       "\nreturning_entrepreneurs,410104001001,2023,2,"
                                       "\"1,000,000,000,000\",\n");
    const ImportPlan plan = planImport(*db, csv.toUtf8(), QStringLiteral("big.csv"));
    ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
    EXPECT_EQ(plan.findings[0].line, 2);
    EXPECT_EQ(str(plan.findings[0].column), "value");
    EXPECT_NE(str(plan.findings[0].reason).find(Limit), std::string::npos)
        << str(plan.findings[0].reason);
    EXPECT_NE(str(plan.findings[0].reason).find("1,000,000,000,000"), std::string::npos);
    EXPECT_TRUE(plan.values.empty());
}

// Old Mac files end lines with CR alone: read as one line, the header would swallow the
// records and the import would "succeed" with nothing in it.
TEST_F(DataSafetyTest, CsvWithCarriageReturnLineEndsIsAFindingWithLineAndColumn)
{
    const QString csv =
        header() + QStringLiteral("\rreturning_entrepreneurs,410104001001,2023,2,40,\r");
    const ImportPlan plan = planImport(*db, csv.toUtf8(), QStringLiteral("mac.csv"));
    ASSERT_TRUE(plan.blocked());
    ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
    // The header is 43 characters long (by hand); its CR is column 44 of line 1.
    EXPECT_NE(str(plan.findings[0].reason).find("line 1, column 44"), std::string::npos)
        << str(plan.findings[0].reason);
    EXPECT_EQ(plan.newCount + plan.changedCount, 0);
    EXPECT_TRUE(plan.values.empty());
}

TEST_F(DataSafetyTest, CsvHeaderWithTwoColumnsOfOneNameIsAFindingNamingBoth)
{
    const QString csv = QStringLiteral("indicator,region,year,quarter,value,value\n"
                                       "returning_entrepreneurs,410104001001,2023,2,40,41\n");
    const ImportPlan plan = planImport(*db, csv.toUtf8(), QStringLiteral("twice.csv"));
    ASSERT_TRUE(plan.blocked());
    ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
    EXPECT_EQ(plan.findings[0].line, 1);
    EXPECT_EQ(str(plan.findings[0].column), "value");
    EXPECT_NE(str(plan.findings[0].reason).find("columns 5 and 6"), std::string::npos)
        << str(plan.findings[0].reason);
    EXPECT_TRUE(plan.values.empty());
}

// A comment with a carriage return, and one that literally holds "_x000D_", come back from
// xlsx exactly as written: libxlsxwriter writes the CR as "_x000D_", which the reader must
// decode, and the literal text must be escaped so it is not decoded.
TEST_F(DataSafetyTest, TextWithCarriageReturnSurvivesTheXlsxRoundTrip)
{
    const QStringList texts{QStringLiteral("first\rsecond"), QStringLiteral("crlf\r\nnext"),
                            QStringLiteral("typed _x000D_ literally"),
                            QStringLiteral("_x005F_ and _xABCD_"), QStringLiteral("tab\there")};
    ExportSheet sheet;
    sheet.name = QStringLiteral("comments");
    sheet.header = {QStringLiteral("comment"), QStringLiteral("figure")};
    for (const QString &t : texts)
        sheet.rows.push_back({ExportCell::textCell(t),
                              ExportCell::numberCell(QStringLiteral("999999999999.999999"))});
    const QString path = dir.filePath(QStringLiteral("comments.xlsx"));
    ASSERT_TRUE(xlsxexport::writeWorkbook({sheet}, path).ok());
    auto book = readXlsx(path);
    ASSERT_TRUE(book.ok()) << str(book.error());
    const XlsxSheet *read = book->sheet(QStringLiteral("comments"));
    ASSERT_NE(read, nullptr);
    for (int i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(str(read->cell(i + 1, 0)), str(texts[i])) << i;
        // 18 significant digits are beyond a double: the figure must come back exact.
        EXPECT_EQ(str(read->cell(i + 1, 1)), "999999999999.999999") << i;
    }
}

TEST_F(DataSafetyTest, CommentWithCarriageReturnReimportsUnchangedFromXlsx)
{
    const ValueKey key = village("410104001001", 2);
    ASSERT_TRUE(setValue(*db, key, dec("40"), QStringLiteral("checked\rby phone"),
                         QStringLiteral("local"))
                    .ok());
    auto values = exporttable::values(*db, 2023);
    ASSERT_TRUE(values.ok()) << str(values.error());
    const QString path = dir.filePath(QStringLiteral("values.xlsx"));
    ASSERT_TRUE(xlsxexport::writeWorkbook({*values}, path).ok());
    const ImportPlan plan = planImportFile(*db, path, QStringLiteral("local"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    EXPECT_EQ(plan.changedCount, 0) << "re-importing the export changes nothing";
    EXPECT_EQ(plan.newCount, 0);
    EXPECT_GT(plan.unchangedCount, 0);
}

} // namespace
} // namespace zx::test
