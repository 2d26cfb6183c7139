#include "report/documentpainter.h"

#include "report/barchart.h"
#include "report/reportformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace zx {

namespace {

constexpr double kNumberBandMm = 6; // the page number's line under the gap

// One line of laid-out text and where it starts.
struct Line
{
    QTextLine line;
    double x = 0;
};

class DocumentPainter
{
public:
    DocumentPainter(const ReportDocument &doc, QPagedPaintDevice &dev, QPainter &p, QString *drawn)
        : m_doc(doc), m_s(doc.style), m_dev(dev), m_p(p), m_drawn(drawn)
    {
        m_width = dev.width();
        m_bottom = mm(m_s.typeHeightMm());
        m_pitch = pt(m_s.bodyLinePt > 0 ? m_s.bodyLinePt : m_s.body.pt * 1.6);
    }

    void run()
    {
        m_page = 1;
        for (const DocBlock &b : m_doc.blocks)
            block(b);
        pageNumber();
    }

private:
    double mm(double v) const { return v * m_dev.logicalDpiY() / 25.4; }
    double pt(double v) const { return v * m_dev.logicalDpiY() / 72; }
    bool chinese() const { return m_doc.language == ReportLanguage::Chinese; }

    void note(const QString &text)
    {
        if (m_drawn)
            *m_drawn += text;
    }

    QFont font(const DocFont &f, bool grid = false) const
    {
        QFont q = f.qfont();
        // The body's size on a grid of charsPerLine characters a line.
        if (grid && m_s.charsPerLine > 0) {
            const double pitch = m_s.typeWidthMm() / 25.4 * 72 / m_s.charsPerLine - 0.02;
            q.setLetterSpacing(QFont::AbsoluteSpacing, pt(pitch - f.pt));
        }
        return q;
    }

    void pageNumber()
    {
        const DocFont &f = m_s.pageNumber;
        const QString text = pageNumberText(m_page, 0, m_s, m_doc.language);
        const QRectF band(0, m_bottom + mm(m_s.footerGapMm), m_width, mm(kNumberBandMm));
        const bool even = m_page % 2 == 0;
        // One character in from the outer edge.
        const QRectF r = even ? band.adjusted(pt(f.pt), 0, 0, 0) : band.adjusted(0, 0, -pt(f.pt), 0);
        m_p.setFont(font(f));
        m_p.setPen(reportformat::ink());
        m_p.drawText(r, (even ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop, text);
        note(text);
    }

    void newPage()
    {
        pageNumber();
        m_dev.newPage();
        ++m_page;
        m_y = 0;
    }

    void ensure(double h)
    {
        if (m_y + h > m_bottom + 0.5 && m_y > 0)
            newPage();
    }

    // `text` broken into lines `width` wide, the first `firstIndent` in.
    std::vector<Line> layout(QTextLayout &l, double width, double firstIndent, Qt::Alignment align)
    {
        QTextOption opt;
        opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        l.setTextOption(opt);
        l.beginLayout();
        std::vector<Line> lines;
        for (QTextLine line = l.createLine(); line.isValid(); line = l.createLine()) {
            const double indent = lines.empty() ? firstIndent : 0;
            line.setLineWidth(width - indent);
            line.setPosition(QPointF(0, 0));
            double x = indent;
            if (align & Qt::AlignRight)
                x = width - line.naturalTextWidth();
            else if (align & Qt::AlignHCenter)
                x = (width - line.naturalTextWidth()) / 2;
            lines.push_back({line, x});
        }
        l.endLayout();
        return lines;
    }

    // A paragraph at a fixed line pitch, continued on the next page where the page ends.
    void paragraph(const QString &text, const QFont &f, double pitch, double firstIndent,
                   Qt::Alignment align = Qt::AlignLeft, double rightIndent = 0,
                   const QColor &colour = reportformat::ink())
    {
        QTextLayout l(text, f, &m_dev);
        const std::vector<Line> lines = layout(l, m_width - rightIndent, firstIndent, align);
        note(text);
        for (const Line &line : lines) {
            const double h = std::max(pitch, line.line.height());
            ensure(h);
            m_p.setPen(colour);
            line.line.draw(&m_p, QPointF(line.x - line.line.x(), m_y + (h - line.line.height()) / 2));
            m_y += h;
        }
    }

    double indent2() const { return chinese() ? 2 * pt(m_s.body.pt) : 0; }

    void block(const DocBlock &b)
    {
        switch (b.kind) {
        case DocBlock::Kind::Title: {
            const QFont f = font(m_s.title);
            paragraph(b.text, f, QFontMetricsF(f, &m_dev).height() * 1.25, 0, Qt::AlignHCenter);
            m_y += m_pitch; // one empty line under the title
            return;
        }
        case DocBlock::Kind::Subtitle:
            return paragraph(b.text, font(m_s.subtitle, true), m_pitch, 0, Qt::AlignHCenter);
        case DocBlock::Kind::Heading1:
            ensure(m_pitch * 3); // with at least two lines of what follows
            return paragraph(b.text, font(m_s.heading1, true), m_pitch, indent2());
        case DocBlock::Kind::Heading2:
            ensure(m_pitch * 3);
            return paragraph(b.text, font(m_s.heading2, true), m_pitch, indent2());
        case DocBlock::Kind::Body:
        case DocBlock::Kind::Item:
            return paragraph(b.text, font(m_s.body, true), m_pitch, indent2());
        case DocBlock::Kind::Date:
            m_y += m_pitch;
            return paragraph(b.text, font(m_s.body, true), m_pitch, 0, Qt::AlignRight,
                             4 * pt(m_s.body.pt));
        case DocBlock::Kind::Note: {
            const QFont f = font(m_s.note);
            return paragraph(b.text, f, QFontMetricsF(f, &m_dev).height() * 1.3, 0, Qt::AlignRight, 0,
                             reportformat::muted());
        }
        case DocBlock::Kind::Table:
            return table(b.table);
        case DocBlock::Kind::Image:
            return chart(b.image);
        }
    }

    // --- tables --------------------------------------------------------------------------
    struct CellLayout
    {
        std::unique_ptr<QTextLayout> text;
        std::vector<Line> lines;
    };

    double row(const std::vector<DocCell> &cells, const std::vector<double> &widths, bool header,
               bool paint)
    {
        const QFont f = font(header ? m_s.tableHeader : m_s.table);
        const double lineH = QFontMetricsF(f, &m_dev).height() * 1.15;
        const double padX = mm(1), padY = mm(0.8);
        std::vector<CellLayout> laid(cells.size());
        double h = lineH + 2 * padY;
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
            laid[i].text = std::make_unique<QTextLayout>(cells[i].text, f, &m_dev);
            laid[i].lines = layout(*laid[i].text, widths[i] - 2 * padX, 0, cells[i].align);
            h = std::max(h, laid[i].lines.size() * lineH + 2 * padY);
        }
        if (!paint)
            return h;
        double x = 0;
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
            const QRectF cell(x, m_y, widths[i], h);
            const QColor fill = cells[i].status ? reportformat::statusShade(*cells[i].status)
                                : header        ? reportformat::headerFill()
                                                : QColor(Qt::white);
            m_p.setPen(QPen(QColor(0x80, 0x80, 0x80), pt(0.5)));
            m_p.setBrush(fill);
            m_p.drawRect(cell);
            m_p.setBrush(Qt::NoBrush);
            m_p.setPen(reportformat::ink());
            double y = m_y + (h - laid[i].lines.size() * lineH) / 2;
            for (const Line &line : laid[i].lines) {
                line.line.draw(&m_p, QPointF(x + padX + line.x - line.line.x(),
                                             y + (lineH - line.line.height()) / 2));
                y += lineH;
            }
            note(cells[i].text);
            x += widths[i];
        }
        return h;
    }

    void table(const DocTable &t)
    {
        std::vector<double> widths;
        for (double share : t.shares)
            widths.push_back(m_width * share);
        const double headerH = row(t.header, widths, true, false);
        m_y += pt(4);
        ensure(headerH + row(t.rows.empty() ? t.header : t.rows.front(), widths, false, false));
        m_y += row(t.header, widths, true, true);
        for (const auto &r : t.rows) {
            const double h = row(r, widths, false, false);
            if (m_y + h > m_bottom) {
                newPage();
                m_y += row(t.header, widths, true, true); // the header on every page
            }
            m_y += row(r, widths, false, true);
        }
        m_y += pt(6);
    }

    // --- charts ----------------------------------------------------------------------------
    void chart(const DocImage &img)
    {
        if (img.bars.empty())
            return;
        DocFont body = m_s.table;
        body.pt = std::min(body.pt, 9.0);
        DocFont small = body;
        small.pt = 7.5;
        const QFont f = font(body);
        const QFont s = font(small);
        const double rowH = QFontMetricsF(f, &m_dev).height() * 1.7;
        const double labelH = QFontMetricsF(s, &m_dev).height();
        const BarChartGeometry g =
            barChartGeometry(m_width, mm(2), img.bars, QFontMetricsF(f, &m_dev));
        ensure(rowH * std::min<std::size_t>(img.bars.size(), 3) + labelH);
        double top = m_y;
        for (const ChartBar &bar : img.bars) {
            if (m_y + rowH > m_bottom) {
                paintTargetLine(m_p, g, top, m_y, mm(0.35));
                newPage();
                top = m_y;
            }
            m_p.setFont(f);
            paintBarRow(m_p, g, m_y, rowH, bar, m_drawn);
            m_y += rowH;
        }
        paintTargetLine(m_p, g, top, m_y, mm(0.35));
        m_p.setFont(s);
        paintTargetLabel(m_p, g, m_y, labelH, m_drawn);
        m_y += labelH + mm(2);
    }

    const ReportDocument &m_doc;
    const ReportStyle &m_s;
    QPagedPaintDevice &m_dev;
    QPainter &m_p;
    QString *m_drawn;
    int m_page = 1;
    double m_width = 0;
    double m_bottom = 0;
    double m_pitch = 0;
    double m_y = 0;
};

} // namespace

Outcome paintDocument(const ReportDocument &doc, QPagedPaintDevice &device, QString *drawn)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error{QCoreApplication::translate("zx::Report", "Cannot start painting the report")};
    painter.setRenderHint(QPainter::Antialiasing);
    DocumentPainter(doc, device, painter, drawn).run();
    if (!painter.end())
        return Error{QCoreApplication::translate("zx::Report", "Cannot finish painting the report")};
    return Outcome::success();
}

QMarginsF officialDeviceMarginsMm(const ReportStyle &s)
{
    return {s.leftMm, s.topMm, s.rightMm, s.bottomMm - s.footerGapMm - kNumberBandMm};
}

QList<QFont> documentFonts(const ReportStyle &s)
{
    QList<QFont> fonts;
    for (const DocFont *f : {&s.title, &s.subtitle, &s.heading1, &s.heading2, &s.body, &s.table,
                             &s.tableHeader, &s.pageNumber, &s.note})
        fonts << f->qfont();
    return fonts;
}

} // namespace zx
