#include "pdfunicode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QGlyphRun>
#include <QRawFont>
#include <QSet>
#include <QTextLayout>
#include <QtEndian>

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

namespace zx {

namespace {

// A font name as compared between the PDF and the font: no subset tag ("ABCDEF+"), no spaces
// or underscores (Qt may write a space of the name as '_').
QByteArray comparable(QByteArray name)
{
    if (name.size() > 7 && name.at(6) == '+')
        name = name.mid(7);
    name.replace(' ', QByteArray()).replace('_', QByteArray());
    return name;
}

// Glyph → the lowest BMP code point that the font draws with it: what Qt writes in the
// ToUnicode map (QFontSubset::getReverseMap, which asks the font engine for 0..0xFFFF).
QHash<quint32, char16_t> lowestCodePoints(const QRawFont &font, std::vector<quint32> &glyphOf)
{
    std::vector<QChar> chars;
    chars.reserve(0x10000);
    for (uint u = 0; u < 0x10000; ++u)
        if (!QChar::isSurrogate(u))
            chars.push_back(QChar(char16_t(u)));
    std::vector<quint32> glyphs(chars.size(), 0);
    int count = int(glyphs.size());
    if (!font.glyphIndexesForChars(chars.data(), int(chars.size()), glyphs.data(), &count) ||
        count != int(chars.size()))
        return {};
    glyphOf.assign(0x10000, 0);
    QHash<quint32, char16_t> lowest;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        glyphOf[chars[i].unicode()] = glyphs[i];
        if (glyphs[i] != 0 && !lowest.contains(glyphs[i]))
            lowest.insert(glyphs[i], chars[i].unicode());
    }
    return lowest;
}

// The fixes of one font for the drawn characters.
QHash<char16_t, char16_t> fixesOf(const QRawFont &font, const QSet<char16_t> &drawn)
{
    std::vector<quint32> glyphOf;
    const QHash<quint32, char16_t> lowest = lowestCodePoints(font, glyphOf);
    if (lowest.isEmpty())
        return {};
    std::map<char16_t, char16_t> wanted; // written → drawn (the lowest drawn one)
    for (const char16_t c : drawn) {
        const quint32 glyph = glyphOf[c];
        const char16_t written = glyph ? lowest.value(glyph, c) : c;
        if (written == c || drawn.contains(written))
            continue; // right already, or ambiguous with a drawn character: Qt's choice stays
        const auto it = wanted.find(written);
        if (it == wanted.end() || c < it->second)
            wanted[written] = c;
    }
    QHash<char16_t, char16_t> out;
    for (const auto &[written, c] : wanted)
        out.insert(written, c);
    return out;
}

QByteArray hex4(char16_t u)
{
    return QByteArray::number(uint(u), 16).toUpper().rightJustified(4, '0');
}

// The value of the entry "<XXXX>" at `at` (4 hex digits, one UTF-16 unit), or -1.
int entryAt(const QByteArray &pdf, qsizetype at)
{
    if (at + 5 >= pdf.size() || pdf.at(at) != '<' || pdf.at(at + 5) != '>')
        return -1;
    bool ok = false;
    const uint value = pdf.mid(at + 1, 4).toUInt(&ok, 16);
    return ok ? int(value) : -1;
}

void rewrite(QByteArray &pdf, qsizetype at, const QHash<char16_t, char16_t> &fixes)
{
    const int value = entryAt(pdf, at);
    if (value < 0)
        return;
    if (const auto it = fixes.constFind(char16_t(value)); it != fixes.constEnd())
        pdf.replace(at + 1, 4, hex4(*it));
}

// Walks a CMap's entries between `from` and `to`: in bfchar sections every second entry is a
// destination; in bfrange sections "<a> <b> [<d> …]" each array entry is one, and "<a> <a>
// <d>" maps one glyph. "<a> <b> <d>" with b > a maps a run by counting: left alone. Source
// glyph ids and codespace bounds are never touched.
void fixCmap(QByteArray &pdf, qsizetype from, qsizetype to, const QHash<char16_t, char16_t> &fixes)
{
    enum class Section { None, Char, Range } section = Section::None;
    int column = 0;
    bool inArray = false;
    int rangeStart = -1;
    for (qsizetype i = from; i < to; ++i) {
        const char c = pdf.at(i);
        if (c == 'b' && pdf.mid(i, 11) == "beginbfchar") {
            section = Section::Char;
            column = 0;
        } else if (c == 'b' && pdf.mid(i, 12) == "beginbfrange") {
            section = Section::Range;
            column = 0;
        } else if (c == 'e' && (pdf.mid(i, 9) == "endbfchar" || pdf.mid(i, 10) == "endbfrange")) {
            section = Section::None;
        } else if (c == '[' && section == Section::Range) {
            inArray = true;
        } else if (c == ']' && section == Section::Range) {
            inArray = false;
            column = 0;
        } else if (c == '<' && section != Section::None) {
            if (inArray) {
                rewrite(pdf, i, fixes);
            } else if (section == Section::Char) {
                if (column++ % 2 == 1)
                    rewrite(pdf, i, fixes);
            } else if (column == 0) {
                rangeStart = entryAt(pdf, i);
                column = 1;
            } else if (column == 1) {
                column = entryAt(pdf, i) == rangeStart ? 2 : 3; // 3: a counted run
            } else {
                if (column == 2)
                    rewrite(pdf, i, fixes);
                column = 0;
            }
        }
    }
}

// The font named by the dictionary that holds the "/ToUnicode" at `at`.
QByteArray baseFontAround(const QByteArray &pdf, qsizetype at)
{
    const qsizetype begin = pdf.lastIndexOf(" obj", at);
    const qsizetype end = pdf.indexOf("endobj", at);
    const qsizetype key = pdf.indexOf("/BaseFont", begin < 0 ? 0 : begin);
    if (key < 0 || (end >= 0 && key > end))
        return {};
    qsizetype i = pdf.indexOf('/', key + 9);
    if (i < 0)
        return {};
    const qsizetype start = ++i;
    while (i < pdf.size() && !QByteArrayView(" \t\r\n/<>[]()").contains(pdf.at(i)))
        ++i;
    return pdf.mid(start, i - start);
}

// Where object `number` starts ("N 0 obj" at the start of a line), or -1.
qsizetype objectAt(const QByteArray &pdf, int number)
{
    const QByteArray head = QByteArray::number(number) + " 0 obj";
    for (qsizetype at = pdf.indexOf(head); at >= 0; at = pdf.indexOf(head, at + 1))
        if (at == 0 || pdf.at(at - 1) == '\n' || pdf.at(at - 1) == '\r')
            return at;
    return -1;
}

} // namespace

QByteArray postScriptName(const QRawFont &font)
{
    const QByteArray name = font.fontTable("name");
    if (name.size() < 6)
        return {};
    const auto u16 = [&](qsizetype at) {
        return at + 2 <= name.size() ? qFromBigEndian<quint16>(name.constData() + at) : 0;
    };
    const int count = u16(2);
    const int strings = u16(4);
    QByteArray mac;
    for (int r = 0; r < count; ++r) {
        const qsizetype rec = 6 + qsizetype(r) * 12;
        if (rec + 12 > name.size())
            break;
        const int platform = u16(rec), encoding = u16(rec + 2), id = u16(rec + 6);
        const int length = u16(rec + 8), offset = u16(rec + 10);
        const qsizetype at = qsizetype(strings) + offset;
        if (id != 6 || at + length > name.size())
            continue;
        if (platform == 3 || platform == 0) { // UTF-16BE
            QString s;
            for (int k = 0; k + 1 < length; k += 2)
                s += QChar(qFromBigEndian<quint16>(name.constData() + at + k));
            return s.toLatin1().replace(' ', '_');
        }
        if (platform == 1 && encoding == 0 && mac.isEmpty())
            mac = name.mid(at, length);
    }
    return mac.replace(' ', '_');
}

ToUnicodeFixes toUnicodeFixes(const QString &text, const QList<QFont> &fonts)
{
    QSet<char16_t> drawn;
    for (const QChar c : text)
        if (!c.isSurrogate() && c.unicode() >= 0x20)
            drawn.insert(c.unicode());
    std::vector<char16_t> sorted(drawn.begin(), drawn.end());
    std::sort(sorted.begin(), sorted.end());
    QString distinct;
    for (const char16_t c : sorted)
        distinct += QChar(c);

    // The fonts that really draw these characters: each font of the document and its fallbacks.
    QHash<QByteArray, QRawFont> used;
    for (const QFont &font : fonts) {
        QTextLayout layout(distinct, font);
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(1e7);
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns())
            if (const QByteArray name = postScriptName(run.rawFont());
                !name.isEmpty() && !used.contains(name))
                used.insert(name, run.rawFont());
    }
    ToUnicodeFixes fixes;
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        if (const auto own = fixesOf(*it, drawn); !own.isEmpty())
            fixes.insert(comparable(it.key()), own);
    return fixes;
}

QByteArray fixToUnicode(const QByteArray &input, const ToUnicodeFixes &fixes)
{
    QByteArray pdf = input;
    static const QByteArray key = "/ToUnicode ";
    for (qsizetype at = pdf.indexOf(key); at >= 0; at = pdf.indexOf(key, at + 1)) {
        const auto own = fixes.constFind(comparable(baseFontAround(pdf, at)));
        if (own == fixes.constEnd())
            continue;
        qsizetype i = at + key.size();
        const qsizetype digits = i;
        while (i < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf.at(i))))
            ++i;
        bool ok = false;
        const int number = pdf.mid(digits, i - digits).toInt(&ok);
        const qsizetype object = ok ? objectAt(pdf, number) : -1;
        if (object < 0)
            continue;
        const qsizetype end = pdf.indexOf("endobj", object);
        const qsizetype begin = pdf.indexOf("begincmap", object);
        const qsizetype stop = begin < 0 ? -1 : pdf.indexOf("endcmap", begin);
        if (begin < 0 || stop < 0 || (end >= 0 && stop > end))
            continue;
        fixCmap(pdf, begin, stop, *own);
    }
    return pdf;
}

Outcome fixToUnicodeInFile(const QString &path, const ToUnicodeFixes &fixes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("zx::Report", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    const QByteArray fixed = fixToUnicode(file.readAll(), fixes);
    file.close();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(fixed) != fixed.size())
        return Error{QCoreApplication::translate("zx::Report", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    return Outcome::success();
}

} // namespace zx
