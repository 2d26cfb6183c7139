#include "transaction.h"

#include "database.h"
#include "rollupstore.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zx {

WriteTransaction::WriteTransaction(Database &db) : m_db(db.connection())
{
    if (auto ok = db.checkWritable(); !ok) {
        m_error = ok.error();
        return;
    }
    QSqlQuery begin(m_db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_active = true;
        db.beginWrite();
    }
    else
        m_error = QCoreApplication::translate("zx::Database", "Could not start a write: %1")
                      .arg(sql::describe(begin.lastError()));
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Outcome WriteTransaction::commit()
{
    if (!m_active)
        return Error{m_error};
    // The roll-up cache changes with the figures, in the same transaction.
    if (auto ok = rollupstore::refresh(m_db); !ok)
        return ok;
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return Error{QCoreApplication::translate("zx::Database", "Could not save the changes: %1")
                         .arg(sql::describe(commit.lastError()))};
    m_active = false;
    return Outcome::success();
}

} // namespace zx
