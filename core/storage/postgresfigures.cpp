// The server's statements about figures in bulk: writes (valuestore::writeMany), each column of thousands of
// figures bound as one PostgreSQL array, unnested and joined to the regions and indicators by
// code in one statement. Qt's driver sends a prepared statement's values as text, so 8
// arrays parse far faster than 8 values per figure; unknown codes become NULL ids and fail
// the NOT NULL constraint rather than vanish.
#include "valuestore.h"

#include "rollupstore.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace zx::valuestore {

namespace {

constexpr std::size_t RowsPerStatement = 5000;

// A PostgreSQL array literal of texts: {"a","b\"c"} (every element quoted, " and \ escaped).
QString textArray(const QStringList &items)
{
    QString out;
    out.reserve(int(items.size()) * 12 + 2);
    out += u'{';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += u',';
        out += u'"';
        for (const QChar c : items[i]) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            out += c;
        }
        out += u'"';
    }
    out += u'}';
    return out;
}

QString intArray(const QList<int> &items)
{
    QStringList texts;
    texts.reserve(items.size());
    for (int i : items)
        texts << QString::number(i);
    return u'{' + texts.join(u',') + u'}';
}

Outcome runArrays(Database &db, const char *statement, const QVariantList &binds)
{
    const QString what = QCoreApplication::translate("zx::Database", "saving figures");
    QSqlQuery q(db.connection());
    if (!q.prepare(QString::fromUtf8(statement)))
        return Error{QStringLiteral("%1: %2").arg(what, sql::describe(q.lastError()))};
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds[i]);
    if (!q.exec())
        return Error{QStringLiteral("%1: %2").arg(what, sql::describe(q.lastError()))};
    return Outcome::success();
}

const char *const UpsertArrays = R"(
INSERT INTO figure (period, region_id, indicator_id, amount, comment, entered_by, entered_at)
SELECT k.period, r.id, i.id, k.amount, k.comment, k.entered_by, k.entered_at
FROM unnest(?::integer[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
    AS k(period, region, indicator, amount, comment, entered_by, entered_at)
LEFT JOIN region r ON r.code = k.region
LEFT JOIN indicator i ON i.code = k.indicator
ON CONFLICT (period, region_id, indicator_id) DO UPDATE SET
    amount = excluded.amount, comment = excluded.comment,
    entered_by = excluded.entered_by, entered_at = excluded.entered_at)";

const char *const DeleteArrays = R"(
DELETE FROM figure f
USING unnest(?::integer[], ?::text[], ?::text[]) AS k(period, region, indicator)
JOIN region r ON r.code = k.region
JOIN indicator i ON i.code = k.indicator
WHERE f.period = k.period AND f.region_id = r.id AND f.indicator_id = i.id)";

} // namespace

Outcome postgresWriteFigures(Database &db, const std::vector<Value> &sets, const std::vector<ValueKey> &deletes)
{
    for (std::size_t from = 0; from < sets.size(); from += RowsPerStatement) {
        const std::size_t to = std::min(sets.size(), from + RowsPerStatement);
        QList<int> periods;
        QStringList regions, indicators, amounts, comments, by, at;
        for (std::size_t i = from; i < to; ++i) {
            const Value &v = sets[i];
            periods << v.year * 10 + v.quarter;
            regions << v.regionCode;
            indicators << v.indicatorCode;
            amounts << v.value.toString();
            comments << v.comment;
            by << v.enteredBy;
            at << v.enteredAt;
        }
        if (auto ok = runArrays(db, UpsertArrays,
                          {intArray(periods), textArray(regions), textArray(indicators), textArray(amounts),
                           textArray(comments), textArray(by), textArray(at)});
            !ok)
            return ok;
        for (std::size_t i = from; i < to; ++i)
            if (auto ok = db.noteRollupDirty(sets[i].indicatorCode, sets[i].regionCode, sets[i].year); !ok)
                return ok;
    }
    for (std::size_t from = 0; from < deletes.size(); from += RowsPerStatement) {
        const std::size_t to = std::min(deletes.size(), from + RowsPerStatement);
        QList<int> periods;
        QStringList regions, indicators;
        for (std::size_t i = from; i < to; ++i) {
            periods << deletes[i].year * 10 + deletes[i].quarter;
            regions << deletes[i].regionCode;
            indicators << deletes[i].indicatorCode;
        }
        if (auto ok = runArrays(db, DeleteArrays, {intArray(periods), textArray(regions), textArray(indicators)}); !ok)
            return ok;
        for (std::size_t i = from; i < to; ++i)
            if (auto ok = db.noteRollupDirty(deletes[i].indicatorCode, deletes[i].regionCode, deletes[i].year); !ok)
                return ok;
    }
    return Outcome::success();
}

} // namespace zx::valuestore

namespace zx {

namespace rollupstore {

// The same columns and parameters as rollupstore.cpp's ChildValues, in its order.
const char *const PostgresChildValues = R"(
SELECT r.code, f.period % 10, f.amount, 0 FROM figure f JOIN region r ON r.id = f.region_id
WHERE f.period IN (?, ?, ?, ?) AND f.indicator_id = (SELECT id FROM indicator WHERE code = ?)
    AND f.region_id = ANY (ARRAY(SELECT id FROM region WHERE parent_code = ?))
UNION ALL
SELECT r.code, u.quarter, u.amount, 1 FROM region r
    JOIN rollup_value u ON u.region_code = r.code AND u.year = ? AND u.indicator_code = ?
WHERE r.parent_code = ?)";

} // namespace rollupstore

Outcome postgresNoteDirty(Database &db)
{
    if (db.m_pendingDirty.empty())
        return Outcome::success();
    QStringList indicators, regions;
    QList<int> years;
    for (const Database::DirtyKey &k : db.m_pendingDirty) {
        indicators << k.indicator;
        regions << k.region;
        years << k.year;
    }
    if (auto ok = valuestore::runArrays(db, "INSERT INTO rollup_dirty SELECT * FROM unnest(?::text[], ?::text[], "
                                            "?::integer[]) ON CONFLICT DO NOTHING",
                                        {valuestore::textArray(indicators), valuestore::textArray(regions),
                                         valuestore::intArray(years)});
        !ok)
        return ok;
    db.m_pendingDirty.clear();
    return Outcome::success();
}

} // namespace zx
