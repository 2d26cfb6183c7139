// The PDF of the sample county: written, small, real text with embedded fonts, numbered
// pages; and `zhenxing-cli report` end to end. The poppler tools (pdftotext, pdffonts,
// pdfinfo) and unzip read the files back; setup.sh installs them, and a missing one fails.
#include "report/reportdata.h"
#include "report/reportrenderer.h"
#include "reportfixture.h"

#include "io/csv.h"
#include "widgets/statuspalette.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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

// The body of every page: pdftotext cropped (in points) to the area between the running
// header and the footer, so a paragraph that goes on over a page break reads as one; in the
// order drawn (-raw), which also keeps a hyphen at a line's end ("Household-|contact").
QString bodyText(const QString &pdf)
{
    const QStringList crop = QStringLiteral("-raw -x 0 -y 88 -W 596 -H 669").split(u' ');
    return runTool("pdftotext", crop + QStringList{pdf, QStringLiteral("-")});
}

// Chinese script and its punctuation: ideographs, radicals, compatibility ideographs, CJK
// symbols, full-width forms.
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF);
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
    // Issue 14: nothing cut — the summary table wraps long names ("rural Party members linked
    // to households"), its units are short English ones, the charts give labels their room.
    EXPECT_FALSE(text.contains(QChar(0x2026))) << "an elided text in the English PDF";
    EXPECT_TRUE(text.contains(QStringLiteral("RuralPartymemberslinkedtohouseholds")));
    EXPECT_TRUE(text.contains(QStringLiteral("21.9/21.910kyuan"))); // farm subsidy bar, 万元
    EXPECT_TRUE(text.contains(QStringLiteral("households")));
}

// A radical or compatibility ideograph (⼈ ⺟ ⼾ 戶 …): what search and copy gave instead of the
// printed 人 母 户, never itself in the sample's report.
bool isSubstitute(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF) || u == 0x6236;
}

// The sample's indicator names as its catalogue file states them (the oracle: not the report).
QStringList sampleNames(const char *column)
{
    QFile file(QStringLiteral(":/sample/indicators.csv"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    auto table = CsvTable::parse(QString::fromUtf8(file.readAll()), file.fileName());
    EXPECT_TRUE(table.ok());
    QStringList names;
    for (qsizetype i = 0; table.ok() && i < table->rowCount(); ++i)
        names << table->field(i, QString::fromLatin1(column));
    EXPECT_EQ(names.size(), 75);
    return names;
}

// Every character the report can put on paper: its model's text and its fixed words.
QSet<QChar> charactersOf(const ReportData &r)
{
    QStringList texts{r.title, r.periodText, r.regionName, r.generatedDate, r.auditHead};
    for (const char *key :
         {"title", "period", "generated", "summary", "findings", "noData", "noFindings",
          "ranking", "targetActual", "page", "col.indicator", "col.unit", "col.actual",
          "col.target", "col.completion", "col.timeProgress", "col.status", "col.rank", "error",
          "warning", "statusCounts", "timeProgress", "indicatorCount", "auditHead",
          "findingPeriod"})
        texts << reportText(QString::fromLatin1(key), r.language);
    for (const TrackStatus status : statuspalette::order())
        texts << reportStatusText(status, r.language);
    for (const ReportRow &row : r.summary)
        texts << row.name << row.unit << reportStatusText(row.status, r.language);
    for (const ReportSection &s : r.sections) {
        texts << s.title << s.paragraph << s.rankingTitle;
        for (const ReportBar &b : s.bars)
            texts << b.label << b.unit;
        for (const ReportRankItem &item : s.ranking)
            texts << item.regionName;
    }
    for (const ReportFinding &f : r.findings)
        texts << f.regionName << f.indicatorName << f.period << f.message;
    QSet<QChar> chars;
    for (const QString &t : texts)
        for (const QChar c : t)
            chars.insert(c);
    return chars;
}

// Issue 13: copying or searching the PDF gives the printed characters (户 came out as 戶, 母 as
// ⺟). Every narrative sentence of the sample's county report, character for character, in both
// languages; every indicator name of the sample's catalogue in the Chinese one; no radical or
// variant anywhere, and no CJK character that the report did not draw.
TEST_F(ReportPdfTest, SearchAndCopyGiveEveryPrintedCharacter)
{
    ASSERT_TRUE(hasTool("pdftotext")) << "no /usr/bin/pdftotext (setup.sh installs poppler-utils)";
    for (const ReportLanguage lang : {ReportLanguage::Chinese, ReportLanguage::English}) {
        const bool zh = lang == ReportLanguage::Chinese;
        const ReportData r = buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, lang);
        const QString path =
            m_dir.filePath(zh ? QStringLiteral("zh.pdf") : QStringLiteral("en.pdf"));
        const Outcome ok = renderPdf(r, path);
        ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
        const QString all = runTool("pdftotext", {path, QStringLiteral("-")});
        const QString body = squeezed(bodyText(path));
        ASSERT_FALSE(body.isEmpty());
        ASSERT_EQ(r.sections.size(), 6u);
        for (const ReportSection &s : r.sections)
            EXPECT_TRUE(body.contains(squeezed(s.paragraph)))
                << (zh ? "zh " : "en ") << s.categoryCode.toStdString() << ": "
                << s.paragraph.toStdString();
        const QSet<QChar> drawn = charactersOf(r);
        for (const QChar c : all) {
            EXPECT_FALSE(isSubstitute(c)) << "U+" << QString::number(c.unicode(), 16).toStdString();
            if (isCjk(c))
                EXPECT_TRUE(zh && drawn.contains(c))
                    << (zh ? "not drawn: " : "CJK in the English report: ")
                    << QString(c).toStdString() << " U+"
                    << QString::number(c.unicode(), 16).toStdString();
        }
        if (zh) {
            const QString text = squeezed(all);
            for (const QString &name : sampleNames("name")) {
                EXPECT_TRUE(text.contains(squeezed(name))) << name.toStdString();
                for (const QChar c : name)
                    EXPECT_TRUE(text.contains(c))
                        << name.toStdString() << ": " << QString(c).toStdString();
            }
            for (const char *word : {"农村户数", "一户一档", "星级文明户"})
                EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << word;
        }
    }
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

    // The English ODT (issue 13): English words and units only.
    const QString enPath = m_dir.filePath(QStringLiteral("en.odt"));
    const Outcome en = writeOdt(
        buildReport(*m_eval, QStringLiteral("410104"), 2023, 4, ReportLanguage::English), enPath);
    ASSERT_TRUE(en.ok()) << en.error().toStdString();
    const QString enContent =
        runTool("unzip", {QStringLiteral("-p"), enPath, QStringLiteral("content.xml")});
    EXPECT_TRUE(enContent.contains(QStringLiteral(
        "2436 river and reservoir patrols in total: 48 district-level patrols, 211 "
        "sub-district-level patrols, 2177 village-level patrols")));
    EXPECT_TRUE(enContent.contains(
        QStringLiteral("Summer sown area: 4296.3 mu, of which maize sown area: 1735 mu")));
    for (const QChar c : enContent)
        EXPECT_FALSE(isCjk(c)) << "U+" << QString::number(c.unicode(), 16).toStdString();
}

// Issue 13: a total's parts are in its sentence in the PDF too — 周村's 86 of 140 villages and
// 涉县's 335 people with 250 and 105 of them, from a catalogue without report templates.
TEST_F(ReportPdfTest, ATotalsPartsArePrintedInItsSentence)
{
    addRealReportTotals();
    ASSERT_TRUE(hasTool("pdftotext")) << "no /usr/bin/pdftotext (setup.sh installs poppler-utils)";
    const QString zh = squeezed(bodyText(write(QStringLiteral("410104"), 2023,
                                               ReportLanguage::Chinese, "parts-zh.pdf")));
    EXPECT_TRUE(zh.contains(squeezed(QStringLiteral("行政村140个，其中集体经济收入10万元以上的村86个"))));
    EXPECT_TRUE(zh.contains(squeezed(QStringLiteral("培训高素质农民335人，其中女性学员250人、脱贫户学员105人"))));
    const QString en = squeezed(bodyText(write(QStringLiteral("410104"), 2023,
                                               ReportLanguage::English, "parts-en.pdf")));
    EXPECT_TRUE(en.contains(squeezed(QStringLiteral(
        "Administrative villages: 140, of which villages with collective income over 100,000 "
        "yuan: 86."))));
    EXPECT_TRUE(en.contains(squeezed(QStringLiteral(
        "High-quality farmers trained: 335, of which women trainees: 250, trainees from "
        "formerly poor households: 105."))));
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

// The report run as on a system of `locale` (LANG and LC_ALL; ZHENXING_LANG unset).
CliResult cliIn(const QString &locale, const QStringList &args, const QString &dir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ZHENXING_LANG"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(ZX_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

// Issue 13: every word of the bulletin — its findings too — follows --lang, not the system
// locale: an English report on a Chinese system has no Chinese in it, a Chinese report on an
// English system no English words. A negative household count written behind the program's
// back into 张庄村 (2023 Q2) gives the findings section a finding to word.
TEST(ReportCli, EveryWordFollowsLangNotTheSystemLocale)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_EQ(cli({QStringLiteral("sample"), QStringLiteral("sample.db")}, dir.path()).code, 0);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lang"));
        raw.setDatabaseName(dir.filePath(QStringLiteral("sample.db")));
        ASSERT_TRUE(raw.open()) << raw.lastError().text().toStdString();
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "UPDATE indicator_value SET amount = '-5' WHERE indicator_code = 'rural_households' "
            "AND region_code = '410104001001' AND year = 2023 AND quarter = 2")));
        // Through the indicator_value view, whose rows are not counted as affected: read back.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM indicator_value WHERE "
                                          "indicator_code = 'rural_households' AND amount = '-5'")));
        ASSERT_TRUE(q.next());
        ASSERT_EQ(q.value(0).toInt(), 1);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lang"));
    ASSERT_TRUE(hasTool("pdftotext")) << "no /usr/bin/pdftotext (setup.sh installs poppler-utils)";
    const auto report = [&](const char *locale, const char *lang, const char *out) {
        const CliResult r = cliIn(QString::fromLatin1(locale),
                                  {QStringLiteral("report"), QStringLiteral("sample.db"),
                                   QStringLiteral("--region"), QStringLiteral("410104"),
                                   QStringLiteral("--year"), QStringLiteral("2023"),
                                   QStringLiteral("--lang"), QString::fromLatin1(lang),
                                   QStringLiteral("--out"), QString::fromLatin1(out)},
                                  dir.path());
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return runTool("pdftotext", {dir.filePath(QString::fromLatin1(out)), QStringLiteral("-")});
    };

    const QString en = report("zh_CN.UTF-8", "en", "en.pdf");
    EXPECT_TRUE(squeezed(en).contains(squeezed(QStringLiteral(
        "[Error] Zhangzhuang Village · rural households · 2023 Q2: Rural households must not be "
        "negative"))))
        << en.toStdString();
    EXPECT_TRUE(squeezed(en).contains(QStringLiteral("Page1of"))) << en.left(300).toStdString();
    for (const QChar c : en)
        EXPECT_FALSE(isCjk(c)) << "U+" << QString::number(c.unicode(), 16).toStdString();

    const QString zh = report("en_US.UTF-8", "zh", "zh.pdf");
    EXPECT_TRUE(squeezed(zh).contains(
        squeezed(QStringLiteral("[错误] 张庄村 · 农村户数 · 2023年第2季度：农村户数 不能为负数"))))
        << zh.toStdString();
    // Latin letters only in the district's own name (XX区) and the audit head's hex digits.
    const QRegularExpression latin(QStringLiteral("[A-Za-z]+"));
    for (auto it = latin.globalMatch(zh); it.hasNext();) {
        const QString word = it.next().captured();
        EXPECT_TRUE(word == QLatin1String("XX") ||
                    QRegularExpression(QStringLiteral("^[0-9a-f]+$")).match(word).hasMatch())
            << word.toStdString();
    }
}

} // namespace
} // namespace zx
