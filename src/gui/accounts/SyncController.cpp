#include "gui/accounts/SyncController.h"

#include "core/FutureUtils.h"
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/media/ImagePreparer.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/BlogWorkflow.h"
#include "core/sync/OutboxLock.h"
#include <QTimer>

namespace longhand {

SyncController::SyncController(AccountService& accounts, StorageExecutor& storage, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_storage(storage)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncPeriodic);
}

SyncController::~SyncController() = default;

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
    startSync(true);
}

void SyncController::startSync(bool userAsked)
{
    if (m_running) {
        m_again = m_again || userAsked; // the timer does not need to queue a second run
        return;
    }
    m_running = true;
    m_userAsked = userAsked;
    Q_EMIT started();
    onFinished(m_accounts.sites(), this, [this](const Result<QList<Site>>& sites) {
        if (!sites) {
            Q_EMIT siteFinished(QString(), Status(sites.error()));
            m_running = false;
            Q_EMIT finished();
            return;
        }
        m_queue = sites.value();
        if (!m_userAsked) {
            m_queue.removeIf([this](const Site& site) { return m_periodicExcluded.contains(site.id); });
        }
        syncNext();
    });
}

void SyncController::cancel()
{
    m_queue.clear();
    if (m_workflow) {
        m_workflow->cancel(); // at its next safe point; what waits stays in the outbox
    }
}

void SyncController::syncNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        m_workflow.reset();
        Q_EMIT finished();
        if (std::exchange(m_again, false)) {
            QMetaObject::invokeMethod(this, &SyncController::syncAll, Qt::QueuedConnection);
        } else if (std::exchange(m_pushAgain, false)) {
            QMetaObject::invokeMethod(this, &SyncController::pushComments, Qt::QueuedConnection);
        }
        return;
    }
    const Site site = m_queue.takeFirst();
    pushThenPull(site);
}

std::unique_ptr<BlogWorkflow> SyncController::makeWorkflow(bool userAsked)
{
    auto workflow = std::make_unique<BlogWorkflow>(m_accounts, m_storage, m_profileRoot);
    if (!m_profileRoot.isEmpty()) {
        workflow->setImagePreparation([settings = Profile(m_profileRoot).settingsPath()](qint64 siteId) {
            return ImagePreparer::forBlog(settings, siteId);
        });
    }
    workflow->setUserAsked(userAsked);
    workflow->setTriageSettings(m_triage);
    BlogWorkflow* w = workflow.get();
    connect(w, &BlogWorkflow::published, this,
            [this](qint64 postId, const RemotePost& remote) { Q_EMIT published(postId, remote.link, remote.status); });
    connect(w, &BlogWorkflow::publishFailed, this, &SyncController::publishFailed);
    connect(w, &BlogWorkflow::slugReplaced, this, &SyncController::slugReplaced);
    connect(w, &BlogWorkflow::publishStep, this, &SyncController::publishStep);
    connect(w, &BlogWorkflow::postsGoneFromBlog, this, &SyncController::postsGoneFromBlog);
    connect(w, &BlogWorkflow::commentActionOverruled, this, &SyncController::commentActionOverruled);
    connect(w, &BlogWorkflow::commentActionFailed, this, &SyncController::commentActionFailed);
    connect(w, &BlogWorkflow::commentsChanged, this, &SyncController::commentsChanged);
    connect(w, &BlogWorkflow::outboxChanged, this, &SyncController::outboxChanged);
    return workflow;
}

void SyncController::pushThenPull(const Site& site)
{
    // Another process (the command line?) may be sending this profile's queue: then this sync only pulls; what waits
    // here goes at the next one. Never the same entry from two senders.
    const bool mayPush = takeOutbox();
    m_workflow = makeWorkflow(m_userAsked);
    connect(m_workflow.get(), &BlogWorkflow::progressChanged, this,
            [this, name = site.name](const SyncProgress& progress) { Q_EMIT progressChanged(name, progress); });
    connect(m_workflow.get(), &BlogWorkflow::finished, this,
            [this, site, mayPush](const Status& status, const WorkflowReport& report) {
        if (mayPush) {
            releaseOutbox();
        }
        Q_EMIT siteFinished(site.name, status);
        Q_EMIT siteSynced(site.id, status);
        if (report.pulled) {
            Q_EMIT commentsPulled(site.id, report.newPendingComments);
        }
        const bool quiet = !m_userAsked && m_quietSites.contains(site.id);
        if (report.newPendingComments > 0 && !quiet) {
            Q_EMIT newPendingComments(report.newPendingComments, m_userAsked);
        }
        // Not from inside the workflow's own signal: the next blog replaces it.
        QMetaObject::invokeMethod(this, &SyncController::syncNext, Qt::QueuedConnection);
    });
    m_workflow->run(site.id, mayPush ? BlogWorkflow::everything() : BlogWorkflow::Steps(BlogWorkflow::Step::Pull));
}

void SyncController::pushComments()
{
    Q_EMIT outboxChanged(); // the moderator's action was just queued
    if (m_running || m_pushing) {
        m_pushAgain = true; // the running sync or push may have passed this action already
        return;
    }
    if (!takeOutbox()) {
        // Another process is sending this profile's queue; the action waits and is tried again shortly.
        QTimer::singleShot(kOutboxBusyRetryMs, this, &SyncController::pushComments);
        return;
    }
    m_pushing = true;
    onFinished(m_accounts.sites(), this, [this](const Result<QList<Site>>& sites) {
        m_pushQueue = sites ? sites.value() : QList<Site> {};
        pushNextSite();
    });
}

void SyncController::pushNextSite()
{
    if (m_pushQueue.isEmpty()) {
        m_pushing = false;
        m_pushWorkflow.reset();
        releaseOutbox();
        if (std::exchange(m_pushAgain, false)) {
            QMetaObject::invokeMethod(this, &SyncController::pushComments, Qt::QueuedConnection);
        }
        return;
    }
    const Site site = m_pushQueue.takeFirst();
    // Offline or signed out: the actions wait for the next sync.
    m_pushWorkflow = makeWorkflow(false);
    connect(m_pushWorkflow.get(), &BlogWorkflow::finished, this, [this](const Status&, const WorkflowReport&) {
        QMetaObject::invokeMethod(this, &SyncController::pushNextSite, Qt::QueuedConnection);
    });
    m_pushWorkflow->run(site.id, BlogWorkflow::Step::Moderation);
}

bool SyncController::takeOutbox()
{
    if (m_profileRoot.isEmpty()) {
        return true; // no profile folder (some tests): nothing else can share it
    }
    if (m_outboxHolds > 0) {
        ++m_outboxHolds; // this process already holds it; its own sync and push were never two senders of one entry
        return true;
    }
    if (!m_outboxLock) {
        m_outboxLock = std::make_unique<OutboxLock>(m_profileRoot);
    }
    if (!m_outboxLock->tryLock(0)) {
        Q_EMIT outboxBusy(m_outboxLock->holder());
        return false;
    }
    m_outboxHolds = 1;
    return true;
}

void SyncController::releaseOutbox()
{
    if (m_outboxHolds > 0 && --m_outboxHolds == 0 && m_outboxLock) {
        m_outboxLock->unlock();
    }
}

void SyncController::publish(qint64 postId)
{
    auto queued = m_storage.run([postId](Database& db) { return BlogWorkflow::queuePublication(db, postId); });
    onFinished(queued, this, [this, postId](const Result<qint64>& siteId) {
        if (!siteId) {
            Q_EMIT publishFailed(postId, siteId.error(), false);
            return;
        }
        Q_EMIT publishQueued(postId);
        Q_EMIT outboxChanged();
        syncAll(); // pushes the queue, then pulls
    });
}

} // namespace longhand
