// The editable bulletin (issue 20): the .docx and the .odt of the sample district, read back
// by python3-docx and python3-odf (officereaders.h) as an office would see them — headings,
// the summary table with every status word of the sample, each status cell shaded, A4 with the
// official margins (top 37, left 28 mm: a 156 × 225 mm type area), the body in 仿宋_GB2312.
#include "officereaders.h"
#include "report/docxwriter.h"
#include "report/odtwriter.h"
#include "report/reportdata.h"
#include "report/reportformat.h"
#include "reportfixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>

#include <cmath>
#include <functional>

namespace zx {
namespace {

using test::readDocx;
using test::readOdt;

const QString kCounty = QStringLiteral("410104");

QString hexOf(const QColor &c)
{
    return c.name().mid(1).toUpper();
}

// How one format names what the checks look for.
struct Format
{
    const char *name;
    QString bodyStyle;
    QString titleStyle;
    double tableWidthToMm; // the reader's table width unit in mm
    std::function<Outcome(const ReportData &, const QString &, ReportProfile)> write;
    std::function<QJsonObject(const QString &)> read;
};

Format docxFormat()
{
    return {"docx", QStringLiteral("Body Text"), QStringLiteral("Title"), 25.4 / 1440,
            [](const ReportData &r, const QString &p, ReportProfile f) { return writeDocx(r, p, f); },
            readDocx};
}

Format odtFormat()
{
    return {"odt", QStringLiteral("Text body"), QStringLiteral("Title"), 1,
            [](const ReportData &r, const QString &p, ReportProfile f) { return writeOdt(r, p, f); },
            readOdt};
}

QStringList textsOf(const QJsonObject &doc, const QString &style)
{
    QStringList out;
    for (const QJsonValue &p : doc[QStringLiteral("paragraphs")].toArray())
        if (p[QStringLiteral("style")].toString() == style)
            out << p[QStringLiteral("text")].toString();
    return out;
}

QString cellText(const QJsonArray &row, int column)
{
    return row.at(column)[QStringLiteral("text")].toString();
}

class OfficeDocsTest : public ReportFixture
{
protected:
    // The district at 2023 Q1, which has every status, made on 5 January 2024.
    ReportData report(ReportLanguage language = ReportLanguage::Chinese) const
    {
        return buildReport(*m_eval, kCounty, 2023, 1, language, QDate(2024, 1, 5));
    }

    QJsonObject written(const Format &f, const ReportData &r, ReportProfile profile)
    {
        const QString path = m_dir.filePath(QStringLiteral("b-%1.%2")
                                                .arg(toCode(profile), QLatin1String(f.name)));
        const Outcome ok = f.write(r, path, profile);
        EXPECT_TRUE(ok.ok()) << ok.error().toStdString();
        return f.read(path);
    }

    void checkOfficial(const Format &f)
    {
        SCOPED_TRACE(f.name);
        const ReportData r = report();
        const QJsonObject doc = written(f, r, ReportProfile::Official);
        ASSERT_FALSE(doc.isEmpty());

        // A4, top 37 mm, left 28 mm, a type area of 156 × 225 mm; page numbers on both sides.
        const QJsonObject page = doc[QStringLiteral("sections")].toArray().at(0).toObject();
        const auto mm = [&page](const char *key) { return page[QLatin1String(key)].toDouble(); };
        EXPECT_NEAR(mm("width"), 210, 0.3);
        EXPECT_NEAR(mm("height"), 297, 0.3);
        EXPECT_NEAR(mm("top"), 37, 0.3);
        EXPECT_NEAR(mm("left"), 28, 0.3);
        EXPECT_NEAR(mm("width") - mm("left") - mm("right"), 156, 0.3);
        EXPECT_NEAR(mm("height") - mm("top") - mm("bottom"), 225, 0.5);
        EXPECT_TRUE(page[QStringLiteral("evenOdd")].toBool());
        const QJsonArray footers = doc[QStringLiteral("footers")].toArray();
        ASSERT_FALSE(footers.isEmpty());
        for (const QJsonValue &footer : footers) {
            EXPECT_TRUE(footer.toString().contains(QStringLiteral("—"))) << footer.toString().toStdString();
            EXPECT_TRUE(footer.toString().contains(QStringLiteral("PAGE"))) << footer.toString().toStdString();
        }

        // The fonts, named as East Asian fonts: body 3号仿宋_GB2312, title 2号方正小标宋简体,
        // headings 3号黑体 and 3号楷体_GB2312.
        const QJsonObject styles = doc[QStringLiteral("styles")].toObject();
        const auto font = [&styles](const QString &style) { return styles[style].toObject(); };
        EXPECT_EQ(font(f.bodyStyle)[QStringLiteral("eastAsia")].toString(), QStringLiteral("仿宋_GB2312"));
        EXPECT_DOUBLE_EQ(font(f.bodyStyle)[QStringLiteral("pt")].toDouble(), 16);
        EXPECT_EQ(font(f.titleStyle)[QStringLiteral("eastAsia")].toString(), QStringLiteral("方正小标宋简体"));
        EXPECT_DOUBLE_EQ(font(f.titleStyle)[QStringLiteral("pt")].toDouble(), 22);
        EXPECT_EQ(font(QStringLiteral("Heading 1"))[QStringLiteral("eastAsia")].toString(), QStringLiteral("黑体"));
        EXPECT_DOUBLE_EQ(font(QStringLiteral("Heading 1"))[QStringLiteral("pt")].toDouble(), 16);
        EXPECT_EQ(font(QStringLiteral("Heading 2"))[QStringLiteral("eastAsia")].toString(), QStringLiteral("楷体_GB2312"));

        // Title, numbered headings (一、 … for every part, （一） within), the date at the end.
        EXPECT_EQ(textsOf(doc, f.titleStyle), QStringList{r.title});
        QStringList expected{QStringLiteral("一、指标完成情况汇总")};
        const QStringList numerals = QStringLiteral("二 三 四 五 六 七 八").split(u' ');
        for (std::size_t i = 0; i < r.sections.size(); ++i)
            expected << numerals.at(qsizetype(i)) + u'、' + r.sections[i].name;
        expected << numerals.at(qsizetype(r.sections.size())) + QStringLiteral("、待核实的数据问题");
        EXPECT_EQ(textsOf(doc, QStringLiteral("Heading 1")), expected);
        EXPECT_TRUE(textsOf(doc, QStringLiteral("Heading 2"))
                        .contains(QStringLiteral("（一）目标任务完成情况（目标 = 100%）")));
        QStringList all;
        for (const QJsonValue &p : doc[QStringLiteral("paragraphs")].toArray())
            all << p[QStringLiteral("text")].toString();
        EXPECT_TRUE(all.contains(QStringLiteral("2024年1月5日"))) << all.join(u'\n').toStdString();
        EXPECT_TRUE(all.join(QString()).contains(
            QStringLiteral("新增返乡下乡创业人员")))
            << "the narrative";

        // The summary table: a row per indicator ending in its status word, in a shaded cell;
        // the header repeated on every page; numbers right-aligned; within the type area.
        const QJsonArray tables = doc[QStringLiteral("tables")].toArray();
        QJsonObject summary;
        for (const QJsonValue &t : tables)
            if (cellText(t[QStringLiteral("rows")].toArray().at(0).toArray(), 0) == QStringLiteral("指标"))
                summary = t.toObject();
        ASSERT_FALSE(summary.isEmpty());
        EXPECT_TRUE(summary[QStringLiteral("headerRepeats")].toBool());
        const QJsonArray rows = summary[QStringLiteral("rows")].toArray();
        ASSERT_EQ(rows.size(), qsizetype(r.summary.size()) + 1);
        QSet<QString> words;
        for (std::size_t i = 0; i < r.summary.size(); ++i) {
            const QJsonArray row = rows.at(qsizetype(i) + 1).toArray();
            const ReportRow &expectedRow = r.summary[i];
            ASSERT_EQ(row.size(), 7);
            EXPECT_EQ(cellText(row, 0), expectedRow.name);
            const QString word = reportStatusText(expectedRow.status, ReportLanguage::Chinese);
            EXPECT_EQ(cellText(row, 6), word) << expectedRow.code.toStdString();
            EXPECT_EQ(row.at(6)[QStringLiteral("fill")].toString(),
                      hexOf(reportformat::statusShade(expectedRow.status)))
                << expectedRow.code.toStdString();
            for (int c : {2, 3, 4, 5})
                EXPECT_EQ(row.at(c)[QStringLiteral("align")].toString(), QStringLiteral("right"));
            words.insert(word);
        }
        EXPECT_EQ(words.size(), 6) << "every status of the sample at 2023 Q1";
        for (const QString &w : {QStringLiteral("已完成"), QStringLiteral("序时推进"), QStringLiteral("略有滞后"),
                                 QStringLiteral("明显滞后"), QStringLiteral("未填报"), QStringLiteral("未设目标")})
            EXPECT_TRUE(words.contains(w)) << w.toStdString();

        // Every table within the type area; every status word in any table shaded.
        int shaded = 0;
        for (const QJsonValue &t : tables) {
            EXPECT_LE(t[QStringLiteral("width")].toDouble() * f.tableWidthToMm, 156.05);
            for (const QJsonValue &row : t[QStringLiteral("rows")].toArray())
                for (const QJsonValue &cell : row.toArray())
                    if (words.contains(cell[QStringLiteral("text")].toString())) {
                        EXPECT_FALSE(cell[QStringLiteral("fill")].toString().isEmpty())
                            << cell[QStringLiteral("text")].toString().toStdString();
                        ++shaded;
                    }
        }
        EXPECT_GT(shaded, int(r.summary.size()));

        // A chart picture for every section with target-vs-actual bars.
        int charts = 0;
        for (const ReportSection &s : r.sections)
            charts += s.bars.empty() ? 0 : 1;
        EXPECT_GT(charts, 0);
        EXPECT_EQ(doc[QStringLiteral("pictures")].toInt(), charts);
    }

    void checkPlain(const Format &f)
    {
        SCOPED_TRACE(f.name);
        const ReportData r = report(ReportLanguage::English);
        const QJsonObject doc = written(f, r, ReportProfile::Plain);
        ASSERT_FALSE(doc.isEmpty());
        const QJsonObject page = doc[QStringLiteral("sections")].toArray().at(0).toObject();
        EXPECT_NEAR(page[QStringLiteral("top")].toDouble(), 20, 0.3);
        EXPECT_NEAR(page[QStringLiteral("left")].toDouble(), 20, 0.3);
        EXPECT_EQ(doc[QStringLiteral("styles")][f.bodyStyle][QStringLiteral("eastAsia")].toString(),
                  QStringLiteral("Noto Sans CJK SC"));
        // The PDF's headings: the summary unnumbered, the categories as numbered by the report.
        QStringList expected{QStringLiteral("Summary of indicators")};
        for (const ReportSection &s : r.sections)
            expected << s.title;
        expected << QStringLiteral("Open validation findings");
        EXPECT_EQ(textsOf(doc, QStringLiteral("Heading 1")), expected);
        EXPECT_TRUE(textsOf(doc, f.titleStyle).contains(r.title));
    }
};

TEST_F(OfficeDocsTest, TheDocxIsInTheOfficialLayoutWithEveryStatusShaded)
{
    checkOfficial(docxFormat());
}

// About 22 lines of 28 characters: a line grid of 28.95 pt, and the body's characters spaced so
// that 28 of them fill the 156 mm line and a 29th does not fit.
TEST_F(OfficeDocsTest, TheDocxBodyHas22LinesOf28Characters)
{
    const QJsonObject doc = written(docxFormat(), report(), ReportProfile::Official);
    const QJsonObject page = doc[QStringLiteral("sections")].toArray().at(0).toObject();
    EXPECT_EQ(page[QStringLiteral("gridPitch")].toInt(), 579); // 28.95 pt
    EXPECT_EQ(int(225 / 25.4 * 72 / 28.95), 22);
    const QJsonObject normal = doc[QStringLiteral("styles")][QStringLiteral("Normal")].toObject();
    const double pitch = 16 + normal[QStringLiteral("spacing")].toDouble() / 20;
    const double line = 156 / 25.4 * 72;
    EXPECT_LE(28 * pitch, line);
    EXPECT_GT(29 * pitch, line);
}

TEST_F(OfficeDocsTest, ThePlainDocxKeepsThePdfsLook)
{
    checkPlain(docxFormat());
}

TEST_F(OfficeDocsTest, TheOdtIsInTheOfficialLayoutWithEveryStatusShaded)
{
    checkOfficial(odtFormat());
}

TEST_F(OfficeDocsTest, ThePlainOdtKeepsThePdfsLook)
{
    checkPlain(odtFormat());
}

// --- zhenxing-cli report --out b.docx, end to end -----------------------------------------

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args, const QString &dir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZHENXING_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(ZX_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

TEST(ReportCliDocx, WritesWordInTheOfficialLayoutAndThePdfPlainUnlessAsked)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_EQ(cli({QStringLiteral("sample"), QStringLiteral("s.db")}, dir.path()).code, 0);
    const QStringList base{QStringLiteral("report"), QStringLiteral("s.db"), QStringLiteral("--region"),
                           QStringLiteral("410104"), QStringLiteral("--year"), QStringLiteral("2023")};
    const CliRun docx = cli(base + QStringList{QStringLiteral("--out"), QStringLiteral("b.docx")}, dir.path());
    ASSERT_EQ(docx.code, 0) << docx.err.toStdString();
    const QJsonObject doc = readDocx(dir.filePath(QStringLiteral("b.docx")));
    EXPECT_NEAR(doc[QStringLiteral("sections")][0][QStringLiteral("top")].toDouble(), 37, 0.3);
    EXPECT_EQ(doc[QStringLiteral("styles")][QStringLiteral("Body Text")][QStringLiteral("eastAsia")].toString(),
              QStringLiteral("仿宋_GB2312"));
    EXPECT_EQ(textsOf(doc, QStringLiteral("Heading 1")).value(0), QStringLiteral("一、指标完成情况汇总"));

    const CliRun plain = cli(base + QStringList{QStringLiteral("--profile"), QStringLiteral("plain"),
                                             QStringLiteral("--out"), QStringLiteral("p.docx")},
                          dir.path());
    ASSERT_EQ(plain.code, 0) << plain.err.toStdString();
    EXPECT_NEAR(readDocx(dir.filePath(QStringLiteral("p.docx")))[QStringLiteral("sections")][0]
                    [QStringLiteral("top")].toDouble(),
                20, 0.3);

    // The PDF: plain (a cover page of its own) unless official is asked for (the title and
    // the summary on page one, "— 1 —" under it).
    ASSERT_EQ(cli(base + QStringList{QStringLiteral("--out"), QStringLiteral("p.pdf")}, dir.path()).code, 0);
    ASSERT_EQ(cli(base + QStringList{QStringLiteral("--profile"), QStringLiteral("official"),
                                     QStringLiteral("--out"), QStringLiteral("o.pdf")},
                  dir.path())
                  .code,
              0);
    const auto firstPage = [&dir](const char *pdf) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/pdftotext"),
                {QStringLiteral("-l"), QStringLiteral("1"), dir.filePath(QLatin1String(pdf)), QStringLiteral("-")});
        p.waitForFinished(60000);
        return squeezed(QString::fromUtf8(p.readAllStandardOutput()));
    };
    EXPECT_FALSE(firstPage("p.pdf").contains(QStringLiteral("一、指标完成情况汇总")));
    const QString official = firstPage("o.pdf");
    EXPECT_TRUE(official.contains(QStringLiteral("一、指标完成情况汇总"))) << official.toStdString();
    EXPECT_TRUE(official.contains(QStringLiteral("—1—"))) << official.toStdString();

    // Refused: an unknown profile, an unknown kind of file.
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("--profile"), QStringLiteral("fancy"),
                                     QStringLiteral("--out"), QStringLiteral("f.docx")},
                  dir.path())
                  .code,
              2);
    EXPECT_EQ(cli(base + QStringList{QStringLiteral("--out"), QStringLiteral("b.txt")}, dir.path()).code, 2);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("f.docx"))));

    // Both helps say so.
    const QString help = cli({QStringLiteral("report"), QStringLiteral("--help")}, dir.path()).out;
    EXPECT_TRUE(help.contains(QStringLiteral("--profile"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral(".docx"))) << help.toStdString();
    const QString usage = cli({QStringLiteral("--help")}, dir.path()).out;
    EXPECT_TRUE(usage.contains(QStringLiteral("--out FILE.docx|.odt|.pdf"))) << usage.toStdString();
    EXPECT_TRUE(usage.contains(QStringLiteral("[--profile official|plain]"))) << usage.toStdString();
}

// Shaded, yet readable without the shading: each tint keeps the ink at 7:1 or more.
TEST(StatusShade, EveryTintKeepsTheInkReadable)
{
    const auto luminance = [](const QColor &c) {
        const auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    QSet<QString> tints;
    for (TrackStatus s : {TrackStatus::Done, TrackStatus::OnTrack, TrackStatus::Lagging,
                          TrackStatus::Behind, TrackStatus::NotReported, TrackStatus::Untracked}) {
        const QColor shade = reportformat::statusShade(s);
        const double ratio = (luminance(shade) + 0.05) / (luminance(reportformat::ink()) + 0.05);
        EXPECT_GE(ratio, 7.0) << shade.name().toStdString();
        tints.insert(shade.name());
    }
    EXPECT_EQ(tints.size(), 6) << "one tint per status";
}

} // namespace
} // namespace zx
