#include "report/odtparts.h"

#include "report/reportformat.h"

#include <QSet>

namespace zx::odt {

namespace {

bool chinese(const ReportDocument &doc)
{
    return doc.language == ReportLanguage::Chinese;
}

// A paragraph style of office:styles: its paragraph properties (name, value …) and font.
struct ParaStyle
{
    const char *name;
    const char *display;
    const char *parent;
    QList<QPair<const char *, QString>> paragraph;
    const DocFont *font = nullptr;
    QColor colour;
    int outline = 0; // style:default-outline-level
};

void paraStyle(XmlPart &x, const ParaStyle &s, const QString &letterSpacing = {})
{
    x.start("style:style");
    x.attr("style:name", s.name);
    x.attr("style:display-name", s.display);
    x.attr("style:family", "paragraph");
    if (s.parent)
        x.attr("style:parent-style-name", s.parent);
    x.attr("style:next-style-name", s.outline || !s.parent ? kBody : s.name);
    if (s.outline)
        x.attr("style:default-outline-level", s.outline);
    if (!s.paragraph.isEmpty()) {
        x.xml().writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        for (const auto &[name, value] : s.paragraph)
            x.attr(name, value);
    }
    if (s.font) {
        textProperties(x, *s.font, s.colour);
        if (!letterSpacing.isEmpty())
            x.attr("fo:letter-spacing", letterSpacing);
    }
    x.end();
}

// The body's line: exact 28.95 pt official (22 lines a page), else 145 % as the PDF.
QString bodyLine(const ReportStyle &s)
{
    return s.bodyLinePt > 0 ? pt(s.bodyLinePt) : QStringLiteral("145%");
}

// The body's character pitch: official 156 mm / 28 characters (the letter spacing takes the
// 16 pt characters down to it, a hair more so that rounding never leaves 27 on a line).
double pitchPt(const ReportStyle &s)
{
    return s.charsPerLine > 0 ? s.typeWidthMm() / 25.4 * 72 / s.charsPerLine - 0.02 : s.body.pt;
}

void pageLayout(XmlPart &x, const ReportStyle &s)
{
    // The footer sits inside the bottom margin: page edge, margin, footer (8 mm high), gap.
    const double footerHeight = 8;
    x.start("style:page-layout");
    x.attr("style:name", "pm1");
    x.empty("style:page-layout-properties", "fo:page-width", mm(210), "fo:page-height", mm(297),
            "style:print-orientation", "portrait", "fo:margin-top", mm(s.topMm), "fo:margin-bottom",
            mm(s.bottomMm - s.footerGapMm - footerHeight), "fo:margin-left", mm(s.leftMm),
            "fo:margin-right", mm(s.rightMm), "style:writing-mode", "lr-tb");
    x.empty("style:header-style");
    x.start("style:footer-style");
    x.empty("style:header-footer-properties", "fo:min-height", mm(footerHeight), "fo:margin-top",
            mm(s.footerGapMm), "style:dynamic-spacing", "false");
    x.end();
    x.end();
}

void footerParagraph(XmlPart &x, const ReportDocument &doc, const char *style)
{
    x.start("text:p");
    x.attr("text:style-name", style);
    const QString pattern = doc.style.official
                                ? QStringLiteral("— %1 —")
                                : reportText(QStringLiteral("page"), doc.language);
    QString literal;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'%' && i + 1 < pattern.size() &&
            (pattern[i + 1] == u'1' || pattern[i + 1] == u'2')) {
            x.text(literal);
            literal.clear();
            const bool page = pattern[i + 1] == u'1';
            x.start(page ? "text:page-number" : "text:page-count");
            if (page)
                x.attr("text:select-page", "current");
            x.text(QStringLiteral("1"));
            x.end();
            ++i;
        } else {
            literal += pattern[i];
        }
    }
    x.text(literal);
    x.end();
}

} // namespace

void declareNamespaces(XmlPart &x)
{
    x.attr("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    x.attr("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
    x.attr("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    x.attr("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    x.attr("xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
    x.attr("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
    x.attr("xmlns:xlink", "http://www.w3.org/1999/xlink");
    x.attr("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
    x.attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    x.attr("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
    x.attr("office:version", "1.2");
}

void fontFaces(XmlPart &x, const ReportDocument &doc)
{
    const ReportStyle &s = doc.style;
    x.start("office:font-face-decls");
    QSet<QString> seen;
    for (const DocFont *f : {&s.body, &s.title, &s.subtitle, &s.heading1, &s.heading2, &s.table,
                             &s.tableHeader, &s.pageNumber, &s.note}) {
        for (const QString &name : {f->eastAsia, f->latin}) {
            if (seen.contains(name))
                continue;
            seen.insert(name);
            x.empty("style:font-face", "style:name", name, "svg:font-family",
                    QStringLiteral("'%1'").arg(name), "style:font-family-generic",
                    f->heavy ? "swiss" : "roman", "style:font-pitch", "variable");
        }
    }
    x.end();
}

void textProperties(XmlPart &x, const DocFont &font, const QColor &colour)
{
    x.xml().writeEmptyElement(QStringLiteral("style:text-properties"));
    x.attr("style:font-name", font.latin);
    x.attr("style:font-name-asian", font.eastAsia);
    x.attr("style:font-name-complex", font.latin);
    x.attr("fo:font-size", pt(font.pt));
    x.attr("style:font-size-asian", pt(font.pt));
    x.attr("style:font-size-complex", pt(font.pt));
    const char *weight = font.bold ? "bold" : "normal";
    x.attr("fo:font-weight", weight);
    x.attr("style:font-weight-asian", weight);
    x.attr("style:font-weight-complex", weight);
    if (colour.isValid())
        x.attr("fo:color", colour.name());
}

QByteArray styles(const ReportDocument &doc)
{
    const ReportStyle &s = doc.style;
    const bool official = s.official;
    XmlPart x;
    x.start("office:document-styles");
    declareNamespaces(x);
    fontFaces(x, doc);
    x.start("office:styles");
    x.start("style:default-style");
    x.attr("style:family", "paragraph");
    x.empty("style:paragraph-properties", "fo:margin-top", mm(0), "fo:margin-bottom", mm(0));
    x.xml().writeEmptyElement(QStringLiteral("style:text-properties"));
    // Latin letters and digits in English even in a Chinese report: with "zh" LibreOffice
    // breaks a line inside a number (927|8 户).
    x.attr("fo:language", "en");
    x.attr("fo:country", chinese(doc) ? "US" : "GB");
    x.attr("style:language-asian", "zh");
    x.attr("style:country-asian", "CN");
    x.end();

    const QString indent = chinese(doc) ? pt(2 * pitchPt(s)) : pt(0);
    const QString spacing = official ? pt(pitchPt(s) - s.body.pt) : QStringLiteral("normal");
    const QString single = QStringLiteral("100%");
    const QString after = official ? pt(0) : pt(6);
    const QColor heading = s.headingColour;
    const std::vector<ParaStyle> list{
        {"Standard", "Default Paragraph Style", nullptr,
         {{"fo:line-height", bodyLine(s)}, {"fo:text-align", QStringLiteral("justify")}}, &s.body},
        {kBody, "Text body", "Standard",
         {{"fo:text-indent", indent}, {"fo:margin-bottom", after}}, nullptr},
        {"Title", "Title", "Standard",
         {{"fo:line-height", single}, {"fo:text-align", QStringLiteral("center")},
          {"fo:margin-bottom", official ? pt(s.bodyLinePt) : pt(12)}},
         &s.title, official ? QColor() : heading},
        {"Subtitle", "Subtitle", "Standard", {{"fo:text-align", QStringLiteral("center")}}, &s.subtitle},
        {"Heading_20_1", "Heading 1", "Standard",
         {{"fo:keep-with-next", QStringLiteral("always")},
          {"fo:text-indent", official ? indent : pt(0)},
          {"fo:margin-top", official ? pt(0) : pt(18)}, {"fo:margin-bottom", official ? pt(0) : pt(6)}},
         &s.heading1, heading, 1},
        {"Heading_20_2", "Heading 2", "Standard",
         {{"fo:keep-with-next", QStringLiteral("always")},
          {"fo:text-indent", official ? indent : pt(0)},
          {"fo:margin-top", official ? pt(0) : pt(6)}, {"fo:margin-bottom", official ? pt(0) : pt(3)}},
         &s.heading2, official ? QColor() : heading, 2},
        {kTableContents, "Table Contents", "Standard",
         {{"fo:line-height", single}, {"fo:text-align", QStringLiteral("start")}}, &s.table},
        {kTableHeading, "Table Heading", kTableContents, {}, &s.tableHeader},
        {"Figure", "Figure", "Standard",
         {{"fo:line-height", single}, {"fo:text-align", QStringLiteral("center")},
          {"fo:margin-top", pt(3)}, {"fo:margin-bottom", pt(3)}}, &s.table},
        // The date of an official document: right, four characters in from the margin.
        {"Date", "Date", "Standard",
         {{"fo:text-align", official ? QStringLiteral("end") : QStringLiteral("start")},
          {"fo:margin-top", official ? pt(s.bodyLinePt) : pt(0)},
          {"fo:margin-right", official ? pt(4 * s.body.pt) : pt(0)}}, nullptr},
        {"Note", "Note", "Standard",
         {{"fo:line-height", single},
          {"fo:text-align", official ? QStringLiteral("end") : QStringLiteral("center")},
          {"fo:margin-top", pt(6)}}, &s.note, reportformat::muted()},
        {"Footer", "Footer", "Standard",
         {{"fo:line-height", single}, {"fo:text-align", QStringLiteral("center")}}, &s.pageNumber},
    };
    // Official: the body's size on the character grid (28 to a line), everything else as set.
    for (const ParaStyle &p : list)
        paraStyle(x, p,
                  !official || !p.font ? QString()
                  : p.font->pt == s.body.pt ? spacing
                                            : QStringLiteral("normal"));
    x.end(); // office:styles

    x.start("office:automatic-styles");
    pageLayout(x, s);
    // Page numbers one 4号 character in from the outer edge: odd pages right, even pages left.
    paraStyle(x, {"FooterOdd", "FooterOdd", "Footer",
                  {{"fo:text-align", QStringLiteral("end")}, {"fo:margin-right", pt(s.pageNumber.pt)}}});
    paraStyle(x, {"FooterEven", "FooterEven", "Footer",
                  {{"fo:text-align", QStringLiteral("start")}, {"fo:margin-left", pt(s.pageNumber.pt)}}});
    x.end();

    x.start("office:master-styles");
    x.start("style:master-page");
    x.attr("style:name", "Standard");
    x.attr("style:page-layout-name", "pm1");
    x.start("style:footer");
    footerParagraph(x, doc, official ? "FooterOdd" : "Footer");
    x.end();
    if (official) {
        x.start("style:footer-left");
        footerParagraph(x, doc, "FooterEven");
        x.end();
    }
    x.end();
    x.end();
    x.end(); // document-styles
    return x.finish();
}

QByteArray meta(const ReportDocument &doc, const QString &created)
{
    XmlPart x;
    x.start("office:document-meta");
    declareNamespaces(x);
    x.start("office:meta");
    x.start("meta:generator");
    x.text(QStringLiteral("Zhenxing"));
    x.end();
    x.start("dc:title");
    x.text(doc.title);
    x.end();
    x.start("dc:language");
    x.text(chinese(doc) ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    x.end();
    if (!created.isEmpty()) {
        x.start("meta:creation-date");
        x.text(created);
        x.end();
    }
    x.end();
    x.end();
    return x.finish();
}

QByteArray manifest(const QStringList &pictures)
{
    XmlPart x;
    x.start("manifest:manifest");
    x.attr("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    x.attr("manifest:version", "1.2");
    const auto entry = [&x](const QString &path, const char *type) {
        x.empty("manifest:file-entry", "manifest:full-path", path, "manifest:media-type", type);
    };
    x.empty("manifest:file-entry", "manifest:full-path", "/", "manifest:version", "1.2",
            "manifest:media-type", "application/vnd.oasis.opendocument.text");
    entry(QStringLiteral("content.xml"), "text/xml");
    entry(QStringLiteral("styles.xml"), "text/xml");
    entry(QStringLiteral("meta.xml"), "text/xml");
    for (const QString &p : pictures)
        entry(QStringLiteral("Pictures/") + p, "image/png");
    x.end();
    return x.finish();
}

} // namespace zx::odt
