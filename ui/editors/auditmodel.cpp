#include "auditmodel.h"

#include "domain/enums.h"
#include "domain/names.h"
#include "editors/editorlabels.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QColor>
#include <QTimer>

#include <algorithm>

namespace zx {

namespace {

// A review state is stored as its code ("submitted"); shown as the word a person reads.
QString valueText(const AuditEntry &e, const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (e.action.startsWith(QLatin1String("period.")))
        if (const std::optional<PeriodState> state = periodStateFromCode(value))
            return periodStateLabel(*state);
    return value;
}

} // namespace

QString auditChangeText(const AuditEntry &e)
{
    if (e.oldValue.isEmpty() && e.newValue.isEmpty())
        return {};
    return valueText(e, e.oldValue) + QStringLiteral(" → ") + valueText(e, e.newValue);
}

AuditModel::AuditModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_reloadLater(new QTimer(this))
{
    ChangeNotifier *notifier = workspace->notifier();
    // A pasted block announces every figure: reload once after the last of them.
    m_reloadLater->setSingleShot(true);
    connect(m_reloadLater, &QTimer::timeout, this, &AuditModel::reload);
    connect(notifier, &ChangeNotifier::valueChanged, m_reloadLater, qOverload<>(&QTimer::start));
    connect(notifier, &ChangeNotifier::targetChanged, this, &AuditModel::reload);
    connect(notifier, &ChangeNotifier::catalogueChanged, this, &AuditModel::reload);
    connect(notifier, &ChangeNotifier::periodStatusChanged, this, &AuditModel::reload);
    connect(notifier, &ChangeNotifier::databaseReplaced, this, &AuditModel::reload);
}

void AuditModel::setFilter(const auditstore::Filter &filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    m_reloadLater->stop();
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    if (m_workspace->isOpen()) {
        loadNames();
        auto entries = m_workspace->auditEntries(m_filter);
        if (entries) {
            m_entries = std::move(entries).value();
            std::reverse(m_entries.begin(), m_entries.end());
        } else {
            m_error = entries.error();
        }
    }
    endResetModel();
}

void AuditModel::loadNames()
{
    auto indicators = m_workspace->indicators();
    auto regions = m_workspace->regions();
    m_indicators = indicators ? std::move(indicators).value() : std::vector<Indicator>{};
    m_regions = regions ? std::move(regions).value() : std::vector<Region>{};
    m_indicatorIndex.clear();
    m_regionIndex.clear();
    for (qsizetype i = 0; i < qsizetype(m_indicators.size()); ++i)
        m_indicatorIndex.insert(m_indicators[size_t(i)].code, i);
    for (qsizetype i = 0; i < qsizetype(m_regions.size()); ++i)
        m_regionIndex.insert(m_regions[size_t(i)].code, i);
}

void AuditModel::setBrokenId(qint64 id)
{
    const int before = rowOfId(m_brokenId);
    m_brokenId = id;
    for (int row : {before, rowOfId(id)})
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, COLUMNS - 1));
}

int AuditModel::rowOfId(qint64 id) const
{
    for (size_t r = 0; id != 0 && r < m_entries.size(); ++r)
        if (m_entries[r].id == id)
            return int(r);
    return -1;
}

QString AuditModel::indicatorName(const QString &code) const
{
    // The trail outlives the catalogue: an unknown code is shown as it is.
    const auto it = m_indicatorIndex.constFind(code);
    return it == m_indicatorIndex.cend() ? code : displayName(m_indicators[size_t(*it)]);
}

QString AuditModel::regionName(const QString &code) const
{
    const auto it = m_regionIndex.constFind(code);
    return it == m_regionIndex.cend() ? code : displayName(m_regions[size_t(*it)]);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMNS;
}

QVariant AuditModel::display(const AuditEntry &e, int column) const
{
    switch (column) {
    case Time:
        return editorlabels::localTime(e.at);
    case User:
        return e.user;
    case Action:
        return editorlabels::auditAction(e.action);
    case IndicatorName:
        return indicatorName(e.indicatorCode);
    case RegionName:
        return regionName(e.regionCode);
    case Period:
        return editorlabels::period(e.year, e.quarter);
    case Change:
        return auditChangeText(e);
    case Comment:
        return e.comment;
    }
    return {};
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const AuditEntry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        return index.column() == Change || index.column() == Comment
                   ? display(e, index.column())
                   : QVariant(tr("Entry %1 · %2").arg(e.id).arg(e.hash.left(16)));
    case Qt::ForegroundRole:
        return e.id == m_brokenId ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case IdRole:
        return e.id;
    case UserNameRole:
        return e.user;
    case ActionRole:
        return e.action;
    case IndicatorRole:
        return e.indicatorCode;
    case RegionRole:
        return e.regionCode;
    case SortRole:
        return index.column() == Time ? QVariant(e.id) : display(e, index.column());
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case IndicatorName:
        return tr("Indicator");
    case RegionName:
        return tr("Region");
    case Period:
        return tr("Period");
    case Change:
        return tr("Old → new");
    case Comment:
        return tr("Comment");
    }
    return {};
}

} // namespace zx
