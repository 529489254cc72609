#include "core/accounts/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>
#include <QMutex>
#include <QPromise>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace longhand {

namespace {

using std::chrono::milliseconds;

// --- The keychain thread -------------------------------------------------------------------------------------
// QtKeychain's job queue (its JobExecutor) is a process-wide QObject created by the first job that starts, on
// that job's thread, and every later job is queued on it through signals. So all jobs must start on one thread
// that runs an event loop for as long as the application does. The thread is started on first use and stopped
// while QCoreApplication is destroyed; after that, keychain operations fail with an Error instead of hanging.

QMutex g_threadMutex;
QThread* g_thread = nullptr;
QObject* g_context = nullptr; // lives on g_thread; receives the posted work
bool g_stopped = false;

void stopKeychainThread()
{
    QThread* thread = nullptr;
    {
        QMutexLocker lock(&g_threadMutex);
        thread = std::exchange(g_thread, nullptr);
        g_context = nullptr; // deleted on its own thread when the thread finishes
        g_stopped = true;
    }
    if (thread) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

QObject* keychainContext()
{
    QMutexLocker lock(&g_threadMutex);
    if (!g_context && !g_stopped && QCoreApplication::instance()) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("longhand-keychain"));
        g_context = new QObject;
        g_context->moveToThread(g_thread);
        QObject::connect(g_thread, &QThread::finished, g_context, &QObject::deleteLater);
        g_thread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return g_context;
}

// --- Errors a user can act on --------------------------------------------------------------------------------

QString fileStoreHint()
{
    return KeychainSecretStore::tr(
        "Start your desktop's keychain (such as GNOME Keyring or KWallet), or let Longhand keep the "
        "passwords in a file in your profile that only you can read.");
}

enum class Operation { Read, Write, Remove };

// How one QtKeychain job ended.
struct Outcome
{
    QKeychain::Error code = QKeychain::NoError;
    QString detail; // QtKeychain's (or the service's) own words for a failure
    QString text; // what a read found
    bool timedOut = false;

    bool ok(Operation operation) const
    {
        // Removing what is not there is what the caller wanted anyway.
        return !timedOut
            && (code == QKeychain::NoError || (operation == Operation::Remove && code == QKeychain::EntryNotFound));
    }
};

// QtKeychain reports "there is no session bus" and "nothing on the bus provides the Secret Service" as
// OtherError with the D-Bus/GLib message ("Cannot autolaunch D-Bus without X11 $DISPLAY", "The name
// org.freedesktop.secrets was not provided by any .service files"), so the message is all there is to go on.
bool meansNoService(const Outcome& outcome)
{
    if (outcome.code == QKeychain::NoBackendAvailable || outcome.code == QKeychain::NotImplemented) {
        return true;
    }
    static const QRegularExpression noService(
        QStringLiteral("d-?bus|autolaunch|org\\.freedesktop\\.secrets|service ?unknown|not provided by any"),
        QRegularExpression::CaseInsensitiveOption);
    return outcome.code == QKeychain::OtherError && noService.match(outcome.detail).hasMatch();
}

// The sentence for a failed job. Probing adds the way out (the file store) to every failure; for the other
// operations only "no service" gets it, since a locked or refusing keychain is fixed in the keychain.
Error toError(const Outcome& outcome, Operation operation, const QString& key, milliseconds timeout, bool probing)
{
    QString message;
    Error::Code code = Error::Code::SecretStore;
    if (outcome.timedOut) {
        code = Error::Code::Timeout;
        message = KeychainSecretStore::tr("The keychain did not answer in the time allowed (%1 s). If it asked "
                                          "you to unlock it, unlock it and try again.")
                      .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
    } else if (meansNoService(outcome)) {
        return Error::make(code,
            KeychainSecretStore::tr("No keychain service is running (%1).").arg(outcome.detail) + QLatin1Char(' ')
                + fileStoreHint());
    } else if (outcome.code == QKeychain::AccessDenied) {
        message = KeychainSecretStore::tr("The keychain is locked or refused access (%1). Unlock it and try again.")
                      .arg(outcome.detail);
    } else if (outcome.code == QKeychain::AccessDeniedByUser) {
        message = KeychainSecretStore::tr(
            "Access to the keychain was declined (%1). Allow Longhand to use it and try again.")
                      .arg(outcome.detail);
    } else if (probing) {
        // The probe's own entry means nothing to the user; that the keychain does not work here does.
        message = KeychainSecretStore::tr("The keychain did not keep a test password (%1).").arg(outcome.detail);
    } else if (outcome.code == QKeychain::EntryNotFound) {
        code = Error::Code::NotFound;
        message = KeychainSecretStore::tr("No password for %1 is stored in the keychain.").arg(key);
    } else {
        switch (operation) {
        case Operation::Read:
            message = KeychainSecretStore::tr("The keychain could not read the password for %1 (%2).")
                          .arg(key, outcome.detail);
            break;
        case Operation::Write:
            message = KeychainSecretStore::tr("The keychain could not store the password for %1 (%2).")
                          .arg(key, outcome.detail);
            break;
        case Operation::Remove:
            message = KeychainSecretStore::tr("The keychain could not delete the password for %1 (%2).")
                          .arg(key, outcome.detail);
            break;
        }
    }
    if (probing) {
        message += QLatin1Char(' ') + fileStoreHint();
    }
    return Error::make(code, message);
}

Error emptyKeyError()
{
    return Error::make(
        Error::Code::InvalidInput, KeychainSecretStore::tr("A password cannot be stored without a name."));
}

// --- Running jobs ----------------------------------------------------------------------------------------------

using Done = std::function<void(const Outcome&)>;

// Starts one job; call on the keychain thread. done is called there exactly once: when the job finishes or when
// timeout has passed, whichever comes first.
void startJob(Operation operation, const QString& service, const QString& key, const QString& secret,
    milliseconds timeout, Done done)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(service);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true); // deletes itself after emitting finished
    // Never: it would keep the password in plain text in QSettings when the keychain is unavailable.
    job->setInsecureFallback(false);
    job->setKey(key);

    // A job that is still running when the timeout answers is left alone (libsecret holds a pointer to it, so it
    // cannot be deleted early); whatever it reports later is ignored.
    auto answered = std::make_shared<bool>(false);
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [answered, done, key] {
        if (std::exchange(*answered, true)) {
            return;
        }
        qCWarning(lcAccounts) << "The keychain did not answer in time for" << key;
        Outcome outcome;
        outcome.timedOut = true;
        done(outcome);
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [answered, done, operation](QKeychain::Job* finished) {
        if (std::exchange(*answered, true)) {
            return;
        }
        Outcome outcome;
        outcome.code = finished->error();
        outcome.detail = finished->errorString();
        if (operation == Operation::Read && outcome.code == QKeychain::NoError) {
            outcome.text = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        }
        done(outcome);
    });
    timer->start(timeout);
    job->start();
}

template <typename R> void settle(QPromise<R>& promise, R result)
{
    promise.addResult(std::move(result));
    promise.finish();
}

template <typename R> QFuture<R> readyFuture(R result)
{
    QPromise<R> promise;
    QFuture<R> future = promise.future();
    promise.start();
    settle(promise, std::move(result));
    return future;
}

// Runs work(promise) on the keychain thread; work must settle the promise, now or from a job's answer.
template <typename R, typename Work> QFuture<R> onKeychainThread(Work work)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QObject* context = keychainContext();
    if (!context) {
        settle(*promise,
            R(Error::make(Error::Code::SecretStore,
                KeychainSecretStore::tr("Longhand cannot use the keychain while it is not "
                                        "running (before it has started or while it quits)."))));
        return future;
    }
    QMetaObject::invokeMethod(
        context, [promise, work = std::move(work)] { work(promise); }, Qt::QueuedConnection);
    return future;
}

QString probeKey()
{
    return QStringLiteral("longhand-keychain-probe");
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName, std::chrono::milliseconds timeout)
    : m_service(std::move(serviceName))
    , m_timeout(timeout)
{
}

QFuture<Result<QString>> KeychainSecretStore::read(const QString& key)
{
    if (key.isEmpty()) {
        return readyFuture(Result<QString>(emptyKeyError()));
    }
    return onKeychainThread<Result<QString>>([service = m_service, key, timeout = m_timeout](auto promise) {
        startJob(Operation::Read, service, key, {}, timeout, [promise, key, timeout](const Outcome& outcome) {
            if (!outcome.ok(Operation::Read)) {
                Error error = toError(outcome, Operation::Read, key, timeout, false);
                if (error.code != Error::Code::NotFound) {
                    qCWarning(lcAccounts).noquote() << "Reading" << key << "from the keychain failed:" << error.message;
                }
                settle(*promise, Result<QString>(std::move(error)));
                return;
            }
            qCDebug(lcAccounts) << "Read" << key << "from the keychain";
            settle(*promise, Result<QString>(outcome.text));
        });
    });
}

QFuture<Status> KeychainSecretStore::write(const QString& key, const QString& secret)
{
    if (key.isEmpty()) {
        return readyFuture(Status(emptyKeyError()));
    }
    return onKeychainThread<Status>([service = m_service, key, secret, timeout = m_timeout](auto promise) {
        startJob(Operation::Write, service, key, secret, timeout, [promise, key, timeout](const Outcome& outcome) {
            if (!outcome.ok(Operation::Write)) {
                Error error = toError(outcome, Operation::Write, key, timeout, false);
                qCWarning(lcAccounts).noquote() << "Storing" << key << "in the keychain failed:" << error.message;
                settle(*promise, Status(std::move(error)));
                return;
            }
            qCDebug(lcAccounts) << "Stored" << key << "in the keychain";
            settle(*promise, Status());
        });
    });
}

QFuture<Status> KeychainSecretStore::remove(const QString& key)
{
    if (key.isEmpty()) {
        return readyFuture(Status(emptyKeyError()));
    }
    return onKeychainThread<Status>([service = m_service, key, timeout = m_timeout](auto promise) {
        startJob(Operation::Remove, service, key, {}, timeout, [promise, key, timeout](const Outcome& outcome) {
            if (!outcome.ok(Operation::Remove)) {
                Error error = toError(outcome, Operation::Remove, key, timeout, false);
                qCWarning(lcAccounts).noquote() << "Deleting" << key << "from the keychain failed:" << error.message;
                settle(*promise, Status(std::move(error)));
                return;
            }
            qCDebug(lcAccounts) << "Deleted" << key << "from the keychain";
            settle(*promise, Status());
        });
    });
}

QFuture<Status> KeychainSecretStore::probe(std::chrono::milliseconds timeout)
{
    return onKeychainThread<Status>([timeout](auto promise) {
        const QString service = defaultServiceName();
        const QString key = probeKey();
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // One deadline for the three steps, so the caller waits at most timeout in all.
        const QDeadlineTimer deadline(timeout);
        const auto remaining = [deadline] {
            return std::max(
                milliseconds(0), std::chrono::duration_cast<milliseconds>(deadline.remainingTimeAsDuration()));
        };
        const auto fail = [promise, key, timeout](const Outcome& outcome, Operation operation) {
            Error error = toError(outcome, operation, key, timeout, true);
            qCInfo(lcAccounts).noquote() << "The keychain cannot be used:" << error.message;
            settle(*promise, Status(std::move(error)));
        };
        startJob(Operation::Write, service, key, token, remaining(), [=](const Outcome& written) {
            if (!written.ok(Operation::Write)) {
                return fail(written, Operation::Write);
            }
            startJob(Operation::Read, service, key, {}, remaining(), [=](const Outcome& read) {
                if (!read.ok(Operation::Read)) {
                    return fail(read, Operation::Read);
                }
                if (read.text != token) {
                    settle(*promise,
                        Status(Error::make(Error::Code::SecretStore,
                            KeychainSecretStore::tr("The keychain gave back something other than what "
                                                    "Longhand stored in it.")
                                + QLatin1Char(' ') + fileStoreHint())));
                    return;
                }
                startJob(Operation::Remove, service, key, {}, remaining(), [=](const Outcome& removed) {
                    if (!removed.ok(Operation::Remove)) {
                        return fail(removed, Operation::Remove);
                    }
                    qCDebug(lcAccounts) << "The keychain works";
                    settle(*promise, Status());
                });
            });
        });
    });
}

} // namespace longhand
