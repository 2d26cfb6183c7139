#include "duelistmodel.h"

#include "domain/enums.h"
#include "domain/names.h"
#include "editors/editorlabels.h"
#include "entry/deadline.h"
#include "entry/workflow.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
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
    connect(workspace, &Workspace::officeSettingsChanged, this, &DueListModel::reload);
    connect(notifier, &ChangeNotifier::accountsChanged, this, &DueListModel::reload); // names
}

void DueListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
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
    const QString error = m_workspace->isOpen() && !m_root.isEmpty() ? load(rows) : QString();
    auto settings = m_workspace->isOpen() ? m_workspace->officeSettings()
                                          : Result<OfficeSettings>(OfficeSettings{});
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QDate deadline =
        deadline::dueDate(m_year, m_quarter, settings ? settings->deadlineDay : 0);
    for (Row &row : rows)
        row.overdue = deadline::isOverdue(deadline, row.status.state, today);
    beginResetModel();
    m_rows = std::move(rows);
    m_error = !error.isEmpty() ? error : settings ? QString() : settings.error();
    m_deadline = deadline;
    m_dueCount =
        int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.due; }));
    m_overdueCount =
        int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.overdue; }));
    endResetModel();
    emit countsChanged(m_dueCount, rowCount());
}

// Fills `rows` (due first, each group in tree order); returns an error message or "".
QString DueListModel::load(std::vector<Row> &rows) const
{
    auto catalogue = m_workspace->catalogue();
    auto states = m_workspace->quarterStates(m_year, m_quarter);
    auto due = m_workspace->dueRegions(m_root, m_year, m_quarter);
    auto handedIn = m_workspace->submissions(m_root, m_year, m_quarter);
    if (!catalogue || !states || !due || !handedIn)
        return !catalogue ? catalogue.error()
               : !states  ? states.error()
               : !due     ? due.error()
                          : handedIn.error();
    QHash<QString, QString> submittedBy;
    for (const Workspace::Submission &h : *handedIn) {
        const QString who = h.displayName == h.userName
                                ? h.userName
                                : tr("%1 (%2)").arg(h.displayName, h.userName);
        submittedBy.insert(h.regionCode, tr("%1 · %2")
                                             .arg(who, editorlabels::localTime(h.at, false)));
    }
    const std::vector<Region> *regions = &catalogue.value()->regions();
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
            ordered.push_back(Row{r, names.value(r.parentCode), s, dueCodes.contains(r.code),
                                  false, submittedBy.value(r.code)});
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
    case SubmittedBy:
        return row.submittedBy;
    case Deadline: {
        if (!m_deadline.isValid())
            return QStringLiteral("—");
        const QString date = m_deadline.toString(Qt::ISODate);
        if (!row.overdue)
            return date;
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        return tr("%1 · overdue %2 day(s)").arg(date).arg(deadline::daysPast(m_deadline, today));
    }
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
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Deadline && !m_deadline.isValid())
            return tr("No deadline is set: a reviewer or an administrator sets the day of the "
                      "month after each quarter below");
        return index.column() == Reason ? row.status.reason : row.region.code;
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return colour(row, role);
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
    case OverdueRole:
        return row.overdue;
    case DeadlineRole:
        return m_deadline;
    case SortRole:
        // The model's own order (due first, tree order) for the first column.
        return index.column() == RegionName ? QVariant(index.row()) : display(row, index.column());
    }
    return {};
}

// A light tint of a status colour over the view's base — amber for "not submitted", red once
// overdue — under the palette's own text, which reads on it (contrast above 7:1 in the light
// theme); the old orange "草稿" on peach did not.
QVariant DueListModel::colour(const Row &row, int role) const
{
    if (!row.due)
        return {};
    const QPalette palette = QApplication::palette();
    if (role == Qt::ForegroundRole)
        return palette.color(QPalette::Text);
    const bool dark = statuspalette::isDark(palette);
    const QColor status =
        statuspalette::fill(row.overdue ? TrackStatus::Behind : TrackStatus::Lagging, dark);
    const QColor base = palette.color(QPalette::Base);
    const double share = row.overdue ? 0.18 : 0.25;
    const auto mix = [&](int s, int b) { return int(share * s + (1.0 - share) * b + 0.5); };
    return QColor(mix(status.red(), base.red()), mix(status.green(), base.green()),
                  mix(status.blue(), base.blue()));
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
    case SubmittedBy:
        return tr("Submitted by");
    case Deadline:
        return tr("Deadline");
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
