#include "report/docxparts.h"

#include "report/reportformat.h"

#include <QSet>

namespace zx::docx {

namespace {

bool chinese(const ReportDocument &doc)
{
    return doc.language == ReportLanguage::Chinese;
}

// Two characters of first-line indent in the body's size (Chinese paragraphs only).
Para indented(const ReportDocument &doc, Para p)
{
    if (chinese(doc)) {
        p.firstLineChars = 200;
        p.firstLine = twipsPt(doc.style.body.pt * 2);
    }
    return p;
}

// The body's line: exact 28.95 pt official (22 lines a page), else 1.45 lines as the PDF.
Para bodyLine(const ReportDocument &doc, Para p)
{
    if (doc.style.bodyLinePt > 0) {
        p.line = twipsPt(doc.style.bodyLinePt);
        p.exact = true;
    } else {
        p.line = 348;
        p.after = 120;
    }
    return p;
}

Para single(Para p)
{
    p.snapToGrid = false;
    p.line = 240;
    p.exact = false;
    return p;
}

void style(XmlPart &x, const char *id, const char *name, const char *basedOn, const Para &p,
           const DocFont &font, const QColor &colour = {}, bool isDefault = false,
           std::optional<int> spacing = std::nullopt)
{
    x.start("w:style");
    x.attr("w:type", "paragraph");
    if (isDefault)
        x.attr("w:default", "1");
    x.attr("w:styleId", id);
    x.empty("w:name", "w:val", name);
    if (basedOn)
        x.empty("w:basedOn", "w:val", basedOn);
    x.empty("w:next", "w:val", isDefault || !basedOn ? id : kBody);
    x.empty("w:qFormat");
    writePPr(x, p);
    writeRPr(x, font, colour, spacing);
    x.end();
}

} // namespace

void writePPr(XmlPart &x, const Para &p)
{
    x.start("w:pPr");
    if (p.style)
        x.empty("w:pStyle", "w:val", p.style);
    if (p.keepNext)
        x.empty("w:keepNext");
    if (!p.snapToGrid)
        x.empty("w:snapToGrid", "w:val", "0");
    if (p.line || p.before || p.after) {
        x.xml().writeEmptyElement(QStringLiteral("w:spacing"));
        x.attr("w:before", p.before);
        x.attr("w:after", p.after);
        if (p.line) {
            x.attr("w:line", p.line);
            x.attr("w:lineRule", p.exact ? "exact" : "auto");
        }
    }
    if (p.firstLineChars || p.firstLine || p.left || p.right) {
        x.xml().writeEmptyElement(QStringLiteral("w:ind"));
        x.attr("w:left", p.left);
        x.attr("w:right", p.right);
        if (p.firstLineChars)
            x.attr("w:firstLineChars", p.firstLineChars);
        x.attr("w:firstLine", p.firstLine);
    }
    if (p.jc)
        x.empty("w:jc", "w:val", p.jc);
    if (p.outline >= 0)
        x.empty("w:outlineLvl", "w:val", p.outline);
    x.end();
}

int bodyCharacterSpacing(const ReportStyle &s)
{
    if (s.charsPerLine <= 0)
        return 0;
    // Word's own arithmetic: the type area in whole twips, shared among the characters.
    const double pitch = double(twips(s.typeWidthMm())) / s.charsPerLine;
    return int(std::floor(pitch - twipsPt(s.body.pt)));
}

void writeRPr(XmlPart &x, const DocFont &font, const QColor &colour, std::optional<int> spacing)
{
    x.start("w:rPr");
    x.empty("w:rFonts", "w:ascii", font.latin, "w:eastAsia", font.eastAsia, "w:hAnsi", font.latin,
            "w:cs", font.latin, "w:hint", "eastAsia");
    if (font.bold) {
        x.empty("w:b");
        x.empty("w:bCs");
    }
    if (colour.isValid())
        x.empty("w:color", "w:val", hex(colour));
    if (spacing)
        x.empty("w:spacing", "w:val", *spacing);
    x.empty("w:sz", "w:val", halfPoints(font.pt));
    x.empty("w:szCs", "w:val", halfPoints(font.pt));
    x.end();
}

QByteArray styles(const ReportDocument &doc)
{
    const ReportStyle &s = doc.style;
    XmlPart x;
    x.start("w:styles");
    x.attr("xmlns:w", kW);
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    x.empty("w:rFonts", "w:ascii", s.body.latin, "w:eastAsia", s.body.eastAsia, "w:hAnsi",
            s.body.latin, "w:cs", s.body.latin);
    x.empty("w:sz", "w:val", halfPoints(s.body.pt));
    x.empty("w:szCs", "w:val", halfPoints(s.body.pt));
    // Latin letters and digits in English even in a Chinese report: with zh-CN LibreOffice
    // breaks a line inside a number (927|8 户).
    x.empty("w:lang", "w:val", chinese(doc) ? "en-US" : "en-GB", "w:eastAsia", "zh-CN");
    x.end();
    x.end();
    x.start("w:pPrDefault");
    writePPr(x, Para{});
    x.end();
    x.end(); // docDefaults

    const QColor heading = s.headingColour;
    const bool official = s.official;
    // The body's size on a grid of 28 characters a line (official), by character spacing
    // (w:spacing in the run) rather than Word's character grid, which LibreOffice spreads out.
    const int spacing = bodyCharacterSpacing(s);
    style(x, "Normal", "Normal", nullptr, bodyLine(doc, Para{.jc = "both"}), s.body, {}, true,
          spacing);
    style(x, kBody, "Body Text", "Normal", indented(doc, bodyLine(doc, Para{.jc = "both"})), s.body);
    style(x, "Title", "Title", "Normal",
          single(Para{.after = official ? twipsPt(s.bodyLinePt) : 240, .jc = "center"}), s.title,
          official ? QColor() : heading, false, 0);
    style(x, "Subtitle", "Subtitle", "Normal", bodyLine(doc, Para{.jc = "center"}), s.subtitle);
    Para h1 = official ? indented(doc, bodyLine(doc, Para{.keepNext = true}))
                       : single(Para{.keepNext = true, .before = 360, .after = 120});
    h1.outline = 0;
    style(x, "Heading1", "heading 1", "Normal", h1, s.heading1, heading);
    Para h2 = official ? indented(doc, bodyLine(doc, Para{.keepNext = true}))
                       : single(Para{.keepNext = true, .before = 120, .after = 60});
    h2.outline = 1;
    style(x, "Heading2", "heading 2", "Normal", h2, s.heading2, official ? QColor() : heading);
    style(x, kTableText, "Table Text", "Normal", single(Para{.jc = "left"}), s.table, {}, false, 0);
    style(x, kTableHeading, "Table Heading", kTableText, single(Para{.jc = "left"}), s.tableHeader);
    style(x, "Figure", "Figure", "Normal", single(Para{.before = 60, .after = 60, .jc = "center"}),
          s.table, {}, false, 0);
    // The date of an official document: right, four characters in from the margin.
    style(x, "Date", "Date", "Normal",
          bodyLine(doc, Para{.before = official ? twipsPt(s.bodyLinePt) : 0,
                             .right = official ? twipsPt(s.body.pt * 4) : 0,
                             .jc = official ? "right" : "left"}),
          s.body);
    style(x, "Note", "Note", "Normal", single(Para{.before = 120, .jc = official ? "right" : "center"}),
          s.note, reportformat::muted(), false, 0);
    Para footer = single(Para{.jc = "center"});
    footer.line = twipsPt(s.pageNumber.pt);
    footer.exact = true;
    style(x, "Footer", "footer", "Normal", footer, s.pageNumber, {}, false, 0);
    x.end();
    return x.finish();
}

QByteArray settings(const ReportDocument &doc)
{
    XmlPart x;
    x.start("w:settings");
    x.attr("xmlns:w", kW);
    x.empty("w:zoom", "w:percent", 100);
    x.empty("w:defaultTabStop", "w:val", twipsPt(doc.style.body.pt * 2));
    if (doc.style.official)
        x.empty("w:evenAndOddHeaders");
    x.empty("w:characterSpacingControl", "w:val", "compressPunctuation");
    x.start("w:compat");
    x.empty("w:compatSetting", "w:name", "compatibilityMode", "w:uri",
            "http://schemas.microsoft.com/office/word", "w:val", "15");
    x.end();
    x.empty("w:themeFontLang", "w:val", "en-US", "w:eastAsia", "zh-CN");
    x.end();
    return x.finish();
}

QByteArray fontTable(const ReportDocument &doc)
{
    const ReportStyle &s = doc.style;
    XmlPart x;
    x.start("w:fonts");
    x.attr("xmlns:w", kW);
    QSet<QString> seen;
    for (const DocFont *f : {&s.body, &s.title, &s.subtitle, &s.heading1, &s.heading2, &s.table,
                             &s.tableHeader, &s.pageNumber, &s.note}) {
        for (const QString &name : {f->eastAsia, f->latin}) {
            if (seen.contains(name))
                continue;
            seen.insert(name);
            x.start("w:font");
            x.attr("w:name", name);
            // Word and WPS take the alternative name where the face is missing.
            if (name == f->eastAsia && !f->fallbacks.isEmpty())
                x.empty("w:altName", "w:val", f->fallbacks.first());
            if (name == f->eastAsia)
                x.empty("w:charset", "w:val", "86"); // GB2312
            x.empty("w:family", "w:val", name == f->eastAsia && f->heavy ? "modern" : "roman");
            x.empty("w:pitch", "w:val", "variable");
            x.end();
        }
    }
    x.end();
    return x.finish();
}

QByteArray footer(const ReportDocument &doc, bool even)
{
    const ReportStyle &s = doc.style;
    XmlPart x;
    x.start("w:ftr");
    x.attr("xmlns:w", kW);
    x.attr("xmlns:r", kR);
    x.start("w:p");
    Para p{.style = "Footer"};
    if (s.official) {
        // One 4号 character in from the outer edge: right on odd pages, left on even ones.
        (even ? p.left : p.right) = twipsPt(s.pageNumber.pt);
        p.jc = even ? "left" : "right";
    }
    writePPr(x, p);
    const auto run = [&x](const QString &text) {
        if (text.isEmpty())
            return;
        x.start("w:r");
        x.start("w:t");
        x.attr("xml:space", "preserve");
        x.text(text);
        x.end();
        x.end();
    };
    const auto field = [&x](const char *instruction) {
        x.start("w:r");
        x.empty("w:fldChar", "w:fldCharType", "begin");
        x.end();
        x.start("w:r");
        x.start("w:instrText");
        x.attr("xml:space", "preserve");
        x.text(QStringLiteral(" %1 ").arg(QLatin1String(instruction)));
        x.end();
        x.end();
        x.start("w:r");
        x.empty("w:fldChar", "w:fldCharType", "separate");
        x.end();
        x.start("w:r");
        x.start("w:t");
        x.text(QStringLiteral("1"));
        x.end();
        x.end();
        x.start("w:r");
        x.empty("w:fldChar", "w:fldCharType", "end");
        x.end();
    };
    // The footer's words with the page fields in place of %1 (page) and %2 (pages).
    const QString pattern = s.official ? QStringLiteral("— %1 —")
                                       : reportText(QStringLiteral("page"), doc.language);
    QString literal;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'%' && i + 1 < pattern.size() &&
            (pattern[i + 1] == u'1' || pattern[i + 1] == u'2')) {
            run(literal);
            literal.clear();
            field(pattern[i + 1] == u'1' ? "PAGE" : "NUMPAGES");
            ++i;
        } else {
            literal += pattern[i];
        }
    }
    run(literal);
    x.end();
    x.end();
    return x.finish();
}

QByteArray contentTypes()
{
    XmlPart x;
    x.start("Types");
    x.attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    x.empty("Default", "Extension", "rels", "ContentType",
            "application/vnd.openxmlformats-package.relationships+xml");
    x.empty("Default", "Extension", "xml", "ContentType", "application/xml");
    x.empty("Default", "Extension", "png", "ContentType", "image/png");
    const auto part = [&x](const char *name, const char *type) {
        x.empty("Override", "PartName", name, "ContentType", type);
    };
    const QByteArray wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    part("/word/document.xml", (wml + "document.main+xml").constData());
    part("/word/styles.xml", (wml + "styles+xml").constData());
    part("/word/settings.xml", (wml + "settings+xml").constData());
    part("/word/fontTable.xml", (wml + "fontTable+xml").constData());
    part("/word/footer1.xml", (wml + "footer+xml").constData());
    part("/word/footer2.xml", (wml + "footer+xml").constData());
    part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    part("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    x.end();
    return x.finish();
}

QByteArray packageRelationships()
{
    XmlPart x;
    x.start("Relationships");
    x.attr("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    const QString base = QString::fromLatin1(kR) + u'/';
    x.empty("Relationship", "Id", "rId1", "Type", base + QStringLiteral("officeDocument"), "Target",
            "word/document.xml");
    x.empty("Relationship", "Id", "rId2", "Type",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "Target", "docProps/core.xml");
    x.empty("Relationship", "Id", "rId3", "Type", base + QStringLiteral("extended-properties"),
            "Target", "docProps/app.xml");
    x.end();
    return x.finish();
}

QByteArray coreProperties(const ReportDocument &doc, const QString &created)
{
    XmlPart x;
    x.start("cp:coreProperties");
    x.attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    x.attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    x.attr("xmlns:dcterms", "http://purl.org/dc/terms/");
    x.attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    x.start("dc:title");
    x.text(doc.title);
    x.end();
    x.start("dc:creator");
    x.text(QStringLiteral("Zhenxing 振兴看板"));
    x.end();
    x.start("dc:language");
    x.text(chinese(doc) ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    x.end();
    if (!created.isEmpty()) {
        x.start("dcterms:created");
        x.attr("xsi:type", "dcterms:W3CDTF");
        x.text(created);
        x.end();
    }
    x.end();
    return x.finish();
}

QByteArray appProperties()
{
    XmlPart x;
    x.start("Properties");
    x.attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    x.start("Application");
    x.text(QStringLiteral("Zhenxing"));
    x.end();
    x.end();
    return x.finish();
}

} // namespace zx::docx
