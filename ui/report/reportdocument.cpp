#include "report/reportdocument.h"

#include "report/barchart.h"
#include "report/reportformat.h"
#include "widgets/statuspalette.h"

#include <algorithm>

namespace zx {

namespace {

constexpr int kChartDpi = 200;

class Builder
{
public:
    Builder(const ReportData &report, ReportProfile profile) : m_r(report)
    {
        m_d.style = reportStyle(profile);
        m_d.language = report.language;
        m_d.title = report.title;
    }

    ReportDocument build()
    {
        add(DocBlock::Kind::Title, m_r.title);
        add(DocBlock::Kind::Subtitle, m_r.regionName);
        add(DocBlock::Kind::Subtitle, m_r.periodText);
        if (!official()) {
            add(DocBlock::Kind::Subtitle, documentDate(m_r, m_d.style));
            note();
        }
        summary();
        for (const ReportSection &s : m_r.sections)
            section(s);
        findings();
        if (official()) {
            add(DocBlock::Kind::Date, documentDate(m_r, m_d.style));
            note();
        }
        return std::move(m_d);
    }

private:
    bool official() const { return m_d.style.official; }
    QString t(const char *key) const { return reportText(QString::fromLatin1(key), m_r.language); }

    void add(DocBlock::Kind kind, const QString &text)
    {
        DocBlock b;
        b.kind = kind;
        b.text = text;
        m_d.blocks.push_back(std::move(b));
    }

    void add(DocTable table)
    {
        DocBlock b;
        b.kind = DocBlock::Kind::Table;
        b.table = std::move(table);
        m_d.blocks.push_back(std::move(b));
    }

    void note()
    {
        if (!m_r.auditHead.isEmpty())
            add(DocBlock::Kind::Note, t("auditHead").arg(m_r.auditHead));
    }

    // Official: every level-one heading numbered in turn; plain: as the PDF titles them.
    void heading1(const QString &name, const QString &plainTitle)
    {
        add(DocBlock::Kind::Heading1,
            official() ? headingNumber(1, ++m_level1, m_r.language) + name : plainTitle);
        m_level2 = 0;
    }

    void heading2(const QString &text)
    {
        add(DocBlock::Kind::Heading2,
            official() ? headingNumber(2, ++m_level2, m_r.language) + text : text);
    }

    void summary()
    {
        heading1(t("summary"), t("summary"));
        add(DocBlock::Kind::Body,
            t("statusCounts") + QStringLiteral(" · ") +
                t("indicatorCount").arg(m_r.summary.size()) + QStringLiteral(" · ") +
                t("timeProgress").arg(QString::number(m_r.timeProgressPct, 'f', 2)));
        // The status counts, as the PDF's cover chips: each status word shaded in its colour.
        std::vector<TrackStatus> statuses;
        for (const ReportRow &row : m_r.summary)
            statuses.push_back(row.status);
        const statuspalette::Counts counts = statuspalette::countsOf(statuses);
        DocTable chips;
        std::vector<DocCell> numbers;
        for (std::size_t i = 0; i < statuspalette::Count; ++i) {
            const TrackStatus s = statuspalette::order()[i];
            chips.shares.push_back(1.0 / statuspalette::Count);
            chips.header.push_back({reportStatusText(s, m_r.language), Qt::AlignHCenter, s});
            numbers.push_back({QString::number(counts[i]), Qt::AlignHCenter, std::nullopt});
        }
        chips.rows.push_back(std::move(numbers));
        add(std::move(chips));
        if (!m_r.hasData)
            add(DocBlock::Kind::Body, t("noData"));

        DocTable table;
        // English needs room for "Completion" and "×10,000 m³" on one line; Chinese for names.
        if (m_r.language == ReportLanguage::Chinese)
            table.shares = {0.28, 0.08, 0.12, 0.12, 0.12, 0.14, 0.14};
        else
            table.shares = {0.24, 0.10, 0.12, 0.12, 0.14, 0.14, 0.14};
        const Qt::Alignment right = Qt::AlignRight;
        const Qt::Alignment centre = Qt::AlignHCenter;
        table.header = {{t("col.indicator"), Qt::AlignLeft, {}}, {t("col.unit"), centre, {}},
                        {t("col.actual"), right, {}},        {t("col.target"), right, {}},
                        {t("col.completion"), right, {}},    {t("col.timeProgress"), right, {}},
                        {t("col.status"), centre, {}}};
        const auto dash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
        for (const ReportRow &row : m_r.summary)
            table.rows.push_back({{row.name, Qt::AlignLeft, {}},
                                  {row.unit, centre, {}},
                                  {dash(row.actual), right, {}},
                                  {dash(row.target), right, {}},
                                  {reportformat::pct(row.completionPct), right, {}},
                                  {reportformat::pct(row.timeProgressPct), right, {}},
                                  {reportStatusText(row.status, m_r.language), centre, row.status}});
        add(std::move(table));
    }

    void section(const ReportSection &s)
    {
        heading1(s.name.isEmpty() ? s.title : s.name, s.title);
        add(DocBlock::Kind::Body, s.paragraph);
        if (!s.hasData)
            return;
        if (!s.bars.empty()) {
            heading2(t("targetActual"));
            chart(targetBars(s, m_r.language), t("targetActual"));
        }
        if (!s.ranking.empty()) {
            heading2(s.rankingTitle);
            DocTable table;
            table.shares = {0.14, 0.46, 0.20, 0.20};
            table.header = {{t("col.rank"), Qt::AlignHCenter, {}},
                            {t("col.region"), Qt::AlignLeft, {}},
                            {t("col.completion"), Qt::AlignRight, {}},
                            {t("col.status"), Qt::AlignHCenter, {}}};
            for (const ReportRankItem &r : s.ranking)
                table.rows.push_back(
                    {{r.rank > 0 ? QString::number(r.rank) : QStringLiteral("—"), Qt::AlignHCenter, {}},
                     {r.regionName, Qt::AlignLeft, {}},
                     {reportformat::pct(r.completionPct), Qt::AlignRight, {}},
                     {reportStatusText(r.status, m_r.language), Qt::AlignHCenter, r.status}});
            add(std::move(table));
        }
    }

    void chart(const std::vector<ChartBar> &bars, const QString &description)
    {
        // A little smaller than the tables, so the figures beside the bars are not cut short.
        DocFont font = m_d.style.table;
        font.pt = std::min(font.pt, 9.0);
        DocFont label = font;
        label.pt = 7.5;
        DocBlock b;
        b.kind = DocBlock::Kind::Image;
        b.image.name = QStringLiteral("chart%1.png").arg(++m_images);
        b.image.widthMm = m_d.style.typeWidthMm();
        b.image.png = barChartPng(bars, b.image.widthMm, font.qfont(), label.qfont(),
                                  kChartDpi, &b.image.heightMm);
        b.image.description = description;
        b.image.bars = bars;
        m_d.blocks.push_back(std::move(b));
    }

    void findings()
    {
        heading1(t("findings"), t("findings"));
        if (m_r.findings.empty()) {
            add(DocBlock::Kind::Body, t("noFindings"));
            return;
        }
        int n = 0;
        for (const ReportFinding &f : m_r.findings)
            add(DocBlock::Kind::Item,
                (official() ? headingNumber(3, ++n, m_r.language) : QString()) +
                    reportformat::findingLine(f, m_r.language));
    }

    const ReportData &m_r;
    ReportDocument m_d;
    int m_level1 = 0;
    int m_level2 = 0;
    int m_images = 0;
};

} // namespace

ReportDocument reportDocument(const ReportData &report, ReportProfile profile)
{
    return Builder(report, profile).build();
}

} // namespace zx
