#pragma once

#include "domain/types.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace zx {

// Sorts the status table by numbers (not text) and filters it by status (a tile), by
// category, and by a text typed in the search box (name or code).
class StatusFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StatusFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(std::optional<TrackStatus> status);
    void setCategoryFilter(const QString &categoryCode); // empty = all
    void setText(const QString &text);

    std::optional<TrackStatus> statusFilter() const { return m_status; }
    const QString &categoryFilter() const { return m_category; }
    const QString &text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<TrackStatus> m_status;
    QString m_category;
    QString m_text;
};

} // namespace zx
