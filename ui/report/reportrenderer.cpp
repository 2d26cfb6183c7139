#include "report/reportrenderer.h"

#include "report/barchart.h"
#include "report/documentpainter.h"
#include "report/pdfunicode.h"
#include "report/reportformat.h"

#include "widgets/statuspalette.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace zx {

namespace {

const QColor kInk = reportformat::ink();
const QColor kMuted = reportformat::muted();
const QColor kRule = reportformat::rule();
const QColor kHeaderFill = reportformat::headerFill();
const QColor kAccent = reportformat::accent(); // the red of official bulletins, for headings

QFont reportFont(double pointSize, bool bold = false)
{
    QFont f;
    // A CJK face first, so that Chinese and Latin text share one look; the default family
    // (and Qt's own fallback) covers systems without it.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

using reportformat::findingLine;
QString pctText(std::optional<double> v)
{
    return reportformat::pct(v);
}

// One layout-and-paint run. With `paint` false it only advances the cursor and counts pages;
// the second run paints with the total known.
class Renderer
{
public:
    Renderer(const ReportData &d, QPagedPaintDevice &dev, QPainter *painter, int totalPages,
             QString *drawn = nullptr)
        : m_d(d), m_dev(dev), m_p(painter), m_total(totalPages), m_drawn(drawn)
    {
        m_width = dev.width();
        m_height = dev.height();
        m_top = mm(12);
        m_bottom = m_height - mm(10);
    }

    int run()
    {
        cover();
        newPage();
        summaryTable();
        for (const ReportSection &s : m_d.sections)
            section(s);
        findings();
        return m_page;
    }

private:
    QString t(const char *key) const { return reportText(QString::fromLatin1(key), m_d.language); }
    double mm(double v) const { return v * m_dev.logicalDpiY() / 25.4; }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_dev); }
    bool painting() const { return m_p != nullptr; }

    // Every string goes through here (or paragraph()), so the PDF's text map can be repaired
    // from what was really drawn (pdfunicode.h).
    void drawText(const QRectF &r, int flags, const QString &text)
    {
        m_p->drawText(r, flags, text);
        if (m_drawn)
            *m_drawn += text;
    }

    void newPage()
    {
        if (m_page > 0 && painting())
            m_dev.newPage();
        ++m_page;
        m_y = m_top;
        if (painting())
            pageFrame(m_page > 1);
    }

    void ensure(double h)
    {
        if (m_y + h > m_bottom)
            newPage();
    }

    void pageFrame(bool header)
    {
        const QFont small = reportFont(8);
        const double h = metrics(small).height();
        m_p->setFont(small);
        m_p->setPen(kMuted);
        if (header) {
            const QRectF r(0, 0, m_width, h);
            drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_d.regionName);
            drawText(r, Qt::AlignRight | Qt::AlignVCenter, m_d.periodText);
            m_p->setPen(QPen(kRule, mm(0.3)));
            m_p->drawLine(QPointF(0, h + mm(1.5)), QPointF(m_width, h + mm(1.5)));
        }
        const QRectF f(0, m_height - h, m_width, h);
        m_p->setPen(QPen(kRule, mm(0.3)));
        m_p->drawLine(QPointF(0, f.top() - mm(1.5)), QPointF(m_width, f.top() - mm(1.5)));
        m_p->setPen(kMuted);
        drawText(f, Qt::AlignHCenter | Qt::AlignVCenter,
                 t("page").arg(m_page).arg(m_total));
        drawText(f, Qt::AlignRight | Qt::AlignVCenter, t("generated").arg(m_d.generatedDate));
        if (!m_d.auditHead.isEmpty())
            drawText(f, Qt::AlignLeft | Qt::AlignVCenter, t("auditHead").arg(m_d.auditHead));
    }

    // Word-wrapped text, broken into lines with QTextLayout so a paragraph can continue on
    // the next page. CJK text wraps anywhere, Latin text at word boundaries.
    void paragraph(const QString &text, const QFont &font, const QColor &colour, double indent = 0,
                   double spacing = 1.45)
    {
        QTextLayout layout(text, font, &m_dev);
        QTextOption opt;
        opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(opt);
        layout.beginLayout();
        std::vector<QTextLine> lines;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_width - indent);
            line.setPosition(QPointF(0, 0));
            lines.push_back(line);
        }
        layout.endLayout();
        if (painting() && m_drawn)
            *m_drawn += text;
        for (const QTextLine &line : lines) {
            const double h = line.height() * spacing;
            ensure(h);
            if (painting()) {
                m_p->setPen(colour);
                line.draw(m_p, QPointF(indent, m_y + (h - line.height()) / 2));
            }
            m_y += h;
        }
    }

    void heading(const QString &text, double size, const QColor &colour, double before)
    {
        const QFont f = reportFont(size, true);
        const double h = metrics(f).height() * 1.3;
        // Keep a heading with at least a few lines of what follows.
        ensure(before + h + mm(25));
        m_y += before;
        if (painting()) {
            m_p->setFont(f);
            m_p->setPen(colour);
            drawText(QRectF(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        m_y += h;
    }

    void chip(const QRectF &r, TrackStatus status)
    {
        m_p->setPen(Qt::NoPen);
        m_p->setBrush(statuspalette::fill(status));
        m_p->drawRect(r);
        m_p->setBrush(Qt::NoBrush);
    }

    void cover()
    {
        newPage();
        m_y = m_height * 0.22;
        paragraphCentred(m_d.title, reportFont(22, true), kAccent);
        m_y += mm(6);
        if (painting()) {
            m_p->setPen(QPen(kAccent, mm(0.8)));
            m_p->drawLine(QPointF(m_width * 0.1, m_y), QPointF(m_width * 0.9, m_y));
        }
        m_y += mm(10);
        paragraphCentred(m_d.regionName, reportFont(15), kInk);
        m_y += mm(2);
        paragraphCentred(m_d.periodText, reportFont(12), kInk);
        m_y += mm(2);
        paragraphCentred(t("generated").arg(m_d.generatedDate), reportFont(11), kMuted);

        // Status counts with colour chips.
        m_y = m_height * 0.62;
        paragraphCentred(t("statusCounts") + QStringLiteral(" · ") +
                             t("indicatorCount").arg(m_d.summary.size()) + QStringLiteral(" · ") +
                             t("timeProgress").arg(QString::number(m_d.timeProgressPct, 'f', 2)),
                         reportFont(11, true), kInk);
        m_y += mm(5);
        statuspalette::Counts counts{};
        const auto &order = statuspalette::order();
        for (const ReportRow &row : m_d.summary)
            ++counts[statuspalette::indexOf(row.status)];
        const double boxW = m_width / double(order.size());
        const double boxH = mm(22);
        if (painting()) {
            for (size_t i = 0; i < order.size(); ++i) {
                const QRectF box(i * boxW + mm(2), m_y, boxW - mm(4), boxH);
                chip(box, order[i]);
                m_p->setPen(statuspalette::text(order[i]));
                m_p->setFont(reportFont(20, true));
                drawText(box.adjusted(0, mm(2), 0, -boxH / 2 + mm(2)), Qt::AlignCenter,
                         QString::number(counts[i]));
                m_p->setFont(reportFont(10));
                drawText(box.adjusted(0, boxH / 2, 0, -mm(1)), Qt::AlignCenter,
                         reportStatusText(order[i], m_d.language));
            }
        }
        m_y += boxH;
        if (!m_d.hasData) {
            m_y += mm(10);
            paragraphCentred(t("noData"), reportFont(14, true), statuspalette::fill(TrackStatus::Behind));
        }
    }

    void paragraphCentred(const QString &text, const QFont &font, const QColor &colour)
    {
        const QRectF box(0, m_y, m_width, m_height);
        const QRectF used = metrics(font).boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
        if (painting()) {
            m_p->setFont(font);
            m_p->setPen(colour);
            drawText(QRectF(0, m_y, m_width, used.height()),
                     Qt::AlignHCenter | Qt::TextWordWrap, text);
        }
        m_y += used.height();
    }

    // --- summary table ---------------------------------------------------------------
    struct Column
    {
        const char *key;
        double share;
        Qt::Alignment align;
    };

    const std::array<Column, 7> &columns() const
    {
        static const std::array<Column, 7> cols{{
            {"col.indicator", 0.30, Qt::AlignLeft},
            {"col.unit", 0.11, Qt::AlignHCenter}, // "households", "10k yuan" on one line
            {"col.actual", 0.10, Qt::AlignRight},
            {"col.target", 0.10, Qt::AlignRight},
            {"col.completion", 0.12, Qt::AlignRight},
            {"col.timeProgress", 0.14, Qt::AlignRight},
            {"col.status", 0.13, Qt::AlignHCenter},
        }};
        return cols;
    }

    // A row is as high as its tallest cell: a long name or unit wraps onto a second line
    // rather than being cut ("rural Party members linked to ho…").
    double rowHeight(const QStringList &cells, const QFont &font, double minimum) const
    {
        const QFontMetricsF fm = metrics(font);
        const double pad = mm(1.2);
        double tallest = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const double width = m_width * columns()[i].share - 2 * pad;
            tallest = std::max(tallest, fm.boundingRect(QRectF(0, 0, width, 1e6),
                                                        Qt::TextWordWrap, cells[i]).height());
        }
        return std::max(minimum, tallest + fm.height() * 0.55);
    }

    void tableRow(const QStringList &cells, const QFont &font, double minimum, const QColor &fill,
                  std::optional<TrackStatus> status)
    {
        const double h = rowHeight(cells, font, minimum);
        if (!painting()) {
            m_y += h;
            return;
        }
        m_p->setFont(font);
        if (fill.isValid()) {
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(fill);
            m_p->drawRect(QRectF(0, m_y, m_width, h));
            m_p->setBrush(Qt::NoBrush);
        }
        double x = 0;
        const double pad = mm(1.2);
        for (int i = 0; i < cells.size(); ++i) {
            const Column &c = columns()[i];
            const QRectF cell(x, m_y, m_width * c.share, h);
            QColor pen = kInk;
            if (status && i == cells.size() - 1) {
                chip(cell.adjusted(pad / 2, pad / 2, -pad / 2, -pad / 2), *status);
                pen = statuspalette::text(*status);
            }
            m_p->setPen(pen);
            const QRectF inner = cell.adjusted(pad, 0, -pad, 0);
            drawText(inner, c.align | Qt::AlignVCenter | Qt::TextWordWrap, cells[i]);
            x += cell.width();
        }
        m_p->setPen(QPen(kRule, mm(0.2)));
        m_p->drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
        m_y += h;
    }

    void tableHeader(const QFont &font, double h)
    {
        QStringList cells;
        for (const Column &c : columns())
            cells << t(c.key);
        tableRow(cells, font, h, kHeaderFill, std::nullopt);
    }

    void summaryTable()
    {
        heading(t("summary"), 15, kAccent, 0);
        m_y += mm(2);
        const QFont body = reportFont(8.5);
        const QFont bold = reportFont(8.5, true);
        const double h = metrics(body).height() * 1.55;
        tableHeader(bold, h);
        for (const ReportRow &row : m_d.summary) {
            const QStringList cells{row.name, row.unit,
                                    row.actual.isEmpty() ? QStringLiteral("—") : row.actual,
                                    row.target.isEmpty() ? QStringLiteral("—") : row.target,
                                    pctText(row.completionPct), pctText(row.timeProgressPct),
                                    reportStatusText(row.status, m_d.language)};
            if (m_y + rowHeight(cells, body, h) > m_bottom) {
                newPage();
                tableHeader(bold, h);
            }
            tableRow(cells, body, h, QColor(), row.status);
        }
    }

    // --- charts ----------------------------------------------------------------------
    // Horizontal bars (barchart.h), continued on the next page where the page ends.
    void barChart(const QString &title, const std::vector<ChartBar> &bars)
    {
        if (bars.empty())
            return;
        const QFont titleFont = reportFont(10, true);
        const QFont body = reportFont(8);
        const QFont small = reportFont(7);
        const double rowH = metrics(body).height() * 1.7;
        const BarChartGeometry g = barChartGeometry(m_width, mm(2), bars, metrics(body));

        ensure(metrics(titleFont).height() * 1.6 + rowH * std::min<size_t>(bars.size(), 3));
        m_y += mm(2);
        if (painting()) {
            m_p->setFont(titleFont);
            m_p->setPen(kInk);
            drawText(QRectF(0, m_y, m_width, metrics(titleFont).height() * 1.4),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
        }
        m_y += metrics(titleFont).height() * 1.6;
        double chartTop = m_y;
        for (const ChartBar &b : bars) {
            if (m_y + rowH > m_bottom) {
                if (painting())
                    paintTargetLine(*m_p, g, chartTop, m_y, mm(0.35));
                newPage();
                chartTop = m_y;
            }
            if (painting()) {
                m_p->setFont(body);
                paintBarRow(*m_p, g, m_y, rowH, b, m_drawn);
            }
            m_y += rowH;
        }
        if (painting()) {
            paintTargetLine(*m_p, g, chartTop, m_y, mm(0.35));
            m_p->setFont(small);
            paintTargetLabel(*m_p, g, m_y, metrics(small).height(), m_drawn);
        }
        m_y += metrics(small).height() + mm(2);
    }

    void section(const ReportSection &s)
    {
        heading(s.title, 14, kAccent, mm(6));
        const QFont body = reportFont(10.5);
        const QString indent =
            m_d.language == ReportLanguage::Chinese ? QStringLiteral("\u3000\u3000") : QString();
        paragraph(indent + s.paragraph, body, s.hasData ? kInk : kMuted);
        if (!s.hasData)
            return;
        barChart(t("targetActual"), targetBars(s, m_d.language));
        if (!s.ranking.empty())
            barChart(s.rankingTitle, rankingBars(s));
    }

    void findings()
    {
        heading(t("findings"), 14, kAccent, mm(6));
        const QFont body = reportFont(9);
        if (m_d.findings.empty()) {
            paragraph(t("noFindings"), body, kInk);
            return;
        }
        for (const ReportFinding &f : m_d.findings)
            paragraph(findingLine(f, m_d.language), body,
                      f.error ? statuspalette::fill(TrackStatus::Behind) : kInk, 0, 1.35);
    }

    const ReportData &m_d;
    QPagedPaintDevice &m_dev;
    QPainter *m_p;
    int m_total;
    QString *m_drawn;
    int m_page = 0;
    double m_width = 0;
    double m_height = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
};

// Lays out and paints; `drawn` (if given) receives every string painted.
Outcome paint(const ReportData &report, QPagedPaintDevice &device, QString *drawn)
{
    const int pages = Renderer(report, device, nullptr, 0).run();
    QPainter painter;
    if (!painter.begin(&device))
        return Error{QCoreApplication::translate("zx::Report", "Cannot start painting the report")};
    painter.setRenderHint(QPainter::Antialiasing);
    Renderer(report, device, &painter, pages, drawn).run();
    if (!painter.end())
        return Error{QCoreApplication::translate("zx::Report", "Cannot finish painting the report")};
    return Outcome::success();
}

} // namespace

Outcome renderReport(const ReportData &report, QPagedPaintDevice &device, ReportProfile profile)
{
    if (profile == ReportProfile::Official)
        return paintDocument(reportDocument(report, profile), device, nullptr);
    return paint(report, device, nullptr);
}

QMarginsF reportPageMarginsMm(ReportProfile profile)
{
    if (profile == ReportProfile::Official)
        return officialDeviceMarginsMm(reportStyle(profile));
    return {20, 20, 20, 20};
}

Outcome renderPdf(const ReportData &report, const QString &path, ReportProfile profile)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error{QCoreApplication::translate("zx::Report", "Cannot write %1: %2")
                             .arg(path, probe.errorString())};
    }
    QString drawn;
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(reportPageMarginsMm(profile), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Zhenxing 振兴看板"));
        const Outcome ok = profile == ReportProfile::Official
                               ? paintDocument(reportDocument(report, profile), writer, &drawn)
                               : paint(report, writer, &drawn);
        if (!ok)
            return ok;
    } // the writer has closed the file
    if (QFile(path).size() == 0)
        return Error{QCoreApplication::translate("zx::Report", "Cannot write %1").arg(path)};
    // So that search and copy give the characters printed — 户, 人, 母 — not the variants and
    // radicals that share their glyphs (戶, ⼈, ⺟; see pdfunicode.h).
    const QList<QFont> fonts = profile == ReportProfile::Official
                                   ? documentFonts(reportStyle(profile))
                                   : QList<QFont>{reportFont(10), reportFont(10, true)};
    return fixToUnicodeInFile(path, toUnicodeFixes(drawn, fonts));
}

} // namespace zx
