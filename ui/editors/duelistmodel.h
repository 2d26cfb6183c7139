#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

class QTimer;

namespace zx {

class Workspace;

// The review state of one quarter for every region of a subtree: region, the region it
// belongs to, state (draft / submitted / approved / returned), who handed it in and when
// (Workspace::submissions: the person's display name, the account in brackets), the deadline
// (the office's deadline day, entry/deadline.h), who changed it, when, and the reason of a
// return. The regions that have not submitted (workflow::due: draft or returned) come first on
// a light amber tint; past the deadline they are overdue: a light red tint and "overdue N
// day(s)" in the deadline column (text as well as colour). Text stays the palette's own ink on
// every tint. Reloads when a quarter's state, a figure, an account or the office's settings
// change (also by another program: Workspace::announceElsewhere); reads from the Workspace,
// which it does not own.
class DueListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RegionName, PartOf, State, SubmittedBy, Deadline, ChangedBy, ChangedAt, Reason, COLUMNS };
    enum Role {
        CodeRole = Qt::UserRole + 1, // region code
        StateRole,                   // int(PeriodState)
        DueRole,                     // bool: not yet submitted
        SortRole,
        OverdueRole,                 // bool: not submitted and past the deadline
        DeadlineRole,                // QDate; invalid when the office set no deadline
    };

    explicit DueListModel(Workspace *workspace, QObject *parent = nullptr);

    void setPeriod(const QString &rootCode, int year, int quarter);
    void reload();

    // The day deadlines are judged against; today unless a test sets another.
    void setToday(const QDate &today);
    QDate deadline() const { return m_deadline; }

    int dueCount() const { return m_dueCount; }
    int overdueCount() const { return m_overdueCount; }
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
        bool overdue = false;
        QString submittedBy; // "王芳 (zx_zhang) · 2026-12-05 10:30"; empty: not handed in
    };

    QString load(std::vector<Row> &rows) const;
    QVariant display(const Row &row, int column) const;
    QVariant colour(const Row &row, int role) const;

    Workspace *m_workspace;
    QTimer *m_reloadLater;
    QString m_root;
    int m_year = 0;
    int m_quarter = 0;
    std::vector<Row> m_rows;
    QDate m_today;    // invalid: the current date at each reload
    QDate m_deadline; // of the shown quarter; invalid: none set
    int m_dueCount = 0;
    int m_overdueCount = 0;
    QString m_error;
};

} // namespace zx
