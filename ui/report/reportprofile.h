#pragma once

#include "report/reportdata.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <optional>

namespace zx {

// The two looks of the bulletin. Official (公文格式, GB/T 9704-2012) is the default of the
// editable documents (.docx, .odt) and an option for the PDF; plain is the PDF's own look.
enum class ReportProfile { Official, Plain };

QString toCode(ReportProfile profile); // "official", "plain"
std::optional<ReportProfile> reportProfileFromCode(const QString &code);

// A font as a document names it: the East Asian face (w:eastAsia, style:font-name-asian), the
// faces to try where it is missing, the face of Latin letters and digits, and the size.
struct DocFont
{
    QString eastAsia;
    QStringList fallbacks;
    QString latin;
    double pt = 10.5;
    bool bold = false;
    // A heavy face (方正小标宋, 黑体): a fallback standing in for it is drawn bold.
    bool heavy = false;

    // The families in order, for QFont::setFamilies (the PDF and the charts).
    QStringList families() const;
    // A QFont of these families: bold when the font asks for it, or when the face itself is
    // not installed and it is a heavy one.
    QFont qfont() const;
};

// Everything the writers need to know about a profile: the page (A4, margins in mm), the fonts
// of each kind of paragraph, and the official conventions (numbering, page numbers, date).
struct ReportStyle
{
    ReportProfile profile = ReportProfile::Official;
    double topMm = 37;
    double bottomMm = 35;
    double leftMm = 28;
    double rightMm = 26;
    double footerGapMm = 7; // from the type area's bottom edge to the page number
    DocFont title;
    DocFont subtitle; // the region and period under the title
    DocFont heading1;
    DocFont heading2;
    DocFont body;
    DocFont table;
    DocFont tableHeader;
    DocFont pageNumber;
    DocFont note; // the audit chain's head, the chart's caption
    double bodyLinePt = 0; // exact line pitch of the body (28.95 pt: 22 lines); 0 = 1.5 lines
    int charsPerLine = 0;  // the character grid (28); 0 = none
    QColor headingColour;
    // Official: every level-one heading numbered in turn (一、汇总 … 八、问题), level two
    // numbered (（一）), findings numbered 1. 2. …, the date written 2024年1月5日 at the end, and
    // page numbers "— 1 —" outside the type area (odd pages right, even pages left).
    bool official = true;

    double typeWidthMm() const { return 210 - leftMm - rightMm; }
    double typeHeightMm() const { return 297 - topMm - bottomMm; }
};

const ReportStyle &reportStyle(ReportProfile profile);

// The date a document carries: official "2024年1月5日" / "5 January 2024"; plain
// "生成日期：2024-01-05" / "Generated 2024-01-05" as the PDF prints it.
QString documentDate(const ReportData &report, const ReportStyle &style);

// The page number in the footer: "— 3 —" (official), "第 3 页 / 共 9 页" (plain).
QString pageNumberText(int page, int total, const ReportStyle &style, ReportLanguage language);

} // namespace zx
