// One vocabulary (issue 13): for every status, including 未填报 (a target, no figure yet), the
// app's word (statusLabel, what the tiles, the status table and the gauges show), the
// bulletin's (read back from the PDF with pdftotext) and the status export's (CSV) are the
// same, in Chinese and in English. The sample district at 2023 Q1 has all six statuses.
#include "domain/enums.h"
#include "io/exporttable.h"
#include "report/reportdata.h"
#include "report/reportrenderer.h"
#include "reportfixture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTranslator>

#include <algorithm>
#include <map>
#include <set>

namespace zx {
namespace {

const QString kCounty = QStringLiteral("410104");

QString pdfLayoutText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/pdftotext"),
            {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The app's language for as long as it lives: the zh_CN translation compiled into the
// program, or none (the English source texts).
class AppLanguage
{
public:
    explicit AppLanguage(bool chinese)
    {
        if (chinese && m_translator.load(QStringLiteral(":/i18n/zhenxing_zh_CN.qm")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~AppLanguage()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    bool chineseInstalled() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

class StatusWordsTest : public ReportFixture
{
protected:
    void check(ReportLanguage language)
    {
        const bool chinese = language == ReportLanguage::Chinese;
        const AppLanguage app(chinese);
        if (chinese)
            ASSERT_TRUE(app.chineseInstalled()) << "no :/i18n/zhenxing_zh_CN.qm";

        const RegionSummary summary = m_eval->summarize(kCounty, 2023, 1);
        const ReportData report = buildReport(*m_eval, kCounty, 2023, 1, language);
        const ExportSheet sheet = exporttable::status(
            summary, *m_data, chinese ? QStringLiteral("zh") : QStringLiteral("en"));
        ASSERT_EQ(report.summary.size(), summary.indicators.size());
        ASSERT_EQ(sheet.rows.size(), summary.indicators.size());
        const int statusColumn = int(sheet.header.indexOf(QStringLiteral("status")));
        ASSERT_GE(statusColumn, 0);

        // Row by row: the app's word is the bulletin's and the export's.
        std::set<TrackStatus> seen;
        for (std::size_t i = 0; i < summary.indicators.size(); ++i) {
            const IndicatorSummary &s = summary.indicators[i];
            seen.insert(s.status);
            const QString word = statusLabel(s.status);
            EXPECT_EQ(report.summary[i].status, s.status) << s.indicator->code.toStdString();
            EXPECT_EQ(reportStatusText(s.status, language), word) << toCode(s.status).toStdString();
            EXPECT_EQ(sheet.rows[i][statusColumn].text, word) << s.indicator->code.toStdString();
        }
        ASSERT_EQ(seen.size(), 6u) << "the sample district has every status at 2023 Q1";
        // The CSV as written (status is the eighth column, between two numbers).
        const QString csv = QString::fromUtf8(exporttable::toCsv(sheet));
        for (TrackStatus status : seen)
            EXPECT_TRUE(csv.contains(u',' + statusLabel(status) + u','))
                << toCode(status).toStdString();

        // Its summer sowing: a target of 4200 亩 and no figure before Q2.
        const auto sowing = std::find_if(
            summary.indicators.begin(), summary.indicators.end(), [](const IndicatorSummary &s) {
                return s.indicator->code == QLatin1String("summer_sowing_area");
            });
        ASSERT_NE(sowing, summary.indicators.end());
        EXPECT_EQ(sowing->status, TrackStatus::NotReported);
        EXPECT_EQ(statusLabel(TrackStatus::NotReported),
                  chinese ? QStringLiteral("未填报") : QStringLiteral("Not reported"));
        EXPECT_EQ(statusLabel(TrackStatus::Untracked),
                  chinese ? QStringLiteral("未设目标") : QStringLiteral("No target"));

        // The PDF: each summary line ends with its row's word; the cover counts every status.
        const QString pdf =
            m_dir.filePath(chinese ? QStringLiteral("zh.pdf") : QStringLiteral("en.pdf"));
        const Outcome written = renderPdf(report, pdf);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        ASSERT_TRUE(QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext")))
            << "no /usr/bin/pdftotext (setup.sh installs poppler-utils)";
        const QStringList lines = pdfLayoutText(pdf).split(u'\n');
        // The summary table: from its heading to the first section's (a name that wraps in
        // its column starts no line and is not read).
        const auto lineOf = [&lines](const QString &text, qsizetype from) {
            for (qsizetype i = from; i < lines.size(); ++i)
                if (lines[i].trimmed() == text)
                    return i;
            return qsizetype(-1);
        };
        const qsizetype first = lineOf(reportText(QStringLiteral("summary"), language), 0);
        ASSERT_GE(first, 0);
        ASSERT_FALSE(report.sections.empty());
        const qsizetype last = lineOf(report.sections.front().title, first);
        ASSERT_GT(last, first);
        std::map<TrackStatus, int> rowsRead;
        for (const ReportRow &row : report.summary) {
            for (qsizetype i = first; i < last; ++i) {
                const QString text = lines[i].trimmed();
                if (!text.startsWith(row.name + u' '))
                    continue;
                EXPECT_TRUE(text.endsWith(u' ' + statusLabel(row.status))) << text.toStdString();
                ++rowsRead[row.status];
                break;
            }
        }
        EXPECT_EQ(rowsRead.size(), 6u) << "a summary line of the PDF for every status";
        EXPECT_GE(rowsRead[TrackStatus::NotReported], 3) << "夏播面积, 玉米播种面积, 发放成功率";
        QString counts;
        QString words;
        std::map<TrackStatus, int> perStatus;
        for (const IndicatorSummary &s : summary.indicators)
            ++perStatus[s.status];
        for (TrackStatus status :
             {TrackStatus::Done, TrackStatus::OnTrack, TrackStatus::Lagging, TrackStatus::Behind,
              TrackStatus::NotReported, TrackStatus::Untracked}) {
            counts += QString::number(perStatus[status]);
            words += statusLabel(status);
        }
        const QString cover = squeezed(lines.mid(0, 40).join(QString()));
        EXPECT_TRUE(cover.contains(squeezed(counts + words))) << cover.toStdString();
    }
};

TEST_F(StatusWordsTest, TheAppThePdfAndTheExportSayTheSameInChinese)
{
    check(ReportLanguage::Chinese);
}

TEST_F(StatusWordsTest, TheAppThePdfAndTheExportSayTheSameInEnglish)
{
    check(ReportLanguage::English);
}

} // namespace
} // namespace zx
