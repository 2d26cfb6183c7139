#include "serverpasswords.h"

#include <QObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace zx::serverpasswords {

namespace {

const QString Service = QStringLiteral("Zhenxing server");

Stored answer(const QKeychain::Job *job, std::optional<QString> password)
{
    Stored stored;
    switch (job->error()) {
    case QKeychain::NoError:
        stored.keyring = Keyring::Answered;
        stored.password = std::move(password);
        break;
    case QKeychain::EntryNotFound:
        stored.keyring = Keyring::Answered;
        break;
    default: // no backend, access denied, no session bus: asked each time
        stored.error = job->errorString();
        break;
    }
    return stored;
}

// Runs `job` (deleted when it finishes) and hands its answer to `done` unless `context` is gone.
template <typename Job, typename Answer>
void run(Job *job, QObject *context, Answer toStored, std::function<void(const Stored &)> done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file in place of a keyring
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, guard, toStored, done = std::move(done)](QKeychain::Job *) {
                         if (done && guard)
                             done(toStored(job));
                     });
    job->start();
}

} // namespace

void read(const QString &server, QObject *context, std::function<void(const Stored &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setKey(server);
    run(job, context,
        [](QKeychain::ReadPasswordJob *j) { return answer(j, j->textData()); }, std::move(done));
}

void write(const QString &server, const QString &password, QObject *context,
           std::function<void(const Stored &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setKey(server);
    job->setTextData(password);
    run(job, context, [](QKeychain::WritePasswordJob *j) { return answer(j, std::nullopt); },
        std::move(done));
}

void forget(const QString &server)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setKey(server);
    run(job, nullptr, [](QKeychain::DeletePasswordJob *j) { return answer(j, std::nullopt); }, {});
}

} // namespace zx::serverpasswords
