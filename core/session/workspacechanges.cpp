// Another program's commits, announced as if they were made here (issue 16): the desktop's
// views already reload on the notifier's signals, so a figure another clerk saved reaches an
// open dashboard the same way as one typed in this window. What changed is known by table
// only (the server's notification; on a file the actions of the new audit entries), hence
// empty codes and zero years: every listener reloads whatever the key.
#include "workspace.h"

#include "changenotifier.h"
#include "storage/changefeed.h"
#include "storage/database.h"

#include <QDebug>

namespace zx {

void Workspace::watchForChanges()
{
    if (m_db && m_feed && m_feed->connectionName() == m_db->connection().connectionName())
        return; // another Workspace's database replaced: ours is still listened to
    m_feed.reset();
    if (!m_db)
        return;
    auto feed = ChangeFeed::start(*m_db, [this](const QString &table) { announceElsewhere(table); });
    if (!feed) {
        // The database works without it; views then show others' changes on their next reload.
        qWarning().noquote() << feed.error();
        return;
    }
    m_feed = std::move(feed).value();
}

void Workspace::announceElsewhere(const QString &table)
{
    const bool any = table.isEmpty(); // anything may have changed
    if (any || table == QLatin1String("figure"))
        emit m_notifier->valueChanged({}, {}, 0, 0);
    if (any || table == QLatin1String("target"))
        emit m_notifier->targetChanged({}, {}, 0);
    if (any || table == QLatin1String("period_status"))
        emit m_notifier->periodStatusChanged({}, 0, 0);
    if (any || table == QLatin1String("office_setting"))
        emit officeSettingsChanged();
    if (any || table == QLatin1String("app_user") || table == QLatin1String("user_region"))
        emit m_notifier->accountsChanged();
    // The catalogue and the region tree rebuild the main window's pages: only when they changed
    // (or anything may have: a restore, a county loaded).
    if (any || table == QLatin1String("indicator") || table == QLatin1String("category"))
        emit m_notifier->catalogueChanged();
    if (any || table == QLatin1String("region"))
        emit m_notifier->regionsChanged();
}

} // namespace zx
