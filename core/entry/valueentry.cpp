#include "valueentry.h"

#include "analytics/validation.h"
#include "storage/auditstore.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/periodstore.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace zx {

namespace {

Result<Indicator> findIndicator(Database &db, const QString &code)
{
    auto all = catalogstore::indicators(db);
    if (!all)
        return Error{all.error()};
    const auto it = std::find_if(all->begin(), all->end(),
                                 [&](const Indicator &i) { return i.code == code; });
    if (it == all->end())
        return Error{QCoreApplication::translate("zx::Entry", "Unknown indicator '%1'").arg(code)};
    return *it;
}

Outcome checkRegion(Database &db, const QString &code)
{
    auto all = regionstore::all(db);
    if (!all)
        return Error{all.error()};
    if (std::none_of(all->begin(), all->end(), [&](const Region &r) { return r.code == code; }))
        return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'").arg(code)};
    return Outcome::success();
}

Outcome checkFigure(const Indicator &ind, const Decimal &value)
{
    for (const RuleViolation &v : checkValue(ind, value))
        if (v.severity == Severity::Error)
            return Error{v.message};
    return Outcome::success();
}

} // namespace

Outcome setValue(Database &db, const ValueKey &key, const std::optional<Decimal> &value,
                 const QString &comment, const QString &userName)
{
    if (key.quarter < 1 || key.quarter > 4)
        return Error{QCoreApplication::translate("zx::Entry", "Quarter must be 1 to 4, not %1")
                         .arg(key.quarter)};
    auto ind = findIndicator(db, key.indicatorCode);
    if (!ind)
        return Error{ind.error()};
    if (auto ok = checkRegion(db, key.regionCode); !ok)
        return ok;
    if (value)
        if (auto ok = checkFigure(*ind, *value); !ok)
            return ok;

    WriteTransaction tx(db.connection());
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = periodstore::checkEditable(db, key.regionCode, key.year, key.quarter); !ok)
        return ok;
    auto old = valuestore::find(db, key);
    if (!old)
        return Error{old.error()};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Outcome written = value ? valuestore::upsert(db, {key.indicatorCode, key.regionCode, key.year,
                                                      key.quarter, *value, comment, userName, now})
                            : valuestore::remove(db, key);
    if (!written)
        return written;
    AuditEntry entry;
    entry.at = now;
    entry.user = userName;
    entry.action = value ? QStringLiteral("value.set") : QStringLiteral("value.delete");
    entry.indicatorCode = key.indicatorCode;
    entry.regionCode = key.regionCode;
    entry.year = key.year;
    entry.quarter = key.quarter;
    entry.oldValue = old.value() ? old.value()->value.toString() : QString();
    entry.newValue = value ? value->toString() : QString();
    entry.comment = comment;
    if (auto ok = auditstore::append(db, entry); !ok)
        return ok;
    return tx.commit();
}

} // namespace zx
