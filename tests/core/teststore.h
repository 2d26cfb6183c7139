#pragma once
// One core, two stores (issue 16): the storage tests run once on files and once on a
// PostgreSQL server. ctest's second run of zx_storage_tests (zx_storage_tests_on_server) sets
// ZX_TEST_STORE=server under pg_virtualenv; there freshStore() hands out a fresh empty database
// on the throwaway cluster (tests/server/servertest.h's ServerDatabase) where it would hand out
// a file in the test's temporary folder, and Database::open(…, CreateIfMissing) sets it up as
// it sets up a new file. Every database made for a test is dropped when the test ends.
#include "../server/servertest.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <vector>

namespace zxtest {

// Whether this run's stores are databases on a server (ZX_TEST_STORE=server).
inline bool onServer()
{
    return qEnvironmentVariable("ZX_TEST_STORE") == QLatin1String("server");
}

namespace detail {

// What the running test made: its server databases (by the file name they stand for) and its
// raw connections; dropped and removed when the test ends, after its fixture is gone.
struct Made
{
    std::map<QString, std::unique_ptr<ServerDatabase>> databases;
    std::vector<QString> connections;

    void clear()
    {
        for (const QString &name : connections) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        connections.clear();
        databases.clear();
    }
};

inline Made &made()
{
    static Made m;
    return m;
}

class DropAtTestEnd : public ::testing::EmptyTestEventListener
{
public:
    void OnTestEnd(const ::testing::TestInfo &) override { made().clear(); }
};

inline void dropAtTestEnd()
{
    static bool registered = false;
    if (!registered) {
        registered = true;
        ::testing::UnitTest::GetInstance()->listeners().Append(new DropAtTestEnd); // gtest owns it
    }
}

} // namespace detail

// Where a test keeps its store named `fileName`: that file in `dir`, or on the server run a
// fresh empty database's URL (the same one for the same folder and name within a test, so a
// test can reopen it).
inline QString freshStore(const QTemporaryDir &dir, const QString &fileName)
{
    const QString file = dir.filePath(fileName);
    if (!onServer())
        return file;
    detail::dropAtTestEnd();
    auto &databases = detail::made().databases;
    auto found = databases.find(file);
    if (found == databases.end()) {
        auto created = std::make_unique<ServerDatabase>();
        if (!created->error().isEmpty())
            ADD_FAILURE() << "cannot make a database for " << file.toStdString() << ": "
                          << created->error().toStdString();
        found = databases.emplace(file, std::move(created)).first;
    }
    return found->second->url();
}

inline QString freshStore(const QTemporaryDir &dir, const char *fileName)
{
    return freshStore(dir, QString::fromUtf8(fileName));
}

// A connection of its own to `store` (from freshStore), the way someone working behind the
// program's back reaches it: Qt's SQLite driver on a file (no pragmas of ours), Qt's PostgreSQL
// driver as the cluster's superuser on a server. Open, or the test has failed; closed and
// removed when the test ends.
inline QSqlDatabase rawConnection(const QString &store)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db;
    const ServerDatabase *server = nullptr;
    for (const auto &[file, database] : detail::made().databases)
        if (database->url() == store)
            server = database.get();
    if (server) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(server->name());
        db.setConnectOptions(QStringLiteral("client_encoding=UTF8"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store);
    }
    detail::dropAtTestEnd();
    detail::made().connections.push_back(name);
    if (!db.open())
        ADD_FAILURE() << "cannot open " << store.toStdString() << " behind the program's back: "
                      << db.lastError().text().toStdString();
    return db;
}

// Whom a test acts as when it names a person: on a file the name it gives (a file records
// whoever the program says is at the keyboard), on a server the role signed in — the server
// records that, whatever a client claims (the figure's entered_by, the audit entry's user).
inline QString actingAs(const zx::Database &db, const QString &onAFile)
{
    return db.isServer() ? db.userName() : onAFile;
}

} // namespace zxtest
