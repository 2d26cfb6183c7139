#pragma once

#include "report/barchart.h"
#include "report/reportdata.h"
#include "report/reportprofile.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace zx {

// The bulletin as an editable document sees it: a flow of headings, paragraphs, tables and
// chart images, in the order and numbering of the profile, built once from a ReportData and
// written by the .docx and .odt writers alike (docxwriter.h, odtwriter.h), so the two say the
// same. Status cells carry their status, which each writer turns into its format's own cell
// shading; the word itself is always the cell's text.

struct DocCell
{
    QString text;
    Qt::Alignment align = Qt::AlignLeft;
    std::optional<TrackStatus> status;
};

// A table as wide as the type area; `shares` of that width per column (they add up to 1).
// The header row is repeated on every page.
struct DocTable
{
    std::vector<double> shares;
    std::vector<DocCell> header;
    std::vector<std::vector<DocCell>> rows;
};

struct DocImage
{
    QString name; // the part's file name: chart1.png
    QByteArray png;
    double widthMm = 0;
    double heightMm = 0;
    QString description; // the chart's title, as the picture's alternative text
    std::vector<ChartBar> bars; // what the picture shows, for a renderer that draws vectors
};

struct DocBlock
{
    enum class Kind {
        Title,    // 2号小标宋, centred
        Subtitle, // the region and period under it, centred
        Heading1, // 一、 (Word's Heading 1)
        Heading2, // （一） (Heading 2)
        Body,     // 3号仿宋, first line indented two characters
        Item,     // a numbered finding: "1. [错误] …"
        Date,     // official: 2024年1月5日, right, at the end
        Note,     // small print: the audit chain's head
        Table,
        Image,
    };
    Kind kind = Kind::Body;
    QString text;
    DocTable table;
    DocImage image;
};

struct ReportDocument
{
    ReportStyle style;
    ReportLanguage language = ReportLanguage::Chinese;
    QString title;
    std::vector<DocBlock> blocks;
};

ReportDocument reportDocument(const ReportData &report, ReportProfile profile);

} // namespace zx
