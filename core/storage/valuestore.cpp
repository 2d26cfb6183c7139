#include "valuestore.h"

#include "database.h"
#include "sql.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QStringList>

#include <array>
#include <functional>
#include <limits>

namespace zx::valuestore {

namespace {

// Storage v5 (schema 8): a figure is a row of `figure`, keyed by (period, region_id,
// indicator_id) with period = year * 10 + quarter; the codes are looked up in the region and
// indicator tables by their primary keys. Readers map ids back to codes in C++ (80 indicators,
// a few thousand regions), not by a join per row.
const char *const Upsert = R"(
INSERT INTO figure (period, region_id, indicator_id, amount, comment, entered_by, entered_at)
VALUES (? * 10 + ?, (SELECT id FROM region WHERE code = ?), (SELECT id FROM indicator WHERE code = ?),
    ?, ?, ?, ?)
ON CONFLICT (period, region_id, indicator_id) DO UPDATE SET
    amount = excluded.amount, comment = excluded.comment,
    entered_by = excluded.entered_by, entered_at = excluded.entered_at)";

// A file below version 8 (only tests open one, Database::openAtVersion) keeps its figures in
// the indicator_value table of version 1.
const char *const UpsertBeforeV5 = R"(
INSERT INTO indicator_value (year, quarter, region_code, indicator_code, amount, comment,
    entered_by, entered_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (indicator_code, region_code, year, quarter) DO UPDATE SET
    amount = excluded.amount, comment = excluded.comment,
    entered_by = excluded.entered_by, entered_at = excluded.entered_at)";

const char *const Delete = R"(
DELETE FROM figure
WHERE period = ? * 10 + ? AND region_id = (SELECT id FROM region WHERE code = ?)
    AND indicator_id = (SELECT id FROM indicator WHERE code = ?))";

const char *const SelectOne = R"(
SELECT i.code, r.code, f.period, f.amount, f.comment, f.entered_by, f.entered_at
FROM region r, indicator i, figure f
WHERE r.code = ? AND i.code = ? AND f.period = ? * 10 + ? AND f.region_id = r.id
    AND f.indicator_id = i.id)";

// Every region's figures of the years: the primary key's period range.
const char *const SelectYears = R"(
SELECT f.indicator_id, f.region_id, f.period, f.amount, f.comment, f.entered_by, f.entered_at
FROM figure f WHERE f.period BETWEEN ? AND ?)";
const char *const SelectBareYears = R"(
SELECT f.indicator_id, f.region_id, f.period, f.amount, NULL, NULL, NULL
FROM figure f WHERE f.period BETWEEN ? AND ?)";

// A list of regions' figures: per region, one seek per listed period (the text is completed
// with the periods and the codes). CROSS JOIN keeps the regions outside in SQLite; its
// conditions are in WHERE, where PostgreSQL takes them too (it has no CROSS JOIN … ON).
const char *const SelectRegionsFigures = R"(
SELECT f.indicator_id, f.region_id, f.period, f.amount, f.comment, f.entered_by, f.entered_at, r.code
FROM region r CROSS JOIN figure f WHERE f.region_id = r.id)";
const char *const SelectRegionsBareFigures = R"(
SELECT f.indicator_id, f.region_id, f.period, f.amount, NULL, NULL, NULL, r.code
FROM region r CROSS JOIN figure f WHERE f.region_id = r.id)";

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

// The next year with figures after a given one: one seek in figure's primary key per year,
// where SELECT DISTINCT walks every figure (0.3 s for a city's 4.5 million, at every start of
// the desktop app).
const char *const SelectNextPeriod = "SELECT MIN(period) FROM figure WHERE period > ?";

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
Error notANumber(const QString &amount, const Value &v)
{
    return Error{QCoreApplication::translate(
                     "zx::Database", "Stored figure '%1' of %2, region %3, %4 Q%5 is not a number")
                     .arg(amount, v.indicatorCode, v.regionCode)
                     .arg(v.year)
                     .arg(v.quarter)};
}

// The codes of the ids of a table ("SELECT id, code FROM …"), indexed by id.
Result<std::vector<QString>> codesById(Database &db, const char *statement)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading figures");
    auto q = sql::prepare(db.connection(), statement, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {}, what); !ok)
        return Error{ok.error()};
    std::vector<QString> codes;
    while (q.value().next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id < 1 || id > 100'000'000)
            continue; // a hand-made row; no figure can refer to it through the primary key
        if (std::size_t(id) >= codes.size())
            codes.resize(std::size_t(id) + 1);
        codes[std::size_t(id)] = q->value(1).toString();
    }
    return codes;
}

const QString &codeOf(const std::vector<QString> &codes, qint64 id)
{
    static const QString none;
    return id > 0 && std::size_t(id) < codes.size() ? codes[std::size_t(id)] : none;
}

// A figure from (indicator id, region id, period, amount, comment, entered_by, entered_at),
// the region's code given. A stored amount that does not parse is a damaged row: report it
// rather than read 0.
Result<Value> valueFromRow(const QSqlQuery &q, const std::vector<QString> &indicators,
                           const QString &regionCode)
{
    Value v;
    v.indicatorCode = codeOf(indicators, q.value(0).toLongLong());
    v.regionCode = regionCode;
    const int period = q.value(2).toInt();
    v.year = period / 10;
    v.quarter = period % 10;
    const QString amountText = q.value(3).toString();
    const auto amount = Decimal::parse(amountText);
    if (!amount)
        return notANumber(amountText, v);
    v.value = *amount;
    v.comment = q.value(4).toString();
    v.enteredBy = q.value(5).toString();
    v.enteredAt = q.value(6).toString();
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
    const bool v5 = db.schemaVersion() >= 8;
    if (auto ok = sql::runCached(db, v5 ? Upsert : UpsertBeforeV5,
                                 {v.year, v.quarter, v.regionCode, v.indicatorCode, v.value.toString(),
                                  v.comment, v.enteredBy, v.enteredAt},
                                 [&v] {
                                     return QCoreApplication::translate("zx::Database", "saving a figure of %1")
                                         .arg(v.indicatorCode);
                                 });
        !ok)
        return ok;
    return v5 ? db.noteRollupDirty(v.indicatorCode, v.regionCode, v.year) : Outcome::success();
}

Outcome remove(Database &db, const ValueKey &k)
{
    if (auto ok = sql::runCached(db, Delete, {k.year, k.quarter, k.regionCode, k.indicatorCode}, [&k] {
            return QCoreApplication::translate("zx::Database", "deleting a figure of %1").arg(k.indicatorCode);
        });
        !ok)
        return ok;
    return db.noteRollupDirty(k.indicatorCode, k.regionCode, k.year);
}

Outcome writeMany(Database &db, const std::vector<Value> &sets, const std::vector<ValueKey> &deletes)
{
    // A server takes them as arrays, a few statements in all (postgresfigures.cpp).
    if (db.isServer())
        return postgresWriteFigures(db, sets, deletes);
    for (const Value &v : sets)
        if (auto ok = upsert(db, v); !ok)
            return ok;
    for (const ValueKey &k : deletes)
        if (auto ok = remove(db, k); !ok)
            return ok;
    return Outcome::success();
}

Result<std::optional<Value>> find(Database &db, const ValueKey &k)
{
    QString error;
    QSqlQuery *q = sql::queryCached(db, SelectOne, {k.regionCode, k.indicatorCode, k.year, k.quarter},
                                    [] { return QCoreApplication::translate("zx::Database", "reading a figure"); },
                                    error);
    if (!q)
        return Error{error};
    const auto done = qScopeGuard([q] { q->finish(); });
    if (!q->next())
        return std::optional<Value>();
    QSqlQuery &row = *q;
    Value v;
    v.indicatorCode = row.value(0).toString();
    v.regionCode = row.value(1).toString();
    v.year = row.value(2).toInt() / 10;
    v.quarter = row.value(2).toInt() % 10;
    const auto amount = Decimal::parse(row.value(3).toString());
    if (!amount)
        return notANumber(row.value(3).toString(), v);
    v.value = *amount;
    v.comment = row.value(4).toString();
    v.enteredBy = row.value(5).toString();
    v.enteredAt = row.value(6).toString();
    return std::optional<Value>(std::move(v));
}

namespace {

// valueFromRow for a row read straight from SQLite (SqliteStatement::Row), same columns: the
// amount is parsed from its ASCII bytes without a QString in between.
Result<Value> valueFromDirectRow(const SqliteStatement::Row &row, const std::vector<QString> &indicators,
                                 const QString &regionCode)
{
    Value v;
    v.indicatorCode = codeOf(indicators, row.integer(0));
    v.regionCode = regionCode;
    const qint64 period = row.integer(2);
    v.year = int(period / 10);
    v.quarter = int(period % 10);
    const QByteArrayView amountBytes = row.bytes(3);
    std::optional<Decimal> amount;
    std::array<char16_t, 48> wide;
    if (amountBytes.size() <= qsizetype(wide.size())) {
        for (qsizetype i = 0; i < amountBytes.size(); ++i)
            wide[std::size_t(i)] = char16_t(static_cast<unsigned char>(amountBytes[i]));
        amount = Decimal::parse(QStringView(wide.data(), amountBytes.size()));
    }
    if (!amount)
        return notANumber(QString::fromUtf8(amountBytes), v);
    v.value = *amount;
    for (auto [column, text] : {std::pair{4, &v.comment}, std::pair{5, &v.enteredBy}, std::pair{6, &v.enteredAt}})
        if (const QByteArrayView bytes = row.bytes(column); !bytes.isEmpty())
            *text = QString::fromUtf8(bytes);
    return v;
}

// Runs `text` straight on SQLite, each row through `take`; false when this connection cannot.
Result<bool> readDirect(Database &db, const QByteArray &text, const QVariantList &binds,
                        const QString &what, const std::function<Outcome(const SqliteStatement::Row &)> &take)
{
    if (!db.directStatements())
        return false;
    QString error;
    auto statement = SqliteStatement::prepare(db.connection(), text.constData(), error);
    if (!statement)
        return Error{QCoreApplication::translate("zx::Database", "Database error while %1: %2").arg(what, error)};
    QString failure;
    auto read = statement->read(
        binds,
        [&](const SqliteStatement::Row &row) {
            if (auto ok = take(row); !ok) {
                failure = ok.error();
                return false;
            }
            return true;
        },
        [&what] { return what; });
    if (!read)
        return Error{read.error()};
    if (!failure.isEmpty())
        return Error{failure};
    return true;
}

const char *const IndicatorCodes = "SELECT id, code FROM indicator";
const char *const RegionCodes = "SELECT id, code FROM region";

// Every region's figures of the years, `statement` being SelectYears or SelectBareYears.
Result<std::vector<Value>> allInYears(Database &db, const char *statement, int fromYear, int toYear)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading figures");
    auto indicators = codesById(db, IndicatorCodes);
    if (!indicators)
        return Error{indicators.error()};
    auto regions = codesById(db, RegionCodes);
    if (!regions)
        return Error{regions.error()};
    std::vector<Value> values;
    const QVariantList span{qint64(fromYear) * 10 + 1, qint64(toYear) * 10 + 4};
    auto direct = readDirect(db, QByteArray(statement), span, what, [&](const SqliteStatement::Row &row) -> Outcome {
        auto v = valueFromDirectRow(row, *indicators, codeOf(*regions, row.integer(1)));
        if (!v)
            return Error{v.error()};
        values.push_back(std::move(v).value());
        return Outcome::success();
    });
    if (!direct)
        return Error{direct.error()};
    if (*direct)
        return values;
    auto q = sql::prepare(db.connection(), statement, what);
    if (!q)
        return Error{q.error()};
    if (auto ok = sql::exec(q.value(), {span[0], span[1]}, what); !ok)
        return Error{ok.error()};
    while (q.value().next()) {
        auto v = valueFromRow(q.value(), *indicators, codeOf(*regions, q->value(1).toLongLong()));
        if (!v)
            return Error{v.error()};
        values.push_back(std::move(v).value());
    }
    return values;
}

// The periods of the years that hold figures, for an IN list: every quarter of a short span,
// else of the years years() finds (a span of centuries from a caller meaning "all").
Result<std::vector<qint64>> periodsOf(Database &db, int fromYear, int toYear)
{
    std::vector<qint64> periods;
    if (toYear < fromYear)
        return periods;
    std::vector<int> spanYears;
    if (qint64(toYear) - fromYear < 40) {
        for (int y = fromYear; y <= toYear; ++y)
            spanYears.push_back(y);
    } else {
        auto stored = years(db);
        if (!stored)
            return Error{stored.error()};
        for (int y : *stored)
            if (y >= fromYear && y <= toYear)
                spanYears.push_back(y);
    }
    for (int y : spanYears)
        for (int q = 1; q <= 4; ++q)
            periods.push_back(qint64(y) * 10 + q);
    return periods;
}

// The figures stored on `regions`, `statement` being SelectRegionsFigures or
// SelectRegionsBareFigures.
Result<std::vector<Value>> regionsInYears(Database &db, const char *statement,
                                          const QStringList &regions, int fromYear, int toYear)
{
    std::vector<Value> rows;
    if (regions.isEmpty())
        return rows;
    const QString what = QCoreApplication::translate("zx::Database", "reading figures");
    auto periods = periodsOf(db, fromYear, toYear);
    if (!periods)
        return Error{periods.error()};
    if (periods->empty())
        return rows;
    auto indicators = codesById(db, IndicatorCodes);
    if (!indicators)
        return Error{indicators.error()};
    QByteArray text(statement);
    text += " AND f.period IN (";
    for (std::size_t i = 0; i < periods->size(); ++i) {
        if (i)
            text += ',';
        text += QByteArray::number((*periods)[i]); // integers of our own, not user text
    }
    text += ") AND r.code IN (";
    for (qsizetype i = 0; i < regions.size(); ++i)
        text += i ? ",?" : "?";
    text += ')';
    // The rows come region by region: the code is read once per region, not once per figure.
    qint64 regionId = -1;
    QString regionCode;
    QVariantList binds;
    binds.reserve(regions.size());
    for (const QString &r : regions)
        binds << r;
    auto direct = readDirect(db, text, binds, what, [&](const SqliteStatement::Row &row) -> Outcome {
        if (const qint64 id = row.integer(1); id != regionId) {
            regionId = id;
            regionCode = row.text(7);
        }
        auto v = valueFromDirectRow(row, *indicators, regionCode);
        if (!v)
            return Error{v.error()};
        rows.push_back(std::move(v).value());
        return Outcome::success();
    });
    if (!direct)
        return Error{direct.error()};
    if (*direct)
        return rows;
    auto q = sql::prepare(db.connection(), text.constData(), what);
    if (!q)
        return Error{q.error()};
    QSqlQuery &query = q.value();
    for (qsizetype i = 0; i < regions.size(); ++i)
        query.bindValue(int(i), regions[i]);
    if (!query.exec())
        return Error{QCoreApplication::translate("zx::Database", "Database error while %1: %2")
                         .arg(what, query.lastError().text())};
    while (query.next()) {
        if (const qint64 id = query.value(1).toLongLong(); id != regionId) {
            regionId = id;
            regionCode = query.value(7).toString();
        }
        auto row = valueFromRow(query, *indicators, regionCode);
        if (!row)
            return Error{row.error()};
        rows.push_back(std::move(row).value());
    }
    return rows;
}

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

Result<std::vector<Value>> inYears(Database &db, int fromYear, int toYear)
{
    return allInYears(db, SelectYears, fromYear, toYear);
}

Result<std::vector<Value>> inYearsForRegions(Database &db, const QStringList &regions,
                                             int fromYear, int toYear)
{
    return regionsInYears(db, SelectRegionsFigures, regions, fromYear, toYear);
}

Result<std::vector<Value>> figuresInYearsForRegions(Database &db, const QStringList &regions,
                                                   int fromYear, int toYear)
{
    return regionsInYears(db, SelectRegionsBareFigures, regions, fromYear, toYear);
}

Result<qint64> countInQuarter(Database &db, const QStringList &regions, int year, int quarter)
{
    if (regions.isEmpty())
        return qint64(0);
    const QString what = QCoreApplication::translate("zx::Database", "reading figures");
    QByteArray text("SELECT count(*) FROM region r CROSS JOIN figure f WHERE f.region_id = r.id "
                    "AND f.period = ? AND r.code IN (");
    for (qsizetype i = 0; i < regions.size(); ++i)
        text += i ? ",?" : "?";
    text += ')';
    auto q = sql::prepare(db.connection(), text.constData(), what);
    if (!q)
        return Error{q.error()};
    QSqlQuery &query = q.value();
    query.bindValue(0, qint64(year) * 10 + quarter);
    for (qsizetype i = 0; i < regions.size(); ++i)
        query.bindValue(int(i + 1), regions[i]);
    if (!query.exec() || !query.next())
        return Error{QCoreApplication::translate("zx::Database", "Database error while %1: %2")
                         .arg(what, query.lastError().text())};
    return query.value(0).toLongLong();
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
    auto q = sql::prepare(db.connection(), SelectNextPeriod, what);
    if (!q)
        return Error{q.error()};
    std::vector<int> result;
    // Below any period a figure can have (the schema's years are positive).
    qint64 after = std::numeric_limits<int>::min();
    for (;;) {
        if (auto ok = sql::exec(q.value(), {after}, what); !ok)
            return Error{ok.error()};
        if (!q.value().next() || q->value(0).isNull())
            break;
        const qint64 period = q->value(0).toLongLong();
        result.push_back(int(period / 10));
        after = qint64(result.back()) * 10 + 9; // past the year's last quarter
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
