// The ToUnicode repair (issue 13): per font, the code point Qt wrote for a shared glyph becomes
// the character drawn — 户 not 戶, 母 not ⺟, 人 not ⼈ —, source glyph ids, codespace bounds,
// counted runs and other fonts' maps stay, and no byte offset moves.
#include "report/pdfunicode.h"

#include <QFont>
#include <QGlyphRun>
#include <QTextLayout>

#include <gtest/gtest.h>

namespace zx {
namespace {

// Two fonts, each with its own map; both maps hold <6236> (戶) and <2E9F> (⺟).
const QByteArray Pdf =
    "7 0 obj\n<< /Type /Font\n/Subtype /Type0\n/BaseFont /NotoSansCJKsc-Regular\n"
    "/Encoding /Identity-H\n/DescendantFonts [45 0 R]\n/ToUnicode 46 0 R>>\nendobj\n"
    "8 0 obj\n<< /Type /Font\n/Subtype /Type0\n/BaseFont /ABCDEF+OtherFont\n"
    "/Encoding /Identity-H\n/DescendantFonts [55 0 R]\n/ToUnicode 56 0 R>>\nendobj\n"
    "46 0 obj\n<< /Length 999 >>\nstream\nbegincmap\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    "2 beginbfchar\n<6236> <6236>\n<0005> <2E9F>\nendbfchar\n"
    "4 beginbfrange\n<0007> <0007> <2F08>\n<0010> <0012> [<4E00> <6236> <2E9F>]\n"
    "<0020> <0029> <6236>\n<0030> <0030> <0009>\nendbfrange\n"
    "endcmap\nendstream\nendobj\n"
    "56 0 obj\n<< /Length 999 >>\nstream\nbegincmap\n"
    "1 beginbfchar\n<0003> <6236>\nendbfchar\n"
    "1 beginbfrange\n<0004> <0005> [<2E9F> <4E00>]\nendbfrange\n"
    "endcmap\nendstream\nendobj\n";

ToUnicodeFixes notoFixes()
{
    return {{"NotoSansCJKsc-Regular",
             {{0x6236, 0x6237}, {0x2E9F, 0x6BCD}, {0x2F08, 0x4EBA}, {0x0009, 0x0020}}}};
}

TEST(PdfUnicodeTest, TheFontsOwnMapGetsTheDrawnCharacters)
{
    const QByteArray fixed = fixToUnicode(Pdf, notoFixes());
    EXPECT_EQ(fixed.size(), Pdf.size()); // offsets in the xref table stay valid
    // bfchar: the source <6236> (a glyph id) stays, its destination becomes 户 (6237); ⺟ → 母.
    EXPECT_TRUE(fixed.contains("<6236> <6237>\n<0005> <6BCD>")) << fixed.toStdString();
    // bfrange: a single glyph's destination and the array entries are mapped.
    EXPECT_TRUE(fixed.contains("<0007> <0007> <4EBA>")) << fixed.toStdString();
    EXPECT_TRUE(fixed.contains("[<4E00> <6237> <6BCD>]")) << fixed.toStdString();
    EXPECT_TRUE(fixed.contains("<0030> <0030> <0020>")) << fixed.toStdString();
    // A counted run (<0020>…<0029> → 6236, 6237, …) cannot change its first value alone.
    EXPECT_TRUE(fixed.contains("<0020> <0029> <6236>")) << fixed.toStdString();
    // The codespace bound is not a destination.
    EXPECT_TRUE(fixed.contains("<0000> <FFFF>\nendcodespacerange")) << fixed.toStdString();
    // The other font's map is its own: its 戶 and ⺟ are not Noto's.
    EXPECT_TRUE(fixed.contains("<0003> <6236>\nendbfchar")) << fixed.toStdString();
    EXPECT_TRUE(fixed.contains("[<2E9F> <4E00>]")) << fixed.toStdString();
}

TEST(PdfUnicodeTest, ASubsetTagInTheFontNameIsNotPartOfIt)
{
    const ToUnicodeFixes other{{"OtherFont", {{0x6236, 0x6237}}}};
    const QByteArray fixed = fixToUnicode(Pdf, other);
    EXPECT_TRUE(fixed.contains("<0003> <6237>\nendbfchar")) << fixed.toStdString();
    EXPECT_TRUE(fixed.contains("<6236> <6236>\n<0005> <2E9F>")) << fixed.toStdString();
}

TEST(PdfUnicodeTest, TextOutsideACmapIsLeftAlone)
{
    const QByteArray other = "stream\n<6236> Tj\nendstream\n";
    EXPECT_EQ(fixToUnicode(other, notoFixes()), other);
}

QFont noto()
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC")});
    f.setPointSize(10);
    return f;
}

// The font that draws CJK text with noto(), as the PDF names it.
QByteArray notoName()
{
    QTextLayout layout(QStringLiteral("户"), noto());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const auto runs = layout.glyphRuns();
    return runs.isEmpty() ? QByteArray() : postScriptName(runs.first().rawFont());
}

// The issue's own examples: 户 came out as 戶 and 母 as ⺟, and the seed's 人 as ⼈. Noto CJK SC
// draws 户 with the glyph of the Kangxi radical ⼾ (U+2F3E), which Qt wrote and the old radical
// table folded to 戶 (U+6236, its compatibility form); 母 with that of ⺟ (U+2E9F).
TEST(PdfUnicodeTest, SharedGlyphsOfNotoMapBackToTheDrawnCharacters)
{
    const QByteArray name = notoName();
    ASSERT_EQ(name, QByteArray("NotoSansCJKsc-Regular")) << "setup.sh installs fonts-noto-cjk";
    const ToUnicodeFixes fixes = toUnicodeFixes(QStringLiteral("农村户数，分母，人，页"), {noto()});
    ASSERT_TRUE(fixes.contains(name));
    const auto &own = fixes.value(name);
    EXPECT_EQ(own.value(0x2F3E), char16_t(0x6237)); // ⼾ → 户
    EXPECT_EQ(own.value(0x2E9F), char16_t(0x6BCD)); // ⺟ → 母
    EXPECT_EQ(own.value(0x2F08), char16_t(0x4EBA)); // ⼈ → 人
    // Only what was drawn: 村 has its own glyph and needs nothing.
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        EXPECT_TRUE(QStringLiteral("农村户数，分母，人，页 ").contains(QChar(it.value())))
            << std::hex << int(it.key()) << " → " << int(it.value());
}

TEST(PdfUnicodeTest, TwoDrawnCharactersOfOneGlyphKeepQtsChoice)
{
    // ⼾ and 户 both drawn: one glyph, one entry; ⼾ is what Qt wrote and was drawn too.
    EXPECT_TRUE(toUnicodeFixes(QStringLiteral("户"), {noto()}).value(notoName()).contains(0x2F3E));
    const ToUnicodeFixes fixes = toUnicodeFixes(QStringLiteral("户⼾"), {noto()});
    EXPECT_FALSE(fixes.value(notoName()).contains(0x2F3E));
}

} // namespace
} // namespace zx
