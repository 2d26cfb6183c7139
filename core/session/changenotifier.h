#pragma once

#include <QObject>
#include <QString>

namespace zx {

// The one place that says "data changed": every write through the Workspace ends in one of
// these signals, and every view that shows data listens here instead of polling or being
// told by the widget that made the change. Owned by the application and passed in (no
// global instance), so tests can use their own.
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
    // Another database file was opened (or the open one closed).
    void databaseReplaced();
};

} // namespace zx
