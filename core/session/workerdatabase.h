#pragma once

#include <memory>

namespace zx {

class Database;

// A worker thread's own connection to the open database (Workspace::openWorker): a connection
// belongs to the thread that opened it, so the worker closes it there, by destroying this.
// Closed through core (workspacereads.cpp), so the UI holding one needs only Database's name.
struct CloseDatabase
{
    void operator()(Database *db) const;
};
using WorkerDatabase = std::unique_ptr<Database, CloseDatabase>;

} // namespace zx
