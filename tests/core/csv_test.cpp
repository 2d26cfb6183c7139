// CSV as spreadsheets write it (RFC 4180), and errors that point at the line to fix.
#include "io/csv.h"

#include <gtest/gtest.h>

using namespace zx;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

CsvTable parsed(const QString &text)
{
    auto table = CsvTable::parse(text, QStringLiteral("test.csv"));
    EXPECT_TRUE(table.ok()) << str(table.error());
    return table.ok() ? *table : CsvTable();
}

} // namespace

TEST(Csv, PlainRecordsAndHeader)
{
    const CsvTable t =
        parsed(QStringLiteral("indicator,region,value\nriver_patrols,410104,2436\n"));
    EXPECT_EQ(t.header(), (QStringList{QStringLiteral("indicator"), QStringLiteral("region"),
                                       QStringLiteral("value")}));
    ASSERT_EQ(t.rowCount(), 1);
    EXPECT_EQ(t.field(0, QStringLiteral("value")), QStringLiteral("2436"));
    EXPECT_EQ(t.field(0, QStringLiteral("absent")), QString());
    EXPECT_EQ(t.column(QStringLiteral("region")), 1);
    EXPECT_EQ(t.lineOf(0), 2);
}

TEST(Csv, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    const CsvTable t = parsed(QStringLiteral("name,comment,n\n"
                                             "\"\"\"亮赛比\"\"区级专场比学\",\"a, b\",3\n"
                                             "\"two\nlines\",\"\",4\n"
                                             "after,x,5\n"));
    ASSERT_EQ(t.rowCount(), 3);
    EXPECT_EQ(t.row(0), (QStringList{QStringLiteral("\"亮赛比\"区级专场比学"),
                                     QStringLiteral("a, b"), QStringLiteral("3")}));
    EXPECT_EQ(t.row(1),
              (QStringList{QStringLiteral("two\nlines"), QString(), QStringLiteral("4")}));
    EXPECT_EQ(t.row(2).at(0), QStringLiteral("after"));
    EXPECT_EQ(t.lineOf(0), 2);
    EXPECT_EQ(t.lineOf(1), 3);
    EXPECT_EQ(t.lineOf(2), 5); // the quoted line break counts as a line
}

TEST(Csv, EmptyFieldsAreKept)
{
    const CsvTable t = parsed(QStringLiteral("a,b,c\n,,\n1,,3\n"));
    ASSERT_EQ(t.rowCount(), 2);
    EXPECT_EQ(t.row(0), (QStringList{QString(), QString(), QString()}));
    EXPECT_EQ(t.row(1), (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
}

TEST(Csv, ByteOrderMarkIsStripped)
{
    const CsvTable t = parsed(QStringLiteral("\uFEFFcode,name\n410104,XX区\n"));
    ASSERT_EQ(t.header().size(), 2);
    EXPECT_EQ(t.header().first(), QStringLiteral("code"));
    EXPECT_EQ(t.column(QStringLiteral("code")), 0);
    EXPECT_EQ(t.field(0, QStringLiteral("code")), QStringLiteral("410104"));
}

TEST(Csv, CrLfLineEnds)
{
    const CsvTable t = parsed(QStringLiteral("code,name\r\n410104,XX区\r\n410104001,\"城东\"\r\n"));
    EXPECT_EQ(t.header(), (QStringList{QStringLiteral("code"), QStringLiteral("name")}));
    ASSERT_EQ(t.rowCount(), 2);
    EXPECT_EQ(t.row(0), (QStringList{QStringLiteral("410104"), QStringLiteral("XX区")}));
    EXPECT_EQ(t.row(1), (QStringList{QStringLiteral("410104001"), QStringLiteral("城东")}));
    EXPECT_EQ(t.lineOf(1), 3);
}

TEST(Csv, NoFinalLineBreakAndBlankLines)
{
    const CsvTable t = parsed(QStringLiteral("a,b\n\n1,2\n\n3,4"));
    ASSERT_EQ(t.rowCount(), 2);
    EXPECT_EQ(t.row(1), (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    EXPECT_EQ(t.lineOf(0), 3);
    EXPECT_EQ(t.lineOf(1), 5);
}

TEST(Csv, WrongFieldCountNamesTheFileAndLine)
{
    auto t = CsvTable::parse(QStringLiteral("a,b\n1,2\n3\n"), QStringLiteral("values.csv"));
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().contains(QStringLiteral("values.csv"))) << str(t.error());
    EXPECT_TRUE(t.error().contains(QStringLiteral("line 3"))) << str(t.error());

    auto tooMany = CsvTable::parse(QStringLiteral("a,b\n1,2,3\n"), QStringLiteral("values.csv"));
    ASSERT_FALSE(tooMany.ok());
    EXPECT_TRUE(tooMany.error().contains(QStringLiteral("line 2"))) << str(tooMany.error());
}

TEST(Csv, WrongFieldCountAfterAMultiLineFieldNamesTheRightLine)
{
    auto t = CsvTable::parse(QStringLiteral("a,b\n\"x\ny\",1\n2\n"), QStringLiteral("values.csv"));
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().contains(QStringLiteral("line 4"))) << str(t.error());
}

TEST(Csv, UnclosedQuoteNamesTheLineItOpensOn)
{
    auto t = CsvTable::parse(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n6,7\n"),
                             QStringLiteral("values.csv"));
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().contains(QStringLiteral("values.csv"))) << str(t.error());
    EXPECT_TRUE(t.error().contains(QStringLiteral("line 3"))) << str(t.error());
}

TEST(Csv, EmptyInputIsAnError)
{
    auto t = CsvTable::parse(QString(), QStringLiteral("regions.csv"));
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().contains(QStringLiteral("regions.csv"))) << str(t.error());
}

// Old Mac files end lines with a carriage return alone; read as one line, every record would
// vanish into the header. Refused, naming the line and the column of the first such CR.
TEST(Csv, CarriageReturnAloneEndingALineIsRefusedWithLineAndColumn)
{
    const auto table = CsvTable::parse(QStringLiteral("a,b\n1,2\rx,y\r"), QStringLiteral("mac.csv"));
    ASSERT_FALSE(table.ok());
    // Line 2 is "1,2" then the CR: column 4 (by hand).
    EXPECT_NE(str(table.error()).find("mac.csv: line 2, column 4"), std::string::npos)
        << str(table.error());
    EXPECT_NE(str(table.error()).find("carriage return"), std::string::npos);
}

TEST(Csv, WindowsLineEndsAndALastCarriageReturnAreFine)
{
    const CsvTable t = parsed(QStringLiteral("a,b\r\n1,2\r\n3,4\r"));
    ASSERT_EQ(t.rowCount(), 2);
    EXPECT_EQ(t.field(1, QStringLiteral("b")), QStringLiteral("4"));
    EXPECT_EQ(t.lineOf(1), 3);
    // Inside quotes a lone CR is part of the text.
    const CsvTable q = parsed(QStringLiteral("a,b\n\"x\ry\",2\n"));
    ASSERT_EQ(q.rowCount(), 1);
    EXPECT_EQ(q.field(0, QStringLiteral("a")), QStringLiteral("x\ry"));
}

TEST(Csv, HeaderLineSkipsLeadingBlankLines)
{
    const CsvTable t = parsed(QStringLiteral("\n\na,b\n1,2\n"));
    EXPECT_EQ(t.headerLine(), 3);
    EXPECT_EQ(t.lineOf(0), 4);
}
