#pragma once

// Reads the bulletin's editable documents back the way another program would: Debian's
// python3-docx (.docx) and python3-odf (.odt), through /usr/bin/python3 (not a python3 on PATH
// that may lack them), dumped as JSON. A missing module fails the test: setup.sh installs both.
//   {"sections": [{"width", "height", "top", "bottom", "left", "right" (mm), "evenOdd",
//                  "gridPitch" (twips)}],
//    "styles": {"Normal": {"eastAsia", "latin", "pt", "bold", "spacing" (twips)}, "Body Text", "Title",
//               "Heading 1", "Heading 2", …},
//    "paragraphs": [{"style", "text"}],
//    "tables": [{"width" (twips), "headerRepeats", "rows": [[{"text", "fill", "align"}]]}],
//    "pictures": N, "footers": ["— PAGE —", …]}
// The .odt gives the same shape: widths in mm, "style" the paragraph's style (headings
// "Heading 1", "Heading 2"), fonts those of the paragraph styles as ODF declares them.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <gtest/gtest.h>

namespace zx::test {

inline const char *pythonDocxScript()
{
    return R"PY(
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
def font(style):
    el = style.element
    rpr = el.rPr
    rf = rpr.find(qn('w:rFonts')) if rpr is not None else None
    sz = rpr.find(qn('w:sz')) if rpr is not None else None
    sp = rpr.find(qn('w:spacing')) if rpr is not None else None
    return {"eastAsia": rf.get(qn('w:eastAsia')) if rf is not None else None,
            "spacing": int(sp.get(qn('w:val'))) if sp is not None else None,
            "latin": rf.get(qn('w:ascii')) if rf is not None else None,
            "pt": int(sz.get(qn('w:val'))) / 2 if sz is not None else None,
            "bold": bool(style.font.bold)}
out = {"sections": [], "styles": {}, "paragraphs": [], "tables": [], "footers": []}
for s in d.sections:
    grid = s._sectPr.find(qn('w:docGrid'))
    out["sections"].append({
        "width": s.page_width.mm, "height": s.page_height.mm, "top": s.top_margin.mm,
        "bottom": s.bottom_margin.mm, "left": s.left_margin.mm, "right": s.right_margin.mm,
        "evenOdd": bool(d.settings.odd_and_even_pages_header_footer),
        "gridPitch": int(grid.get(qn('w:linePitch'))) if grid is not None and grid.get(qn('w:linePitch')) else None})
    for f in (s.footer, s.even_page_footer):
        out["footers"].append("".join(t.text or "" for t in f._element.iter(qn('w:t'), qn('w:instrText'))))
for st in d.styles:
    if st.type == 1:
        out["styles"][st.name] = font(st)
for p in d.paragraphs:
    out["paragraphs"].append({"style": p.style.name, "text": p.text})
def align(p):
    a = p.alignment
    return None if a is None else {0: "left", 1: "center", 2: "right", 3: "justify"}.get(int(a), str(a))
for t in d.tables:
    width = sum(int(g.get(qn('w:w'))) for g in t._tbl.tblGrid.findall(qn('w:gridCol')))
    trpr = t.rows[0]._tr.trPr
    rows = []
    for r in t.rows:
        cells = []
        for c in r.cells:
            shd = c._tc.tcPr.find(qn('w:shd')) if c._tc.tcPr is not None else None
            cells.append({"text": c.text, "fill": shd.get(qn('w:fill')) if shd is not None else None,
                          "align": align(c.paragraphs[0])})
        rows.append(cells)
    out["tables"].append({"width": width,
                          "headerRepeats": trpr is not None and trpr.find(qn('w:tblHeader')) is not None,
                          "rows": rows})
out["pictures"] = len(d.inline_shapes)
sys.stdout.write(json.dumps(out, ensure_ascii=False))
)PY";
}

inline const char *pythonOdfScript()
{
    return R"PY(
import json, sys, re
from odf.opendocument import load
from odf import text, table, style, draw, teletype
doc = load(sys.argv[1])
S = lambda e, a: e.getAttrNS(style.STYLENS, a)
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
TBL = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
def mm(v):
    if not v: return None
    n, u = re.match(r"([-0-9.]+)([a-z]+)", v).groups()
    return float(n) * {"mm": 1, "cm": 10, "in": 25.4, "pt": 25.4 / 72}[u]
def pt(v):
    return None if not v else mm(v) * 72 / 25.4
styles = {}
for container in (doc.styles, doc.automaticstyles):
    for s in container.getElementsByType(style.Style):
        styles[s.getAttrNS(style.STYLENS, "name")] = s
faces = {f.getAttrNS(style.STYLENS, "name"): f.getAttrNS("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "font-family")
         for f in doc.fontfacedecls.getElementsByType(style.FontFace)}
def prop(name, kind, ns, attr):
    while name:
        s = styles.get(name)
        if s is None: return None
        for p in s.getElementsByType(kind):
            v = p.getAttrNS(ns, attr)
            if v: return v
        name = s.getAttrNS(style.STYLENS, "parent-style-name")
    return None
def display(name):
    s = styles.get(name)
    if s is None: return name
    return s.getAttrNS(style.STYLENS, "display-name") or name
def font(name):
    return {"eastAsia": prop(name, style.TextProperties, style.STYLENS, "font-name-asian"),
            "latin": prop(name, style.TextProperties, style.STYLENS, "font-name"),
            "pt": pt(prop(name, style.TextProperties, style.STYLENS, "font-size-asian")),
            "bold": prop(name, style.TextProperties, FO, "font-weight") == "bold"}
out = {"sections": [], "styles": {}, "paragraphs": [], "tables": [], "footers": [], "faces": faces}
for mp in doc.masterstyles.getElementsByType(style.MasterPage):
    layout = mp.getAttrNS(style.STYLENS, "page-layout-name")
    for pl in doc.automaticstyles.getElementsByType(style.PageLayout):
        if pl.getAttrNS(style.STYLENS, "name") != layout: continue
        p = pl.getElementsByType(style.PageLayoutProperties)[0]
        f = pl.getElementsByType(style.FooterStyle)
        fp = f[0].getElementsByType(style.HeaderFooterProperties)[0] if f else None
        out["sections"].append({"width": mm(p.getAttrNS(FO, "page-width")), "height": mm(p.getAttrNS(FO, "page-height")),
            "top": mm(p.getAttrNS(FO, "margin-top")), "left": mm(p.getAttrNS(FO, "margin-left")),
            "right": mm(p.getAttrNS(FO, "margin-right")),
            "bottom": mm(p.getAttrNS(FO, "margin-bottom")) + (mm(fp.getAttrNS(FO, "min-height")) + mm(fp.getAttrNS(FO, "margin-top")) if fp else 0),
            "evenOdd": len(mp.getElementsByType(style.FooterLeft)) > 0})
    for f in mp.getElementsByType(style.Footer) + mp.getElementsByType(style.FooterLeft):
        out["footers"].append(teletype.extractText(f) + "".join("PAGE" for _ in f.getElementsByType(text.PageNumber)))
for name in list(styles):
    out["styles"][display(name)] = font(name)
for el in doc.text.childNodes:
    if el.qname == (TXT, "h"):
        out["paragraphs"].append({"style": "Heading %s" % el.getAttrNS(TXT, "outline-level"), "text": teletype.extractText(el)})
    elif el.qname == (TXT, "p"):
        out["paragraphs"].append({"style": display(el.getAttrNS(TXT, "style-name")), "text": teletype.extractText(el)})
def cellfill(c):
    n = c.getAttrNS(TBL, "style-name")
    return (prop(n, style.TableCellProperties, FO, "background-color") or "").lstrip("#").upper() or None
def cellalign(c):
    ps = c.getElementsByType(text.P)
    if not ps: return None
    a = prop(ps[0].getAttrNS(TXT, "style-name"), style.ParagraphProperties, FO, "text-align")
    return {"start": "left", "end": "right", "justify": "justify"}.get(a, a)
for t in doc.text.getElementsByType(table.Table):
    tstyle = t.getAttrNS(TBL, "style-name")
    rows = []
    for r in t.getElementsByType(table.TableRow):
        rows.append([{"text": teletype.extractText(c), "fill": cellfill(c), "align": cellalign(c)}
                     for c in r.getElementsByType(table.TableCell)])
    out["tables"].append({"width": mm(prop(tstyle, style.TableProperties, style.STYLENS, "width")),
                          "headerRepeats": len(t.getElementsByType(table.TableHeaderRows)) > 0, "rows": rows})
out["pictures"] = len(doc.text.getElementsByType(draw.Image))
sys.stdout.write(json.dumps(out, ensure_ascii=False))
)PY";
}

// The document as JSON; an empty object (and a test failure) when the module cannot read it.
inline QJsonObject readOfficeDocument(const char *script, const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    if (!p.waitForFinished(120000)) {
        ADD_FAILURE() << "python3 did not finish reading " << path.toStdString();
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << "python3 cannot read " << path.toStdString() << " (setup.sh installs "
                      << "python3-docx and python3-odf):\n"
                      << p.readAllStandardError().toStdString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (!doc.isObject())
        ADD_FAILURE() << "bad JSON from python3: " << error.errorString().toStdString();
    return doc.object();
}

inline QJsonObject readDocx(const QString &path)
{
    return readOfficeDocument(pythonDocxScript(), path);
}

inline QJsonObject readOdt(const QString &path)
{
    return readOfficeDocument(pythonOdfScript(), path);
}

} // namespace zx::test
