#pragma once

#include <QObject>
#include <QString>

namespace zx {

// The one place that says "data changed": every write through the Workspace ends in one of
// these signals, and every view that shows data listens here instead of polling or being
// told by the widget that made the change. Owned by the application and passed in (no
// global instance), so tests can use their own.
// Another program's commit (another desktop, the CLI, another user on the server) is announced
// here too, within a second (Workspace::announceElsewhere): its codes are then empty and its
// year and quarter 0, for which figures or quarters changed is not known.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // A figure was set or deleted.
    void valueChanged(const QString &indicatorCode, const QString &regionCode, int year,
                      int quarter);
    void targetChanged(const QString &indicatorCode, const QString &regionCode, int year);
    void catalogueChanged();
    // A region was added, renamed, moved, reordered, retired or merged: the region tree reloads.
    void regionsChanged();
    // A quarter was submitted, approved, returned or reopened.
    void periodStatusChanged(const QString &regionCode, int year, int quarter);
    // An account was added, changed or removed (by another program: the due list's names).
    void accountsChanged();
    // Another database file was opened (or the open one closed).
    void databaseReplaced();
};

} // namespace zx
