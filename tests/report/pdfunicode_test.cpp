// The ToUnicode repair: radicals on the destination side become ideographs, source glyph ids
// and codespace bounds stay, and no byte offset moves.
#include "report/pdfunicode.h"

#include <gtest/gtest.h>

namespace zx {
namespace {

const QByteArray Cmap =
    "12 0 obj\n<< /Length 999 >>\nstream\nbegincmap\n"
    "1 begincodespacerange\n<2F08> <FFFF>\nendcodespacerange\n"
    "2 beginbfchar\n<2F08> <2F08>\n<0005> <2EDA>\nendbfchar\n"
    "2 beginbfrange\n<2F00> <2F00> <2F08>\n<0010> <0012> [<4E00> <2F08> <2EDA>]\nendbfrange\n"
    "endcmap\nendstream\n";

TEST(PdfUnicodeTest, RadicalsBecomeTheIdeographsTheyStandFor)
{
    const QByteArray fixed = fixToUnicodeRadicals(Cmap);
    EXPECT_EQ(fixed.size(), Cmap.size()); // offsets in the xref table stay valid
    // bfchar: the source <2F08> (a glyph id) stays, its destination becomes 人 (4EBA).
    EXPECT_TRUE(fixed.contains("<2F08> <4EBA>\n<0005> <9875>")) << fixed.toStdString();
    // bfrange: sources stay, the single destination and the array entries are mapped.
    EXPECT_TRUE(fixed.contains("<2F00> <2F00> <4EBA>")) << fixed.toStdString();
    EXPECT_TRUE(fixed.contains("[<4E00> <4EBA> <9875>]")) << fixed.toStdString();
    // The codespace bound is not a destination.
    EXPECT_TRUE(fixed.contains("<2F08> <FFFF>\nendcodespacerange")) << fixed.toStdString();
}

TEST(PdfUnicodeTest, TextOutsideACmapIsLeftAlone)
{
    const QByteArray other = "stream\n<2F08> Tj\nendstream\n";
    EXPECT_EQ(fixToUnicodeRadicals(other), other);
}

} // namespace
} // namespace zx
