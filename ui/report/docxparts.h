#pragma once

// Internal to the .docx writer (docxwriter.cpp): the parts around the document's body —
// styles, settings, font table, footers, content types, relationships, properties.

#include "report/reportdocument.h"
#include "report/xmlpart.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <optional>

namespace zx::docx {

inline constexpr const char *kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char *kR =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

inline int twips(double mm) { return int(std::lround(mm / 25.4 * 1440)); }
inline int twipsPt(double pt) { return int(std::lround(pt * 20)); }
inline int halfPoints(double pt) { return int(std::lround(pt * 2)); }
inline QString hex(const QColor &c) { return c.name().mid(1).toUpper(); }

// Paragraph style ids of styles.xml, used by the body.
inline constexpr const char *kBody = "BodyText";
inline constexpr const char *kTableText = "TableText";
inline constexpr const char *kTableHeading = "TableHeading";

// Paragraph properties, written in the schema's order.
struct Para
{
    const char *style = nullptr; // w:pStyle
    bool keepNext = false;
    bool snapToGrid = true; // false: off the character grid (tables, title, pictures)
    int line = 0;           // twips; 0 = not set
    bool exact = false;     // the line is exact (else auto: 240 = single)
    int before = 0;
    int after = 0;
    int firstLineChars = 0; // hundredths of a character (200: two characters)
    int firstLine = 0;      // twips, for readers without character units
    int left = 0;
    int right = 0;
    const char *jc = nullptr; // left, center, right, both
    int outline = -1;         // outline level 0 = Heading 1
};
void writePPr(XmlPart &x, const Para &p);
// Run properties of `font` (w:rFonts with w:eastAsia), in `colour` when valid, with a
// character spacing of `spacing` twips when given.
void writeRPr(XmlPart &x, const DocFont &font, const QColor &colour = {},
              std::optional<int> spacing = std::nullopt);
// The body's character spacing (twips) that puts charsPerLine characters on a line of the type
// area (official: -5, 28 characters of 16 pt in 156 mm); 0 without a character count.
int bodyCharacterSpacing(const ReportStyle &style);

QByteArray styles(const ReportDocument &doc);
QByteArray settings(const ReportDocument &doc);
QByteArray fontTable(const ReportDocument &doc);
// The footer with the page number: official odd pages right, even pages left ("— 1 —").
QByteArray footer(const ReportDocument &doc, bool even);
QByteArray contentTypes();
QByteArray packageRelationships();
QByteArray coreProperties(const ReportDocument &doc, const QString &created);
QByteArray appProperties();

} // namespace zx::docx
