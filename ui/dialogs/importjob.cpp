#include "importjob.h"

#include "session/workspace.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace zx {

ImportJob::ImportJob(Connection connection, QString userName, QObject *parent)
    : QObject(parent), m_connection(std::move(connection)), m_userName(std::move(userName)),
      m_tick(new QTimer(this))
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1);
    m_worker = std::make_shared<Worker>();
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_state)
            emit progress(m_state->done.load(), m_state->total.load());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportJob::finish);
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    // Closed where it was opened.
    QtConcurrent::run(&m_thread, [worker = m_worker] { worker->db.reset(); })
        .waitForFinished();
}

ImportControl ImportJob::controlFor(const std::shared_ptr<State> &state)
{
    ImportControl control;
    control.cancel = &state->cancel;
    control.progress = [state](qint64 done, qint64 total) {
        state->done.store(done);
        state->total.store(total);
    };
    return control;
}

void ImportJob::start(std::function<Finished(Database &, const ImportControl &)> work)
{
    Q_ASSERT(!isRunning());
    m_busy = true;
    m_state = std::make_shared<State>();
    const Connection connection = m_connection;
    const std::shared_ptr<State> state = m_state;
    m_watcher.setFuture(QtConcurrent::run(
        &m_thread, [connection, state, worker = m_worker, work = std::move(work)]() -> Finished {
            if (!worker->db) {
                auto db = Workspace::openWorker(connection);
                if (!db)
                    return {nullptr, Error{db.error()}, {}};
                worker->db = std::move(db).value();
            }
            return work(*worker->db, controlFor(state));
        }));
    m_tick->start();
}

void ImportJob::plan(const QString &file)
{
    m_planning = true;
    const QString user = m_userName;
    start([file, user](Database &db, const ImportControl &control) -> Finished {
        auto plan = std::make_shared<const ImportPlan>(planImportFile(db, file, user, control));
        auto changes = plan->cancelled ? std::vector<ImportChangeRow>{}
                                       : describeChanges(db, *plan, ChangesShown);
        return {plan, {}, std::move(changes)};
    });
}

void ImportJob::apply(PlanPtr plan)
{
    m_planning = false;
    const QString user = m_userName;
    start([plan, user](Database &db, const ImportControl &control) -> Finished {
        ImportCheck check = ImportCheck::None;
        Outcome outcome = applyImport(db, *plan, user, control, &check);
        return {plan, std::move(outcome), {}, check};
    });
}

void ImportJob::cancel()
{
    if (m_state)
        m_state->cancel.store(true);
}

bool ImportJob::isRunning() const
{
    return m_busy || m_watcher.isRunning();
}

void ImportJob::finish()
{
    m_busy = false;
    m_tick->stop();
    const Finished result = m_watcher.result();
    const bool cancelled = cancelRequested();
    if (m_state)
        emit progress(m_state->done.load(), m_state->total.load());
    if (m_planning)
        m_changes = result.changes;
    else
        m_lastCheck = result.check;
    if (m_planning)
        emit planned(result.plan, result.outcome ? QString() : result.outcome.error(), cancelled);
    else
        emit applied(result.outcome, cancelled);
}

} // namespace zx
