#pragma once

#include "connection.h"
#include "io/importchanges.h"
#include "io/valueimport.h"
#include "result.h"
#include "session/workerdatabase.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QTimer;

namespace zx {

// Runs planImportFile / applyImport on a worker thread, on a Database connection of its own
// (Workspace::openWorker: a connection belongs to the thread that opened it, so the UI
// thread's is never touched). The plan and its confirmation run on the same thread and
// connection, kept open in between: applyImport then tells from the connection's data version
// whether anything was written since the preview, and writes the plan without checking it
// again when nothing was (lastCheck()). Progress is read from atomics the worker updates and reported on the UI
// thread every 100 ms; cancel() sets the flag ImportControl polls. One job at a time.
// Destroying the job cancels what runs and waits for it: the worker holds a connection and
// may be inside a write transaction; the connection is closed on the worker's thread.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    using PlanPtr = std::shared_ptr<const ImportPlan>;

    ImportJob(Connection connection, QString userName, QObject *parent = nullptr);
    ~ImportJob() override;

    void plan(const QString &file);
    void apply(PlanPtr plan);
    void cancel();
    // True from start until the result is delivered (not merely until the worker returns).
    bool isRunning() const;
    bool cancelRequested() const { return m_state && m_state->cancel.load(); }
    // The first figures and targets the last plan would write, with names and what is stored
    // (describeChanges, worked out on the worker after planning).
    const std::vector<ImportChangeRow> &changes() const { return m_changes; }
    static constexpr std::size_t ChangesShown = 500;
    // How the last apply() judged a values plan (Reused: written as previewed).
    ImportCheck lastCheck() const { return m_lastCheck; }

signals:
    void progress(qint64 done, qint64 total);
    // `error` is set when the database could not be opened (no plan then).
    void planned(zx::ImportJob::PlanPtr plan, const QString &error, bool cancelRequested);
    void applied(const zx::Outcome &outcome, bool cancelRequested);

private:
    struct State
    {
        std::atomic_bool cancel{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };
    struct Finished
    {
        PlanPtr plan;
        Outcome outcome;
        std::vector<ImportChangeRow> changes;
        ImportCheck check = ImportCheck::None;
    };
    // The worker's connection: made, used and closed on the pool's one thread only.
    struct Worker
    {
        WorkerDatabase db;
    };
    static ImportControl controlFor(const std::shared_ptr<State> &state);
    void start(std::function<Finished(Database &, const ImportControl &)> work);
    void finish();

    QThreadPool m_thread; // one thread that never expires: the connection stays usable
    std::shared_ptr<Worker> m_worker;
    ImportCheck m_lastCheck = ImportCheck::None;
    Connection m_connection; // the open database the worker connects to
    QString m_userName;
    std::shared_ptr<State> m_state;
    QFutureWatcher<Finished> m_watcher;
    QTimer *m_tick;
    std::vector<ImportChangeRow> m_changes;
    bool m_planning = false;
    bool m_busy = false; // from start() until finish() has delivered the result
};

} // namespace zx
