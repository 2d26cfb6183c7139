#include "rollupstore.h"

#include "analytics/rollup.h"
#include "domain/enums.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>

#include <array>
#include <map>

namespace zx::rollupstore {

namespace {

// CROSS JOIN keeps SQLite's order (its conditions in WHERE, which PostgreSQL takes too): the children by region_by_parent, then each child's four
// quarters of the indicator, each one seek on figure's primary key (period, region_id,
// indicator_id) — the periods are listed, since a range on period would walk every region's
// figures of the year.
const char *const ChildValues = R"(
SELECT r.code, f.period % 10, f.amount, 0 FROM region r
    CROSS JOIN figure f WHERE f.period IN (?, ?, ?, ?) AND f.region_id = r.id
        AND f.indicator_id = (SELECT id FROM indicator WHERE code = ?)
        AND r.parent_code = ?
UNION ALL
SELECT r.code, u.quarter, u.amount, 1 FROM region r
    CROSS JOIN rollup_value u WHERE u.region_code = r.code AND u.year = ? AND u.indicator_code = ?
        AND r.parent_code = ?)";

const char *const ChildTargets = R"(
SELECT r.code, t.amount, 0 FROM region r
    CROSS JOIN target t WHERE t.indicator_code = ? AND t.region_code = r.code AND t.year = ?
        AND r.parent_code = ?
UNION ALL
SELECT r.code, u.amount, 1 FROM region r
    CROSS JOIN rollup_target u WHERE u.region_code = r.code AND u.year = ? AND u.indicator_code = ?
        AND r.parent_code = ?)";

QString what()
{
    return QCoreApplication::translate("zx::Database", "updating the roll-up cache");
}

struct Tree
{
    QHash<QString, QString> parent;
    QHash<QString, int> childCount;
    QHash<QString, int> depth;
};

struct Key
{
    QString indicator;
    QString region;
    int year = 0;
};

// Why a roll-up refused the write: the region, indicator and period, then the limit.
QString rollupRefusal(const Key &k, int quarter, const QString &reason)
{
    const QString period = quarter > 0 ? QStringLiteral("%1 Q%2").arg(k.year).arg(quarter)
                                       : QString::number(k.year);
    return QCoreApplication::translate("zx::Database",
                                       "Rolling %1 up to %2 (%3) is refused: %4")
        .arg(k.indicator, k.region, period, reason);
}

struct IndicatorRule
{
    Aggregation aggregation = Aggregation::Sum;
    int meanScale = 2;
    bool rollsTargets = false;
};

Result<Tree> loadTree(QSqlDatabase &db)
{
    auto q = sql::prepare(db, "SELECT code, parent_code FROM region", what());
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what()); !ok)
        return Error{ok.error()};
    Tree tree;
    while (q.value().next()) {
        const QString code = q.value().value(0).toString();
        const QString parent = q.value().value(1).toString();
        tree.parent.insert(code, parent);
        if (!parent.isEmpty())
            ++tree.childCount[parent];
    }
    for (auto it = tree.parent.cbegin(); it != tree.parent.cend(); ++it) {
        int d = 0;
        for (QString p = it.value(); !p.isEmpty() && d <= tree.parent.size(); p = tree.parent.value(p))
            ++d;
        tree.depth.insert(it.key(), d);
    }
    return tree;
}

Result<QHash<QString, IndicatorRule>> loadRules(QSqlDatabase &db)
{
    auto q = sql::prepare(db, "SELECT code, aggregation, decimals, target_mode FROM indicator", what());
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what()); !ok)
        return Error{ok.error()};
    QHash<QString, IndicatorRule> rules;
    while (q.value().next()) {
        Indicator ind;
        ind.decimals = q.value().value(2).toInt();
        IndicatorRule rule;
        rule.aggregation = aggregationFromCode(q.value().value(1).toString()).value_or(Aggregation::Sum);
        rule.meanScale = meanScale(ind);
        rule.rollsTargets = rule.aggregation == Aggregation::Sum &&
                            targetModeFromCode(q.value().value(3).toString()) != TargetMode::Reduce;
        rules.insert(q.value().value(0).toString(), rule);
    }
    return rules;
}

class Refresher
{
public:
    Refresher(QSqlDatabase &db, const Tree &tree, const QHash<QString, IndicatorRule> &rules)
        : m_db(db), m_tree(tree), m_rules(rules)
    {
    }

    Outcome prepare()
    {
        for (auto [query, text] :
             {std::pair{&m_childValues, m_db.driverName() == QLatin1String("QPSQL") ? PostgresChildValues : ChildValues},
              std::pair{&m_childTargets, ChildTargets},
              std::pair{&m_deleteValues, "DELETE FROM rollup_value WHERE region_code = ? AND year = ? AND indicator_code = ?"},
              std::pair{&m_insertValue, "INSERT INTO rollup_value VALUES (?, ?, ?, ?, ?)"},
              std::pair{&m_deleteTarget, "DELETE FROM rollup_target WHERE region_code = ? AND year = ? AND indicator_code = ?"},
              std::pair{&m_insertTarget, "INSERT INTO rollup_target VALUES (?, ?, ?, ?)"}}) {
            auto q = sql::prepare(m_db, text, what());
            if (!q)
                return Error{q.error()};
            *query = std::move(q).value();
        }
        return Outcome::success();
    }

    Outcome recompute(const Key &k)
    {
        const auto rule = m_rules.constFind(k.indicator);
        if (rule == m_rules.cend() || rule->aggregation == Aggregation::Ratio)
            return Outcome::success();
        if (auto ok = recomputeValues(k, *rule); !ok)
            return ok;
        return rule->rollsTargets ? recomputeTarget(k) : Outcome::success();
    }

private:
    Outcome recomputeValues(const Key &k, const IndicatorRule &rule)
    {
        // Per child and quarter: [stored, rolled up].
        QHash<QString, std::array<std::array<std::optional<Decimal>, 2>, 4>> children;
        const int p = k.year * 10;
        if (auto ok = sql::exec(m_childValues, {p + 1, p + 2, p + 3, p + 4, k.indicator, k.region, k.year, k.indicator, k.region}, what()); !ok)
            return ok;
        while (m_childValues.next()) {
            const int quarter = m_childValues.value(1).toInt();
            if (quarter < 1 || quarter > 4)
                continue;
            children[m_childValues.value(0).toString()][quarter - 1][m_childValues.value(3).toInt()] =
                Decimal::parse(m_childValues.value(2).toString());
        }
        m_childValues.finish();
        if (auto ok = sql::exec(m_deleteValues, {k.region, k.year, k.indicator}, what()); !ok)
            return ok;
        for (int q = 0; q < 4; ++q) {
            std::vector<Decimal> figures;
            for (const auto &child : std::as_const(children))
                if (const auto &v = child[q][0] ? child[q][0] : child[q][1])
                    figures.push_back(*v);
            // A sum beyond the largest supported figure refuses the whole write.
            const auto checked = checkedRollUp(rule.aggregation, figures, rule.meanScale);
            if (!checked)
                return Error{rollupRefusal(k, q + 1, checked.error())};
            const std::optional<Decimal> &rolled = checked.value();
            if (!rolled)
                continue;
            if (auto ok = sql::exec(m_insertValue, {k.region, k.year, k.indicator, q + 1, rolled->toString()}, what()); !ok)
                return ok;
        }
        return Outcome::success();
    }

    Outcome recomputeTarget(const Key &k)
    {
        QHash<QString, std::array<std::optional<Decimal>, 2>> children;
        if (auto ok = sql::exec(m_childTargets, {k.indicator, k.year, k.region, k.year, k.indicator, k.region}, what()); !ok)
            return ok;
        while (m_childTargets.next())
            children[m_childTargets.value(0).toString()][m_childTargets.value(2).toInt()] =
                Decimal::parse(m_childTargets.value(1).toString());
        m_childTargets.finish();
        if (auto ok = sql::exec(m_deleteTarget, {k.region, k.year, k.indicator}, what()); !ok)
            return ok;
        // Evaluator::target: the sum only when every child has a target of its own or rolled up.
        if (children.size() != m_tree.childCount.value(k.region))
            return Outcome::success();
        std::vector<Decimal> targets;
        for (const auto &child : std::as_const(children)) {
            const auto &t = child[0] ? child[0] : child[1];
            if (!t)
                return Outcome::success();
            targets.push_back(*t);
        }
        const std::optional<Decimal> sum = Decimal::sum(targets);
        if (!sum)
            return Error{rollupRefusal(
                k, 0,
                Decimal::rangeMessage(QCoreApplication::translate(
                                          "zx::Validation", "The sum of %1 sub-region targets")
                                          .arg(targets.size())))};
        return sql::exec(m_insertTarget, {k.region, k.year, k.indicator, sum->toString()}, what());
    }

    QSqlDatabase &m_db;
    const Tree &m_tree;
    const QHash<QString, IndicatorRule> &m_rules;
    QSqlQuery m_childValues, m_childTargets, m_deleteValues, m_insertValue, m_deleteTarget,
        m_insertTarget;
};

Result<std::vector<Key>> dirtyKeys(QSqlDatabase &db, bool &everything)
{
    auto q = sql::prepare(db, "SELECT indicator_code, region_code, year FROM rollup_dirty", what());
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what()); !ok)
        return Error{ok.error()};
    std::vector<Key> keys;
    everything = false;
    while (q.value().next()) {
        Key k{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt()};
        // Only a '*' row (the tree or the catalogue changed) means everything: a big import
        // dirties many rows but only its own years, and walking up from each dirty row to its
        // ancestors (below) costs far less than recomputing every year of every region.
        if (k.indicator == QLatin1String("*")) {
            everything = true;
            return std::vector<Key>{};
        }
        keys.push_back(std::move(k));
    }
    return keys;
}

// Every indicator × region with sub-regions × year that holds a figure or target.
Result<std::vector<Key>> allKeys(QSqlDatabase &db, const Tree &tree,
                                 const QHash<QString, IndicatorRule> &rules)
{
    auto q = sql::prepare(db, "SELECT DISTINCT period / 10 FROM figure UNION SELECT year FROM target", what());
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what()); !ok)
        return Error{ok.error()};
    std::vector<int> years;
    while (q.value().next())
        years.push_back(q.value().value(0).toInt());
    std::vector<Key> keys;
    for (auto region = tree.childCount.cbegin(); region != tree.childCount.cend(); ++region)
        for (auto rule = rules.cbegin(); rule != rules.cend(); ++rule)
            for (int year : years)
                keys.push_back({rule.key(), region.key(), year});
    return keys;
}

} // namespace

Outcome refresh(QSqlDatabase &db)
{
    // Database::settleBeforeCommit calls this only on a database that has the cache and the
    // figures' table: every error here is a real one and stops the commit.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT 1 FROM rollup_dirty LIMIT 1")))
            return Error{QCoreApplication::translate("zx::Database", "Could not update the roll-up cache: %1")
                             .arg(sql::describe(probe.lastError()))};
        if (!probe.next())
            return Outcome::success();
    }
    auto tree = loadTree(db);
    if (!tree)
        return Error{tree.error()};
    auto rules = loadRules(db);
    if (!rules)
        return Error{rules.error()};
    bool everything = false;
    auto dirty = dirtyKeys(db, everything);
    if (!dirty)
        return Error{dirty.error()};

    // The regions to recompute, deepest first: every ancestor of a changed figure.
    std::map<int, std::vector<Key>, std::greater<>> byDepth;
    if (everything) {
        for (const char *statement : {"DELETE FROM rollup_value", "DELETE FROM rollup_target"})
            if (auto ok = sql::run(db, statement, {}, what()); !ok)
                return ok;
        auto keys = allKeys(db, *tree, *rules);
        if (!keys)
            return Error{keys.error()};
        for (Key &k : keys.value())
            byDepth[tree->depth.value(k.region)].push_back(std::move(k));
    } else {
        QSet<QString> seen;
        for (const Key &k : dirty.value()) {
            for (QString a = tree->parent.value(k.region); !a.isEmpty(); a = tree->parent.value(a)) {
                const QString id = k.indicator + u'|' + a + u'|' + QString::number(k.year);
                if (seen.contains(id))
                    break; // its ancestors are queued already
                seen.insert(id);
                byDepth[tree->depth.value(a)].push_back({k.indicator, a, k.year});
            }
        }
    }
    Refresher refresher(db, *tree, *rules);
    if (auto ok = refresher.prepare(); !ok)
        return ok;
    for (const auto &[depth, keys] : byDepth)
        for (const Key &k : keys)
            if (auto ok = refresher.recompute(k); !ok)
                return ok;
    return sql::run(db, "DELETE FROM rollup_dirty", {}, what());
}

bool isCurrent(Database &db)
{
    QSqlQuery probe(db.connection());
    return probe.exec(QStringLiteral("SELECT 1 FROM rollup_dirty LIMIT 1")) && !probe.next();
}

namespace {

QByteArray withRegionList(const char *statement, qsizetype count)
{
    QByteArray text(statement);
    text += " AND region_code IN (";
    for (qsizetype i = 0; i < count; ++i)
        text += i ? ",?" : "?";
    return text + ')';
}

Result<std::vector<RolledValue>> read(Database &db, const char *statement, bool quarters,
                                      const QStringList &regions, int fromYear, int toYear)
{
    std::vector<RolledValue> rows;
    if (regions.isEmpty())
        return rows;
    const QByteArray text = withRegionList(statement, regions.size());
    auto q = sql::prepare(db.connection(), text.constData(), what());
    if (!q)
        return Error{q.error()};
    QSqlQuery &query = q.value();
    query.bindValue(0, fromYear);
    query.bindValue(1, toYear);
    for (qsizetype i = 0; i < regions.size(); ++i)
        query.bindValue(int(i + 2), regions[i]);
    if (!query.exec())
        return Error{QCoreApplication::translate("zx::Database", "Database error while %1: %2")
                         .arg(what(), query.lastError().text())};
    while (query.next()) {
        RolledValue v;
        v.regionCode = query.value(0).toString();
        v.year = query.value(1).toInt();
        v.indicatorCode = query.value(2).toString();
        v.quarter = quarters ? query.value(4).toInt() : 0;
        v.value = Decimal::parse(query.value(3).toString()).value_or(Decimal());
        rows.push_back(std::move(v));
    }
    return rows;
}

} // namespace

Result<std::vector<RolledValue>> values(Database &db, const QStringList &regions, int fromYear,
                                        int toYear)
{
    return read(db, "SELECT region_code, year, indicator_code, amount, quarter FROM rollup_value "
                    "WHERE year BETWEEN ? AND ?",
                true, regions, fromYear, toYear);
}

Result<std::vector<RolledValue>> targets(Database &db, const QStringList &regions, int fromYear,
                                         int toYear)
{
    return read(db, "SELECT region_code, year, indicator_code, amount FROM rollup_target "
                    "WHERE year BETWEEN ? AND ?",
                false, regions, fromYear, toYear);
}

} // namespace zx::rollupstore
