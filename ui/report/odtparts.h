#pragma once

// Internal to the .odt writer (odtwriter.cpp): namespaces, units, the fonts and the common
// styles (styles.xml), shared by content.xml.

#include "report/reportdocument.h"
#include "report/xmlpart.h"

#include <QByteArray>
#include <QString>

namespace zx::odt {

inline QString mm(double v) { return QString::number(v, 'f', 2) + QStringLiteral("mm"); }
inline QString pt(double v) { return QString::number(v, 'f', 2) + QStringLiteral("pt"); }

// Declares the namespaces of an ODF root element.
void declareNamespaces(XmlPart &x);
// office:font-face-decls: every face the styles name, East Asian and Latin.
void fontFaces(XmlPart &x, const ReportDocument &doc);
// style:text-properties of `font` (font-name and font-name-asian, sizes, weight), in `colour`.
void textProperties(XmlPart &x, const DocFont &font, const QColor &colour = {});

// The style names content.xml uses (LibreOffice's own names, so it shows them as its styles).
inline constexpr const char *kBody = "Text_20_body";
inline constexpr const char *kTableContents = "Table_20_Contents";
inline constexpr const char *kTableHeading = "Table_20_Heading";

QByteArray styles(const ReportDocument &doc);
QByteArray meta(const ReportDocument &doc, const QString &created);
QByteArray manifest(const QStringList &pictures);

} // namespace zx::odt
