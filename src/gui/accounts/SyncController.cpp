#include "gui/accounts/SyncController.h"

#include "core/FutureUtils.h"
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/blog/BlogClient.h"
#include "core/media/ImagePreparer.h"
#include "core/storage/PostRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/CommentReplayer.h"
#include "core/sync/OutboxLock.h"
#include "core/settings/AppSettings.h"
#include "core/sync/Publisher.h"

#include <QSettings>
#include <QTimer>

namespace longhand {

SyncController::SyncController(AccountService& accounts, StorageExecutor& storage, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_storage(storage)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncPeriodic);
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
    m_cancelled = false;
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
    m_cancelled = m_running;
    m_queue.clear();
    if (m_engine) {
        m_engine->cancel();
    }
    if (m_publisher) {
        m_publisher->cancel(); // at its next safe point; the review stays in the outbox
    }
}

void SyncController::syncNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        m_engine.reset();
        m_client.reset();
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

void SyncController::pushThenPull(const Site& site)
{
    onFinished(m_accounts.connectSite(site.id), this, [this, site](const Result<std::shared_ptr<BlogClient>>& client) {
        if (!client) {
            Q_EMIT siteFinished(site.name, Status(client.error()));
            Q_EMIT siteSynced(site.id, Status(client.error()));
            syncNext();
            return;
        }
        m_client = client.value();
        if (!takeOutbox()) {
            // Another process (the command line?) is sending this profile's queue: this sync only pulls;
            // what waits here goes at the next one. Never the same entry from two senders.
            pull(site);
            return;
        }
        // Queued publications go out first, then the blog is pulled.
        auto* publisher = new Publisher(m_storage, *m_client, m_profileRoot, Clock::system(), this);
        if (!m_profileRoot.isEmpty()) {
            publisher->setImagePreparation(ImagePreparer::forBlog(Profile(m_profileRoot).settingsPath(), site.id));
            publisher->setBlockMarkup(
                BlogSettings::load(QSettings(Profile(m_profileRoot).settingsPath(), QSettings::IniFormat), site.id).blockEditor);
        }
        publisher->setIgnoreRetryDelay(m_userAsked);
        connect(publisher, &Publisher::published, this,
                [this](qint64 postId, const RemotePost& remote) { Q_EMIT published(postId, remote.link, remote.status); });
        connect(publisher, &Publisher::entryFailed, this, [this](qint64 postId, const Error& error, bool willRetry) {
            Q_EMIT publishFailed(postId, error, willRetry);
        });
        connect(publisher, &Publisher::slugReplaced, this, &SyncController::slugReplaced);
        connect(publisher, &Publisher::stepChanged, this, &SyncController::publishStep);
        connect(publisher, &Publisher::postsGoneFromBlog, this, &SyncController::postsGoneFromBlog);
        m_publisher = publisher;
        connect(publisher, &Publisher::finished, this, [this, publisher, site](const Status&) {
            publisher->deleteLater();
            Q_EMIT outboxChanged();
            if (m_cancelled) {
                // Cancel while publishing: the post being sent was finished (or left in the outbox, to be
                // retried, found by its publication token, never duplicated); nothing more happens for this sync.
                const Status cancelled(Error::make(Error::Code::Cancelled, tr("Cancelled; what waits stays in the outbox.")));
                releaseOutbox();
                Q_EMIT siteFinished(site.name, cancelled);
                Q_EMIT siteSynced(site.id, cancelled);
                syncNext();
                return;
            }
            replayComments(m_client, m_userAsked, [this, site] {
                releaseOutbox();
                pull(site);
            });
        });
        publisher->replay();
    });
}

void SyncController::pull(const Site& site)
{
            m_engine = std::make_unique<SyncEngine>(m_storage, *m_client);
            m_engine->setTriageSettings(m_triage);
            connect(m_engine.get(), &SyncEngine::postsGoneFromBlog, this, &SyncController::postsGoneFromBlog);
            connect(m_engine.get(), &SyncEngine::progressChanged, this,
                    [this, name = site.name](const SyncProgress& progress) { Q_EMIT progressChanged(name, progress); });
            connect(m_engine.get(), &SyncEngine::finished, this, [this, name = site.name, id = site.id](const Status& status) {
                Q_EMIT siteFinished(name, status);
                Q_EMIT siteSynced(id, status);
                Q_EMIT commentsChanged();
                if (status) {
                    Q_EMIT commentsPulled(id, m_engine->progress().newPendingComments);
                }
                const bool quiet = !m_userAsked && m_quietSites.contains(id);
                if (const int fresh = m_engine->progress().newPendingComments; fresh > 0 && !quiet) {
                    Q_EMIT newPendingComments(fresh, m_userAsked);
                }
                // Not from inside the engine's own signal.
                QMetaObject::invokeMethod(this, &SyncController::syncNext, Qt::QueuedConnection);
            });
            m_engine->start();
}

void SyncController::replayComments(const std::shared_ptr<BlogClient>& client, bool ignoreRetryDelay,
                                    std::function<void()> then)
{
    auto* replayer = new CommentReplayer(m_storage, *client, Clock::system(), this);
    replayer->setIgnoreRetryDelay(ignoreRetryDelay);
    connect(replayer, &CommentReplayer::actionOverruled, this, &SyncController::commentActionOverruled);
    connect(replayer, &CommentReplayer::actionFailed, this, &SyncController::commentActionFailed);
    connect(replayer, &CommentReplayer::finished, this, [this, replayer, client, then = std::move(then)](const Status&) {
        replayer->deleteLater();
        Q_EMIT commentsChanged();
        Q_EMIT outboxChanged();
        then();
    });
    replayer->replay();
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
        m_pushClient.reset();
        releaseOutbox();
        if (std::exchange(m_pushAgain, false)) {
            QMetaObject::invokeMethod(this, &SyncController::pushComments, Qt::QueuedConnection);
        }
        return;
    }
    const Site site = m_pushQueue.takeFirst();
    onFinished(m_accounts.connectSite(site.id), this, [this](const Result<std::shared_ptr<BlogClient>>& client) {
        if (!client) {
            pushNextSite(); // offline or signed out: the actions wait for the next sync
            return;
        }
        m_pushClient = client.value();
        replayComments(m_pushClient, false, [this] { pushNextSite(); });
    });
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
    auto queued = m_storage.run([postId](Database& db) -> Result<qint64> {
        auto post = PostRepository(db).load(postId);
        if (!post) {
            return post.error();
        }
        qint64 siteId = post->siteId;
        if (siteId == 0) {
            auto sites = SiteRepository(db).list();
            if (!sites) {
                return sites.error();
            }
            if (sites->isEmpty()) {
                return Error::make(Error::Code::InvalidInput, tr("Connect a blog first (Blog ▸ Add Blog…)."));
            }
            // Never a blog the writer did not choose: only the only one is taken for granted.
            if (sites->size() > 1) {
                return Error::make(Error::Code::InvalidInput,
                                   tr("Choose the blog for this review in its details (Blog), then publish again."));
            }
            siteId = sites->constFirst().id;
        }
        // The status the writer chose is the one the blog gets (draft, pending, private; publish, scheduled when dated ahead).
        QString wanted = postStatusToString(post->status == PostStatus::Future ? PostStatus::Publish : post->status);
        // An account that may not publish (a contributor) submits for review, as the action says.
        if (auto site = SiteRepository(db).load(siteId); site && !site->mayPublish() && post->status != PostStatus::Draft) {
            wanted = postStatusToString(PostStatus::Pending);
        }
        if (auto entry = PublishRepository(db).enqueuePublish(postId, siteId, wanted); !entry) {
            return entry.error();
        }
        return siteId;
    });
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

QString SyncController::publishedText(const QString& blogStatus)
{
    if (blogStatus == QLatin1String("draft")) {
        return tr("Draft saved to the blog:");
    }
    if (blogStatus == QLatin1String("pending")) {
        return tr("Submitted for review:");
    }
    if (blogStatus == QLatin1String("future")) {
        return tr("Scheduled:");
    }
    if (blogStatus == QLatin1String("private")) {
        return tr("Published privately:");
    }
    return tr("Published:");
}

} // namespace longhand
