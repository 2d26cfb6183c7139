// xlsx import (issue 6): the reader on hand-made parts and on files written by openpyxl (a
// real other writer, through Debian's /usr/bin/python3), value sheets planned like the CSV,
// the fill-in template, damaged files, catalogue import, edit rights, progress and cancel.
// A fresh sample database per test (entryfixture.h).
#include "entryfixture.h"

#include "entry/catalogueentry.h"
#include "entry/workflow.h"
#include "io/csv.h"
#include "io/csvexport.h"
#include "io/textdecode.h"
#include "io/valueimport.h"
#include "io/xlsxreader.h"
#include "storage/catalogstore.h"
#include "storage/periodstore.h"
#include "summary/dataset.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <atomic>

namespace zx::test {
namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

// Writes a workbook with openpyxl from {"sheets": [{"name", "hidden", "rows": [[…]]}]}.
const char *const OpenpyxlScript = R"(
import json, sys, openpyxl
spec = json.load(open(sys.argv[1], encoding='utf-8'))
wb = openpyxl.Workbook()
wb.remove(wb.active)
for s in spec['sheets']:
    ws = wb.create_sheet(s['name'])
    if s.get('hidden'):
        ws.sheet_state = 'hidden'
    for row in s['rows']:
        ws.append(row)
wb.save(sys.argv[2])
)";

// Writes a zip from {"part name": "content"}: for hand-made xlsx parts and broken files.
const char *const ZipScript = R"(
import json, sys, zipfile
parts = json.load(open(sys.argv[1], encoding='utf-8'))
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, content in parts.items():
        z.writestr(name, content)
)";

bool haveOpenpyxl()
{
    QProcess p;
    p.start(Python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

using Cells = QJsonArray; // one row: numbers stay numbers, strings text, null empty

struct SheetSpec
{
    QString name;
    std::vector<Cells> rows;
    bool hidden = false;
};

class XlsxImportTest : public SampleDbTest
{
protected:
    void SetUp() override
    {
        SampleDbTest::SetUp();
        ASSERT_TRUE(haveOpenpyxl())
            << "/usr/bin/python3 has no openpyxl (setup.sh installs python3-openpyxl)";
    }

    // Runs `script` on a JSON spec; the file it writes is returned.
    QString runPython(const char *script, const QJsonDocument &spec, const QString &fileName)
    {
        const QString specPath = dir.filePath(fileName + QStringLiteral(".json"));
        QFile f(specPath);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(spec.toJson(QJsonDocument::Compact));
        f.close();
        const QString out = dir.filePath(fileName);
        QProcess p;
        p.start(Python, {QStringLiteral("-c"), QString::fromUtf8(script), specPath, out});
        EXPECT_TRUE(p.waitForFinished(120000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return out;
    }

    QString workbook(const std::vector<SheetSpec> &sheets, const QString &fileName)
    {
        QJsonArray list;
        for (const SheetSpec &s : sheets) {
            QJsonArray rows;
            for (const Cells &r : s.rows)
                rows.append(r);
            list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("hidden"), s.hidden},
                                    {QStringLiteral("rows"), rows}});
        }
        return runPython(OpenpyxlScript,
                         QJsonDocument(QJsonObject{{QStringLiteral("sheets"), list}}), fileName);
    }

    QString zipOf(const QJsonObject &parts, const QString &fileName)
    {
        return runPython(ZipScript, QJsonDocument(parts), fileName);
    }

    QString writeFile(const QString &fileName, const QByteArray &bytes)
    {
        const QString path = dir.filePath(fileName);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    // The stored values as a long-form sheet: numbers as numbers, like a spreadsheet holds them.
    static Cells valueRow(const Value &v, const QString &value, const QString &comment)
    {
        return Cells{v.indicatorCode, v.regionCode, v.year, v.quarter, value.toDouble(), comment};
    }
    static Cells valuesHeader()
    {
        return Cells{"indicator", "region", "year", "quarter", "value", "comment"};
    }
    static QString csvRow(const Value &v, const QString &value, const QString &comment)
    {
        return QStringLiteral("%1,%2,%3,%4,%5,%6\n")
            .arg(v.indicatorCode, v.regionCode)
            .arg(v.year)
            .arg(v.quarter)
            .arg(value, comment);
    }

    std::vector<Value> values2023()
    {
        auto all = valuestore::inYears(*db, 2023, 2023);
        EXPECT_TRUE(all.ok());
        return all.ok() ? *all : std::vector<Value>{};
    }

    QByteArray dbFingerprint()
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        }
        return all;
    }

    static QString findingsText(const ImportPlan &plan)
    {
        QStringList all;
        for (const auto &f : plan.findings)
            all << formatFinding(f);
        return all.join(QLatin1Char('\n'));
    }

    // A figure of 2023 that can be raised by one (with a comment) without any finding.
    std::optional<Value> raisableFigure(const QString &notRegion = QString())
    {
        for (const Value &v : values2023()) {
            if (v.regionCode == notRegion)
                continue;
            const QString next = (v.value + Decimal::fromInt(1)).toString();
            const QString csv = QStringLiteral("indicator,region,year,quarter,value,comment\n") +
                                csvRow(v, next, QStringLiteral("checked"));
            if (!planValueImport(*db, csv.toUtf8(), QStringLiteral("probe.csv")).blocked())
                return v;
        }
        return std::nullopt;
    }
};

TEST_F(XlsxImportTest, ReaderTakesSharedRichAndInlineStringsNumbersBooleansAndErrors)
{
    const QString ns = QStringLiteral(
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");
    QJsonObject parts;
    parts[QStringLiteral("[Content_Types].xml")] = QStringLiteral("<Types/>");
    parts[QStringLiteral("_rels/.rels")] = QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts[QStringLiteral("xl/workbook.xml")] =
        QStringLiteral("<workbook %1><sheets><sheet name=\"数据\" sheetId=\"1\" r:id=\"rId1\"/>"
                       "<sheet name=\"secret\" sheetId=\"2\" state=\"hidden\" "
                       "r:id=\"rId2\"/></sheets></workbook>")
            .arg(ns);
    // One relative and one absolute target.
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")] = QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"worksheet\" "
        "Target=\"/xl/worksheets/../worksheets/s2.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "</Relationships>");
    parts[QStringLiteral("xl/sharedStrings.xml")] =
        QStringLiteral(
            "<sst %1><si><t>张庄村</t></si>"
            "<si><r><rPr><b/></rPr><t>玉米</t></r><r><t xml:space=\"preserve\"> 播种</t></r>"
            "<rPh sb=\"0\" eb=\"1\"><t>ぎょく</t></rPh></si></sst>")
            .arg(ns);
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] =
        QStringLiteral(
            "<worksheet %1><sheetData>"
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"D1\" t=\"inlineStr\"><is><t>inline 文字</t></is></c></row>"
            "<row r=\"3\"><c><v>4296.3</v></c><c><v>1735</v></c><c t=\"b\"><v>1</v></c>"
            "<c t=\"e\"><v>#DIV/0!</v></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>张庄村x</v></c>"
            "<c r=\"G3\"><f>A3*2</f><v>8592.6000000000004</v></c></row>"
            "<row><c r=\"B4\"><v>1.0E-3</v></c></row>"
            "</sheetData></worksheet>")
            .arg(ns);
    parts[QStringLiteral("xl/worksheets/s2.xml")] =
        QStringLiteral(
            "<worksheet %1><sheetData><row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><r><t>a</t></r>"
            "<r><t>b</t></r></is></c></row></sheetData></worksheet>")
            .arg(ns);
    const QString file = zipOf(parts, QStringLiteral("hand.xlsx"));

    auto book = readXlsx(file);
    ASSERT_TRUE(book.ok()) << str(book.error());
    ASSERT_EQ(book->sheets.size(), 2u);
    const XlsxSheet &s = book->sheets[0];
    EXPECT_EQ(str(s.name), "数据");
    EXPECT_FALSE(s.hidden);
    EXPECT_EQ(str(s.cell(0, 0)), "张庄村");
    EXPECT_EQ(str(s.cell(0, 1)), "玉米 播种"); // runs joined, phonetic guide left out
    EXPECT_EQ(str(s.cell(0, 2)), "");
    EXPECT_EQ(str(s.cell(0, 3)), "inline 文字");
    EXPECT_EQ(str(s.cell(1, 0)), ""); // row 2 absent
    EXPECT_EQ(str(s.cell(2, 0)), "4296.3");
    EXPECT_EQ(str(s.cell(2, 1)), "1735");
    EXPECT_EQ(str(s.cell(2, 2)), "TRUE");
    EXPECT_EQ(str(s.cell(2, 3)), "#DIV/0!");
    EXPECT_EQ(str(s.cell(2, 4)), "张庄村x");
    EXPECT_EQ(str(s.cell(2, 6)), "8592.6"); // the formula's cached value, shortest form
    EXPECT_EQ(str(s.cell(3, 1)), "0.001");  // row without r= follows row 3
    const XlsxSheet *hidden = book->sheet(QStringLiteral("secret"));
    ASSERT_NE(hidden, nullptr);
    EXPECT_TRUE(hidden->hidden);
    EXPECT_EQ(str(hidden->cell(1, 2)), "ab");
    EXPECT_EQ(str(cellReference(8, 4)), "E9");
    EXPECT_EQ(str(cellReference(0, 27)), "AB1");
}

TEST_F(XlsxImportTest, OpenpyxlNumbersReadExactly)
{
    const QString file =
        workbook({{QStringLiteral("Sheet"), {Cells{4296.3, 1735, 21.9, 0.1, "文本"}}}},
                 QStringLiteral("numbers.xlsx"));
    auto book = readXlsx(file);
    ASSERT_TRUE(book.ok()) << str(book.error());
    const XlsxSheet &s = book->sheets.front();
    EXPECT_EQ(str(s.cell(0, 0)), "4296.3");
    EXPECT_EQ(str(s.cell(0, 1)), "1735");
    EXPECT_EQ(str(s.cell(0, 2)), "21.9");
    EXPECT_EQ(str(s.cell(0, 3)), "0.1");
    EXPECT_EQ(str(s.cell(0, 4)), "文本");
}

TEST_F(XlsxImportTest, ValuesSheetPlansLikeTheSameCsvAndImports)
{
    const std::vector<Value> all = values2023();
    ASSERT_GT(all.size(), 300u);
    QString csv = QStringLiteral("indicator,region,year,quarter,value,comment\n");
    SheetSpec sheet{QStringLiteral("values"), {valuesHeader()}};
    for (std::size_t i = 0; i < 300; ++i) {
        const QString comment = QStringLiteral("核实 %1").arg(i);
        csv += csvRow(all[i], all[i].value.toString(), comment);
        sheet.rows.push_back(valueRow(all[i], all[i].value.toString(), comment));
    }
    const ImportPlan fromCsv = planImportFile(*db, writeFile(QStringLiteral("v.csv"), csv.toUtf8()),
                                              QStringLiteral("local"));
    const ImportPlan fromXlsx =
        planImportFile(*db, workbook({sheet}, QStringLiteral("v.xlsx")), QStringLiteral("local"));
    ASSERT_FALSE(fromCsv.blocked()) << str(findingsText(fromCsv));
    ASSERT_FALSE(fromXlsx.blocked()) << str(findingsText(fromXlsx));
    EXPECT_EQ(fromXlsx.kind, ImportPlan::Kind::Values);
    EXPECT_EQ(str(fromXlsx.sheet), "values");
    EXPECT_EQ(fromXlsx.changedCount, 300);
    EXPECT_EQ(fromXlsx.changedCount, fromCsv.changedCount);
    EXPECT_EQ(fromXlsx.newCount, fromCsv.newCount);
    ASSERT_EQ(fromXlsx.values.size(), fromCsv.values.size());
    for (std::size_t i = 0; i < fromCsv.values.size(); ++i) {
        const ValueChange &a = fromCsv.values[i];
        const ValueChange &b = fromXlsx.values[i];
        ASSERT_EQ(
            str(Dataset::key(a.key.indicatorCode, a.key.regionCode, a.key.year, a.key.quarter)),
            str(Dataset::key(b.key.indicatorCode, b.key.regionCode, b.key.year, b.key.quarter)));
        EXPECT_EQ(str(a.value->toString()), str(b.value->toString()));
        EXPECT_EQ(str(a.comment), str(b.comment));
    }
    ASSERT_EQ(fromXlsx.previewHeader.size(), 6);
    EXPECT_EQ(fromXlsx.previewRows.size(), 50u);
    const Outcome applied = applyImport(*db, fromXlsx, QStringLiteral("local"));
    ASSERT_TRUE(applied.ok()) << str(applied.error());
    const Value &v = all[7];
    const auto stored = this->stored({v.indicatorCode, v.regionCode, v.year, v.quarter});
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(str(stored->comment), "核实 7");
    EXPECT_EQ(str(stored->value.toString()), str(v.value.toString())); // digits as stored
    expectChainVerifies();
}

TEST_F(XlsxImportTest, OneBadCellAmongThousandsBlocksEverythingAndNamesSheetAndCell)
{
    auto stored = valuestore::inYears(*db, 2022, 2023);
    ASSERT_TRUE(stored.ok());
    const std::vector<Value> &all = *stored;
    ASSERT_GE(all.size(), 3000u);
    SheetSpec sheet{QStringLiteral("填报"), {valuesHeader()}};
    for (std::size_t i = 0; i < 3000; ++i)
        sheet.rows.push_back(valueRow(all[i], all[i].value.toString(), QStringLiteral("imported")));
    sheet.rows[1500][4] = QStringLiteral("12x"); // data row 1500 is sheet row 1501
    const auto before = audit().size();
    const QString file = workbook({sheet}, QStringLiteral("big.xlsx"));
    const ImportPlan plan = planImportFile(*db, file, QStringLiteral("local"));
    ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
    const ImportFinding &f = plan.findings[0];
    EXPECT_EQ(str(f.sheet), "填报");
    EXPECT_EQ(f.line, 1501);
    EXPECT_EQ(str(f.cell), "E1501");
    EXPECT_EQ(str(f.column), "value");
    EXPECT_EQ(str(formatFinding(f)), "big.xlsx: 填报!E1501: value: bad number '12x'");
    EXPECT_TRUE(plan.values.empty());
    EXPECT_FALSE(applyImport(*db, plan, QStringLiteral("local")).ok());
    EXPECT_EQ(audit().size(), before);
}

TEST_F(XlsxImportTest, ChangedFigureOfAnApprovedQuarterIsRefusedAtItsCell)
{
    const Value v = values2023().front();
    PeriodStatus st{v.regionCode,
                    v.year,
                    v.quarter,
                    PeriodState::Approved,
                    QString(),
                    QStringLiteral("local"),
                    QStringLiteral("2024-01-10T00:00:00Z")};
    ASSERT_TRUE(periodstore::upsert(*db, st).ok());
    const QString file =
        workbook({{QStringLiteral("values"),
                   {valuesHeader(), valueRow(v, v.value.toString(), QStringLiteral("late fix"))}}},
                 QStringLiteral("locked.xlsx"));
    const ImportPlan plan = planImportFile(*db, file, QStringLiteral("local"));
    ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
    EXPECT_EQ(str(plan.findings[0].column), "quarter");
    EXPECT_EQ(str(plan.findings[0].cell), "D2");
    EXPECT_TRUE(plan.findings[0].reason.startsWith(QStringLiteral("locked")))
        << str(plan.findings[0].reason);
    EXPECT_EQ(str(stored({v.indicatorCode, v.regionCode, v.year, v.quarter})->comment),
              str(v.comment));
}

TEST_F(XlsxImportTest, DamagedFilesGiveAClearErrorAndLeaveTheDatabaseAsItWas)
{
    const QByteArray before = dbFingerprint();
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) % 251));
    const QString random = writeFile(QStringLiteral("random.xlsx"), noise);
    const QString noWorkbook =
        zipOf(QJsonObject{{QStringLiteral("hello.txt"), QStringLiteral("hi")}},
              QStringLiteral("noworkbook.xlsx"));
    const std::vector<Value> all = values2023();
    SheetSpec sheet{QStringLiteral("values"), {valuesHeader()}};
    for (std::size_t i = 0; i < 500; ++i)
        sheet.rows.push_back(valueRow(all[i], all[i].value.toString(), QStringLiteral("x")));
    QFile whole(workbook({sheet}, QStringLiteral("whole.xlsx")));
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString truncated =
        writeFile(QStringLiteral("truncated.xlsx"), bytes.left(bytes.size() / 2));
    const QString badXml = zipOf(
        QJsonObject{{QStringLiteral("xl/workbook.xml"), QStringLiteral("<workbook><sheets>")}},
        QStringLiteral("badxml.xlsx"));

    struct Case
    {
        QString path;
        QString mentions;
    };
    for (const Case &c :
         {Case{random, QStringLiteral("not an xlsx file")},
          Case{noWorkbook, QStringLiteral("xl/workbook.xml")},
          Case{truncated, QStringLiteral("not an xlsx file")},
          Case{badXml, QStringLiteral("malformed XML in the part xl/workbook.xml")}}) {
        auto book = readXlsx(c.path);
        ASSERT_FALSE(book.ok()) << str(c.path);
        EXPECT_TRUE(book.error().startsWith(QFileInfo(c.path).fileName() + QStringLiteral(": ")))
            << str(book.error());
        EXPECT_TRUE(book.error().contains(c.mentions)) << str(book.error());
        const ImportPlan plan = planImportFile(*db, c.path, QStringLiteral("local"));
        ASSERT_EQ(plan.findings.size(), 1u) << str(findingsText(plan));
        EXPECT_TRUE(formatFinding(plan.findings[0]).contains(c.mentions))
            << str(findingsText(plan));
        EXPECT_FALSE(applyImport(*db, plan, QStringLiteral("local")).ok());
    }
    EXPECT_EQ(dbFingerprint(), before);
}

TEST_F(XlsxImportTest, SheetWithoutAKnownHeaderAndOtherExtensionsAreFindings)
{
    const QString file =
        workbook({{QStringLiteral("notes"), {Cells{"名称", "数量"}, Cells{"a", 1}}}},
                 QStringLiteral("notes.xlsx"));
    const ImportPlan plan = planImportFile(*db, file, QStringLiteral("local"));
    ASSERT_EQ(plan.findings.size(), 1u);
    EXPECT_TRUE(
        plan.findings[0].reason.contains(QStringLiteral("indicator,region,year,quarter,value")))
        << str(plan.findings[0].reason);
    const ImportPlan text =
        planImportFile(*db, writeFile(QStringLiteral("a.txt"), "x"), QStringLiteral("local"));
    ASSERT_EQ(text.findings.size(), 1u);
    EXPECT_TRUE(text.findings[0].reason.contains(QStringLiteral(".txt")));
}

// The fill-in template, written by hand in the layout of xlsxexport::writeTemplate.
class TemplateImportTest : public XlsxImportTest
{
protected:
    static constexpr int Year = 2023;

    // Row 4… of a fill-in sheet: code, name, unit, Q1…Q4 as stored (numbers or empty), comment.
    Cells indicatorRow(const QString &indicator, const QString &region,
                       const QString &comment = QString())
    {
        Cells row{indicator, QStringLiteral("名称"), QStringLiteral("个")};
        for (int q = 1; q <= 4; ++q) {
            const auto v = stored({indicator, region, Year, q});
            row.append(v ? QJsonValue(v->value.toDouble()) : QJsonValue());
        }
        row.append(comment.isEmpty() ? QJsonValue() : QJsonValue(comment));
        return row;
    }
    static SheetSpec fillIn(const QString &name, std::vector<Cells> indicatorRows)
    {
        SheetSpec s{name,
                    {Cells{"2023年乡村振兴指标填报表"}, Cells{"区域：…  年度：2023"},
                     Cells{"指标代码", "指标名称", "单位", "一季度", "二季度", "三季度", "四季度",
                           "备注"}}};
        for (Cells &r : indicatorRows)
            s.rows.push_back(std::move(r));
        return s;
    }
    static SheetSpec index(const std::vector<std::pair<QString, QString>> &sheets)
    {
        SheetSpec s{QStringLiteral("_zhenxing"),
                    {Cells{"zhenxing-template", 1}, Cells{"sheet", "region", "year"}},
                    true};
        for (const auto &[name, region] : sheets)
            s.rows.push_back(Cells{name, region, Year});
        return s;
    }
    // Another figure of 2023 on a region other than `notRegion`.
    Value figureElsewhere(const QString &notRegion)
    {
        for (const Value &v : values2023())
            if (v.regionCode != notRegion && v.quarter == 1)
                return v;
        ADD_FAILURE() << "no figure elsewhere";
        return {};
    }
};

TEST_F(TemplateImportTest, FiguresLandOnTheirIndicatorRegionAndQuarter)
{
    const auto raised = raisableFigure();
    ASSERT_TRUE(raised.has_value());
    const Value &v = *raised;
    const Value other = figureElsewhere(v.regionCode);
    // The other region's Q1 is approved: its figures come back unchanged and pass.
    PeriodStatus st{other.regionCode,
                    Year,
                    1,
                    PeriodState::Approved,
                    QString(),
                    QStringLiteral("local"),
                    QStringLiteral("2024-01-10T00:00:00Z")};
    ASSERT_TRUE(periodstore::upsert(*db, st).ok());

    Cells mine = indicatorRow(v.indicatorCode, v.regionCode, QStringLiteral("模板修正"));
    const Decimal next = v.value + Decimal::fromInt(1);
    mine[2 + v.quarter] = next.toDouble();
    const QString file = workbook(
        {fillIn(QStringLiteral("甲"), {mine, Cells{}, Cells{QJsonValue(), "空行"}}),
         fillIn(QStringLiteral("乙"), {indicatorRow(other.indicatorCode, other.regionCode)}),
         index({{QStringLiteral("甲"), v.regionCode}, {QStringLiteral("乙"), other.regionCode}})},
        QStringLiteral("template.xlsx"));
    const auto auditBefore = audit().size();
    const ImportPlan plan = planImportFile(*db, file, QStringLiteral("local"));
    ASSERT_FALSE(plan.blocked()) << str(findingsText(plan));
    EXPECT_EQ(plan.kind, ImportPlan::Kind::Values);
    EXPECT_EQ(str(plan.sheet), "template");
    EXPECT_GE(plan.unchangedCount, 1); // the approved region's figures
    EXPECT_EQ(plan.previewHeader,
              QStringLiteral("indicator,region,year,quarter,value,comment").split(u','));
    ASSERT_FALSE(plan.previewRows.empty());
    EXPECT_EQ(plan.previewRows.front().at(1), v.regionCode);
    const Outcome applied = applyImport(*db, plan, QStringLiteral("local"));
    ASSERT_TRUE(applied.ok()) << str(applied.error());

    const auto now = stored({v.indicatorCode, v.regionCode, Year, v.quarter});
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(str(now->value.toString()), str(next.toString()));
    EXPECT_EQ(str(now->comment), "模板修正");
    for (int q = 1; q <= 4; ++q) {
        if (q == v.quarter)
            continue;
        const auto before = valuestore::find(*db, {v.indicatorCode, v.regionCode, Year, q});
        ASSERT_TRUE(before.ok());
        if (*before) { // the other quarters keep their figures, now with the row's comment
            EXPECT_EQ(str((*before)->comment), "模板修正");
        }
    }
    EXPECT_EQ(str(storedText({other.indicatorCode, other.regionCode, Year, 1})),
              str(other.value.toString()));
    EXPECT_EQ(str(stored({other.indicatorCode, other.regionCode, Year, 1})->comment),
              str(other.comment));
    const auto trail = audit();
    ASSERT_GT(trail.size(), auditBefore);
    for (std::size_t i = auditBefore; i < trail.size(); ++i)
        EXPECT_EQ(str(trail[i].regionCode), str(v.regionCode));
}

TEST_F(TemplateImportTest, ChangedLockedFigureMissingSheetAndUnknownRegionAreFindings)
{
    const Value v = values2023().front();
    PeriodStatus st{v.regionCode,
                    Year,
                    v.quarter,
                    PeriodState::Approved,
                    QString(),
                    QStringLiteral("local"),
                    QStringLiteral("2024-01-10T00:00:00Z")};
    ASSERT_TRUE(periodstore::upsert(*db, st).ok());
    Cells row = indicatorRow(v.indicatorCode, v.regionCode);
    row[2 + v.quarter] = (v.value + Decimal::fromInt(1)).toDouble();
    const QString file = workbook({fillIn(QStringLiteral("填报"), {row}),
                                   index({{QStringLiteral("填报"), v.regionCode},
                                          {QStringLiteral("不存在"), v.regionCode},
                                          {QStringLiteral("填报"), QStringLiteral("999")}})},
                                  QStringLiteral("bad-template.xlsx"));
    const ImportPlan plan = planImportFile(*db, file, QStringLiteral("local"));
    ASSERT_EQ(plan.findings.size(), 3u) << str(findingsText(plan));
    const QString text = findingsText(plan);
    EXPECT_TRUE(text.contains(QStringLiteral("bad-template.xlsx: _zhenxing!A4: ")) &&
                text.contains(QStringLiteral("不存在")))
        << str(text);
    EXPECT_TRUE(
        text.contains(QStringLiteral("bad-template.xlsx: _zhenxing!B5: unknown region '999'")))
        << str(text);
    const QString lockedCell = cellReference(3, 2 + v.quarter);
    EXPECT_TRUE(text.contains(
        QStringLiteral("bad-template.xlsx: 填报!%1: quarter: locked").arg(lockedCell)))
        << str(text);
    EXPECT_TRUE(plan.values.empty());
}

} // namespace
} // namespace zx::test
