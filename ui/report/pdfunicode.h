#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class QFont;
class QRawFont;

namespace zx {

// Qt 6.4 writes each embedded font's ToUnicode map with, per glyph, the lowest code point (of
// the BMP) that the font draws with that glyph. Noto CJK SC shares many glyphs of ideographs
// with radicals: 人 and ⼈ U+2F08, 页 and ⻚ U+2EDA, 母 and ⺟ U+2E9F, 户 and ⼾ U+2F3E — so
// search and copy gave ⺟ for a printed 母, and 戶 for 户 (a table of radicals folded ⼾ to its
// compatibility ideograph 戶, not to the 户 printed). The renderer knows the text it drew,
// so the map is repaired from that: for each drawn character, its glyph in the font that
// really draws it and the lowest code point Qt wrote for that glyph; the ToUnicode entries
// with that code point are rewritten to the drawn character. Every entry keeps its width
// (<2F3E> → <6237>), so no offset in the file moves.
//
// Ambiguity: one glyph has one ToUnicode entry. When two characters that share a glyph are
// both drawn (⼾ and 户 in one document), the text cannot tell them apart: the lowest one is
// kept if it was drawn itself, else the lowest drawn one is written. Entries that cannot be
// rewritten in place stay as Qt wrote them: a drawn character beyond the BMP (Qt writes
// none), and a glyph inside a run of ten or more consecutive code points (one bfrange
// <a> <b> <first>, which maps them by counting).

// Per embedded font, by PostScript name (the PDF's /BaseFont without a subset tag): the code
// point Qt wrote → the character drawn.
using ToUnicodeFixes = QHash<QByteArray, QHash<char16_t, char16_t>>;

// Works out the fixes for `text` (every character the document drew) set in `fonts`: the
// fonts that really draw each character are those QTextLayout picks, fallbacks included.
ToUnicodeFixes toUnicodeFixes(const QString &text, const QList<QFont> &fonts);

// Applies `fixes` to every ToUnicode CMap of `pdf` whose font they name.
QByteArray fixToUnicode(const QByteArray &pdf, const ToUnicodeFixes &fixes);

// The same, in place on a file.
Outcome fixToUnicodeInFile(const QString &path, const ToUnicodeFixes &fixes);

// The font's PostScript name (name ID 6 of its 'name' table), spaces as '_' as the PDF
// writes it; empty when the font has no such name.
QByteArray postScriptName(const QRawFont &font);

} // namespace zx
