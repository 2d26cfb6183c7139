#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>

#include <vector>

class QTimer;

namespace zx {

class Workspace;

// The review state of one quarter for every region of a subtree: region, the region it
// belongs to, state (draft / submitted / approved / returned), who changed it, when, and the
// reason of a return. The regions that have not submitted (workflow::due: draft or returned)
// come first and are highlighted. Reloads when a quarter's state or a figure changes; reads
// from the Workspace, which it does not own.
class DueListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RegionName, PartOf, State, ChangedBy, ChangedAt, Reason, COLUMNS };
    enum Role {
        CodeRole = Qt::UserRole + 1, // region code
        StateRole,                   // int(PeriodState)
        DueRole,                     // bool: not yet submitted
        SortRole,
    };

    explicit DueListModel(Workspace *workspace, QObject *parent = nullptr);

    void setPeriod(const QString &rootCode, int year, int quarter);
    void reload();

    int dueCount() const { return m_dueCount; }
    const QString &loadError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After every reload: how many regions are due out of how many.
    void countsChanged(int due, int total);

private:
    struct Row
    {
        Region region;
        QString parentName;
        PeriodStatus status;
        bool due = false;
    };

    QString load(std::vector<Row> &rows) const;
    QVariant display(const Row &row, int column) const;

    Workspace *m_workspace;
    QTimer *m_reloadLater;
    QString m_root;
    int m_year = 0;
    int m_quarter = 0;
    std::vector<Row> m_rows;
    int m_dueCount = 0;
    QString m_error;
};

} // namespace zx
