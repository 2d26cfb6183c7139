// The PDF of the sample county: written, small, real text with embedded fonts, numbered
// pages; and `zhenxing-cli report` end to end. The poppler tools (pdftotext, pdffonts,
// pdfinfo) and unzip read the files back; setup.sh installs them, and a missing one fails.
#include "report/reportdata.h"
#include "report/reportrenderer.h"
#include "reportfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace zx {
namespace {

const QString kEntrepreneurs = QStringLiteral("新增返乡下乡创业人员479人，占年度目标任务350人的136.86%");
const QString kPatrols = QStringLiteral("共计巡河(库)2436次，其中：区级48次、街道211次、村级2177次");

bool hasTool(const char *name)
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/") + QLatin1String(name));
}

QString runTool(const char *name, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/") + QLatin1String(name), args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = re.match(runTool("pdfinfo", {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

class ReportPdfTest : public ReportFixture
{
protected:
    QString write(const QString &region, int year, ReportLanguage lang, const char *name)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        const ReportData r = buildReport(*m_eval, region, year, 4, lang);
        const Outcome ok = renderPdf(r, path);
        EXPECT_TRUE(ok.ok()) << ok.error().toStdString();
        return path;
    }
};

TEST_F(ReportPdfTest, TheCountyPdfIsSmallRealTextWithEmbeddedFontsAndPageNumbers)
{
    const QString path = write(QStringLiteral("410104"), 2023, ReportLanguage::Chinese, "r.pdf");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(4) == "%PDF");
    EXPECT_LT(f.size(), 2 * 1024 * 1024);
    EXPECT_GT(f.size(), 10 * 1024);
    for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo"})
        ASSERT_TRUE(hasTool(tool)) << "no /usr/bin/" << tool << " (setup.sh installs poppler-utils)";
    const QString text = squeezed(runTool("pdftotext", {path, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(squeezed(kEntrepreneurs)));
    EXPECT_TRUE(text.contains(squeezed(kPatrols)));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("2023年XX区乡村振兴指标通报（第4季度）"))));
    const int pages = pageCount(path);
    EXPECT_GE(pages, 3);
    // The footer "第 x 页 / 共 y 页" on every page, and no radical code point anywhere.
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(text.contains(QStringLiteral("第%1页/共%2页").arg(page).arg(pages)))
            << "page " << page;
    for (const QChar c : text)
        EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            << "radical U+" << QString::number(c.unicode(), 16).toStdString();
    // pdffonts: every font line says emb "yes".
    const QStringList fonts = runTool("pdffonts", {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString &line : fonts)
        EXPECT_TRUE(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))))
            << line.toStdString();
}

// Issue 13: the seed's 户 and 人 and a 母, in a report of their own, come back exactly.
TEST_F(ReportPdfTest, SharedGlyphsComeBackAsTheCharactersDrawn)
{
    ReportData r = buildReport(*m_eval, QStringLiteral("410104"), 2030, 4, ReportLanguage::Chinese);
    ASSERT_FALSE(r.sections.empty());
    const QString words = QStringLiteral("比率的分母为农村户数，惠及农户1351户，返乡下乡创业人员479人，第1页");
    r.sections.front().paragraph = words;
    const QString path = m_dir.filePath(QStringLiteral("glyphs.pdf"));
    const Outcome ok = renderPdf(r, path);
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    ASSERT_TRUE(hasTool("pdftotext")) << "no /usr/bin/pdftotext (setup.sh installs poppler-utils)";
    const QString text = squeezed(runTool("pdftotext", {path, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(words)) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("戶")));
    EXPECT_FALSE(text.contains(QStringLiteral("⺟")));
}

TEST_F(ReportPdfTest, TheEnglishPdfHasTheEnglishSentences)
{
    const QString path = write(QStringLiteral("410104"), 2023, ReportLanguage::English, "en.pdf");
    ASSERT_TRUE(hasTool("pdftotext")) << "no /usr/bin/pdftotext (setup.sh installs poppler-utils)";
    const QString text = squeezed(runTool("pdftotext", {path, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Page1of"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("returningentrepreneurs")));
    EXPECT_TRUE(text.contains(QStringLiteral("136.86%")));
}

TEST_F(ReportPdfTest, APeriodWithoutFiguresPrintsSoInsteadOfCharts)
{
    const QString path = write(QStringLiteral("410104"), 2030, ReportLanguage::Chinese, "none.pdf");
    ASSERT_TRUE(QFileInfo::exists(path));
    ASSERT_TRUE(hasTool("pdftotext")) << "no /usr/bin/pdftotext (setup.sh installs poppler-utils)";
    const QString text = squeezed(runTool("pdftotext", {path, QStringLiteral("-")}));
    EXPECT_GE(text.count(QStringLiteral("本期暂无数据")), 6);
    EXPECT_FALSE(text.contains(QStringLiteral("目标任务完成情况")));
}

TEST_F(ReportPdfTest, AnUnwritablePathIsAnError)
{
    const ReportData r =
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::Chinese);
    const Outcome ok = renderPdf(r, m_dir.filePath(QStringLiteral("no/such/folder/r.pdf")));
    EXPECT_FALSE(ok.ok());
    EXPECT_TRUE(ok.error().contains(QStringLiteral("r.pdf"))) << ok.error().toStdString();
}

TEST_F(ReportPdfTest, TheOdtIsAnOpenDocumentWithTheNarrative)
{
    const QString path = m_dir.filePath(QStringLiteral("r.odt"));
    const ReportData r =
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::Chinese);
    const Outcome ok = writeOdt(r, path);
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(80);
    EXPECT_TRUE(head.startsWith("PK"));
    EXPECT_TRUE(head.contains("application/vnd.oasis.opendocument.text"));
    ASSERT_TRUE(hasTool("unzip")) << "no /usr/bin/unzip (setup.sh installs it)";
    const QString content = runTool("unzip", {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    EXPECT_TRUE(content.contains(kEntrepreneurs));
    EXPECT_TRUE(content.contains(kPatrols));
}

// --- zhenxing-cli report, end to end ---------------------------------------------------

struct CliResult
{
    int code = -1;
    QString err;
};

CliResult cli(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(ZX_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

TEST(ReportCli, WritesTheCountyPdfAndRejectsAnUnknownRegion)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_EQ(cli({QStringLiteral("sample"), QStringLiteral("sample.db")}, dir.path()).code, 0);
    const CliResult ok = cli({QStringLiteral("report"), QStringLiteral("sample.db"),
                        QStringLiteral("--region"), QStringLiteral("410104"),
                        QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"),
                        QStringLiteral("r.pdf")},
                       dir.path());
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    QFile pdf(dir.filePath(QStringLiteral("r.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(4) == "%PDF");
    ASSERT_TRUE(hasTool("pdftotext")) << "no /usr/bin/pdftotext (setup.sh installs poppler-utils)";
    const QString text = squeezed(runTool("pdftotext", {pdf.fileName(), QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(squeezed(kEntrepreneurs)));
    EXPECT_TRUE(text.contains(squeezed(kPatrols)));

    const CliResult unknown = cli({QStringLiteral("report"), QStringLiteral("sample.db"),
                             QStringLiteral("--region"), QStringLiteral("999"),
                             QStringLiteral("--year"), QStringLiteral("2023"),
                             QStringLiteral("--out"), QStringLiteral("x.pdf")},
                            dir.path());
    EXPECT_EQ(unknown.code, 1) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));

    const CliResult english = cli({QStringLiteral("report"), QStringLiteral("sample.db"),
                             QStringLiteral("--region"), QStringLiteral("410104"),
                             QStringLiteral("--year"), QStringLiteral("2023"),
                             QStringLiteral("--quarter"), QStringLiteral("2"),
                             QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--out"), QStringLiteral("en.pdf")},
                            dir.path());
    EXPECT_EQ(english.code, 0) << english.err.toStdString();

    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("sample.db"),
                   QStringLiteral("--region"), QStringLiteral("410104"),
                   QStringLiteral("--year"), QStringLiteral("2023")},
                  dir.path())
                  .code,
              2); // no --out
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("sample.db"),
                   QStringLiteral("--region"), QStringLiteral("410104"),
                   QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--lang"),
                   QStringLiteral("fr"), QStringLiteral("--out"), QStringLiteral("f.pdf")},
                  dir.path())
                  .code,
              2);
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("missing.db"),
                   QStringLiteral("--region"), QStringLiteral("410104"),
                   QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"),
                   QStringLiteral("m.pdf")},
                  dir.path())
                  .code,
              1);
}

} // namespace
} // namespace zx
