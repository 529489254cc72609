#include "gui/accounts/SyncController.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/remote/WordPressClient.h"

namespace longhand {

SyncController::SyncController(AccountService& accounts, StorageExecutor& storage, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_storage(storage)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncAll);
}

SyncController::~SyncController()
{
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->cancel();
    }
}

void SyncController::setIntervalMinutes(int minutes)
{
    if (minutes <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(minutes * 60 * 1000);
}

void SyncController::syncAll()
{
    if (m_running) {
        return;
    }
    m_running = true;
    Q_EMIT started();
    onFinished(m_accounts.sites(), this, [this](const Result<QList<Site>>& sites) {
        if (!sites) {
            Q_EMIT siteFinished(QString(), Status(sites.error()));
            m_running = false;
            Q_EMIT finished();
            return;
        }
        m_queue = sites.value();
        syncNext();
    });
}

void SyncController::cancel()
{
    m_queue.clear();
    if (m_engine) {
        m_engine->cancel();
    }
}

void SyncController::syncNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        m_engine.reset();
        m_client.reset();
        Q_EMIT finished();
        return;
    }
    const Site site = m_queue.takeFirst();
    onFinished(m_accounts.connectSite(site.id), this, [this, site](const Result<std::shared_ptr<WordPressClient>>& client) {
        if (!client) {
            Q_EMIT siteFinished(site.name, Status(client.error()));
            syncNext();
            return;
        }
        m_client = client.value();
        m_engine = std::make_unique<SyncEngine>(m_storage, *m_client);
        connect(m_engine.get(), &SyncEngine::progressChanged, this,
                [this, name = site.name](const SyncProgress& progress) { Q_EMIT progressChanged(name, progress); });
        connect(m_engine.get(), &SyncEngine::finished, this, [this, name = site.name](const Status& status) {
            Q_EMIT siteFinished(name, status);
            // Not from inside the engine's own signal.
            QMetaObject::invokeMethod(this, &SyncController::syncNext, Qt::QueuedConnection);
        });
        m_engine->start();
    });
}

} // namespace longhand
