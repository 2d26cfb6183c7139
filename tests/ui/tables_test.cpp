// The status table's time progress (序时进度) and the export and print of the status table and
// the audit trail exactly as shown (issue 14). A fresh copy of the sample county per test; an
// OverviewPage and an AuditViewer driven through their models, proxies and views. The oracles
// are the sample's figures worked out by hand (values.csv, targets.csv) and literal texts;
// xlsx files are read back with Debian's openpyxl, PDFs with pdftotext.
#include "../core/openpyxl.h"
#include "answermodal.h"
#include "modelcheck.h"
#include "dashboardcontext.h"
#include "editors/auditmodel.h"
#include "editors/auditviewer.h"
#include "editors/rolefilterproxy.h"
#include "i18n/language.h"
#include "io/csv.h"
#include "models/statusfilterproxy.h"
#include "models/statustablemodel.h"
#include "pages/overviewpage.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "widgets/tableexport.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace zx;

namespace {

const QString County = QStringLiteral("410104");
const QString Village = QStringLiteral("410104001001");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// A CSV written for Excel: the UTF-8 byte order mark, then the table (parsed by the importer's
// RFC 4180 reader, which is not what wrote it).
CsvTable readCsv(const QString &path)
{
    const QByteArray bytes = readAll(path);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no UTF-8 BOM in " << path.toStdString();
    auto table = CsvTable::parse(QString::fromUtf8(bytes.mid(3)), path);
    EXPECT_TRUE(table) << table.error().toStdString();
    return table ? table.value() : CsvTable();
}

QStringList column(const CsvTable &table, int c)
{
    QStringList values;
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        values << table.row(r).value(c);
    return values;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000)) << "pdftotext did not finish";
    EXPECT_EQ(p.exitCode(), 0) << "pdftotext failed (is poppler-utils installed?): "
                               << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

class TablesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_modelLog = std::make_unique<zxtest::ModelFailureLog>();
        QStandardPaths::setTestModeEnabled(true);
        m_previousOrg = QCoreApplication::organizationName();
        QCoreApplication::setOrganizationName(QStringLiteral("zx-tablestest-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_previousLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto created = m_workspace.createSample(m_dir.filePath(QStringLiteral("s.db")));
        ASSERT_TRUE(created) << created.error().toStdString();
        m_page = std::make_unique<OverviewPage>();
        m_modelTester = zxtest::testerFor(m_page->tableModel());
        m_proxyTester = zxtest::testerFor(m_page->proxy());
    }

    void TearDown() override
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset();
        QLocale::setDefault(m_previousLocale);
        QCoreApplication::setOrganizationName(m_previousOrg);
        const QStringList failures = m_modelLog->failures();
        m_modelLog.reset();
        EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
    }

    void show(const QString &region, int year, int quarter)
    {
        DashboardContext c;
        auto data = m_workspace.dataset(year);
        ASSERT_TRUE(data) << data.error().toStdString();
        c.data = data.value();
        c.eval = std::make_shared<const Evaluator>(*c.data);
        c.regionCode = region;
        c.year = year;
        c.quarter = quarter;
        m_page->setContext(c);
    }

    // The status table's cell for an indicator, as the view shows it (through the proxy).
    QModelIndex cellOf(const QString &code, int column) const
    {
        const QAbstractItemModel *proxy = m_page->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(StatusTableModel::CodeRole).toString() == code)
                return proxy->index(r, column);
        ADD_FAILURE() << "no row for " << code.toStdString();
        return {};
    }
    QString text(const QString &code, int column) const
    {
        return cellOf(code, column).data().toString();
    }

    // The county at 2023 Q3 filtered to "behind", without the 环比 column: what the export
    // tests save. By hand from values.csv and targets.csv, completion below 75 − 10 = 65 %:
    // 亮赛比 0+1+1 = 2 of 4, 文明家庭 0+30+0 = 30 of 60, 示范村 1 (cumulative) of 3, 南部村庄
    // (10 − 7)/(10 − 4), 现场会 0+1+0 = 1 of 4, 封闭自备井 2+3+2 = 7 of 12 — six rows.
    void showBehindAtQ3()
    {
        show(County, 2023, 3);
        m_page->proxy()->setStatusFilter(TrackStatus::Behind);
        m_page->table()->setColumnHidden(StatusTableModel::QuarterOverQuarter, true);
    }

    const QStringList BehindNames{QStringLiteral("\"亮赛比\"区级专场比学"),
                                  QStringLiteral("区级以上文明家庭"),
                                  QStringLiteral("市级美丽乡村示范村"),
                                  QStringLiteral("南部区域剩余村庄"),
                                  QStringLiteral("河长制工作现场会"),
                                  QStringLiteral("封闭自备井")};
    const QStringList VisibleHeader{
        QStringLiteral("Indicator"),  QStringLiteral("Unit"),          QStringLiteral("Actual"),
        QStringLiteral("Target"),     QStringLiteral("Completion"),    QStringLiteral("Time progress"),
        QStringLiteral("Status"),     QStringLiteral("Year on year")};

    QTemporaryDir m_dir;
    QLocale m_previousLocale;
    QString m_previousOrg;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
    std::unique_ptr<OverviewPage> m_page;
    std::unique_ptr<zxtest::ModelFailureLog> m_modelLog;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

// --- time progress -----------------------------------------------------------------------

TEST_F(TablesTest, TimeProgressOfACumulativeIndicatorIsTheShareOfTheYearAtEachQuarter)
{
    // 联户党员 is cumulative with a target of 1550 and no milestones: 3, 6, 9, 12 of 12 months.
    const QStringList expected{QStringLiteral("25.00%"), QStringLiteral("50.00%"),
                               QStringLiteral("75.00%"), QStringLiteral("100.00%")};
    for (int q = 1; q <= 4; ++q) {
        show(County, 2023, q);
        EXPECT_EQ(text(QStringLiteral("party_members_linked"), StatusTableModel::TimeProgress),
                  expected[q - 1])
            << "Q" << q;
    }
    EXPECT_EQ(m_page->tableModel()->headerData(StatusTableModel::TimeProgress, Qt::Horizontal)
                  .toString(),
              QStringLiteral("Time progress"));
}

TEST_F(TablesTest, StatusTooltipGivesCompletionAndTimeProgress)
{
    show(County, 2023, 3);
    // The villages' Q3 figures of 联户党员 sum to 1450: 1450 / 1550 = 93.548… → 93.55 %.
    const QString tip = cellOf(QStringLiteral("party_members_linked"), StatusTableModel::Status)
                            .data(Qt::ToolTipRole)
                            .toString();
    EXPECT_EQ(tip, QStringLiteral("Completion 93.55% · time progress 75.00%"));
    EXPECT_EQ(cellOf(QStringLiteral("party_members_linked"), StatusTableModel::TimeProgress)
                  .data(Qt::ToolTipRole)
                  .toString(),
              QStringLiteral("Time progress 75.00%: 9 of the year's 12 months"));
}

TEST_F(TablesTest, TimeProgressIsTheIndicatorsOwnMilestoneWhenItsTargetHasOne)
{
    show(County, 2023, 3);
    // Without milestones every accumulation is at 9 of 12 months: flow, stock, cumulative.
    EXPECT_EQ(text(QStringLiteral("returning_entrepreneurs"), StatusTableModel::TimeProgress),
              QStringLiteral("75.00%"));
    EXPECT_EQ(text(QStringLiteral("winter_wheat_area"), StatusTableModel::TimeProgress),
              QStringLiteral("75.00%"));
    // 耕地地力保护补贴 (cumulative): milestones 0/60/100/100 in targets.csv → Q3 100 %.
    EXPECT_EQ(text(QStringLiteral("farm_subsidy"), StatusTableModel::TimeProgress),
              QStringLiteral("100.00%"));
    EXPECT_EQ(cellOf(QStringLiteral("farm_subsidy"), StatusTableModel::TimeProgress)
                  .data(Qt::ToolTipRole)
                  .toString(),
              QStringLiteral("Time progress 100.00%: the target's milestone for Q3"));
    EXPECT_EQ(cellOf(QStringLiteral("farm_subsidy"), StatusTableModel::Status)
                  .data(Qt::ToolTipRole)
                  .toString(),
              QStringLiteral("Completion 100.00% · time progress 100.00%"));
    // 夏播面积 (stock): milestones 0/85/100/100 → Q2 85 %.
    show(County, 2023, 2);
    EXPECT_EQ(text(QStringLiteral("summer_sowing_area"), StatusTableModel::TimeProgress),
              QStringLiteral("85.00%"));
}

TEST_F(TablesTest, UnitColumnIsInTheReadersLanguage)
{
    show(County, 2023, 3);
    EXPECT_EQ(text(QStringLiteral("returning_entrepreneurs"), StatusTableModel::Unit),
              QStringLiteral("人"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    show(County, 2023, 3);
    EXPECT_EQ(text(QStringLiteral("returning_entrepreneurs"), StatusTableModel::Unit),
              QStringLiteral("persons"));
}

// The overview at Q3 in Chinese, as on a 1280×720 screen less the region tree, rendered to a
// PNG: into ZX_OVERVIEW_SCREENSHOT when set (with ZX_EXTRA_QM=extra.qm for strings not yet in
// the translation), otherwise into the test's folder (always taken). Every column title of the
// table, the new one included, has the room it needs.
TEST_F(TablesTest, ScreenshotOfTheOverviewWithTheTimeProgressColumn)
{
    ScopedLanguage chinese(QStringLiteral("zh_CN"));
    QTranslator extra;
    const bool extraLoaded = extra.load(qEnvironmentVariable("ZX_EXTRA_QM"));
    if (extraLoaded)
        QCoreApplication::installTranslator(&extra);
    m_proxyTester.reset();
    m_modelTester.reset();
    m_page = std::make_unique<OverviewPage>();
    m_page->resize(1010, 640);
    show(County, 2023, 3);
    m_page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    QHeaderView *header = m_page->table()->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        const QString title = m_page->tableModel()->headerData(c, Qt::Horizontal).toString();
        EXPECT_GE(header->sectionSize(c) + 1, header->fontMetrics().horizontalAdvance(title) + 4)
            << title.toStdString();
    }
    QString out = qEnvironmentVariable("ZX_OVERVIEW_SCREENSHOT");
    if (out.isEmpty())
        out = m_dir.filePath(QStringLiteral("overview.png"));
    EXPECT_TRUE(m_page->grab().save(out));
    m_page.reset();
    if (extraLoaded)
        QCoreApplication::removeTranslator(&extra);
}

// --- status table export ---------------------------------------------------------------------

TEST_F(TablesTest, CsvExportOfTheFilteredStatusTableHasExactlyTheVisibleRows)
{
    showBehindAtQ3();
    const QString path = m_dir.filePath(QStringLiteral("behind.csv"));
    auto ok = m_page->tableExport()->writeCsv(path);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    const CsvTable csv = readCsv(path);
    EXPECT_EQ(csv.header(), VisibleHeader);
    EXPECT_EQ(column(csv, 0), BehindNames);
    ASSERT_EQ(csv.rowCount(), 6);
    // 封闭自备井: 7 of 12 = 58.33 %; 2022 Q3 year to date 2+2+2 = 6 → +16.67 %.
    EXPECT_EQ(csv.row(5), (QStringList{QStringLiteral("封闭自备井"), QStringLiteral("眼"),
                                       QStringLiteral("7"), QStringLiteral("12"),
                                       QStringLiteral("58.33%"), QStringLiteral("75.00%"),
                                       QStringLiteral("Behind"), QStringLiteral("+16.67%")}));
    for (qsizetype r = 0; r < csv.rowCount(); ++r)
        EXPECT_EQ(csv.row(r).value(6), QStringLiteral("Behind"));

    // Sorted by completion, ascending: 25 %, 33.33 %, the three at 50 % in catalogue order, 58.33 %.
    m_page->table()->sortByColumn(StatusTableModel::Completion, Qt::AscendingOrder);
    ok = m_page->tableExport()->writeCsv(path);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    EXPECT_EQ(column(readCsv(path), 0),
              (QStringList{BehindNames[4], BehindNames[2], BehindNames[0], BehindNames[1],
                           BehindNames[3], BehindNames[5]}));
    EXPECT_EQ(column(readCsv(path), 4),
              (QStringList{QStringLiteral("25.00%"), QStringLiteral("33.33%"),
                           QStringLiteral("50.00%"), QStringLiteral("50.00%"),
                           QStringLiteral("50.00%"), QStringLiteral("58.33%")}));

    // The search box narrows it further: "井" leaves only 封闭自备井.
    m_page->proxy()->setText(QStringLiteral("井"));
    ok = m_page->tableExport()->writeCsv(path);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    EXPECT_EQ(column(readCsv(path), 0), QStringList{QStringLiteral("封闭自备井")});
}

TEST_F(TablesTest, XlsxExportOpensInOpenpyxlWithTheSameCellsAndNumbersAsNumbers)
{
    showBehindAtQ3();
    const QString csvPath = m_dir.filePath(QStringLiteral("behind.csv"));
    const QString xlsxPath = m_dir.filePath(QStringLiteral("behind.xlsx"));
    auto ok = m_page->tableExport()->writeCsv(csvPath);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    ok = m_page->tableExport()->writeXlsx(xlsxPath);
    ASSERT_TRUE(ok) << ok.error().toStdString();

    const QJsonObject book = test::readXlsx(xlsxPath);
    ASSERT_EQ(test::sheetNames(book), QStringList{QStringLiteral("Indicator status")});
    const QJsonObject sheet = test::sheetNamed(book, QStringLiteral("Indicator status"));
    const QJsonArray rows = test::rowsOf(sheet);
    ASSERT_EQ(rows.size(), 7); // header + the six rows behind
    for (int c = 0; c < VisibleHeader.size(); ++c)
        EXPECT_EQ(test::text(test::cellAt(sheet, 0, c)), VisibleHeader[c]);
    EXPECT_EQ(rows.at(0).toArray().size(), VisibleHeader.size());

    // 封闭自备井 (row 6): numbers as numbers, percentages as fractions shown through "0.00%".
    const auto number = [&](int c) { return test::cellAt(sheet, 6, c)[QStringLiteral("v")].toDouble(); };
    EXPECT_EQ(test::text(test::cellAt(sheet, 6, 0)), QStringLiteral("封闭自备井"));
    EXPECT_EQ(test::type(test::cellAt(sheet, 6, 2)), QStringLiteral("n"));
    EXPECT_EQ(number(2), 7.0);
    EXPECT_EQ(number(3), 12.0);
    EXPECT_NEAR(number(4), 0.5833, 1e-12);
    EXPECT_EQ(test::cellAt(sheet, 6, 4)[QStringLiteral("fmt")].toString(), QStringLiteral("0.00%"));
    EXPECT_NEAR(number(5), 0.75, 1e-12);
    EXPECT_NEAR(number(7), 0.1667, 1e-12);
    EXPECT_EQ(test::type(test::cellAt(sheet, 6, 6)), QStringLiteral("s"));
    EXPECT_EQ(test::text(test::cellAt(sheet, 6, 6)), QStringLiteral("Behind"));

    // Every cell reads as the CSV's (what the table shows): text alike, numbers as shown
    // through their format.
    const CsvTable csv = readCsv(csvPath);
    ASSERT_EQ(csv.rowCount(), 6);
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < VisibleHeader.size(); ++c) {
            const QJsonObject cell = test::cellAt(sheet, r + 1, c);
            const QString shown = csv.row(r).value(c);
            if (test::type(cell) == QStringLiteral("s")) {
                EXPECT_EQ(test::text(cell), shown) << r << "," << c;
                continue;
            }
            ASSERT_EQ(test::type(cell), QStringLiteral("n")) << r << "," << c;
            const double v = cell[QStringLiteral("v")].toDouble();
            const QString fmt = cell[QStringLiteral("fmt")].toString();
            QString asShown;
            if (fmt == QStringLiteral("General"))
                asShown = QString::number(v, 'g', 15);
            else {
                asShown = QString::number(std::abs(v) * 100, 'f', 2) + u'%';
                if (fmt.startsWith(u'+') && v > 0)
                    asShown.prepend(u'+');
                else if (v < 0)
                    asShown.prepend(QChar(0x2212));
            }
            EXPECT_EQ(asShown, shown) << r << "," << c << " format " << fmt.toStdString();
        }
}

TEST_F(TablesTest, SaveDialogAddsTheExtensionToANameTypedWithoutOne)
{
    showBehindAtQ3();
    const QString typed = m_dir.filePath(QStringLiteral("status"));
    zxtest::answerNext<QFileDialog>([typed](QFileDialog *dialog) {
        zxtest::acceptTyped(dialog, typed);
    });
    m_page->tableExport()->exportInteractively(false);
    ASSERT_TRUE(QFile::exists(typed + QStringLiteral(".csv")));
    EXPECT_FALSE(QFile::exists(typed));
    EXPECT_EQ(column(readCsv(typed + QStringLiteral(".csv")), 0), BehindNames);
}

// --- printing ----------------------------------------------------------------------------------

TEST_F(TablesTest, PrintingTheFilteredTableToPdfShowsItsHeaderAndRows)
{
    show(County, 2023, 3);
    m_page->proxy()->setStatusFilter(TrackStatus::Lagging);
    const QString path = m_dir.filePath(QStringLiteral("lagging.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    auto ok = m_page->tableExport()->print(printer);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    const QString text = pdfText(path);
    for (const QString &header : VisibleHeader)
        EXPECT_TRUE(text.contains(header)) << header.toStdString() << "\n" << text.toStdString();
    // 自备井一户一档 lags: 54 of 79 = 68.35 % (65 ≤ 68.35 < 75); its 户 reads as 户, not ⼾.
    EXPECT_TRUE(text.contains(QStringLiteral("自备井一户一档"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("68.35%"))) << text.toStdString();
    // The heading, and rows the filter hides are not printed (返乡下乡创业人员 is done).
    EXPECT_TRUE(text.contains(QStringLiteral("XX区"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2023 Q3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("9 of 75 rows"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("返乡下乡创业人员"))) << text.toStdString();
    // ZX_TABLE_PDF=FILE.pdf keeps the PDF to look at (pdftoppm -r 60 -png).
    if (const QString keep = qEnvironmentVariable("ZX_TABLE_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        EXPECT_TRUE(QFile::copy(path, keep));
    }
}

TEST_F(TablesTest, APrintoutOfManyRowsRepeatsTheHeaderOnEveryPage)
{
    show(County, 2023, 3); // all 75 indicators: more than one A4 page
    const QString path = m_dir.filePath(QStringLiteral("all.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    auto ok = m_page->tableExport()->print(printer);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    const QStringList pages = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 2);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        EXPECT_TRUE(pages[p].contains(QStringLiteral("Time progress"))) << "page " << p + 1;
        EXPECT_TRUE(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())))
            << pages[p].toStdString();
    }
    // The first and the last indicator of the catalogue are both printed.
    EXPECT_TRUE(pages.front().contains(QStringLiteral("评星定级支部")));
    EXPECT_TRUE(pages.back().contains(QStringLiteral("村集体经济超过百万元村")));
    if (const QString keep = qEnvironmentVariable("ZX_TABLE_PDF_ALL"); !keep.isEmpty()) {
        QFile::remove(keep);
        EXPECT_TRUE(QFile::copy(path, keep));
    }
}

TEST_F(TablesTest, PrintPreviewShowsTheTableAsFiltered)
{
    showBehindAtQ3(); // six rows: one page
    int pages = -1;
    QString shot = qEnvironmentVariable("ZX_PREVIEW_SCREENSHOT");
    if (shot.isEmpty())
        shot = m_dir.filePath(QStringLiteral("preview.png"));
    zxtest::answerNext<QPrintPreviewDialog>([&pages, shot](QPrintPreviewDialog *dialog) {
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            pages = preview->pageCount();
        dialog->grab().save(shot);
        dialog->reject();
    });
    m_page->tableExport()->printPreview();
    EXPECT_EQ(pages, 1);
    EXPECT_TRUE(QFile::exists(shot));
}

// --- audit trail -------------------------------------------------------------------------------

TEST_F(TablesTest, AuditTrailExportOfAFilteredViewHasOnlyTheFilteredEntries)
{
    const QString entrepreneurs = QStringLiteral("returning_entrepreneurs");
    const QString wells = QStringLiteral("wells_sealed");
    for (const auto &[code, value] : {std::pair{entrepreneurs, 31}, std::pair{entrepreneurs, 32},
                                      std::pair{wells, 1}}) {
        auto ok = m_workspace.setValue({code, Village, 2023, 4}, Decimal::fromInt(value),
                                       QStringLiteral("check %1").arg(value));
        ASSERT_TRUE(ok) << ok.error().toStdString();
    }
    AuditViewer viewer(&m_workspace);
    auto proxyTester = zxtest::testerFor(viewer.proxy());
    viewer.indicatorBox()->setCurrentIndex(viewer.indicatorBox()->findData(entrepreneurs));
    ASSERT_EQ(viewer.proxy()->rowCount(), 2);

    const QString csvPath = m_dir.filePath(QStringLiteral("audit.csv"));
    auto ok = viewer.tableExport()->writeCsv(csvPath);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    const CsvTable csv = readCsv(csvPath);
    EXPECT_EQ(csv.header(),
              (QStringList{QStringLiteral("Time"), QStringLiteral("User"), QStringLiteral("Action"),
                           QStringLiteral("Indicator"), QStringLiteral("Region"),
                           QStringLiteral("Period"), QStringLiteral("Old → new"),
                           QStringLiteral("Comment")}));
    // Newest first, as shown: the second change, then the first.
    EXPECT_EQ(column(csv, 3), QStringList(2, QStringLiteral("返乡下乡创业人员")));
    EXPECT_EQ(column(csv, 4), QStringList(2, QStringLiteral("张庄村")));
    EXPECT_EQ(column(csv, 7), (QStringList{QStringLiteral("check 32"), QStringLiteral("check 31")}));
    EXPECT_TRUE(column(csv, 6)[0].endsWith(QStringLiteral("31 → 32"))) << column(csv, 6)[0].toStdString();

    const QString xlsxPath = m_dir.filePath(QStringLiteral("audit.xlsx"));
    ok = viewer.tableExport()->writeXlsx(xlsxPath);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    const QJsonObject sheet = test::sheetNamed(test::readXlsx(xlsxPath), QStringLiteral("Audit trail"));
    ASSERT_EQ(test::rowsOf(sheet).size(), 3);
    EXPECT_EQ(test::text(test::cellAt(sheet, 1, 7)), QStringLiteral("check 32"));
    EXPECT_EQ(test::text(test::cellAt(sheet, 2, 7)), QStringLiteral("check 31"));

    // Never over the open database, whatever name is given.
    const QByteArray header = readAll(m_workspace.path()).left(16);
    EXPECT_FALSE(viewer.tableExport()->writeCsv(m_workspace.path()));
    EXPECT_FALSE(viewer.tableExport()->writeXlsx(m_workspace.path()));
    EXPECT_EQ(readAll(m_workspace.path()).left(16), header);
    EXPECT_EQ(header, QByteArray("SQLite format 3\0", 16));

    // ZX_AUDIT_SCREENSHOT=FILE.png: the filtered viewer with its export button, to look at.
    if (const QString shot = qEnvironmentVariable("ZX_AUDIT_SCREENSHOT"); !shot.isEmpty()) {
        viewer.resize(1100, 600);
        viewer.show();
        EXPECT_TRUE(viewer.grab().save(shot));
    }
}

} // namespace
