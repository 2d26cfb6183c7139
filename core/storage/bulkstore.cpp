#include "bulkstore.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace zx::bulkstore {

namespace {

const char *const InsertValue = R"(
INSERT INTO figure (period, region_id, indicator_id, amount, comment, entered_by, entered_at)
VALUES (? * 10 + ?, (SELECT id FROM region WHERE code = ?), (SELECT id FROM indicator WHERE code = ?),
    ?, '', ?, ?))";

const char *const InsertTarget = R"(
INSERT INTO target (indicator_code, region_code, year, amount, baseline, milestone_q1,
    milestone_q2, milestone_q3, milestone_q4)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))";

const char *const CountRows =
    "SELECT (SELECT COUNT(*) FROM region) + (SELECT COUNT(*) FROM indicator)";

Error failed(const QString &what, const QSqlQuery &query)
{
    return Error{QCoreApplication::translate("zx::Database", "Database error while %1: %2")
                     .arg(what, query.lastError().text())};
}

} // namespace

Result<bool> isEmpty(Database &db)
{
    auto n = sql::scalar(db.connection(), CountRows, {},
                         QCoreApplication::translate("zx::Database", "counting regions"));
    if (!n)
        return Error{n.error()};
    return n->toLongLong() == 0;
}

Outcome growCache(Database &db, int megabytes)
{
    if (db.isServer()) // the server sizes its own buffers
        return Outcome::success();
    // A negative cache_size counts KiB. PRAGMAs take no bound parameters; the number is ours.
    const QByteArray pragma = "PRAGMA cache_size = -" + QByteArray::number(qint64(megabytes) * 1024);
    return sql::run(db.connection(), pragma.constData(), {},
                    QCoreApplication::translate("zx::Database", "setting the cache size"));
}

Result<std::unique_ptr<ValueWriter>> ValueWriter::prepare(Database &db, const QString &enteredBy,
                                                          const QString &enteredAt)
{
    auto q = sql::prepare(db.connection(), InsertValue,
                          QCoreApplication::translate("zx::Database", "saving figures"));
    if (!q)
        return Error{q.error()};
    // Bound values stay bound between executions: who and when are the same for every row.
    q.value().bindValue(5, enteredBy);
    q.value().bindValue(6, enteredAt);
    return std::unique_ptr<ValueWriter>(new ValueWriter(db, std::move(q).value()));
}

Outcome ValueWriter::add(const QString &indicatorCode, const QString &regionCode, int year,
                         int quarter, const QString &amount)
{
    m_query.bindValue(0, year);
    m_query.bindValue(1, quarter);
    m_query.bindValue(2, regionCode);
    m_query.bindValue(3, indicatorCode);
    m_query.bindValue(4, amount);
    if (!m_query.exec())
        return failed(QCoreApplication::translate("zx::Database", "saving a figure of %1")
                          .arg(indicatorCode),
                      m_query);
    ++m_count;
    return m_db.noteRollupDirty(indicatorCode, regionCode, year);
}

Result<std::unique_ptr<TargetWriter>> TargetWriter::prepare(Database &db)
{
    auto q = sql::prepare(db.connection(), InsertTarget,
                          QCoreApplication::translate("zx::Database", "saving targets"));
    if (!q)
        return Error{q.error()};
    return std::unique_ptr<TargetWriter>(new TargetWriter(std::move(q).value()));
}

Outcome TargetWriter::add(const Target &t)
{
    m_query.bindValue(0, t.indicatorCode);
    m_query.bindValue(1, t.regionCode);
    m_query.bindValue(2, t.year);
    m_query.bindValue(3, t.value.toString());
    m_query.bindValue(4, t.baseline ? QVariant(t.baseline->toString()) : QVariant());
    for (int q = 0; q < 4; ++q)
        m_query.bindValue(5 + q, t.milestonePct[q] ? QVariant(*t.milestonePct[q]) : QVariant());
    if (!m_query.exec())
        return failed(QCoreApplication::translate("zx::Database", "saving a target of %1")
                          .arg(t.indicatorCode),
                      m_query);
    ++m_count;
    return Outcome::success();
}

} // namespace zx::bulkstore
