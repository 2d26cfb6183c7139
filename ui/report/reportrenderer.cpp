#include "report/reportrenderer.h"

#include "report/pdfunicode.h"

#include "widgets/statuspalette.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace zx {

namespace {

const QColor kInk(0x21, 0x21, 0x21);
const QColor kMuted(0x61, 0x61, 0x61);
const QColor kRule(0xbd, 0xbd, 0xbd);
const QColor kHeaderFill(0xee, 0xee, 0xee);
const QColor kTrack(0xf0, 0xf0, 0xf0);
const QColor kAccent(0xb7, 0x1c, 0x1c); // the red of official bulletins, for headings

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

QString pctText(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 2) + u'%' : QStringLiteral("—");
}

// A figure with its unit: 350人, 2450 mu, 98%, and 350 where English has no unit word.
QString withUnit(const QString &number, const QString &unit, ReportLanguage language)
{
    if (unit.isEmpty() || language == ReportLanguage::Chinese || unit == QLatin1String("%"))
        return number + unit;
    return number + u' ' + unit;
}

// A finding as both the PDF and the ODT print it: "[错误] 张庄村 · 农村户数 · 2023年第2季度：…".
QString findingLine(const ReportFinding &f, ReportLanguage language)
{
    const bool chinese = language == ReportLanguage::Chinese;
    return QStringLiteral("[%1] %2 · %3 · %4%5%6")
        .arg(reportText(f.error ? QStringLiteral("error") : QStringLiteral("warning"), language),
             f.regionName, f.indicatorName, f.period,
             chinese ? QStringLiteral("：") : QStringLiteral(": "), f.message);
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
            {"col.unit", 0.09, Qt::AlignHCenter},
            {"col.actual", 0.11, Qt::AlignRight},
            {"col.target", 0.11, Qt::AlignRight},
            {"col.completion", 0.12, Qt::AlignRight},
            {"col.timeProgress", 0.15, Qt::AlignRight},
            {"col.status", 0.12, Qt::AlignHCenter},
        }};
        return cols;
    }

    void tableRow(const QStringList &cells, const QFont &font, double h, const QColor &fill,
                  std::optional<TrackStatus> status)
    {
        if (!painting()) {
            m_y += h;
            return;
        }
        const QFontMetricsF fm = metrics(font);
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
            drawText(inner, c.align | Qt::AlignVCenter,
                     fm.elidedText(cells[i], Qt::ElideRight, inner.width()));
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
            if (m_y + h > m_bottom) {
                newPage();
                tableHeader(bold, h);
            }
            tableRow({row.name, row.unit, row.actual.isEmpty() ? QStringLiteral("—") : row.actual,
                      row.target.isEmpty() ? QStringLiteral("—") : row.target,
                      pctText(row.completionPct), pctText(row.timeProgressPct),
                      reportStatusText(row.status, m_d.language)},
                     body, h, QColor(), row.status);
        }
    }

    // --- charts ----------------------------------------------------------------------
    // Horizontal bars: label | bar (scaled so that `reference` % sits at a marked line) | text.
    struct Bar
    {
        QString label;
        std::optional<double> pct;
        QString text;
        TrackStatus status;
    };

    void barChart(const QString &title, const std::vector<Bar> &bars, bool markTarget)
    {
        if (bars.empty())
            return;
        const QFont titleFont = reportFont(10, true);
        const QFont body = reportFont(8);
        const QFontMetricsF fm = metrics(body);
        const double rowH = fm.height() * 1.7;
        double maxPct = 100;
        for (const Bar &b : bars)
            if (b.pct)
                maxPct = std::max(maxPct, *b.pct);
        const double scale = std::min(200.0, std::ceil(maxPct / 25.0) * 25.0);
        const double labelW = m_width * 0.36;
        const double textW = m_width * 0.22;
        const double barX = labelW + mm(2);
        const double barW = m_width - labelW - textW - mm(4);

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
        auto axis = [&](double top, double bottom) {
            if (!painting() || !markTarget)
                return;
            const double x100 = barX + barW * 100.0 / scale;
            m_p->setPen(QPen(kInk, mm(0.35), Qt::DashLine));
            m_p->drawLine(QPointF(x100, top), QPointF(x100, bottom));
        };
        for (const Bar &b : bars) {
            if (m_y + rowH > m_bottom) {
                axis(chartTop, m_y);
                newPage();
                chartTop = m_y;
            }
            if (painting()) {
                m_p->setFont(body);
                m_p->setPen(kInk);
                drawText(QRectF(0, m_y, labelW, rowH), Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(b.label, Qt::ElideRight, labelW));
                const QRectF track(barX, m_y + rowH * 0.18, barW, rowH * 0.64);
                m_p->setPen(Qt::NoPen);
                m_p->setBrush(kTrack);
                m_p->drawRect(track);
                if (b.pct) {
                    const double w = barW * std::clamp(*b.pct, 0.0, scale) / scale;
                    m_p->setBrush(statuspalette::fill(b.status));
                    m_p->drawRect(QRectF(track.left(), track.top(), w, track.height()));
                }
                m_p->setBrush(Qt::NoBrush);
                m_p->setPen(kInk);
                drawText(QRectF(barX + barW + mm(2), m_y, textW, rowH),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(b.text, Qt::ElideRight, textW));
            }
            m_y += rowH;
        }
        axis(chartTop, m_y);
        if (painting() && markTarget) {
            m_p->setFont(reportFont(7));
            m_p->setPen(kMuted);
            const double x100 = barX + barW * 100.0 / scale;
            drawText(QRectF(x100 - mm(10), m_y, mm(20), metrics(reportFont(7)).height()),
                     Qt::AlignCenter, QStringLiteral("100%"));
        }
        m_y += metrics(reportFont(7)).height() + mm(2);
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
        std::vector<Bar> bars;
        for (const ReportBar &b : s.bars)
            bars.push_back({b.label, b.completionPct,
                            QStringLiteral("%1 / %2  %3")
                                .arg(b.actualText, withUnit(b.targetText, b.unit, m_d.language),
                                     pctText(b.completionPct)),
                            b.status});
        barChart(t("targetActual"), bars, true);
        if (!s.ranking.empty()) {
            std::vector<Bar> ranks;
            for (const ReportRankItem &r : s.ranking)
                ranks.push_back({r.rank > 0 ? QStringLiteral("%1. %2").arg(r.rank).arg(r.regionName)
                                            : r.regionName,
                                 r.completionPct, pctText(r.completionPct), r.status});
            barChart(s.rankingTitle, ranks, true);
        }
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

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString statusCell(TrackStatus status, ReportLanguage lang)
{
    return QStringLiteral("<td bgcolor=\"%1\" align=\"center\"><font color=\"%2\">%3</font></td>")
        .arg(statuspalette::fill(status).name(), statuspalette::text(status).name(),
             esc(reportStatusText(status, lang)));
}

QString reportHtml(const ReportData &d)
{
    const auto t = [&](const char *key) { return esc(reportText(QString::fromLatin1(key), d.language)); };
    QString h;
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h1 align=\"center\"><font color=\"%1\">%2</font></h1>")
             .arg(kAccent.name(), esc(d.title));
    h += QStringLiteral("<p align=\"center\">%1<br/>%2<br/>%3</p>")
             .arg(esc(d.regionName), esc(d.periodText),
                  esc(reportText(QStringLiteral("generated"), d.language).arg(d.generatedDate)));
    if (!d.auditHead.isEmpty())
        h += QStringLiteral("<p align=\"center\"><font size=\"2\">%1</font></p>")
                 .arg(esc(reportText(QStringLiteral("auditHead"), d.language).arg(d.auditHead)));
    h += QStringLiteral("<h2>%1</h2>").arg(t("summary"));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    h += QStringLiteral("<tr bgcolor=\"#eeeeee\">");
    for (const char *key : {"col.indicator", "col.unit", "col.actual", "col.target",
                            "col.completion", "col.timeProgress", "col.status"})
        h += QStringLiteral("<th>%1</th>").arg(t(key));
    h += QStringLiteral("</tr>");
    for (const ReportRow &r : d.summary)
        h += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"right\">%3</td>"
                            "<td align=\"right\">%4</td><td align=\"right\">%5</td>"
                            "<td align=\"right\">%6</td>%7</tr>")
                 .arg(esc(r.name), esc(r.unit), esc(r.actual.isEmpty() ? QStringLiteral("—") : r.actual),
                      esc(r.target.isEmpty() ? QStringLiteral("—") : r.target),
                      pctText(r.completionPct), pctText(r.timeProgressPct),
                      statusCell(r.status, d.language));
    h += QStringLiteral("</table>");
    for (const ReportSection &s : d.sections) {
        h += QStringLiteral("<h2><font color=\"%1\">%2</font></h2><p>%3</p>")
                 .arg(kAccent.name(), esc(s.title), esc(s.paragraph));
        if (!s.bars.empty()) {
            h += QStringLiteral("<p><b>%1</b></p><table border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"3\" width=\"100%\">").arg(t("targetActual"));
            for (const ReportBar &b : s.bars)
                h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2 / %3</td>"
                                    "<td align=\"right\">%4</td>%5</tr>")
                         .arg(esc(b.label), esc(b.actualText),
                              esc(withUnit(b.targetText, b.unit, d.language)),
                              pctText(b.completionPct), statusCell(b.status, d.language));
            h += QStringLiteral("</table>");
        }
        if (!s.ranking.empty()) {
            h += QStringLiteral("<p><b>%1</b></p><table border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"3\" width=\"100%\">").arg(esc(s.rankingTitle));
            for (const ReportRankItem &r : s.ranking)
                h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td>"
                                    "<td align=\"right\">%3</td>%4</tr>")
                         .arg(r.rank > 0 ? QString::number(r.rank) : QStringLiteral("—"),
                              esc(r.regionName), pctText(r.completionPct),
                              statusCell(r.status, d.language));
            h += QStringLiteral("</table>");
        }
    }
    h += QStringLiteral("<h2>%1</h2>").arg(t("findings"));
    if (d.findings.empty())
        h += QStringLiteral("<p>%1</p>").arg(t("noFindings"));
    for (const ReportFinding &f : d.findings)
        h += QStringLiteral("<p>%1</p>").arg(esc(findingLine(f, d.language)));
    h += QStringLiteral("</body></html>");
    return h;
}

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

Outcome renderReport(const ReportData &report, QPagedPaintDevice &device)
{
    return paint(report, device, nullptr);
}

Outcome renderPdf(const ReportData &report, const QString &path)
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
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Zhenxing 振兴看板"));
        if (auto ok = paint(report, writer, &drawn); !ok)
            return ok;
    } // the writer has closed the file
    if (QFile(path).size() == 0)
        return Error{QCoreApplication::translate("zx::Report", "Cannot write %1").arg(path)};
    // So that search and copy give the characters printed — 户, 人, 母 — not the variants and
    // radicals that share their glyphs (戶, ⼈, ⺟; see pdfunicode.h).
    return fixToUnicodeInFile(path, toUnicodeFixes(drawn, {reportFont(10), reportFont(10, true)}));
}

Outcome writeOdt(const ReportData &report, const QString &path)
{
    QTextDocument doc;
    doc.setDefaultFont(reportFont(10.5));
    doc.setMetaInformation(QTextDocument::DocumentTitle, report.title);
    doc.setHtml(reportHtml(report));
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(&doc))
        return Error{QCoreApplication::translate("zx::Report", "Cannot write %1: %2")
                         .arg(path, writer.device() ? writer.device()->errorString() : QString())};
    return Outcome::success();
}

} // namespace zx
