#include "dataversion.h"

#include "auditstore.h"
#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace zx::dataversion {

Result<DataVersion> current(Database &db)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the data version");
    // A file: SQLite's data_version moves with any other connection's commit. A server has no
    // such counter, and needs none: every change there, by anyone, writes an audit entry (the
    // server's own trigger for figures), so the newest entry below is the data version.
    qint64 fileVersion = 0;
    if (!db.isServer()) {
        auto version = sql::scalar(db.connection(), "PRAGMA data_version", {}, what);
        if (!version)
            return Error{version.error()};
        fileVersion = version->toLongLong();
    }
    auto head = auditstore::newest(db);
    if (!head)
        return Error{head.error()};
    DataVersion v;
    v.connection = db.connection().connectionName();
    v.fileVersion = fileVersion;
    v.auditHeadId = head->first;
    v.auditHeadHash = head->second;
    return v;
}

} // namespace zx::dataversion
