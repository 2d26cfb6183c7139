#include "duelistmodel.h"

#include "domain/enums.h"
#include "domain/names.h"
#include "editors/editorlabels.h"
#include "entry/workflow.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "storage/periodstore.h"
#include "storage/regionstore.h"
#include "widgets/statuspalette.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace zx {

DueListModel::DueListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_reloadLater(new QTimer(this))
{
    ChangeNotifier *notifier = workspace->notifier();
    connect(notifier, &ChangeNotifier::periodStatusChanged, this, &DueListModel::reload);
    // A pasted block announces every figure: reload once after the last of them.
    m_reloadLater->setSingleShot(true);
    connect(m_reloadLater, &QTimer::timeout, this, &DueListModel::reload);
    connect(notifier, &ChangeNotifier::valueChanged, m_reloadLater, qOverload<>(&QTimer::start));
    connect(notifier, &ChangeNotifier::databaseReplaced, this, &DueListModel::reload);
}

void DueListModel::setPeriod(const QString &rootCode, int year, int quarter)
{
    m_root = rootCode;
    m_year = year;
    m_quarter = quarter;
    reload();
}

void DueListModel::reload()
{
    m_reloadLater->stop();
    std::vector<Row> rows;
    const QString error = m_workspace->database() && !m_root.isEmpty() ? load(rows) : QString();
    beginResetModel();
    m_rows = std::move(rows);
    m_error = error;
    m_dueCount =
        int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.due; }));
    endResetModel();
    emit countsChanged(m_dueCount, rowCount());
}

// Fills `rows` (due first, each group in tree order); returns an error message or "".
QString DueListModel::load(std::vector<Row> &rows) const
{
    Database &db = *m_workspace->database();
    auto regions = regionstore::all(db);
    auto states = periodstore::ofQuarter(db, m_year, m_quarter);
    auto due = workflow::due(db, m_root, m_year, m_quarter);
    if (!regions || !states || !due)
        return !regions ? regions.error() : !states ? states.error() : due.error();
    QHash<QString, PeriodStatus> stateOf;
    for (const PeriodStatus &s : *states)
        stateOf.insert(s.regionCode, s);
    QSet<QString> dueCodes;
    for (const PeriodStatus &s : *due)
        dueCodes.insert(s.regionCode);
    QHash<QString, QString> names;
    for (const Region &r : *regions)
        names.insert(r.code, displayName(r));
    // Depth first, siblings in their order: each region right after its parent.
    std::vector<Row> ordered;
    std::function<void(const QString &)> visit = [&](const QString &code) {
        for (const Region &r : *regions) {
            if (r.code != code)
                continue;
            PeriodStatus s =
                stateOf.value(r.code, PeriodStatus{r.code, m_year, m_quarter, {}, {}, {}, {}});
            ordered.push_back(Row{r, names.value(r.parentCode), s, dueCodes.contains(r.code)});
        }
        for (const Region &r : *regions)
            if (r.parentCode == code)
                visit(r.code);
    };
    visit(m_root);
    std::stable_partition(ordered.begin(), ordered.end(), [](const Row &r) { return r.due; });
    rows = std::move(ordered);
    return {};
}

int DueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant DueListModel::display(const Row &row, int column) const
{
    switch (column) {
    case RegionName:
        return displayName(row.region);
    case PartOf:
        return row.parentName;
    case State:
        return periodStateLabel(row.status.state);
    case ChangedBy:
        return row.status.changedBy;
    case ChangedAt:
        return editorlabels::localTime(row.status.changedAt);
    case Reason:
        return row.status.reason;
    }
    return {};
}

QVariant DueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const bool dark = statuspalette::isDark(QApplication::palette());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Reason ? row.status.reason : row.region.code;
    case Qt::BackgroundRole: {
        // A light tint of the "lagging" amber: a long list of due regions stays readable.
        if (!row.due)
            return {};
        QColor tint = statuspalette::fill(TrackStatus::Lagging, dark);
        tint.setAlpha(70);
        return tint;
    }
    case Qt::ForegroundRole:
        return row.due && index.column() == State
                   ? QVariant(statuspalette::fill(row.status.state == PeriodState::Returned
                                                      ? TrackStatus::Behind
                                                      : TrackStatus::Lagging,
                                                  dark)
                                  .darker(dark ? 70 : 130))
                   : QVariant();
    case Qt::FontRole: {
        if (!row.due || index.column() != State)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case CodeRole:
        return row.region.code;
    case StateRole:
        return int(row.status.state);
    case DueRole:
        return row.due;
    case SortRole:
        // The model's own order (due first, tree order) for the first column.
        return index.column() == RegionName ? QVariant(index.row()) : display(row, index.column());
    }
    return {};
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionName:
        return tr("Region");
    case PartOf:
        return tr("Part of");
    case State:
        return tr("State");
    case ChangedBy:
        return tr("Changed by");
    case ChangedAt:
        return tr("Changed at");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace zx
