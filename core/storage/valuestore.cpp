#include "valuestore.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QStringList>

#include <limits>

namespace zx::valuestore {

namespace {

const char *const Upsert = R"(
INSERT INTO indicator_value (indicator_code, region_code, year, quarter, amount, comment,
    entered_by, entered_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (indicator_code, region_code, year, quarter) DO UPDATE SET
    amount = excluded.amount, comment = excluded.comment,
    entered_by = excluded.entered_by, entered_at = excluded.entered_at)";

const char *const Delete = R"(
DELETE FROM indicator_value
WHERE indicator_code = ? AND region_code = ? AND year = ? AND quarter = ?)";

const char *const SelectOne = R"(
SELECT indicator_code, region_code, year, quarter, amount, comment, entered_by, entered_at
FROM indicator_value
WHERE indicator_code = ? AND region_code = ? AND year = ? AND quarter = ?)";

const char *const SelectYears = R"(
SELECT indicator_code, region_code, year, quarter, amount, comment, entered_by, entered_at
FROM indicator_value WHERE year BETWEEN ? AND ?)";

// The figures alone, for the checker: who entered them, when and why are not read.
const char *const SelectBareYears = R"(
SELECT indicator_code, region_code, year, quarter, amount, NULL, NULL, NULL
FROM indicator_value WHERE year BETWEEN ? AND ?)";

const char *const UpsertTarget = R"(
INSERT INTO target (indicator_code, region_code, year, amount, baseline, milestone_q1,
    milestone_q2, milestone_q3, milestone_q4)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (indicator_code, region_code, year) DO UPDATE SET
    amount = excluded.amount, baseline = excluded.baseline,
    milestone_q1 = excluded.milestone_q1, milestone_q2 = excluded.milestone_q2,
    milestone_q3 = excluded.milestone_q3, milestone_q4 = excluded.milestone_q4)";

const char *const SelectTargets = R"(
SELECT indicator_code, region_code, year, amount, baseline, milestone_q1, milestone_q2,
    milestone_q3, milestone_q4
FROM target WHERE year BETWEEN ? AND ?)";

const char *const DeleteTarget =
    "DELETE FROM target WHERE indicator_code = ? AND region_code = ? AND year = ?";

const char *const SelectTarget = R"(
SELECT indicator_code, region_code, year, amount, baseline, milestone_q1, milestone_q2,
    milestone_q3, milestone_q4
FROM target WHERE indicator_code = ? AND region_code = ? AND year = ?)";

// The next year with figures after a given one: one seek in indicator_value_by_year per year,
// where SELECT DISTINCT year walked all the index's entries (0.3 s for a city's 4.5 million,
// at every start of the desktop app).
const char *const SelectNextYear = "SELECT MIN(year) FROM indicator_value WHERE year > ?";

// The target years through target_by_region (region_code, year): per region one seek for its
// first and one for its last year (a correlated MIN/MAX on an index prefix), so a city of 3,000
// regions and millions of targets answers in milliseconds; the table has no index on year.
const char *const SelectTargetYearSpan = R"(
SELECT MIN((SELECT MIN(t.year) FROM target t WHERE t.region_code = r.code)),
       MAX((SELECT MAX(t.year) FROM target t WHERE t.region_code = r.code))
FROM region r)";

const char *const SelectHasTargets = R"(
SELECT EXISTS (SELECT 1 FROM region r
               WHERE EXISTS (SELECT 1 FROM target t WHERE t.region_code = r.code AND t.year = ?)))";

const char *const SelectHasRegions = "SELECT EXISTS (SELECT 1 FROM region)";

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// A stored amount that does not parse is a damaged row: report it rather than read 0.
Result<Value> valueFromRow(const QSqlQuery &q)
{
    Value v;
    v.indicatorCode = q.value(0).toString();
    v.regionCode = q.value(1).toString();
    v.year = q.value(2).toInt();
    v.quarter = q.value(3).toInt();
    const auto amount = Decimal::parse(q.value(4).toString());
    if (!amount)
        return Error{QCoreApplication::translate(
                         "zx::Database", "Stored figure '%1' of %2, region %3, %4 Q%5 is not a number")
                         .arg(q.value(4).toString(), v.indicatorCode, v.regionCode)
                         .arg(v.year)
                         .arg(v.quarter)};
    v.value = *amount;
    v.comment = q.value(5).toString();
    v.enteredBy = q.value(6).toString();
    v.enteredAt = q.value(7).toString();
    return v;
}

Result<Target> targetFromRow(const QSqlQuery &q)
{
    Target t;
    t.indicatorCode = q.value(0).toString();
    t.regionCode = q.value(1).toString();
    t.year = q.value(2).toInt();
    const auto amount = Decimal::parse(q.value(3).toString());
    if (!amount)
        return Error{QCoreApplication::translate(
                         "zx::Database", "Stored target '%1' of %2, region %3 is not a number")
                         .arg(q.value(3).toString(), t.indicatorCode, t.regionCode)};
    t.value = *amount;
    if (!q.value(4).isNull())
        t.baseline = Decimal::parse(q.value(4).toString());
    for (int i = 0; i < 4; ++i)
        if (!q.value(5 + i).isNull())
            t.milestonePct[i] = q.value(5 + i).toDouble();
    return t;
}

} // namespace

Outcome upsert(Database &db, const Value &v)
{
    return sql::runCached(db, Upsert,
                          {v.indicatorCode, v.regionCode, v.year, v.quarter, v.value.toString(),
                           v.comment, v.enteredBy, v.enteredAt},
                          [&v] {
                              return QCoreApplication::translate("zx::Database", "saving a figure of %1")
                                  .arg(v.indicatorCode);
                          });
}

Outcome remove(Database &db, const ValueKey &k)
{
    return sql::runCached(db, Delete, {k.indicatorCode, k.regionCode, k.year, k.quarter}, [&k] {
        return QCoreApplication::translate("zx::Database", "deleting a figure of %1").arg(k.indicatorCode);
    });
}

Result<std::optional<Value>> find(Database &db, const ValueKey &k)
{
    QString error;
    QSqlQuery *q = sql::queryCached(db, SelectOne, {k.indicatorCode, k.regionCode, k.year, k.quarter},
                                    [] { return QCoreApplication::translate("zx::Database", "reading a figure"); },
                                    error);
    if (!q)
        return Error{error};
    const auto done = qScopeGuard([q] { q->finish(); });
    if (!q->next())
        return std::optional<Value>();
    auto v = valueFromRow(*q);
    if (!v)
        return Error{v.error()};
    return std::optional<Value>(std::move(v).value());
}

Result<std::vector<Value>> inYears(Database &db, int fromYear, int toYear)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading figures");
    auto q = sql::prepare(db.connection(), SelectYears, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {fromYear, toYear}, what); !ok)
        return Error{ok.error()};
    std::vector<Value> values;
    while (q.value().next()) {
        auto v = valueFromRow(q.value());
        if (!v)
            return Error{v.error()};
        values.push_back(std::move(v).value());
    }
    return values;
}

namespace {

// `statement` (whose first two parameters are the years) narrowed to a list of regions.
template <typename Row, typename FromRow>
Result<std::vector<Row>> forRegions(Database &db, const char *statement, const QStringList &regions,
                                    int fromYear, int toYear, const QString &what, FromRow fromRow)
{
    std::vector<Row> rows;
    if (regions.isEmpty())
        return rows;
    QByteArray text(statement);
    text += " AND region_code IN (";
    for (qsizetype i = 0; i < regions.size(); ++i)
        text += i ? ",?" : "?";
    text += ')';
    auto q = sql::prepare(db.connection(), text.constData(), what);
    if (!q)
        return Error{q.error()};
    QSqlQuery &query = q.value();
    query.bindValue(0, fromYear);
    query.bindValue(1, toYear);
    for (qsizetype i = 0; i < regions.size(); ++i)
        query.bindValue(int(i + 2), regions[i]);
    if (!query.exec())
        return Error{QCoreApplication::translate("zx::Database", "Database error while %1: %2")
                         .arg(what, query.lastError().text())};
    while (query.next()) {
        auto row = fromRow(query);
        if (!row)
            return Error{row.error()};
        rows.push_back(std::move(row).value());
    }
    return rows;
}

} // namespace

Result<std::vector<Value>> inYearsForRegions(Database &db, const QStringList &regions,
                                             int fromYear, int toYear)
{
    return forRegions<Value>(db, SelectYears, regions, fromYear, toYear,
                             QCoreApplication::translate("zx::Database", "reading figures"),
                             valueFromRow);
}

Result<std::vector<Value>> figuresInYearsForRegions(Database &db, const QStringList &regions,
                                                   int fromYear, int toYear)
{
    return forRegions<Value>(db, SelectBareYears, regions, fromYear, toYear,
                             QCoreApplication::translate("zx::Database", "reading figures"),
                             valueFromRow);
}

Result<std::vector<Target>> targetsInYearsForRegions(Database &db, const QStringList &regions,
                                                     int fromYear, int toYear)
{
    return forRegions<Target>(db, SelectTargets, regions, fromYear, toYear,
                              QCoreApplication::translate("zx::Database", "reading targets"),
                              targetFromRow);
}

Outcome upsertTarget(Database &db, const Target &t)
{
    return sql::run(db.connection(), UpsertTarget,
                    {t.indicatorCode, t.regionCode, t.year, t.value.toString(),
                     t.baseline ? QVariant(t.baseline->toString()) : QVariant(),
                     optionalNumber(t.milestonePct[0]), optionalNumber(t.milestonePct[1]),
                     optionalNumber(t.milestonePct[2]), optionalNumber(t.milestonePct[3])},
                    QCoreApplication::translate("zx::Database", "saving a target of %1")
                        .arg(t.indicatorCode));
}

Outcome removeTarget(Database &db, const QString &indicatorCode, const QString &regionCode,
                     int year)
{
    return sql::run(db.connection(), DeleteTarget, {indicatorCode, regionCode, year},
                    QCoreApplication::translate("zx::Database", "deleting a target of %1")
                        .arg(indicatorCode));
}

Result<std::optional<Target>> findTarget(Database &db, const QString &indicatorCode,
                                         const QString &regionCode, int year)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading targets");
    auto q = sql::prepare(db.connection(), SelectTarget, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {indicatorCode, regionCode, year}, what); !ok)
        return Error{ok.error()};
    if (!q.value().next())
        return std::optional<Target>();
    auto t = targetFromRow(q.value());
    if (!t)
        return Error{t.error()};
    return std::optional<Target>(std::move(t).value());
}

Result<std::vector<Target>> targetsInYears(Database &db, int fromYear, int toYear)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading targets");
    auto q = sql::prepare(db.connection(), SelectTargets, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {fromYear, toYear}, what); !ok)
        return Error{ok.error()};
    std::vector<Target> targets;
    while (q.value().next()) {
        auto t = targetFromRow(q.value());
        if (!t)
            return Error{t.error()};
        targets.push_back(std::move(t).value());
    }
    return targets;
}

Result<std::vector<int>> years(Database &db)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading years");
    auto q = sql::prepare(db.connection(), SelectNextYear, what);
    if (!q)
        return Error{q.error()};
    std::vector<int> result;
    // Below any year a figure can have (the schema's years are positive).
    qint64 after = std::numeric_limits<int>::min();
    for (;;) {
        if (auto ok = sql::exec(q.value(), {after}, what); !ok)
            return Error{ok.error()};
        if (!q.value().next() || q->value(0).isNull())
            break;
        result.push_back(q->value(0).toInt());
        after = result.back();
        q.value().finish();
    }
    return result;
}

Result<std::optional<std::pair<int, int>>> targetYearSpan(Database &db)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading years");
    auto q = sql::prepare(db.connection(), SelectTargetYearSpan, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what); !ok)
        return Error{ok.error()};
    if (!q.value().next() || q->value(0).isNull() || q->value(1).isNull())
        return std::optional<std::pair<int, int>>();
    return std::optional<std::pair<int, int>>(std::pair(q->value(0).toInt(), q->value(1).toInt()));
}

Result<bool> hasTargets(Database &db, int year)
{
    auto v = sql::scalar(db.connection(), SelectHasTargets, {year},
                         QCoreApplication::translate("zx::Database", "reading targets"));
    if (!v)
        return Error{v.error()};
    return v->toInt() != 0;
}

Result<bool> hasRegions(Database &db)
{
    auto v = sql::scalar(db.connection(), SelectHasRegions, {},
                         QCoreApplication::translate("zx::Database", "reading regions"));
    if (!v)
        return Error{v.error()};
    return v->toInt() != 0;
}

} // namespace zx::valuestore
