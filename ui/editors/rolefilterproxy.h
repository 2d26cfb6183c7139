#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QVariant>

namespace zx {

// The sort/filter proxy of the editors and viewers: a row passes when, for every role given
// to setRoleFilter, the source's column-0 data in that role equals the value (an invalid
// QVariant drops that filter), and when the text filter (if any) is contained,
// case-insensitively, in the column-0 data of the text role. Sorting uses the model's sort role.
class RoleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RoleFilterProxy(QObject *parent = nullptr);

    void setRoleFilter(int role, const QVariant &value);
    void setTextFilter(int role, const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QVariant> m_filters;
    int m_textRole = Qt::DisplayRole;
    QString m_text;
};

} // namespace zx
