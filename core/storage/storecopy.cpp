#include "storecopy.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlRecord>

namespace zx::storecopy {

namespace {

// Parents before the tables that refer to them (regions and indicators refer to themselves
// through deferred keys, checked at commit); the cache and its notes last.
const char *const Tables[] = {
    "category", "indicator", "region", "target", "figure", "period_status", "app_user",
    "user_region", "office_setting", "audit_entry", "rollup_value", "rollup_target", "rollup_dirty",
};

// Rows per INSERT: one round trip to a server per this many rows, not per row.
constexpr int RowsPerInsert = 200;

QString tr(const char *text)
{
    return QCoreApplication::translate("zx::storecopy", text); // lupdate files tr() here under the namespace
}

QString insertText(const QString &table, const QStringList &columns, int rows)
{
    QString row = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(u','), QStringList(rows, row).join(u','));
}

Result<qint64> copyTable(Database &from, Database &to, const QString &table)
{
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    // Tables and columns are our own names; the order is the key's, so a copy reads the same.
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return Error{tr("Could not read %1 from %2: %3").arg(table, from.path(), sql::describe(read.lastError()))};
    const QSqlRecord record = read.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    QSqlQuery full(to.connection());
    if (!full.prepare(insertText(table, columns, RowsPerInsert)))
        return Error{tr("Could not write %1 to %2: %3").arg(table, to.path(), sql::describe(full.lastError()))};
    QVariantList pending;
    pending.reserve(RowsPerInsert * columns.size());
    qint64 copied = 0;
    const auto flush = [&](bool all) -> Outcome {
        const int rows = int(pending.size() / columns.size());
        if (rows == 0 || (!all && rows < RowsPerInsert))
            return Outcome::success();
        QSqlQuery tail(to.connection());
        QSqlQuery &insert = rows == RowsPerInsert ? full : tail;
        if (&insert == &tail && !tail.prepare(insertText(table, columns, rows)))
            return Error{tr("Could not write %1 to %2: %3").arg(table, to.path(), sql::describe(tail.lastError()))};
        for (int i = 0; i < pending.size(); ++i)
            insert.bindValue(i, pending[i]);
        if (!insert.exec())
            return Error{tr("Could not write %1 to %2: %3").arg(table, to.path(), sql::describe(insert.lastError()))};
        copied += rows;
        pending.clear();
        return Outcome::success();
    };
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            pending << read.value(i);
        if (auto ok = flush(false); !ok)
            return Error{ok.error()};
    }
    if (read.lastError().isValid())
        return Error{tr("Could not read %1 from %2: %3").arg(table, from.path(), sql::describe(read.lastError()))};
    if (auto ok = flush(true); !ok)
        return Error{ok.error()};
    return copied;
}

Result<bool> isEmpty(Database &db)
{
    auto rows = sql::scalar(db.connection(),
                            "SELECT (SELECT count(*) FROM region) + (SELECT count(*) FROM indicator) + "
                            "(SELECT count(*) FROM audit_entry)",
                            {}, tr("reading what %1 holds").arg(db.path()));
    if (!rows)
        return Error{rows.error()};
    return rows->toLongLong() == 0;
}

} // namespace

Result<std::vector<TableCount>> countAll(Database &db)
{
    std::vector<TableCount> counts;
    for (const char *table : Tables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return Error{tr("Could not count %1 in %2: %3").arg(QLatin1String(table), db.path(), sql::describe(q.lastError()))};
        counts.push_back({QLatin1String(table), q.value(0).toLongLong()});
    }
    return counts;
}

Result<std::vector<TableCount>> copyAll(Database &from, Database &to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error{tr("%1 (schema version %2) and %3 (schema version %4) differ: open both with "
                        "this release first").arg(from.path()).arg(from.schemaVersion()).arg(to.path()).arg(to.schemaVersion())};
    auto empty = isEmpty(to);
    if (!empty)
        return Error{empty.error()};
    if (!empty.value())
        return Error{tr("%1 already holds a county: a copy goes into an empty database only").arg(to.path())};
    WriteTransaction tx(to);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = to.beginCopy(); !ok)
        return Error{ok.error()};
    // The accounts are the county's: a server's own first account (whoever set it up) gives
    // way to them, and whoever copies is an administrator of the copy, or could not use it.
    for (const char *statement : {"DELETE FROM user_region", "DELETE FROM app_user"})
        if (auto ok = sql::run(to.connection(), statement, {}, tr("copying the accounts")); !ok)
            return Error{ok.error()};
    std::vector<TableCount> counts;
    for (const char *table : Tables) {
        auto rows = copyTable(from, to, QLatin1String(table));
        if (!rows)
            return Error{rows.error()};
        counts.push_back({QLatin1String(table), rows.value()});
    }
    if (auto ok = sql::run(to.connection(),
                           "INSERT INTO app_user (name, role, display_name) VALUES (?, 'administrator', '') "
                           "ON CONFLICT (name) DO NOTHING",
                           {to.userName()}, tr("copying the accounts"));
        !ok)
        return Error{ok.error()};
    if (auto ok = to.continueNumbering(); !ok)
        return Error{ok.error()};
    if (auto ok = tx.commit(); !ok)
        return Error{ok.error()};
    if (auto ok = to.analyzeAfterLoad(); !ok)
        return Error{ok.error()};
    return counts;
}

} // namespace zx::storecopy
