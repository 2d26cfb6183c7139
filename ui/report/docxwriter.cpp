#include "report/docxwriter.h"

#include "io/zipwriter.h"
#include "report/docxparts.h"
#include "report/reportdocument.h"
#include "report/reportformat.h"

#include <QDate>

#include <algorithm>

namespace zx {

namespace {

using namespace docx;

constexpr qint64 kEmuPerMm = 36000;

const char *jcOf(Qt::Alignment a)
{
    if (a & Qt::AlignRight)
        return "right";
    if (a & Qt::AlignHCenter)
        return "center";
    return "left";
}

// document.xml: the blocks of the document in order, then the page setup.
class Body
{
public:
    explicit Body(const ReportDocument &doc) : m_doc(doc) {}

    QByteArray write()
    {
        m_x.start("w:document");
        m_x.attr("xmlns:w", kW);
        m_x.attr("xmlns:r", kR);
        m_x.attr("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        m_x.attr("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        m_x.attr("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        m_x.start("w:body");
        bool lastWasTable = false;
        for (const DocBlock &b : m_doc.blocks) {
            // A paragraph after every table: two tables in a row would merge into one.
            lastWasTable = b.kind == DocBlock::Kind::Table;
            block(b);
            if (lastWasTable)
                paragraph("Figure", QString());
        }
        sectionProperties();
        m_x.end();
        m_x.end();
        return m_x.finish();
    }

    // The pictures, in the order of their relationship ids (rIdImg1, …).
    const std::vector<const DocImage *> &images() const { return m_images; }

private:
    void run(const QString &text, const DocFont *font = nullptr, const QColor &colour = {})
    {
        m_x.start("w:r");
        if (font)
            writeRPr(m_x, *font, colour);
        m_x.start("w:t");
        m_x.attr("xml:space", "preserve");
        m_x.text(text);
        m_x.end();
        m_x.end();
    }

    void paragraph(const char *style, const QString &text)
    {
        m_x.start("w:p");
        writePPr(m_x, Para{.style = style});
        if (!text.isEmpty())
            run(text);
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
            return paragraph("Heading1", b.text);
        case DocBlock::Kind::Heading2:
            return paragraph("Heading2", b.text);
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

    void cell(const DocCell &c, int width, bool header)
    {
        m_x.start("w:tc");
        m_x.start("w:tcPr");
        m_x.empty("w:tcW", "w:w", width, "w:type", "dxa");
        // The status as the cell's own shading (w:shd), a tint on which the ink reads.
        const QColor fill = c.status ? reportformat::statusShade(*c.status)
                            : header ? reportformat::headerFill()
                                     : QColor();
        if (fill.isValid())
            m_x.empty("w:shd", "w:val", "clear", "w:color", "auto", "w:fill", hex(fill));
        m_x.empty("w:vAlign", "w:val", "center");
        m_x.end();
        m_x.start("w:p");
        writePPr(m_x, Para{.style = header ? kTableHeading : kTableText, .jc = jcOf(c.align)});
        run(c.text, nullptr, QColor());
        m_x.end();
        m_x.end();
    }

    void row(const std::vector<DocCell> &cells, const std::vector<int> &widths, bool header)
    {
        m_x.start("w:tr");
        m_x.start("w:trPr");
        m_x.empty("w:cantSplit");
        if (header)
            m_x.empty("w:tblHeader"); // repeated at the top of every page
        m_x.end();
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i)
            cell(cells[i], widths[i], header);
        m_x.end();
    }

    void table(const DocTable &t)
    {
        // Exactly the type area's width, shared out in whole twips.
        const int total = twips(m_doc.style.typeWidthMm());
        std::vector<int> widths;
        int used = 0;
        for (std::size_t i = 0; i < t.shares.size(); ++i) {
            const int w = i + 1 == t.shares.size() ? total - used : int(total * t.shares[i]);
            widths.push_back(w);
            used += w;
        }
        m_x.start("w:tbl");
        m_x.start("w:tblPr");
        m_x.empty("w:tblW", "w:w", total, "w:type", "dxa");
        m_x.empty("w:jc", "w:val", "center");
        m_x.start("w:tblBorders");
        for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
            m_x.empty(side, "w:val", "single", "w:sz", 4, "w:space", 0, "w:color", "808080");
        m_x.end();
        m_x.empty("w:tblLayout", "w:type", "fixed");
        m_x.start("w:tblCellMar");
        m_x.empty("w:left", "w:w", 57, "w:type", "dxa");
        m_x.empty("w:right", "w:w", 57, "w:type", "dxa");
        m_x.end();
        m_x.empty("w:tblLook", "w:val", "04A0", "w:firstRow", 1, "w:lastRow", 0, "w:firstColumn", 0,
                  "w:lastColumn", 0, "w:noHBand", 0, "w:noVBand", 1);
        m_x.end();
        m_x.start("w:tblGrid");
        for (int w : widths)
            m_x.empty("w:gridCol", "w:w", w);
        m_x.end();
        row(t.header, widths, true);
        for (const auto &r : t.rows)
            row(r, widths, false);
        m_x.end();
    }

    void image(const DocImage &img)
    {
        m_images.push_back(&img);
        const int n = int(m_images.size());
        const QString rid = QStringLiteral("rIdImg%1").arg(n);
        const qint64 cx = qint64(img.widthMm * kEmuPerMm);
        const qint64 cy = qint64(img.heightMm * kEmuPerMm);
        m_x.start("w:p");
        writePPr(m_x, Para{.style = "Figure"});
        m_x.start("w:r");
        m_x.start("w:drawing");
        m_x.start("wp:inline");
        m_x.attr("distT", 0);
        m_x.attr("distB", 0);
        m_x.attr("distL", 0);
        m_x.attr("distR", 0);
        m_x.empty("wp:extent", "cx", cx, "cy", cy);
        m_x.empty("wp:effectExtent", "l", 0, "t", 0, "r", 0, "b", 0);
        m_x.empty("wp:docPr", "id", n, "name", img.name, "descr", img.description);
        m_x.start("wp:cNvGraphicFramePr");
        m_x.empty("a:graphicFrameLocks", "noChangeAspect", 1);
        m_x.end();
        m_x.start("a:graphic");
        m_x.start("a:graphicData");
        m_x.attr("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        m_x.start("pic:pic");
        m_x.start("pic:nvPicPr");
        m_x.empty("pic:cNvPr", "id", n, "name", img.name, "descr", img.description);
        m_x.empty("pic:cNvPicPr");
        m_x.end();
        m_x.start("pic:blipFill");
        m_x.empty("a:blip", "r:embed", rid);
        m_x.start("a:stretch");
        m_x.empty("a:fillRect");
        m_x.end();
        m_x.end();
        m_x.start("pic:spPr");
        m_x.start("a:xfrm");
        m_x.empty("a:off", "x", 0, "y", 0);
        m_x.empty("a:ext", "cx", cx, "cy", cy);
        m_x.end();
        m_x.start("a:prstGeom");
        m_x.attr("prst", "rect");
        m_x.empty("a:avLst");
        m_x.end();
        m_x.end(); // spPr
        m_x.end(); // pic
        m_x.end(); // graphicData
        m_x.end(); // graphic
        m_x.end(); // inline
        m_x.end(); // drawing
        m_x.end(); // r
        m_x.end(); // p
    }

    void sectionProperties()
    {
        const ReportStyle &s = m_doc.style;
        m_x.start("w:sectPr");
        m_x.empty("w:footerReference", "w:type", "default", "r:id", "rIdFooterOdd");
        if (s.official)
            m_x.empty("w:footerReference", "w:type", "even", "r:id", "rIdFooterEven");
        m_x.empty("w:pgSz", "w:w", twips(210), "w:h", twips(297));
        // The footer's bottom edge: its page number begins footerGapMm under the type area.
        const double footerMm =
            std::max(5.0, s.bottomMm - s.footerGapMm - s.pageNumber.pt * 25.4 / 72);
        m_x.empty("w:pgMar", "w:top", twips(s.topMm), "w:right", twips(s.rightMm), "w:bottom",
                  twips(s.bottomMm), "w:left", twips(s.leftMm), "w:header", twips(15), "w:footer",
                  twips(footerMm), "w:gutter", 0);
        m_x.empty("w:cols", "w:space", 425);
        // The line grid: 22 lines of 28.95 pt (characters per line: the body's spacing).
        if (s.bodyLinePt > 0)
            m_x.empty("w:docGrid", "w:type", "lines", "w:linePitch", twipsPt(s.bodyLinePt));
        else
            m_x.empty("w:docGrid", "w:linePitch", 312);
        m_x.end();
    }

    const ReportDocument &m_doc;
    XmlPart m_x;
    std::vector<const DocImage *> m_images;
};

QByteArray documentRelationships(const std::vector<const DocImage *> &images)
{
    XmlPart x;
    x.start("Relationships");
    x.attr("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    const QString base = QString::fromLatin1(kR) + u'/';
    const auto rel = [&](const QString &id, const char *type, const QString &target) {
        x.empty("Relationship", "Id", id, "Type", base + QLatin1String(type), "Target", target);
    };
    rel(QStringLiteral("rIdStyles"), "styles", QStringLiteral("styles.xml"));
    rel(QStringLiteral("rIdSettings"), "settings", QStringLiteral("settings.xml"));
    rel(QStringLiteral("rIdFonts"), "fontTable", QStringLiteral("fontTable.xml"));
    rel(QStringLiteral("rIdFooterOdd"), "footer", QStringLiteral("footer1.xml"));
    rel(QStringLiteral("rIdFooterEven"), "footer", QStringLiteral("footer2.xml"));
    for (std::size_t i = 0; i < images.size(); ++i)
        rel(QStringLiteral("rIdImg%1").arg(i + 1), "image",
            QStringLiteral("media/") + images[i]->name);
    x.end();
    return x.finish();
}

} // namespace

Outcome writeDocx(const ReportData &report, const QString &path, ReportProfile profile)
{
    const ReportDocument doc = reportDocument(report, profile);
    Body body(doc);
    const QByteArray document = body.write();
    const QDate date = QDate::fromString(report.generatedDate, Qt::ISODate);
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), docx::contentTypes());
    zip.add(QStringLiteral("_rels/.rels"), docx::packageRelationships());
    zip.add(QStringLiteral("docProps/core.xml"),
            docx::coreProperties(doc, date.isValid() ? date.toString(Qt::ISODate) +
                                                           QStringLiteral("T00:00:00Z")
                                                     : QString()));
    zip.add(QStringLiteral("docProps/app.xml"), docx::appProperties());
    zip.add(QStringLiteral("word/document.xml"), document);
    zip.add(QStringLiteral("word/_rels/document.xml.rels"),
            documentRelationships(body.images()));
    zip.add(QStringLiteral("word/styles.xml"), docx::styles(doc));
    zip.add(QStringLiteral("word/settings.xml"), docx::settings(doc));
    zip.add(QStringLiteral("word/fontTable.xml"), docx::fontTable(doc));
    zip.add(QStringLiteral("word/footer1.xml"), docx::footer(doc, false));
    zip.add(QStringLiteral("word/footer2.xml"), docx::footer(doc, true));
    for (const DocImage *img : body.images())
        zip.add(QStringLiteral("word/media/") + img->name, img->png, ZipWriter::Compression::Store);
    return zip.write(path);
}

} // namespace zx
