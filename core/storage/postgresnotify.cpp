// The server announces every committed change (issue 16), so that every open desktop can
// reload within a second of another user's commit instead of polling: a statement-level
// trigger on each table a view shows runs pg_notify on the channel zhenxing_changed with the
// table's name. PostgreSQL delivers a NOTIFY only when its transaction commits (nothing for
// one rolled back) and once per distinct payload per transaction, so an import of a million
// figures is one "figure", not a million. Listening is changefeed.cpp's business.
#include "changefeed.h"
#include "postgresschema.h"

namespace zx::schema {

namespace {

// %1: the channel (ChangeFeed::Channel).
const char *const Announce = R"(
CREATE FUNCTION zx_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('%1', TG_TABLE_NAME);
    RETURN NULL;
END $$;
)";

// The tables whose changes a desktop shows; the rest (audit entries, roll-up caches, notes)
// change only together with one of these.
const char *const AnnouncedTables[] = {"figure",  "target",   "period_status", "region",
                                       "category", "indicator", "app_user",     "user_region",
                                       "office_setting"};

} // namespace

QStringList serverNotifications()
{
    QStringList statements{QString::fromUtf8(Announce).arg(QLatin1String(ChangeFeed::Channel))};
    for (const char *table : AnnouncedTables)
        statements << QStringLiteral("CREATE TRIGGER %1_announced AFTER INSERT OR UPDATE OR DELETE "
                                     "OR TRUNCATE ON %1 FOR EACH STATEMENT "
                                     "EXECUTE FUNCTION zx_announce_change()")
                          .arg(QLatin1String(table));
    return statements;
}

} // namespace zx::schema
