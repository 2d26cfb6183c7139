#include "tableprinter.h"

#include "report/pdfunicode.h"
#include "tablesnapshot.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>

#include <algorithm>
#include <numeric>

namespace zx {

namespace {

constexpr double BodyPt = 9;
constexpr double TitlePt = 13;
constexpr double FootPt = 7.5;

// The texts are marked with QT_TRANSLATE_NOOP where they are used, so lupdate finds them.
QString trPrint(const char *text)
{
    return QCoreApplication::translate("zx::TablePrinter", text);
}

// A CJK face first, so Chinese and Latin text share one look (as the bulletin's renderer).
QFont tableFont(double pointSize, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Without it, digits in a Latin run ("Q3", "75.00%" after words) are shaped into glyphs
    // the PDF's ToUnicode map does not list, and search and copy lose them.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Column widths that fit `avail`: all natural widths when they fit (the spare room shared in
// proportion); else narrow columns keep theirs and the wide ones share the rest equally, their
// text wrapping.
std::vector<double> fitColumns(std::vector<double> natural, double avail)
{
    const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (natural.empty() || total <= 0)
        return natural;
    if (total <= avail) {
        for (double &w : natural)
            w *= avail / total;
        return natural;
    }
    std::vector<bool> capped(natural.size(), true);
    double room = avail;
    std::size_t open = natural.size();
    for (bool changed = true; changed && open > 0;) {
        changed = false;
        const double share = room / double(open);
        for (std::size_t c = 0; c < natural.size(); ++c)
            if (capped[c] && natural[c] <= share) {
                capped[c] = false;
                room -= natural[c];
                --open;
                changed = true;
            }
    }
    for (std::size_t c = 0; c < natural.size(); ++c)
        if (capped[c])
            natural[c] = room / double(open);
    return natural;
}

// Where every row goes: column widths, row heights and the rows of each page.
class TableLayout
{
public:
    TableLayout(const TableSnapshot &table, const QPaintDevice &device)
        : m_table(table), m_body(tableFont(BodyPt)), m_bold(tableFont(BodyPt, true)),
          m_title(tableFont(TitlePt, true)), m_foot(tableFont(FootPt)),
          m_pad(QFontMetricsF(m_body, &device).height() * 0.3), m_device(device)
    {
        m_width = device.width();
        m_height = device.height();
    }

    void run()
    {
        const QFontMetricsF body(m_body, &m_device);
        const QFontMetricsF bold(m_bold, &m_device);
        std::vector<double> natural(m_table.header.size(), 0.0);
        for (qsizetype c = 0; c < m_table.header.size(); ++c)
            natural[c] = bold.horizontalAdvance(m_table.header[c]);
        for (const auto &row : m_table.rows)
            for (std::size_t c = 0; c < row.size() && c < natural.size(); ++c)
                natural[c] = std::max(natural[c], body.horizontalAdvance(row[c].text));
        for (double &w : natural) // a long comment wraps rather than taking the page
            w = std::min(w, m_width * 0.4) + 2 * m_pad + 1;
        widths = fitColumns(natural, m_width);
        headerHeight = rowHeight(m_table.header, bold);
        for (const auto &row : m_table.rows) {
            QStringList texts;
            for (const SnapshotCell &c : row)
                texts << c.text;
            rowHeights.push_back(rowHeight(texts, body));
        }
        paginate();
    }

    double titleHeight() const
    {
        const QFontMetricsF title(m_title, &m_device);
        const QFontMetricsF body(m_body, &m_device);
        const QRectF sub = body.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap,
                                             m_table.subtitle);
        return title.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, m_table.title)
                   .height() +
               (m_table.subtitle.isEmpty() ? 0 : sub.height()) + 2 * m_pad;
    }
    double footHeight() const { return QFontMetricsF(m_foot, &m_device).height() + 2 * m_pad; }

    std::vector<double> widths;
    double headerHeight = 0;
    std::vector<double> rowHeights;
    std::vector<std::pair<std::size_t, std::size_t>> pages; // [first, end) rows

    const QFont &body() const { return m_body; }
    const QFont &bold() const { return m_bold; }
    const QFont &title() const { return m_title; }
    const QFont &foot() const { return m_foot; }
    double pad() const { return m_pad; }
    double width() const { return m_width; }
    double height() const { return m_height; }

private:
    double rowHeight(const QStringList &texts, const QFontMetricsF &metrics) const
    {
        double h = metrics.height();
        for (qsizetype c = 0; c < texts.size() && c < qsizetype(widths.size()); ++c)
            h = std::max(h, metrics.boundingRect(QRectF(0, 0, widths[c] - 2 * m_pad, 1e6),
                                                 Qt::TextWordWrap, texts[c]).height());
        return h + 2 * m_pad;
    }

    void paginate()
    {
        const double bottom = m_height - footHeight();
        std::size_t first = 0;
        double y = titleHeight() + headerHeight;
        for (std::size_t r = 0; r < rowHeights.size(); ++r) {
            if (y + rowHeights[r] > bottom && r > first) {
                pages.emplace_back(first, r);
                first = r;
                y = headerHeight;
            }
            y += rowHeights[r];
        }
        pages.emplace_back(first, rowHeights.size()); // a table without rows still prints
    }

    const TableSnapshot &m_table;
    QFont m_body, m_bold, m_title, m_foot;
    double m_pad;
    const QPaintDevice &m_device;
    double m_width = 0;
    double m_height = 0;
};

class TablePainter
{
public:
    TablePainter(const TableSnapshot &table, const TableLayout &layout, QPainter &painter)
        : m_table(table), m_layout(layout), m_painter(painter)
    {
    }

    double title()
    {
        const double w = m_layout.width();
        double y = text(QRectF(0, 0, w, m_layout.height()), m_layout.title(), Qt::AlignLeft,
                        m_table.title, Qt::black);
        if (!m_table.subtitle.isEmpty())
            y += text(QRectF(0, y, w, m_layout.height()), m_layout.body(), Qt::AlignLeft,
                      m_table.subtitle, QColor(0x55, 0x55, 0x55));
        return y + 2 * m_layout.pad();
    }

    double header(double y)
    {
        std::vector<SnapshotCell> cells;
        for (const QString &h : m_table.header)
            cells.push_back({h, {}, {}, QColor(0xe8, 0xea, 0xed), {}, Qt::AlignCenter});
        row(y, m_layout.headerHeight, cells, m_layout.bold());
        return y + m_layout.headerHeight;
    }

    double row(double y, std::size_t r)
    {
        row(y, m_layout.rowHeights[r], m_table.rows[r], m_layout.body());
        return y + m_layout.rowHeights[r];
    }

    void foot(int page, int pages)
    {
        const double h = QFontMetricsF(m_layout.foot(), m_painter.device()).height();
        const QRectF box(0, m_layout.height() - h, m_layout.width(), h);
        const QColor grey(0x66, 0x66, 0x66);
        text(box, m_layout.foot(), Qt::AlignLeft, m_table.title, grey);
        text(box, m_layout.foot(), Qt::AlignRight,
             trPrint(QT_TRANSLATE_NOOP("zx::TablePrinter", "Page %1 of %2")).arg(page).arg(pages), grey);
    }

    QString drawn;

private:
    void row(double y, double h, const std::vector<SnapshotCell> &cells, const QFont &font)
    {
        double x = 0;
        const double pad = m_layout.pad();
        for (std::size_t c = 0; c < cells.size() && c < m_layout.widths.size(); ++c) {
            const QRectF cell(x, y, m_layout.widths[c], h);
            if (cells[c].background.isValid())
                m_painter.fillRect(cell, cells[c].background);
            m_painter.setPen(QPen(QColor(0xb0, 0xb4, 0xba), 0));
            m_painter.drawRect(cell);
            const QColor ink = cells[c].foreground.isValid() ? cells[c].foreground : Qt::black;
            m_painter.save();
            m_painter.setClipRect(cell);
            text(cell.adjusted(pad, pad, -pad, -pad), font, cells[c].alignment, cells[c].text, ink);
            m_painter.restore();
            x += m_layout.widths[c];
        }
    }

    // Draws wrapped text in `box`; returns the height it took.
    double text(const QRectF &box, const QFont &font, Qt::Alignment align, const QString &s,
                const QColor &ink)
    {
        m_painter.setFont(font);
        m_painter.setPen(ink);
        QRectF used;
        m_painter.drawText(box, int(align) | Qt::TextWordWrap, s, &used);
        drawn += s;
        return used.height();
    }

    const TableSnapshot &m_table;
    const TableLayout &m_layout;
    QPainter &m_painter;
};

} // namespace

Result<QString> paintTable(const TableSnapshot &table, QPagedPaintDevice &device)
{
    TableLayout layout(table, device);
    layout.run();
    QPainter painter;
    if (!painter.begin(&device))
        return Error{trPrint(QT_TRANSLATE_NOOP("zx::TablePrinter", "Cannot start printing"))};
    painter.setRenderHint(QPainter::Antialiasing);
    TablePainter p(table, layout, painter);
    const int pages = int(layout.pages.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        double y = page == 0 ? p.title() : 0;
        y = p.header(y);
        for (std::size_t r = layout.pages[page].first; r < layout.pages[page].second; ++r)
            y = p.row(y, r);
        p.foot(page + 1, pages);
    }
    painter.end();
    return p.drawn;
}

Outcome printTable(const TableSnapshot &table, QPrinter &printer)
{
    auto drawn = paintTable(table, printer);
    if (!drawn)
        return Error{drawn.error()};
    const QString file = printer.outputFileName();
    if (printer.outputFormat() != QPrinter::PdfFormat || file.isEmpty())
        return {};
    const QList<QFont> fonts{tableFont(BodyPt), tableFont(BodyPt, true), tableFont(TitlePt, true),
                             tableFont(FootPt)};
    return fixToUnicodeInFile(file, toUnicodeFixes(drawn.value(), fonts));
}

} // namespace zx
