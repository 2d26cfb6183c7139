#include "dataversion.h"

#include "auditstore.h"
#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace zx::dataversion {

Result<DataVersion> current(Database &db)
{
    const QString what = QCoreApplication::translate("zx::Database", "reading the data version");
    auto version = sql::scalar(db.connection(), "PRAGMA data_version", {}, what);
    if (!version)
        return Error{version.error()};
    auto head = auditstore::newest(db);
    if (!head)
        return Error{head.error()};
    DataVersion v;
    v.connection = db.connection().connectionName();
    v.fileVersion = version->toLongLong();
    v.auditHeadId = head->first;
    v.auditHeadHash = head->second;
    return v;
}

} // namespace zx::dataversion
