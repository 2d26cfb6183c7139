#include "pdfunicode.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace zx {

namespace {

// CJK Radicals Supplement forms that Noto CJK shares with a simplified ideograph and that
// have no compatibility decomposition.
const QHash<char16_t, char16_t> &supplementMap()
{
    static const QHash<char16_t, char16_t> map{
        {0x2E8A, 0x535C}, {0x2E8E, 0x5140}, {0x2E95, 0x5F50}, {0x2E96, 0x5FC4}, {0x2E97, 0x38FA},
        {0x2E98, 0x6263}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9D, 0x6708}, {0x2EA0, 0x6C11},
        {0x2EA1, 0x6C35}, {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA8, 0x72AD},
        {0x2EA9, 0x738B}, {0x2EAA, 0x758B}, {0x2EAB, 0x7F52}, {0x2EAC, 0x793A}, {0x2EAD, 0x793B},
        {0x2EAE, 0x7AF9}, {0x2EB2, 0x7F52}, {0x2EB3, 0x7F51}, {0x2EB9, 0x8002}, {0x2EBC, 0x6708},
        {0x2EBE, 0x8279}, {0x2EC0, 0x8864}, {0x2EC1, 0x864E}, {0x2EC3, 0x897E}, {0x2EC4, 0x897F},
        {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6},
        {0x2ECF, 0x961D}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8},
        {0x2ED8, 0x9752}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF},
        {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C},
        {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
        {0x2EEA, 0x9EFE}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC}, {0x2EF0, 0x9F99},
        {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F},
    };
    return map;
}

// The ideograph a radical code point stands for, or 0 when `u` is not a radical we map.
char16_t ideographFor(char16_t u)
{
    if (u >= 0x2F00 && u <= 0x2FD5) {
        const QString folded = QString(QChar(u)).normalized(QString::NormalizationForm_KC);
        return folded.size() == 1 ? folded.at(0).unicode() : 0;
    }
    return supplementMap().value(u, 0);
}

// Rewrites one destination entry "<XXXX>" at `at` when it is a radical.
void fixEntry(QByteArray &pdf, qsizetype at)
{
    if (at + 5 >= pdf.size() || pdf.at(at + 5) != '>')
        return; // not a single UTF-16 unit
    bool ok = false;
    const uint code = pdf.mid(at + 1, 4).toUInt(&ok, 16);
    if (const char16_t mapped = ok ? ideographFor(char16_t(code)) : 0)
        pdf.replace(at + 1, 4, QByteArray::number(uint(mapped), 16).toUpper().rightJustified(4, '0'));
}

// Walks a CMap's entries: in bfchar sections every second entry is a destination; in bfrange
// sections the third entry of each range, or every entry of its [ … ] array. Source glyph ids
// and codespace bounds are never touched.
void fixCmap(QByteArray &pdf, qsizetype from, qsizetype to)
{
    enum class Section { None, Char, Range } section = Section::None;
    int column = 0;
    bool inArray = false;
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
        } else if (c == '[') {
            inArray = true;
        } else if (c == ']') {
            inArray = false;
            column = 0;
        } else if (c == '<' && section != Section::None) {
            if (inArray)
                fixEntry(pdf, i);
            else if (section == Section::Char && column++ % 2 == 1)
                fixEntry(pdf, i);
            else if (section == Section::Range && ++column == 3) {
                fixEntry(pdf, i);
                column = 0;
            }
        }
    }
}

} // namespace

QByteArray fixToUnicodeRadicals(const QByteArray &input)
{
    QByteArray pdf = input;
    for (qsizetype begin = pdf.indexOf("begincmap"); begin >= 0;
         begin = pdf.indexOf("begincmap", begin + 1)) {
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        fixCmap(pdf, begin, end);
    }
    return pdf;
}

Outcome fixToUnicodeRadicalsInFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("zx::Report", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    const QByteArray fixed = fixToUnicodeRadicals(file.readAll());
    file.close();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(fixed) != fixed.size())
        return Error{QCoreApplication::translate("zx::Report", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    return Outcome::success();
}

} // namespace zx
