// The office's own rules (workflow.h OfficeSettings): read with their defaults, changed by the
// people allowed to, each change audited in the same transaction.
#include "workflow.h"

#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/settingstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace zx::workflow {

namespace {

const QString FourEyesKey = QStringLiteral("four_eyes");
const QString DeadlineDayKey = QStringLiteral("deadline_day");

QString onOff(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

// One setting's change: the stored text before and after, and who may make it.
struct SettingChange
{
    QString key;
    QString oldText;
    QString newText;
    bool administratorsOnly;
};

Outcome checkMayChange(const SettingChange &change, const UserAccount &by)
{
    if (by.role == Role::Administrator)
        return Outcome::success();
    if (change.administratorsOnly)
        return Error{QCoreApplication::translate(
                         "zx::Workflow",
                         "Only an administrator may turn the four-eyes rule on or off; %1 is a %2")
                         .arg(by.name, roleLabel(by.role))};
    if (by.role == Role::Clerk)
        return Error{QCoreApplication::translate(
                         "zx::Workflow",
                         "Only a reviewer or an administrator may set the deadline; %1 is a clerk")
                         .arg(by.name)};
    return Outcome::success();
}

} // namespace

Result<OfficeSettings> officeSettings(Database &db)
{
    auto stored = settingstore::all(db);
    if (!stored)
        return Error{stored.error()};
    OfficeSettings settings;
    settings.fourEyes = stored->value(FourEyesKey, onOff(true)) != QLatin1String("off");
    bool ok = false;
    const int day = stored->value(DeadlineDayKey).toInt(&ok);
    settings.deadlineDay = ok && day >= 0 && day <= 31 ? day : 0;
    return settings;
}

Outcome saveOfficeSettings(Database &db, const OfficeSettings &settings, const QString &byUser)
{
    if (settings.deadlineDay < 0 || settings.deadlineDay > 31)
        return Error{QCoreApplication::translate(
                         "zx::Workflow",
                         "The deadline must be a day of the month from 1 to 31 (0: no deadline), "
                         "not %1")
                         .arg(settings.deadlineDay)};
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    auto by = accountOf(db, byUser);
    if (!by)
        return Error{by.error()};
    auto old = officeSettings(db);
    if (!old)
        return Error{old.error()};
    std::vector<SettingChange> changes;
    if (old->fourEyes != settings.fourEyes)
        changes.push_back({FourEyesKey, onOff(old->fourEyes), onOff(settings.fourEyes), true});
    if (old->deadlineDay != settings.deadlineDay)
        changes.push_back({DeadlineDayKey, QString::number(old->deadlineDay),
                           QString::number(settings.deadlineDay), false});
    if (changes.empty())
        return Outcome::success(); // nothing changes, nothing to audit
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const SettingChange &change : changes) {
        if (auto ok = checkMayChange(change, *by); !ok)
            return ok;
        if (auto ok = settingstore::put(db, change.key, change.newText); !ok)
            return ok;
        AuditEntry entry;
        entry.at = at;
        entry.user = byUser;
        entry.action = QStringLiteral("setting.save");
        entry.oldValue = change.key + u'=' + change.oldText;
        entry.newValue = change.key + u'=' + change.newText;
        if (auto ok = auditstore::append(db, entry); !ok)
            return ok;
    }
    return tx.commit();
}

} // namespace zx::workflow
