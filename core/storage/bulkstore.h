#pragma once

#include "domain/types.h"
#include "result.h"

#include <QSqlQuery>

#include <memory>

namespace zx {

class Database;

// Fast writers for whole tables of figures and targets, for the synthetic generator: one
// statement prepared once and bound per row, plain INSERT (no upsert, no audit entry per
// row; the caller writes one audit entry for the whole batch). The caller holds the
// WriteTransaction, and should add rows in primary-key order for speed.
namespace bulkstore {

// Whether the database holds no regions and no indicators (a freshly created file).
Result<bool> isEmpty(Database &db);

// Raises this connection's page cache to `megabytes` (SQLite only; not stored in the file).
// Millions of rows in one transaction touch index pages all over the file: with the default
// 2 MB cache they spill to the WAL and are read back again and again (minutes instead of
// seconds for a city).
Outcome growCache(Database &db, int megabytes);

class ValueWriter
{
public:
    static Result<std::unique_ptr<ValueWriter>> prepare(Database &db, const QString &enteredBy,
                                                        const QString &enteredAt);
    // `amount` is the stored decimal text (Decimal::toString()).
    Outcome add(const QString &indicatorCode, const QString &regionCode, int year, int quarter,
                const QString &amount);
    qint64 count() const { return m_count; }

private:
    ValueWriter(Database &db, QSqlQuery query) : m_db(db), m_query(std::move(query)) {}
    Database &m_db;
    QSqlQuery m_query;
    qint64 m_count = 0;
};

class TargetWriter
{
public:
    static Result<std::unique_ptr<TargetWriter>> prepare(Database &db);
    Outcome add(const Target &target);
    qint64 count() const { return m_count; }

private:
    explicit TargetWriter(QSqlQuery query) : m_query(std::move(query)) {}
    QSqlQuery m_query;
    qint64 m_count = 0;
};

} // namespace bulkstore
} // namespace zx
