#include "report/odtwriter.h"

#include "domain/enums.h"
#include "io/zipwriter.h"
#include "report/odtparts.h"
#include "report/reportdocument.h"
#include "report/reportformat.h"
#include "widgets/statuspalette.h"

#include <QDate>

namespace zx {

namespace {

using namespace odt;

const char *alignOf(Qt::Alignment a)
{
    if (a & Qt::AlignRight)
        return "end";
    if (a & Qt::AlignHCenter)
        return "center";
    return "start";
}

// The automatic style of a cell paragraph: "Pstart" / "PHend" (H: in the header row).
QString cellParagraphStyle(Qt::Alignment a, bool header)
{
    return QStringLiteral("P%1%2").arg(header ? QStringLiteral("H") : QString(),
                                       QLatin1String(alignOf(a)));
}

// The automatic style of a cell: "Cell", "CellHead", or the status's: "Cell_done" …
QString cellStyle(const DocCell &c, bool header)
{
    if (c.status)
        return QStringLiteral("Cell_") + toCode(*c.status);
    return header ? QStringLiteral("CellHead") : QStringLiteral("Cell");
}

// content.xml: the automatic styles of tables, cells and pictures, then the blocks in order.
class Content
{
public:
    explicit Content(const ReportDocument &doc) : m_doc(doc) {}

    QByteArray write()
    {
        m_x.start("office:document-content");
        declareNamespaces(m_x);
        // No font declarations here: the automatic styles below name no font (styles.xml does).
        automaticStyles();
        m_x.start("office:body");
        m_x.start("office:text");
        for (const DocBlock &b : m_doc.blocks)
            block(b);
        m_x.end();
        m_x.end();
        m_x.end();
        return m_x.finish();
    }

    const QStringList &pictures() const { return m_pictures; }
    const std::vector<const DocImage *> &images() const { return m_images; }

private:
    void cellStyleDef(const QString &name, const QColor &fill)
    {
        m_x.start("style:style");
        m_x.attr("style:name", name);
        m_x.attr("style:family", "table-cell");
        m_x.xml().writeEmptyElement(QStringLiteral("style:table-cell-properties"));
        m_x.attr("fo:padding-left", mm(1));
        m_x.attr("fo:padding-right", mm(1));
        m_x.attr("fo:padding-top", mm(0.5));
        m_x.attr("fo:padding-bottom", mm(0.5));
        m_x.attr("fo:border", QStringLiteral("0.5pt solid #808080"));
        m_x.attr("style:vertical-align", "middle");
        // The status as the cell's own background, a tint on which the ink reads.
        if (fill.isValid())
            m_x.attr("fo:background-color", fill.name());
        m_x.end();
    }

    void automaticStyles()
    {
        m_x.start("office:automatic-styles");
        cellStyleDef(QStringLiteral("Cell"), QColor());
        cellStyleDef(QStringLiteral("CellHead"), reportformat::headerFill());
        for (TrackStatus s : statuspalette::order())
            cellStyleDef(QStringLiteral("Cell_") + toCode(s), reportformat::statusShade(s));
        for (bool header : {false, true})
            for (Qt::Alignment a : {Qt::Alignment(Qt::AlignLeft), Qt::Alignment(Qt::AlignHCenter),
                                    Qt::Alignment(Qt::AlignRight)}) {
                m_x.start("style:style");
                m_x.attr("style:name", cellParagraphStyle(a, header));
                m_x.attr("style:family", "paragraph");
                m_x.attr("style:parent-style-name", header ? kTableHeading : kTableContents);
                m_x.empty("style:paragraph-properties", "fo:text-align", alignOf(a));
                // Status words in ink, whatever the cell: readable on every tint and on none.
                m_x.empty("style:text-properties", "fo:color", reportformat::ink().name());
                m_x.end();
            }
        // Each table's width and columns.
        int n = 0;
        for (const DocBlock &b : m_doc.blocks) {
            if (b.kind != DocBlock::Kind::Table)
                continue;
            ++n;
            m_x.start("style:style");
            m_x.attr("style:name", QStringLiteral("Table%1").arg(n));
            m_x.attr("style:family", "table");
            m_x.empty("style:table-properties", "style:width", mm(m_doc.style.typeWidthMm()),
                      "table:align", "center", "fo:margin-top", pt(4), "fo:margin-bottom", pt(6));
            m_x.end();
            for (std::size_t c = 0; c < b.table.shares.size(); ++c) {
                m_x.start("style:style");
                m_x.attr("style:name", QStringLiteral("Table%1.C%2").arg(n).arg(c + 1));
                m_x.attr("style:family", "table-column");
                m_x.empty("style:table-column-properties", "style:column-width",
                          mm(m_doc.style.typeWidthMm() * b.table.shares[c]));
                m_x.end();
            }
        }
        // A row never split across pages.
        m_x.start("style:style");
        m_x.attr("style:name", "Row");
        m_x.attr("style:family", "table-row");
        m_x.empty("style:table-row-properties", "fo:keep-together", "always");
        m_x.end();
        m_x.start("style:style");
        m_x.attr("style:name", "Picture");
        m_x.attr("style:family", "graphic");
        m_x.empty("style:graphic-properties", "style:vertical-pos", "top", "style:vertical-rel",
                  "baseline", "fo:border", "none", "style:wrap", "none");
        m_x.end();
        m_x.end();
    }

    // Text with runs of spaces kept (ODF collapses them otherwise).
    void text(const QString &s)
    {
        QString run;
        int spaces = 0;
        const auto flushSpaces = [&] {
            if (spaces > 1) {
                m_x.text(run + u' ');
                run.clear();
                m_x.empty("text:s", "text:c", spaces - 1);
            } else if (spaces == 1) {
                run += u' ';
            }
            spaces = 0;
        };
        for (const QChar c : XmlPart::clean(s)) {
            if (c == u' ') {
                ++spaces;
                continue;
            }
            flushSpaces();
            run += c;
        }
        flushSpaces();
        m_x.text(run);
    }

    void paragraph(const char *style, const QString &content)
    {
        m_x.start("text:p");
        m_x.attr("text:style-name", style);
        text(content);
        m_x.end();
    }

    void heading(int level, const QString &content)
    {
        m_x.start("text:h");
        m_x.attr("text:style-name", level == 1 ? "Heading_20_1" : "Heading_20_2");
        m_x.attr("text:outline-level", level);
        text(content);
        m_x.end();
    }

    void block(const DocBlock &b)
    {
        switch (b.kind) {
        case DocBlock::Kind::Title:
            return paragraph("Title", b.text);
        case DocBlock::Kind::Subtitle:
            return paragraph("Subtitle", b.text);
        case DocBlock::Kind::Heading1:
            return heading(1, b.text);
        case DocBlock::Kind::Heading2:
            return heading(2, b.text);
        case DocBlock::Kind::Body:
        case DocBlock::Kind::Item:
            return paragraph(kBody, b.text);
        case DocBlock::Kind::Date:
            return paragraph("Date", b.text);
        case DocBlock::Kind::Note:
            return paragraph("Note", b.text);
        case DocBlock::Kind::Table:
            return table(b.table);
        case DocBlock::Kind::Image:
            return image(b.image);
        }
    }

    void row(const std::vector<DocCell> &cells, bool header)
    {
        m_x.start("table:table-row");
        m_x.attr("table:style-name", "Row");
        for (const DocCell &c : cells) {
            m_x.start("table:table-cell");
            m_x.attr("table:style-name", cellStyle(c, header));
            m_x.attr("office:value-type", "string");
            m_x.start("text:p");
            m_x.attr("text:style-name", cellParagraphStyle(c.align, header));
            text(c.text);
            m_x.end();
            m_x.end();
        }
        m_x.end();
    }

    void table(const DocTable &t)
    {
        const QString name = QStringLiteral("Table%1").arg(++m_tables);
        m_x.start("table:table");
        m_x.attr("table:name", name);
        m_x.attr("table:style-name", name);
        for (std::size_t c = 0; c < t.shares.size(); ++c)
            m_x.empty("table:table-column", "table:style-name",
                      QStringLiteral("%1.C%2").arg(name).arg(c + 1));
        // Repeated at the top of every page.
        m_x.start("table:table-header-rows");
        row(t.header, true);
        m_x.end();
        for (const auto &r : t.rows)
            row(r, false);
        m_x.end();
    }

    void image(const DocImage &img)
    {
        m_images.push_back(&img);
        m_pictures << img.name;
        m_x.start("text:p");
        m_x.attr("text:style-name", "Figure");
        m_x.start("draw:frame");
        m_x.attr("draw:style-name", "Picture");
        m_x.attr("draw:name", img.name);
        m_x.attr("text:anchor-type", "as-char");
        m_x.attr("svg:width", mm(img.widthMm));
        m_x.attr("svg:height", mm(img.heightMm));
        m_x.attr("draw:z-index", 0);
        m_x.empty("draw:image", "xlink:href", QStringLiteral("Pictures/") + img.name, "xlink:type",
                  "simple", "xlink:show", "embed", "xlink:actuate", "onLoad");
        m_x.start("svg:desc");
        m_x.text(img.description);
        m_x.end();
        m_x.end();
        m_x.end();
    }

    const ReportDocument &m_doc;
    XmlPart m_x;
    int m_tables = 0;
    QStringList m_pictures;
    std::vector<const DocImage *> m_images;
};

} // namespace

Outcome writeOdt(const ReportData &report, const QString &path, ReportProfile profile)
{
    const ReportDocument doc = reportDocument(report, profile);
    Content content(doc);
    const QByteArray contentXml = content.write();
    const QDate date = QDate::fromString(report.generatedDate, Qt::ISODate);
    ZipWriter zip;
    // The mimetype first and stored, so the file says what it is in its first bytes.
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"),
            ZipWriter::Compression::Store);
    zip.add(QStringLiteral("META-INF/manifest.xml"), odt::manifest(content.pictures()));
    zip.add(QStringLiteral("content.xml"), contentXml);
    zip.add(QStringLiteral("styles.xml"), odt::styles(doc));
    zip.add(QStringLiteral("meta.xml"),
            odt::meta(doc, date.isValid() ? date.toString(Qt::ISODate) + QStringLiteral("T00:00:00")
                                          : QString()));
    for (const DocImage *img : content.images())
        zip.add(QStringLiteral("Pictures/") + img->name, img->png, ZipWriter::Compression::Store);
    return zip.write(path);
}

} // namespace zx
