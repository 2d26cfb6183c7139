#pragma once

#include "domain/auditquery.h"
#include "domain/types.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

class QTimer;

namespace zx {

class Workspace;

// The audit trail, newest first: time (local), user, action in words, indicator and region
// by name, period, old → new and the comment. Narrowed by indicator, region (with the regions
// under it), year and quarter through auditstore::find; the user filter is left to a proxy
// (UserNameRole). Reloads on every signal of the workspace's notifier; reads from the
// Workspace, which it does not own.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, User, Action, IndicatorName, RegionName, Period, Change, Comment, COLUMNS };
    enum Role {
        IdRole = Qt::UserRole + 1, // entry id (qint64)
        UserNameRole,
        ActionRole,    // action code
        IndicatorRole, // indicator code
        RegionRole,    // region code
        SortRole,
    };

    explicit AuditModel(Workspace *workspace, QObject *parent = nullptr);

    void setFilter(const auditstore::Filter &filter);
    const auditstore::Filter &filter() const { return m_filter; }
    void reload();
    // The entry the chain check found broken (0: none) is shown in red.
    void setBrokenId(qint64 id);
    int rowOfId(qint64 id) const; // -1 if not shown
    const AuditEntry &entry(int row) const { return m_entries[size_t(row)]; }
    // Why the trail could not be read, empty when it could.
    const QString &loadError() const { return m_error; }
    // The catalogue and the regions, as read with the entries (for names and filters).
    const std::vector<Indicator> &indicators() const { return m_indicators; }
    const std::vector<Region> &regions() const { return m_regions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void loadNames();
    QVariant display(const AuditEntry &e, int column) const;
    QString indicatorName(const QString &code) const;
    QString regionName(const QString &code) const;

    Workspace *m_workspace;
    QTimer *m_reloadLater;
    auditstore::Filter m_filter;
    std::vector<AuditEntry> m_entries; // newest first
    std::vector<Indicator> m_indicators;
    std::vector<Region> m_regions;
    QHash<QString, qsizetype> m_indicatorIndex;
    QHash<QString, qsizetype> m_regionIndex;
    qint64 m_brokenId = 0;
    QString m_error;
};

// "350 → 400", "— → 400" for a new value, "350 → —" for a deletion, empty when neither;
// review states as words ("已提交 → 已退回").
QString auditChangeText(const AuditEntry &entry);

} // namespace zx
