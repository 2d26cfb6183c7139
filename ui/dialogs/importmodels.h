#pragma once

#include "io/importchanges.h"
#include "io/valueimport.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace zx {

// The findings of an import plan, one per row: where (line, or sheet!cell for xlsx), the
// column and the reason. SortRole gives the line as a number so a proxy sorts 9 before 10.
class ImportFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Where, ColumnName, Reason, COLUMNS };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(std::vector<ImportFinding> findings);
    const std::vector<ImportFinding> &findings() const { return m_findings; }
    // Tab-separated, one finding a line with a header: for the clipboard and "Save findings…".
    QString toText() const;
    static QString where(const ImportFinding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportFinding> m_findings;
};

// What the import would write, one figure or target per row, as a person reads it: indicator
// and region by name, the period, what is stored now with who entered it and when (local time),
// and the file's figure; units beside the figures.
class ImportChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Indicator, Region, Period, Stored, EnteredBy, EnteredAt, InFile, COLUMNS };

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(std::vector<ImportChangeRow> changes);
    // "2023-07-10 10:30": the stored UTC time in the computer's time zone.
    static QString localTime(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportChangeRow> m_changes;
};

// The first rows of the file as read (header + rows), for the preview table.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // `firstLine`: the number the first row carries in the file (2 for a CSV under its header
    // line), so the row numbers match the lines the findings name.
    void setTable(const QStringList &header, const std::vector<QStringList> &rows, int firstLine = 1);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
    int m_firstLine = 1;
};

} // namespace zx
