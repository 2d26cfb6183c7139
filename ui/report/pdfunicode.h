#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace zx {

// Qt 6.4 writes each embedded font's ToUnicode map with, per glyph, the lowest code point
// that uses it. Noto CJK draws many ideographs with the same glyph as a radical code point,
// so text extraction and search see ⼈ (U+2F08) for 人 or ⻚ (U+2EDA) for 页. This maps the
// radicals in the ToUnicode streams back to the ideographs (Kangxi radicals by their
// compatibility decomposition, CJK radical supplement forms by a table). Every entry keeps
// its width (<2F08> → <4EBA>), so no offset in the file moves.
QByteArray fixToUnicodeRadicals(const QByteArray &pdf);

// The same, in place on a file.
Outcome fixToUnicodeRadicalsInFile(const QString &path);

} // namespace zx
