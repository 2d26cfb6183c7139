// xlsx export (issue 6): the export tables written with libxlsxwriter and the fill-in template,
// read back with openpyxl (openpyxl.h) as a spreadsheet program would. A fresh sample database
// per test (entryfixture.h).
#include "entryfixture.h"
#include "openpyxl.h"

#include "entry/valueentry.h"
#include "entry/workflow.h"
#include "io/exporttable.h"
#include "io/xlsxexport.h"
#include "report/reportdata.h"
#include "summary/evaluator.h"
#include "summary/summaryformat.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace zx::test {
namespace {

const QString County = QStringLiteral("410104");
const QString Chengdong = QStringLiteral("410104001"); // a sub-district (township)
const QString Village = QStringLiteral("410104001001"); // a village of Chengdong

class XlsxExportTest : public SampleDbTest
{
protected:
    QString out(const QString &name) { return dir.filePath(name); }

    // Writes `sheets` to `name` and reads the file back.
    QJsonObject roundTrip(const std::vector<ExportSheet> &sheets, const QString &name)
    {
        const Outcome ok = xlsxexport::writeWorkbook(sheets, out(name));
        EXPECT_TRUE(ok.ok()) << str(ok.error());
        return readXlsx(out(name));
    }

    RegionSummary countySummary(Dataset &data, int quarter = 4)
    {
        const Evaluator eval(data);
        return eval.summarize(County, 2023, quarter);
    }

    Dataset load(int from, int to)
    {
        auto data = Dataset::load(*db, from, to);
        EXPECT_TRUE(data.ok()) << str(data.error());
        return std::move(data).value();
    }

    QJsonObject templateBook(const QString &name = QStringLiteral("form.xlsx"),
                             const QString &root = QString(), const QString &lang = QStringLiteral("zh"))
    {
        const Outcome ok = xlsxexport::writeTemplate(*db, out(name), 2023, root, lang);
        EXPECT_TRUE(ok.ok()) << str(ok.error());
        return readXlsx(out(name));
    }

    // The template's rows (from row 4) of one sheet: indicator code → its cells.
    static QHash<QString, QJsonArray> formRows(const QJsonObject &sheet)
    {
        QHash<QString, QJsonArray> rows;
        const QJsonArray all = rowsOf(sheet);
        for (qsizetype r = 3; r < all.size(); ++r) {
            const QJsonArray cells = all.at(r).toArray();
            rows.insert(cells.at(0)[QStringLiteral("v")].toString(), cells);
        }
        return rows;
    }

    static QStringList formCodes(const QJsonObject &sheet)
    {
        QStringList codes;
        const QJsonArray all = rowsOf(sheet);
        for (qsizetype r = 3; r < all.size(); ++r)
            codes << all.at(r).toArray().at(0)[QStringLiteral("v")].toString();
        return codes;
    }

    // The fill-in sheet of `region`, found through the hidden index sheet.
    static QJsonObject formOf(const QJsonObject &book, const QString &region)
    {
        const QJsonArray index = rowsOf(sheetNamed(book, QStringLiteral("_zhenxing")));
        for (qsizetype r = 2; r < index.size(); ++r) {
            const QJsonArray row = index.at(r).toArray();
            if (row.at(1)[QStringLiteral("v")].toString() == region)
                return sheetNamed(book, row.at(0)[QStringLiteral("v")].toString());
        }
        ADD_FAILURE() << "no sheet for region " << str(region);
        return {};
    }
};

TEST_F(XlsxExportTest, ValuesWorkbookHoldsEveryStoredFigureAsANumber)
{
    auto table = exporttable::values(*db);
    ASSERT_TRUE(table.ok()) << str(table.error());
    const QJsonObject book = roundTrip({*table}, QStringLiteral("values.xlsx"));
    ASSERT_EQ(sheetNames(book), QStringList{QStringLiteral("values")});
    const QJsonObject sheet = sheetNamed(book, QStringLiteral("values"));
    auto stored = valuestore::inYears(*db, 1900, 9999);
    ASSERT_TRUE(stored.ok());
    // In the export's order (docs/formats.md): year, region, indicator (codes as bytes), quarter.
    std::vector<Value> figures = std::move(stored).value();
    std::sort(figures.begin(), figures.end(), [](const Value &a, const Value &b) {
        return std::make_tuple(a.year, a.regionCode.toUtf8(), a.indicatorCode.toUtf8(), a.quarter) <
               std::make_tuple(b.year, b.regionCode.toUtf8(), b.indicatorCode.toUtf8(), b.quarter);
    });
    const QJsonArray rows = rowsOf(sheet);
    ASSERT_EQ(rows.size(), qsizetype(figures.size()) + 1) << "header and one row per figure";

    // Bold header, frozen below it.
    EXPECT_EQ(text(cellAt(sheet, 0, 0)), QStringLiteral("indicator"));
    EXPECT_EQ(text(cellAt(sheet, 0, 4)), QStringLiteral("value"));
    EXPECT_TRUE(cellAt(sheet, 0, 0)[QStringLiteral("bold")].toBool());
    EXPECT_EQ(sheet[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));

    bool sawComment = false, sawDecimal = false;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const Value &v = figures[i];
        const QJsonArray row = rows.at(qsizetype(i) + 1).toArray();
        ASSERT_EQ(row.at(0)[QStringLiteral("v")].toString(), v.indicatorCode);
        ASSERT_EQ(row.at(1)[QStringLiteral("v")].toString(), v.regionCode)
            << "region codes stay text, not 4.10104E+11";
        ASSERT_EQ(row.at(1)[QStringLiteral("t")].toString(), QStringLiteral("s"));
        ASSERT_EQ(row.at(2)[QStringLiteral("v")].toInt(), v.year);
        ASSERT_EQ(row.at(3)[QStringLiteral("v")].toInt(), v.quarter);
        ASSERT_EQ(row.at(4)[QStringLiteral("t")].toString(), QStringLiteral("n")) << str(v.indicatorCode);
        ASSERT_EQ(row.at(4)[QStringLiteral("v")].toDouble(), v.value.toDouble())
            << str(v.indicatorCode) << " " << str(v.value.toString());
        if (v.value.toString() == QLatin1String("773.1"))
            sawDecimal = true;
        if (!v.comment.isEmpty()) {
            EXPECT_EQ(row.at(5)[QStringLiteral("v")].toString(), v.comment);
            sawComment = sawComment || v.comment == QStringLiteral("截至6月30日夏播进度");
        }
    }
    EXPECT_TRUE(sawDecimal) << "773.1 (summer sowing, 2023 Q2) exported as the number 773.1";
    EXPECT_TRUE(sawComment) << "Chinese comment intact";
}

TEST_F(XlsxExportTest, CatalogueKeepsChineseNames)
{
    auto table = exporttable::catalogue(*db);
    ASSERT_TRUE(table.ok());
    const QJsonObject sheet =
        sheetNamed(roundTrip({*table}, QStringLiteral("catalogue.xlsx")), QStringLiteral("catalogue"));
    bool found = false;
    for (const QJsonValue &row : rowsOf(sheet)) {
        const QJsonArray cells = row.toArray();
        if (cells.at(0)[QStringLiteral("v")].toString() == QLatin1String("summer_sowing_area")) {
            found = true;
            EXPECT_EQ(cells.at(2)[QStringLiteral("v")].toString(), QStringLiteral("夏播面积"));
            EXPECT_EQ(cells.at(4)[QStringLiteral("v")].toString(), QStringLiteral("亩"));
            EXPECT_EQ(cells.at(5)[QStringLiteral("v")].toString(), QStringLiteral("mu")) << "unit_en";
            EXPECT_EQ(cells.at(6)[QStringLiteral("t")].toString(), QStringLiteral("n")) << "decimals";
            EXPECT_EQ(cells.at(6)[QStringLiteral("v")].toInt(), 1);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(XlsxExportTest, FormulaLikeTextIsAStringCellKeptExactly)
{
    // Through the database: comments a clerk typed.
    auto all = valuestore::inYears(*db, 2023, 2023);
    ASSERT_TRUE(all.ok() && all->size() >= 4);
    const QStringList comments = {QStringLiteral("=1+1"), QStringLiteral("+86 138"),
                                  QStringLiteral("-5 since Q1"), QStringLiteral("@SUM(A1)")};
    for (int i = 0; i < comments.size(); ++i) {
        const Value &v = (*all)[std::size_t(i)];
        const Outcome ok = setValue(*db, {v.indicatorCode, v.regionCode, v.year, v.quarter},
                                    v.value, comments[i], QStringLiteral("local"));
        ASSERT_TRUE(ok.ok()) << str(ok.error());
    }
    auto table = exporttable::values(*db, 2023);
    ASSERT_TRUE(table.ok());
    // And directly: every character that starts a formula, as the first character.
    ExportSheet tricky;
    tricky.name = QStringLiteral("tricky");
    tricky.header = {QStringLiteral("text")};
    for (const QString &t : {QStringLiteral("=SUM(A1)"), QStringLiteral("+1"), QStringLiteral("-1"),
                             QStringLiteral("@A1"), QStringLiteral("\t=1"), QStringLiteral("=HYPERLINK(\"x\")")})
        tricky.rows.push_back({ExportCell::textCell(t)});

    const QJsonObject book = roundTrip({*table, tricky}, QStringLiteral("tricky.xlsx"));
    QStringList seen;
    for (const QJsonValue &row : rowsOf(sheetNamed(book, QStringLiteral("values")))) {
        const QJsonObject comment = row.toArray().at(5).toObject();
        if (comments.contains(text(comment))) {
            EXPECT_EQ(type(comment), QStringLiteral("s")) << str(text(comment));
            seen << text(comment);
        }
    }
    seen.sort();
    QStringList expected = comments;
    expected.sort();
    EXPECT_EQ(seen, expected) << "each comment exactly as typed, no apostrophe";

    const QJsonObject sheet = sheetNamed(book, QStringLiteral("tricky"));
    ASSERT_EQ(rowsOf(sheet).size(), qsizetype(tricky.rows.size()) + 1);
    for (std::size_t i = 0; i < tricky.rows.size(); ++i) {
        const QJsonObject cell = cellAt(sheet, int(i) + 1, 0);
        EXPECT_EQ(type(cell), QStringLiteral("s")) << "a string, not a formula: " << str(text(cell));
        EXPECT_EQ(text(cell), tricky.rows[i][0].text);
    }
}

TEST_F(XlsxExportTest, StatusTableMatchesTheDashboard)
{
    Dataset data = load(2022, 2023);
    const RegionSummary summary = countySummary(data);
    const QJsonObject json = summaryToJson(summary);
    double completion = 0;
    for (const QJsonValue &row : json[QStringLiteral("indicators")].toArray())
        if (row[QStringLiteral("code")].toString() == QLatin1String("returning_entrepreneurs"))
            completion = row[QStringLiteral("completion_pct")].toDouble();
    ASSERT_DOUBLE_EQ(completion, 136.86) << "479 of 350";

    const ExportSheet zh = exporttable::status(summary, data, QStringLiteral("zh"));
    const ExportSheet en = exporttable::status(summary, data, QStringLiteral("en"));
    const QJsonObject book = roundTrip({zh}, QStringLiteral("status.xlsx"));
    const QJsonObject sheet = sheetNamed(book, QStringLiteral("status"));
    const QJsonArray rows = rowsOf(sheet);
    ASSERT_EQ(rows.size(), qsizetype(summary.indicators.size()) + 1);
    QStringList header;
    for (const QJsonValue &c : rows.at(0).toArray())
        header << c[QStringLiteral("v")].toString();
    EXPECT_EQ(header, QStringLiteral("code,name,unit,actual,target,completion_pct,time_progress_pct,"
                                     "status,yoy_pct,qoq_pct")
                          .split(u','));

    QHash<QString, QJsonArray> byCode;
    for (qsizetype r = 1; r < rows.size(); ++r)
        byCode.insert(rows.at(r).toArray().at(0)[QStringLiteral("v")].toString(), rows.at(r).toArray());
    const QJsonArray ret = byCode.value(QStringLiteral("returning_entrepreneurs"));
    ASSERT_FALSE(ret.isEmpty());
    EXPECT_EQ(ret.at(1)[QStringLiteral("v")].toString(), QStringLiteral("返乡下乡创业人员"));
    EXPECT_EQ(ret.at(3)[QStringLiteral("t")].toString(), QStringLiteral("n"));
    EXPECT_EQ(ret.at(3)[QStringLiteral("v")].toDouble(), 479);
    EXPECT_EQ(ret.at(4)[QStringLiteral("v")].toDouble(), 350);
    EXPECT_EQ(ret.at(5)[QStringLiteral("t")].toString(), QStringLiteral("n"));
    EXPECT_EQ(ret.at(5)[QStringLiteral("v")].toDouble(), completion);
    EXPECT_EQ(ret.at(6)[QStringLiteral("v")].toDouble(), 100) << "Q4: the whole year";
    EXPECT_EQ(ret.at(7)[QStringLiteral("v")].toString(),
              reportStatusText(TrackStatus::Done, ReportLanguage::Chinese));
    EXPECT_EQ(ret.at(7)[QStringLiteral("v")].toString(), QStringLiteral("已完成"));

    const QJsonArray sowing = byCode.value(QStringLiteral("summer_sowing_area"));
    ASSERT_FALSE(sowing.isEmpty());
    EXPECT_EQ(sowing.at(3)[QStringLiteral("v")].toDouble(), 4296.3) << "not 4296.2999";
    EXPECT_EQ(byCode.value(QStringLiteral("corn_area")).at(3)[QStringLiteral("v")].toDouble(), 1735);

    // English words for the English table; codes and numbers the same.
    for (const auto &row : en.rows)
        if (row[0].text == QLatin1String("returning_entrepreneurs")) {
            EXPECT_EQ(row[1].text, QStringLiteral("returning entrepreneurs"));
            EXPECT_EQ(row[7].text, QStringLiteral("Done"));
            EXPECT_EQ(row[5].text, QStringLiteral("136.86"));
        }
}

TEST_F(XlsxExportTest, FailedWriteNamesTheFileAndLeavesTheOldOneAlone)
{
    auto table = exporttable::values(*db, 2023);
    ASSERT_TRUE(table.ok());

    // A folder that does not exist.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/values.xlsx"));
    Outcome ok = xlsxexport::writeWorkbook({*table}, missing);
    EXPECT_FALSE(ok.ok());
    EXPECT_TRUE(ok.error().contains(QStringLiteral("values.xlsx"))) << str(ok.error());
    EXPECT_FALSE(QFileInfo::exists(missing));
    ok = xlsxexport::writeTemplate(*db, missing, 2023);
    EXPECT_FALSE(ok.ok());
    EXPECT_TRUE(ok.error().contains(QStringLiteral("values.xlsx"))) << str(ok.error());

    // A failure half way (a text longer than a cell can hold) leaves the earlier file as it
    // was, and no temporary file beside it.
    QDir folder(dir.filePath(QStringLiteral("out")));
    ASSERT_TRUE(folder.mkpath(QStringLiteral(".")));
    const QString target = folder.filePath(QStringLiteral("report.xlsx"));
    {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("the earlier file");
    }
    ExportSheet tooLong = *table;
    tooLong.rows.back().back() = ExportCell::textCell(QString(40000, u'x'));
    ok = xlsxexport::writeWorkbook({tooLong}, target);
    EXPECT_FALSE(ok.ok());
    EXPECT_TRUE(ok.error().contains(QStringLiteral("report.xlsx"))) << str(ok.error());
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("the earlier file"));
    EXPECT_EQ(folder.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.xlsx")});

    // A successful write replaces it.
    ok = xlsxexport::writeWorkbook({*table}, target);
    ASSERT_TRUE(ok.ok()) << str(ok.error());
    EXPECT_FALSE(readXlsx(target).isEmpty());
    EXPECT_EQ(folder.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.xlsx")});
}

// Drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from this thread's effective capabilities for
// its lifetime (capset acts on the calling thread only), so a folder's permissions bind root
// as they bind a clerk: CI runs the tests as root. A no-op for a user without capabilities.
class FolderPermissionsBindRoot
{
public:
    FolderPermissionsBindRoot()
    {
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_dropped = ::syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~FolderPermissionsBindRoot()
    {
        if (m_dropped)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    FolderPermissionsBindRoot(const FolderPermissionsBindRoot &) = delete;
    FolderPermissionsBindRoot &operator=(const FolderPermissionsBindRoot &) = delete;

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
    bool m_dropped = false;
};

TEST_F(XlsxExportTest, ReadOnlyFolderFailsWithAMessage)
{
    QDir folder(dir.filePath(QStringLiteral("ro")));
    ASSERT_TRUE(folder.mkpath(QStringLiteral(".")));
    const QString target = folder.filePath(QStringLiteral("values.xlsx"));
    {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    auto table = exporttable::values(*db, 2023);
    ASSERT_TRUE(table.ok());
    ASSERT_TRUE(QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    bool probeWritten = false;
    Outcome ok;
    {
        const FolderPermissionsBindRoot asAClerk;
        // The folder really is read-only for this process, root or not.
        QFile probe(folder.filePath(QStringLiteral("probe")));
        probeWritten = probe.open(QIODevice::WriteOnly);
        ok = xlsxexport::writeWorkbook({*table}, target);
    }
    QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    EXPECT_FALSE(probeWritten) << "the read-only folder took a new file";
    EXPECT_FALSE(ok.ok());
    EXPECT_TRUE(ok.error().contains(QStringLiteral("values.xlsx"))) << str(ok.error());
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("old"));
}

TEST_F(XlsxExportTest, SheetNamesAreMadeValidAndUnique)
{
    ExportSheet a;
    a.name = QStringLiteral("a/b:c*d?e[f]g\\h and a name far longer than thirty-one characters");
    a.header = {QStringLiteral("x")};
    ExportSheet b = a;
    const QJsonObject book = roundTrip({a, b}, QStringLiteral("names.xlsx"));
    const QStringList names = sheetNames(book);
    ASSERT_EQ(names.size(), 2);
    EXPECT_NE(names[0], names[1]);
    for (const QString &n : names) {
        EXPECT_LE(n.size(), 31) << str(n);
        for (QChar c : QStringLiteral("[]:*?/\\"))
            EXPECT_FALSE(n.contains(c)) << str(n);
    }
}

TEST_F(XlsxExportTest, TemplateIndexSheetIsHiddenAndNamesEveryRegion)
{
    const QJsonObject book = templateBook();
    const QStringList names = sheetNames(book);
    Dataset data = load(2023, 2023);
    ASSERT_EQ(names.size(), qsizetype(data.regions().size()) + 1) << "one sheet per region + index";
    EXPECT_EQ(names.last(), QStringLiteral("_zhenxing"));
    EXPECT_EQ(names.first(), QStringLiteral("XX区"));
    EXPECT_EQ(book[QStringLiteral("active")].toString(), QStringLiteral("XX区"));

    const QJsonObject index = sheetNamed(book, QStringLiteral("_zhenxing"));
    EXPECT_EQ(index[QStringLiteral("state")].toString(), QStringLiteral("hidden"));
    EXPECT_EQ(text(cellAt(index, 0, 0)), QStringLiteral("zhenxing-template"));
    EXPECT_EQ(type(cellAt(index, 0, 1)), QStringLiteral("n"));
    EXPECT_EQ(cellAt(index, 0, 1)[QStringLiteral("v")].toInt(), 1);
    EXPECT_EQ(text(cellAt(index, 1, 0)), QStringLiteral("sheet"));
    EXPECT_EQ(text(cellAt(index, 1, 1)), QStringLiteral("region"));
    EXPECT_EQ(text(cellAt(index, 1, 2)), QStringLiteral("year"));
    const QJsonArray rows = rowsOf(index);
    ASSERT_EQ(rows.size(), names.size() - 1 + 2);
    QStringList regions;
    for (qsizetype r = 2; r < rows.size(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        EXPECT_EQ(row.at(0)[QStringLiteral("v")].toString(), names.at(r - 2));
        EXPECT_EQ(row.at(1)[QStringLiteral("t")].toString(), QStringLiteral("s")) << "code as text";
        EXPECT_EQ(row.at(2)[QStringLiteral("t")].toString(), QStringLiteral("n"));
        EXPECT_EQ(row.at(2)[QStringLiteral("v")].toInt(), 2023);
        regions << row.at(1)[QStringLiteral("v")].toString();
    }
    // Depth first: the county, its first sub-district, that sub-district's villages, …
    ASSERT_GE(regions.size(), 3);
    EXPECT_EQ(regions[0], County);
    EXPECT_EQ(regions[1], Chengdong);
    EXPECT_EQ(regions[2], Village);
    // Every fill-in sheet is protected; the index is not a fill-in sheet.
    for (const QJsonValue &s : book[QStringLiteral("sheets")].toArray())
        if (s[QStringLiteral("name")].toString() != QLatin1String("_zhenxing")) {
            EXPECT_TRUE(s[QStringLiteral("protected")].toBool()) << str(s[QStringLiteral("name")].toString());
            EXPECT_EQ(s[QStringLiteral("state")].toString(), QStringLiteral("visible"));
        }
}

TEST_F(XlsxExportTest, TemplateSheetIsThePaperFormWithStoredFigures)
{
    const QJsonObject book = templateBook();
    const QJsonObject village = formOf(book, Village);
    ASSERT_FALSE(village.isEmpty());
    EXPECT_TRUE(village[QStringLiteral("merged")].toArray().contains(QStringLiteral("A1:H1")));
    EXPECT_TRUE(text(cellAt(village, 0, 0)).contains(QStringLiteral("2023年 乡村振兴指标填报表")))
        << str(text(cellAt(village, 0, 0)));
    EXPECT_TRUE(text(cellAt(village, 1, 0)).contains(Village)) << "the caption names the code";
    QStringList captions;
    for (const QJsonValue &c : rowsOf(village).at(2).toArray())
        captions << c[QStringLiteral("v")].toString();
    EXPECT_EQ(captions, QStringLiteral("指标代码,指标名称,单位,一季度,二季度,三季度,四季度,备注").split(u','));
    EXPECT_EQ(village[QStringLiteral("orientation")].toString(), QStringLiteral("landscape"));
    EXPECT_EQ(village[QStringLiteral("paper")].toInt(), 9) << "A4";
    EXPECT_EQ(village[QStringLiteral("titleRows")].toString(), QStringLiteral("$3:$3"));

    // Figures stored on the village, as numbers, for every quarter; nothing invented.
    Dataset data = load(2023, 2023);
    const auto rows = formRows(village);
    ASSERT_FALSE(rows.isEmpty());
    int figures = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Indicator *ind = data.indicator(it.key());
        ASSERT_TRUE(ind) << str(it.key());
        EXPECT_EQ(it.value().at(1)[QStringLiteral("v")].toString(), ind->name);
        EXPECT_EQ(it.value().at(2)[QStringLiteral("v")].toString(), ind->unit);
        for (int q = 1; q <= 4; ++q) {
            const QJsonObject cell = it.value().at(2 + q).toObject();
            const auto &stored = data.stored(ind->code, Village, 2023, q);
            if (stored) {
                ++figures;
                EXPECT_EQ(type(cell), QStringLiteral("n"));
                EXPECT_EQ(cell[QStringLiteral("v")].toDouble(), stored->toDouble())
                    << str(ind->code) << " Q" << q;
            } else {
                EXPECT_TRUE(cell[QStringLiteral("v")].isNull()) << str(ind->code) << " Q" << q;
            }
        }
    }
    EXPECT_GT(figures, 20);

    // Catalogue order: the rows are the catalogue's, in its order, minus the left-out ones.
    QStringList catalogueOrder;
    for (const Category &c : data.categories())
        for (const Indicator &i : data.indicators())
            if (i.categoryCode == c.code)
                catalogueOrder << i.code;
    const QStringList codes = formCodes(village);
    qsizetype last = -1;
    for (const QString &code : codes) {
        const qsizetype at = catalogueOrder.indexOf(code);
        EXPECT_GT(at, last) << str(code);
        last = at;
    }
}

TEST_F(XlsxExportTest, TemplateLeavesOutRatiosAndRolledUpRows)
{
    const QJsonObject book = templateBook();
    const QStringList county = formCodes(formOf(book, County));
    const QStringList village = formCodes(formOf(book, Village));
    for (const QStringList &codes : {county, village}) {
        EXPECT_FALSE(codes.contains(QStringLiteral("star_household_coverage"))) << "a ratio";
        EXPECT_FALSE(codes.contains(QStringLiteral("rectification_rate"))) << "a ratio";
    }
    // The county's summer sowing is the sum of its villages: entered there, not at the county.
    EXPECT_FALSE(county.contains(QStringLiteral("summer_sowing_area")));
    EXPECT_TRUE(village.contains(QStringLiteral("summer_sowing_area")));
    // Stored on the county itself: entered at the county.
    EXPECT_TRUE(county.contains(QStringLiteral("comparison_sessions")));
}

TEST_F(XlsxExportTest, TemplateUnlocksOnlyTheInputCells)
{
    const QJsonObject village = formOf(templateBook(), Village);
    const QJsonArray rows = rowsOf(village);
    ASSERT_GT(rows.size(), 4);
    EXPECT_TRUE(village[QStringLiteral("protected")].toBool());
    for (qsizetype r = 3; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        ASSERT_EQ(cells.size(), 8);
        for (int c = 0; c < 8; ++c) {
            const bool locked = cells.at(c)[QStringLiteral("locked")].toBool();
            EXPECT_EQ(locked, c < 3) << "row " << r + 1 << " column " << char('A' + c);
        }
        EXPECT_EQ(cells.at(3)[QStringLiteral("fill")].toString(), QStringLiteral("FFFFFFFF"))
            << "input cells are white";
        EXPECT_NE(cells.at(0)[QStringLiteral("fill")].toString(), QStringLiteral("FFFFFFFF"))
            << "code cells are grey";
    }
}

TEST_F(XlsxExportTest, TemplateLocksApprovedQuarters)
{
    ASSERT_TRUE(workflow::submit(*db, Chengdong, 2023, 2, QStringLiteral("local")).ok());
    const Outcome approved = workflow::approve(*db, Chengdong, 2023, 2, QStringLiteral("local"));
    ASSERT_TRUE(approved.ok()) << str(approved.error());
    const QJsonObject book = templateBook();
    Dataset data = load(2023, 2023);
    // The village under the approved sub-district: Q2 locked and grey, still showing its figure.
    for (const QString &region : {Chengdong, Village}) {
        const auto rows = formRows(formOf(book, region));
        ASSERT_FALSE(rows.isEmpty()) << str(region);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const QJsonArray cells = it.value();
            EXPECT_FALSE(cells.at(3)[QStringLiteral("locked")].toBool()) << "Q1 open";
            EXPECT_TRUE(cells.at(4)[QStringLiteral("locked")].toBool()) << "Q2 approved";
            EXPECT_NE(cells.at(4)[QStringLiteral("fill")].toString(), QStringLiteral("FFFFFFFF"));
            EXPECT_FALSE(cells.at(5)[QStringLiteral("locked")].toBool()) << "Q3 open";
            const auto &stored = data.stored(it.key(), region, 2023, 2);
            if (stored) {
                EXPECT_EQ(cells.at(4)[QStringLiteral("v")].toDouble(), stored->toDouble());
            }
        }
    }
    // Elsewhere nothing is locked.
    const auto county = formRows(formOf(book, County));
    for (auto it = county.cbegin(); it != county.cend(); ++it)
        EXPECT_FALSE(it.value().at(4)[QStringLiteral("locked")].toBool()) << str(it.key());
}

TEST_F(XlsxExportTest, TemplateOfOneSubtreeInEnglish)
{
    const QJsonObject book =
        templateBook(QStringLiteral("en.xlsx"), Chengdong, QStringLiteral("en"));
    Dataset data = load(2023, 2023);
    const QStringList names = sheetNames(book);
    ASSERT_EQ(names.size(), 1 + data.children(Chengdong).size() + 1);
    EXPECT_EQ(names.first(), QStringLiteral("Chengdong Sub-district"));
    const QJsonObject sheet = sheetNamed(book, names.first());
    EXPECT_EQ(text(cellAt(sheet, 0, 0)),
              QStringLiteral("Chengdong Sub-district 2023 rural revitalisation indicator form"));
    QStringList captions;
    for (const QJsonValue &c : rowsOf(sheet).at(2).toArray())
        captions << c[QStringLiteral("v")].toString();
    EXPECT_EQ(captions, QStringLiteral("Code,Indicator,Unit,Q1,Q2,Q3,Q4,Comment").split(u','));

    const Outcome unknown =
        xlsxexport::writeTemplate(*db, out(QStringLiteral("x.xlsx")), 2023, QStringLiteral("999"));
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("999"))) << str(unknown.error());
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("x.xlsx"))));
}

TEST_F(XlsxExportTest, CsvOfATableIsExcelSafe)
{
    ExportSheet sheet;
    sheet.header = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    sheet.rows.push_back({ExportCell::textCell(QStringLiteral("=1+1")), ExportCell::numberCell(QStringLiteral("-5")),
                          ExportCell{}});
    sheet.rows.push_back({ExportCell::textCell(QStringLiteral("x,\"y\"")),
                          ExportCell::numberCell(QStringLiteral("4296.3")),
                          ExportCell::textCell(QStringLiteral("夏播"))});
    EXPECT_EQ(exporttable::toCsv(sheet),
              QByteArray("\xEF\xBB\xBF") + QStringLiteral("a,b,c\r\n'=1+1,-5,\r\n\"x,\"\"y\"\"\",4296.3,夏播\r\n").toUtf8());
}

} // namespace
} // namespace zx::test
