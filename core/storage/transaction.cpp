#include "transaction.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zx {

WriteTransaction::WriteTransaction(Database &db) : m_database(db), m_db(db.connection())
{
    if (auto ok = db.checkWritable(); !ok) {
        m_error = ok.error();
        return;
    }
    const QStringList statements = db.beginWriteStatements();
    for (int i = 0; i < statements.size(); ++i) {
        QSqlQuery begin(m_db);
        if (!begin.exec(statements[i])) {
            m_error = QCoreApplication::translate("zx::Database", "Could not start a write: %1")
                          .arg(sql::describe(begin.lastError()));
            if (i > 0) {
                QSqlQuery rollback(m_db);
                rollback.exec(QStringLiteral("ROLLBACK"));
            }
            return;
        }
    }
    m_active = true;
    db.beginWrite();
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
    if (auto ok = m_database.settleBeforeCommit(); !ok)
        return ok;
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return Error{QCoreApplication::translate("zx::Database", "Could not save the changes: %1")
                         .arg(sql::describe(commit.lastError()))};
    m_active = false;
    return Outcome::success();
}

} // namespace zx
