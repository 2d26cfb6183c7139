#pragma once

#include "io/exporttable.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <vector>

class QTableView;

namespace zx {

// One cell as the view shows it, with the number behind it when the model gives one
// (models/exportroles.h).
struct SnapshotCell
{
    QString text;         // the display text
    QString number;       // ExportNumberRole: exact decimal text; empty = a text cell
    QString numberFormat; // ExportFormatRole: the xlsx number format, empty = General
    QColor background;    // invalid = none (Qt::BackgroundRole)
    QColor foreground;    // invalid = the default ink (Qt::ForegroundRole)
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
};

// A table exactly as the user sees it on screen, taken once and then written as xlsx or CSV
// or printed: the columns the view does not hide, in their visual order, with their header
// texts; the rows of the view's model (so filtered and sorted by its proxy) that the view
// does not hide, in the order shown; every cell's display text.
struct TableSnapshot
{
    QString title;    // what the table is of (region and period, the trail's filter)
    QString subtitle; // e.g. how many rows and what they are filtered by
    QStringList header;
    std::vector<std::vector<SnapshotCell>> rows;
};

TableSnapshot snapshotOf(const QTableView &view);

// For xlsx: header texts, numbers as numbers in their formats, the rest as text.
ExportSheet toXlsxSheet(const TableSnapshot &table, const QString &sheetName);
// For CSV: every cell's text as shown. Numbers stay as they read ("+12.30%"); only text is
// neutralised against formulas (exporttable::toCsv).
ExportSheet toCsvSheet(const TableSnapshot &table);

} // namespace zx
