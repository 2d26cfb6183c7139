#include "tablesnapshot.h"

#include "models/exportroles.h"

#include <QBrush>
#include <QHeaderView>
#include <QTableView>

namespace zx {

namespace {

QColor colourOf(const QVariant &v)
{
    if (v.canConvert<QBrush>() && v.userType() == QMetaType::QBrush)
        return v.value<QBrush>().color();
    return v.canConvert<QColor>() ? v.value<QColor>() : QColor();
}

SnapshotCell cellOf(const QModelIndex &index)
{
    SnapshotCell c;
    c.text = index.data(Qt::DisplayRole).toString();
    c.number = index.data(ExportNumberRole).toString();
    c.numberFormat = index.data(ExportFormatRole).toString();
    c.background = colourOf(index.data(Qt::BackgroundRole));
    c.foreground = colourOf(index.data(Qt::ForegroundRole));
    if (const QVariant a = index.data(Qt::TextAlignmentRole); a.isValid())
        c.alignment = Qt::Alignment(a.toInt());
    return c;
}

// The view's visible columns, logical indexes in visual order.
std::vector<int> visibleColumns(const QTableView &view)
{
    const QHeaderView *header = view.horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !view.isColumnHidden(logical))
            columns.push_back(logical);
    }
    return columns;
}

} // namespace

TableSnapshot snapshotOf(const QTableView &view)
{
    TableSnapshot table;
    const QAbstractItemModel *model = view.model();
    if (!model)
        return table;
    const std::vector<int> columns = visibleColumns(view);
    for (int c : columns)
        table.header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    const QModelIndex root = view.rootIndex();
    for (int r = 0; r < model->rowCount(root); ++r) {
        if (view.isRowHidden(r))
            continue;
        std::vector<SnapshotCell> row;
        row.reserve(columns.size());
        for (int c : columns)
            row.push_back(cellOf(model->index(r, c, root)));
        table.rows.push_back(std::move(row));
    }
    return table;
}

ExportSheet toXlsxSheet(const TableSnapshot &table, const QString &sheetName)
{
    ExportSheet sheet;
    sheet.name = sheetName;
    sheet.header = table.header;
    for (const auto &cells : table.rows) {
        std::vector<ExportCell> row;
        for (const SnapshotCell &c : cells)
            row.push_back(!c.number.isEmpty() ? ExportCell::numberCell(c.number, c.numberFormat)
                          : c.text.isEmpty()  ? ExportCell{}
                                              : ExportCell::textCell(c.text));
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

ExportSheet toCsvSheet(const TableSnapshot &table)
{
    ExportSheet sheet;
    sheet.header = table.header;
    for (const auto &cells : table.rows) {
        std::vector<ExportCell> row;
        for (const SnapshotCell &c : cells)
            row.push_back(c.number.isEmpty() ? ExportCell::textCell(c.text)
                                             : ExportCell::numberCell(c.text));
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

} // namespace zx
