#include "importmodels.h"

namespace zx {

void ImportFindingsModel::setFindings(std::vector<ImportFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

QString ImportFindingsModel::where(const ImportFinding &f)
{
    if (!f.sheet.isEmpty())
        return f.cell.isEmpty() ? tr("%1, row %2").arg(f.sheet).arg(f.line)
                                : QStringLiteral("%1!%2").arg(f.sheet, f.cell);
    if (f.line <= 0)
        return tr("whole file");
    return tr("line %1").arg(f.line);
}

QString ImportFindingsModel::toText() const
{
    QStringList lines;
    lines << QStringList{tr("File"), tr("Row / cell"), tr("Column"), tr("Reason")}.join(QLatin1Char('\t'));
    for (const ImportFinding &f : m_findings)
        lines << QStringList{f.file, where(f), f.column, f.reason}.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int ImportFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ImportFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant ImportFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ImportFinding &f = m_findings[size_t(index.row())];
    if (role == SortRole) {
        if (index.column() == Where)
            return f.sheet.isEmpty() ? QVariant(f.line) : QVariant(f.sheet + QStringLiteral("\x1f%1").arg(f.line, 9, 10, QLatin1Char('0')));
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole)
        return formatFinding(f);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Where: return where(f);
    case ColumnName: return f.column;
    case Reason: return f.reason;
    default: return {};
    }
}

QVariant ImportFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Where: return tr("Row / cell");
    case ColumnName: return tr("Column");
    case Reason: return tr("Reason");
    default: return {};
    }
}

void ImportChangesModel::setChanges(std::vector<ImportChangeRow> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

QString ImportChangesModel::localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

int ImportChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ImportChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant ImportChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ImportChangeRow &c = m_changes[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Stored || index.column() == InFile
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const auto figure = [&c](const std::optional<Decimal> &value) {
        return c.unit.isEmpty() ? value->toString()
                                : QStringLiteral("%1 %2").arg(value->toString(), c.unit);
    };
    switch (index.column()) {
    case Indicator: return c.indicator;
    case Region: return c.region;
    case Period:
        return c.quarter > 0 ? tr("%1 Q%2").arg(c.year).arg(c.quarter) : QString::number(c.year);
    case Stored: return c.stored ? figure(c.stored) : tr("(new)");
    case EnteredBy: return c.storedBy;
    case EnteredAt: return localTime(c.storedAt);
    case InFile: return c.incoming ? figure(c.incoming) : tr("(removed)");
    default: return {};
    }
}

QVariant ImportChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Indicator: return tr("Indicator");
    case Region: return tr("Region");
    case Period: return tr("Period");
    case Stored: return tr("Stored now");
    case EnteredBy: return tr("Entered by");
    case EnteredAt: return tr("Entered at");
    case InFile: return tr("In the file");
    default: return {};
    }
}

void ImportPreviewModel::setTable(const QStringList &header, const std::vector<QStringList> &rows,
                                  int firstLine)
{
    beginResetModel();
    m_firstLine = firstLine;
    m_header = header;
    m_rows = rows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= rowCount())
        return {};
    const QStringList &row = m_rows[size_t(index.row())];
    return index.column() < row.size() ? row[index.column()] : QString();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_header.size() ? m_header[section] : QString();
    return section + m_firstLine;
}

} // namespace zx
