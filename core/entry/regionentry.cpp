#include "regionentry.h"

#include "domain/names.h"
#include "entry/workflow.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/periodstore.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace zx {

namespace {

using Tree = QHash<QString, Region>;

Result<Tree> storedTree(Database &db)
{
    auto regions = regionstore::all(db);
    if (!regions)
        return Error{regions.error()};
    Tree tree;
    for (const Region &r : *regions)
        tree.insert(r.code, r);
    return tree;
}

Outcome checkAdministrator(Database &db, const QString &userName)
{
    auto account = workflow::accountOf(db, userName);
    if (!account)
        return Error{account.error()};
    if (account->role != Role::Administrator)
        return Error{QCoreApplication::translate("zx::Regions", "Only an administrator may change the regions; %1 is a %2")
                         .arg(userName, roleLabel(account->role))};
    return Outcome::success();
}

std::optional<QString> badCode(const QString &code)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (code.isEmpty())
        return QCoreApplication::translate("zx::Regions", "A region needs a code");
    if (!valid.match(code).hasMatch())
        return QCoreApplication::translate("zx::Regions", "The region code '%1' may hold only letters, digits, '-' and '_' (at most 32)")
            .arg(code);
    return std::nullopt;
}

// How many leading digits of the parent's code a child's code repeats (统计用区划代码:
// city 4, county 6, township 9, village 12), by the child's level.
int prefixLength(RegionLevel child)
{
    switch (child) {
    case RegionLevel::County:
        return 4;
    case RegionLevel::Township:
        return 6;
    case RegionLevel::Village:
        return 9;
    case RegionLevel::City:
        break;
    }
    return 0;
}

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// The checks of one region against the tree as it would be.
void checkOne(const Tree &tree, const Region &r, std::size_t k, std::vector<RegionProblem> &out)
{
    const auto add = [&](const char *field, const QString &message, bool warning = false) {
        out.push_back({k, QString::fromLatin1(field), message, warning});
    };
    if (r.name.trimmed().isEmpty() && r.nameEn.trimmed().isEmpty())
        add("name", QCoreApplication::translate("zx::Regions", "The region %1 needs a name").arg(r.code));
    if (r.parentCode.isEmpty()) {
        if (r.level != RegionLevel::City && r.level != RegionLevel::County)
            add("level", QCoreApplication::translate("zx::Regions", "The top region %1 must be a city (level 0) or a county (level 1), "
                            "not level %2")
                             .arg(r.code)
                             .arg(int(r.level)));
        for (const Region &other : tree)
            if (other.parentCode.isEmpty() && other.code != r.code) {
                add("parent_code", QCoreApplication::translate("zx::Regions", "%1 has no parent, but %2 is already the top region; "
                                      "name its parent")
                                       .arg(r.code, other.code));
                break;
            }
        return;
    }
    const auto parent = tree.constFind(r.parentCode);
    if (parent == tree.cend()) {
        add("parent_code", QCoreApplication::translate("zx::Regions", "Unknown parent region '%1'").arg(r.parentCode));
        return;
    }
    QString up = r.parentCode;
    for (qsizetype depth = 0; !up.isEmpty() && depth <= tree.size(); ++depth) {
        if (up == r.code) {
            add("parent_code", QCoreApplication::translate("zx::Regions", "%1 cannot be placed under %2: %2 is %1 itself or lies "
                                  "under it (a cycle)")
                                   .arg(r.code, r.parentCode));
            return;
        }
        up = tree.value(up).parentCode;
    }
    if (int(r.level) != int(parent->level) + 1)
        add("level", QCoreApplication::translate("zx::Regions", "Level %1 does not follow the parent %2 (level %3): expected level %4")
                         .arg(int(r.level))
                         .arg(r.parentCode)
                         .arg(int(parent->level))
                         .arg(int(parent->level) + 1));
    else if (const int n = prefixLength(r.level);
             n > 0 && !(allDigits(r.code) && r.code.size() > n && r.parentCode.size() >= n &&
                        r.code.startsWith(r.parentCode.left(n))))
        add("code",
            QCoreApplication::translate("zx::Regions", "The code %1 does not extend its parent's code %2: it should start with its "
               "first %3 digits (统计用区划代码)")
                .arg(r.code, r.parentCode)
                .arg(n),
            true);
    if (!r.isRetired() && parent->isRetired())
        add("retired", QCoreApplication::translate("zx::Regions", "%1 is active but its parent %2 is retired from %3")
                           .arg(r.code, parent->code)
                           .arg(parent->retiredFrom));
}

// A retired region whose sub-regions stay active after it retired.
void checkChildren(const Tree &tree, const Region &r, std::size_t k,
                   std::vector<RegionProblem> &out)
{
    if (!r.isRetired())
        return;
    QString active; // the lowest code of an active sub-region, so the message is stable
    for (const Region &child : tree)
        if (child.parentCode == r.code && !(child.isRetired() && child.retiredFrom <= r.retiredFrom) &&
            (active.isEmpty() || child.code < active))
            active = child.code;
    if (!active.isEmpty())
        out.push_back({k, QStringLiteral("retired"),
                       QCoreApplication::translate("zx::Regions", "%1 cannot retire from %2 while its sub-region %3 stays active; "
                                                   "retire or move %3 first")
                           .arg(r.code)
                           .arg(r.retiredFrom)
                           .arg(active)});
}

std::vector<RegionProblem> checkBatch(Tree tree, const std::vector<Region> &regions,
                                      const std::vector<bool> &isNew)
{
    std::vector<RegionProblem> problems;
    QHash<QString, std::size_t> seen;
    for (std::size_t k = 0; k < regions.size(); ++k) {
        const Region &r = regions[k];
        if (auto bad = badCode(r.code)) {
            problems.push_back({k, QStringLiteral("code"), *bad, false});
            continue;
        }
        if (seen.contains(r.code)) {
            problems.push_back({k, QStringLiteral("code"),
                                QCoreApplication::translate("zx::Regions", "The region code '%1' comes twice").arg(r.code), false});
            continue;
        }
        seen.insert(r.code, k);
        const bool exists = tree.contains(r.code);
        const bool fresh = k < isNew.size() && isNew[k];
        if (fresh && exists)
            problems.push_back({k, QStringLiteral("code"),
                                QCoreApplication::translate("zx::Regions", "The region code '%1' is already in use").arg(r.code), false});
        else if (!fresh && !exists)
            problems.push_back({k, QStringLiteral("code"),
                                QCoreApplication::translate("zx::Regions", "There is no region '%1' to change").arg(r.code), false});
    }
    for (const Region &r : regions)
        tree.insert(r.code, r); // the tree as it would be
    for (std::size_t k = 0; k < regions.size(); ++k) {
        if (badCode(regions[k].code))
            continue;
        checkOne(tree, regions[k], k, problems);
        checkChildren(tree, regions[k], k, problems);
    }
    return problems;
}

std::optional<RegionProblem> firstBlocking(const std::vector<RegionProblem> &problems)
{
    for (const RegionProblem &p : problems)
        if (!p.warning)
            return p;
    return std::nullopt;
}

Outcome audit(Database &db, const char *action, const QString &regionCode, int year,
              const QString &oldText, const QString &newText, const QString &userName,
              const QString &comment = QString())
{
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    e.user = userName;
    e.action = QString::fromLatin1(action);
    e.regionCode = regionCode;
    e.year = year;
    e.oldValue = oldText;
    e.newValue = newText;
    e.comment = comment;
    return auditstore::append(db, e);
}

bool same(const Region &a, const Region &b)
{
    return a.code == b.code && a.name == b.name && a.nameEn == b.nameEn && a.level == b.level &&
           a.parentCode == b.parentCode && a.sortOrder == b.sortOrder &&
           a.retiredFrom == b.retiredFrom && a.mergedInto == b.mergedInto;
}

// Writes one region (insert or update) with its audit entry; nothing when unchanged.
Outcome write(Database &db, const Tree &stored, const Region &r, const char *action, int year,
              const QString &userName, const QString &comment = QString())
{
    const auto old = stored.constFind(r.code);
    const bool exists = old != stored.cend();
    if (exists && same(*old, r))
        return Outcome::success();
    if (auto ok = exists ? regionstore::update(db, r) : regionstore::insert(db, r); !ok)
        return ok;
    return audit(db, action, r.code, year, exists ? regionSummary(*old) : QString(),
                 regionSummary(r), userName, comment);
}

// The first quarter of `fromYear` or later holding a figure of `code`, as "2024 Q1".
// The frame of every single edit of the tree: one write transaction, an administrator, the
// stored tree read inside it; `edit` writes (with its audit entries) and the frame commits.
Outcome administratorsWrite(Database &db, const QString &userName,
                            const std::function<Outcome(const Tree *)> &edit)
{
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = checkAdministrator(db, userName); !ok)
        return ok;
    auto stored = storedTree(db);
    if (!stored)
        return Error{stored.error()};
    if (auto ok = edit(&stored.value()); !ok)
        return ok;
    return tx.commit();
}

Result<QString> figuresFrom(Database &db, const QString &code, int fromYear)
{
    auto periods = regionstore::figurePeriods(db, code, fromYear);
    if (!periods)
        return Error{periods.error()};
    if (periods->empty())
        return QString();
    return QStringLiteral("%1 Q%2").arg(periods->front().first).arg(periods->front().second);
}

} // namespace

QString regionSummary(const Region &r)
{
    QString text = QStringLiteral("%1 / %2; level %3").arg(r.name, r.nameEn).arg(int(r.level));
    if (!r.parentCode.isEmpty())
        text += QStringLiteral(" under %1").arg(r.parentCode);
    text += QStringLiteral("; order %1").arg(r.sortOrder);
    if (r.isRetired())
        text += QStringLiteral("; retired from %1").arg(r.retiredFrom);
    if (!r.mergedInto.isEmpty())
        text += QStringLiteral("; merged into %1").arg(r.mergedInto);
    return text;
}

Outcome checkMayChangeRegions(Database &db, const QString &userName)
{
    return checkAdministrator(db, userName);
}

Result<std::vector<RegionProblem>> checkRegions(Database &db, const std::vector<Region> &regions,
                                                const std::vector<bool> &isNew)
{
    auto tree = storedTree(db);
    if (!tree)
        return Error{tree.error()};
    std::vector<RegionProblem> problems = checkBatch(*tree, regions, isNew);
    // A region this batch retires must have no figures left in a quarter still open.
    for (std::size_t k = 0; k < regions.size(); ++k) {
        const Region &r = regions[k];
        const auto old = tree->constFind(r.code);
        if (!r.isRetired() || old == tree->cend() || old->isRetired())
            continue;
        auto periods = regionstore::figurePeriods(db, r.code, 0);
        if (!periods)
            return Error{periods.error()};
        for (const auto &[year, quarter] : *periods)
            if (periodstore::checkEditable(db, r.code, year, quarter)) {
                problems.push_back(
                    {k, QStringLiteral("retired"),
                     QCoreApplication::translate("zx::Regions", "%1 still has figures in %2 Q%3, a quarter that is not approved; "
                        "approve it (or keep the region) before retiring it")
                         .arg(r.code)
                         .arg(year)
                         .arg(quarter),
                     false});
                break;
            }
    }
    return problems;
}

Outcome saveRegions(Database &db, const std::vector<Region> &regions,
                    const std::vector<bool> &isNew, const QString &userName,
                    const std::function<bool(qint64, qint64)> &keepGoing)
{
    if (regions.size() != isNew.size())
        return Error{QStringLiteral("saveRegions: %1 regions, %2 flags")
                         .arg(regions.size())
                         .arg(isNew.size())};
    if (regions.empty())
        return Outcome::success();
    const QString cancelled = QCoreApplication::translate("zx::Regions", "Cancelled; the regions were not changed");
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = checkAdministrator(db, userName); !ok)
        return ok;
    auto problems = checkRegions(db, regions, isNew);
    if (!problems)
        return Error{problems.error()};
    if (auto blocking = firstBlocking(*problems))
        return Error{blocking->message};
    auto stored = storedTree(db);
    if (!stored)
        return Error{stored.error()};
    const qint64 total = qint64(regions.size());
    for (std::size_t k = 0; k < regions.size(); ++k) {
        if (keepGoing && !keepGoing(qint64(k), total))
            return Error{cancelled};
        if (auto ok = write(db, *stored, regions[k], "region.save", regions[k].retiredFrom, userName);
            !ok)
            return ok;
    }
    if (keepGoing && !keepGoing(total, total))
        return Error{cancelled};
    return tx.commit();
}

Outcome saveRegion(Database &db, const Region &region, bool isNew, const QString &userName)
{
    return administratorsWrite(db, userName, [&](const Tree *stored) -> Outcome {
        Region r = region;
        if (const auto old = stored->constFind(r.code); old != stored->cend() && !isNew) {
            r.retiredFrom = old->retiredFrom; // retirement goes through retireRegion / mergeRegions
            r.mergedInto = old->mergedInto;
        } else {
            r.retiredFrom = 0;
            r.mergedInto.clear();
        }
        if (auto blocking = firstBlocking(checkBatch(*stored, {r}, {isNew})))
            return Error{blocking->message};
        if (auto ok = write(db, *stored, r, "region.save", 0, userName); !ok)
            return ok;
        return Outcome::success();
    });
}

Outcome reorderRegions(Database &db, const QStringList &codesInOrder, const QString &userName)
{
    return administratorsWrite(db, userName, [&](const Tree *stored) -> Outcome {
        for (int i = 0; i < codesInOrder.size(); ++i) {
            const auto it = stored->constFind(codesInOrder[i]);
            if (it == stored->cend())
                return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'")
                                 .arg(codesInOrder[i])};
            if (it->parentCode != stored->value(codesInOrder.front()).parentCode)
                return Error{QCoreApplication::translate("zx::Regions", "%1 and %2 are not under the same parent; only siblings are put in order")
                                 .arg(codesInOrder.front(), it->code)};
            Region r = *it;
            r.sortOrder = i + 1;
            if (auto ok = write(db, *stored, r, "region.save", 0, userName); !ok)
                return ok;
        }
        return Outcome::success();
    });
}

Outcome retireRegion(Database &db, const QString &code, int fromYear, const QString &userName)
{
    return administratorsWrite(db, userName, [&](const Tree *stored) -> Outcome {
        const auto it = stored->constFind(code);
        if (it == stored->cend())
            return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'").arg(code)};
        if (fromYear < 0 || fromYear > 9999)
            return Error{QCoreApplication::translate("zx::Regions", "%1 is not a year").arg(fromYear)};
        if (fromYear > 0) {
            auto found = figuresFrom(db, code, fromYear);
            if (!found)
                return Error{found.error()};
            if (!found->isEmpty())
                return Error{QCoreApplication::translate("zx::Regions", "%1 cannot retire from %2: it has figures in %3; delete them or "
                                "retire it from a later year")
                                 .arg(displayName(*it))
                                 .arg(fromYear)
                                 .arg(*found)};
        }
        Region r = *it;
        r.retiredFrom = fromYear;
        if (fromYear == 0)
            r.mergedInto.clear();
        if (auto blocking = firstBlocking(checkBatch(*stored, {r}, {false})))
            return Error{blocking->message};
        if (auto ok = write(db, *stored, r, "region.retire", fromYear, userName); !ok)
            return ok;
        return Outcome::success();
    });
}

Outcome mergeRegions(Database &db, const QStringList &merged, const QString &into, int fromYear,
                     const QString &userName)
{
    if (merged.isEmpty())
        return Error{QCoreApplication::translate("zx::Regions", "Choose the villages to merge")};
    if (fromYear < 1900 || fromYear > 9999)
        return Error{QCoreApplication::translate("zx::Regions", "%1 is not a year").arg(fromYear)};
    return administratorsWrite(db, userName, [&](const Tree *stored) -> Outcome {
        const auto target = stored->constFind(into);
        if (target == stored->cend())
            return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'").arg(into)};
        if (target->level != RegionLevel::Village)
            return Error{QCoreApplication::translate("zx::Regions", "%1 is not a village; villages are merged into a village")
                             .arg(displayName(*target))};
        if (!target->activeIn(fromYear))
            return Error{QCoreApplication::translate("zx::Regions", "%1 is retired from %2 and cannot take over other villages in %3")
                             .arg(displayName(*target))
                             .arg(target->retiredFrom)
                             .arg(fromYear)};
        std::vector<Region> batch;
        for (const QString &code : merged) {
            const auto it = stored->constFind(code);
            if (it == stored->cend())
                return Error{QCoreApplication::translate("zx::Entry", "Unknown region '%1'").arg(code)};
            if (code == into)
                return Error{QCoreApplication::translate("zx::Regions", "%1 cannot be merged into itself").arg(displayName(*it))};
            if (it->level != RegionLevel::Village)
                return Error{QCoreApplication::translate("zx::Regions", "%1 is not a village; only villages are merged").arg(displayName(*it))};
            auto found = figuresFrom(db, code, fromYear);
            if (!found)
                return Error{found.error()};
            if (!found->isEmpty())
                return Error{QCoreApplication::translate("zx::Regions", "%1 cannot be merged from %2: it has figures in %3; delete them or "
                                "merge it from a later year")
                                 .arg(displayName(*it))
                                 .arg(fromYear)
                                 .arg(*found)};
            Region r = *it;
            r.retiredFrom = fromYear;
            r.mergedInto = into;
            batch.push_back(r);
        }
        if (auto blocking = firstBlocking(checkBatch(*stored, batch, std::vector<bool>(batch.size(), false))))
            return Error{blocking->message};
        for (const Region &r : batch)
            if (auto ok = write(db, *stored, r, "region.merge", fromYear, userName,
                                QCoreApplication::translate("zx::Regions", "merged into %1 from %2").arg(displayName(*target)).arg(fromYear));
                !ok)
                return ok;
        return Outcome::success();
    });
}

} // namespace zx
