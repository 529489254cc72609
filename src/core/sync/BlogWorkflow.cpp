#include "core/sync/BlogWorkflow.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/blog/BlogClient.h"
#include "core/settings/AppSettings.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/CommentReplayer.h"
#include "core/sync/Publisher.h"

#include <QSettings>

namespace longhand {

BlogWorkflow::BlogWorkflow(AccountService& accounts, StorageExecutor& storage, QString profileRoot, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_storage(storage)
    , m_profileRoot(std::move(profileRoot))
{
}

BlogWorkflow::~BlogWorkflow()
{
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->cancel();
    }
}

void BlogWorkflow::run(qint64 siteId, Steps steps)
{
    Q_ASSERT(!m_running);
    m_site = Site {};
    m_site.id = siteId;
    m_steps = steps;
    m_running = true;
    m_cancelled = false;
    m_report = {};
    onFinished(m_accounts.connectSite(siteId), this,
               [this](const Result<std::shared_ptr<BlogClient>>& client) { connected(client); });
}

void BlogWorkflow::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    if (m_publisher) {
        m_publisher->cancel(); // at its next safe point; the review stays in the outbox
    }
    if (m_engine) {
        m_engine->cancel();
    }
}

void BlogWorkflow::connected(const Result<std::shared_ptr<BlogClient>>& client)
{
    if (!client) {
        finish(Status(client.error()));
        return;
    }
    m_client = client.value();
    m_site = m_client->site();
    m_report.reachedBlog = true;
    blockSupportStepRun();
}

// What the blog's block editor writes (wp:details, the heading's class), asked once a day of a blog that gets reviews
// as blocks, before a publication or a pull (a web post converted to Markdown is checked with it too), not for a
// push of moderation alone. A failure keeps what was known, or the defaults; asked again at the next run after a
// network failure, a day later after a refusal.
void BlogWorkflow::blockSupportStepRun()
{
    const bool publishesOrPulls = m_steps.testFlag(Step::Publish) || m_steps.testFlag(Step::Pull);
    if (m_profileRoot.isEmpty() || !publishesOrPulls || cancelled()) {
        publishStepRun();
        return;
    }
    const QString path = Profile(m_profileRoot).settingsPath();
    {
        const QSettings settings(path, QSettings::IniFormat);
        if (!BlogSettings::load(settings, m_site.id).blockEditor
            || !DetectedBlockSupport::load(settings, m_site.id).isStale(m_clock->nowUtc())) {
            publishStepRun();
            return;
        }
    }
    onFinished(m_client->fetchBlockSupport(), this, [this, path](const Result<BlockSupport>& support) {
        QSettings settings(path, QSettings::IniFormat);
        if (support) {
            DetectedBlockSupport { support.value(), m_clock->nowUtc() }.save(settings, m_site.id);
        } else {
            qCWarning(lcSync) << "Could not ask the blog's block types:" << support.error().message;
            if (!support.error().isTransient() && support.error().code != Error::Code::Cancelled) {
                // A refusal (a plugin that hides the route, an account without edit_posts) says the same tomorrow:
                // what was known stays, asked again in a day rather than at every run.
                DetectedBlockSupport known = DetectedBlockSupport::load(settings, m_site.id);
                known.checkedAt = m_clock->nowUtc();
                known.save(settings, m_site.id);
            }
        }
        publishStepRun();
    });
}

void BlogWorkflow::publishStepRun()
{
    if (cancelled()) {
        finish(Status(Error::make(Error::Code::Cancelled, tr("Cancelled; what waits stays in the outbox."))));
        return;
    }
    if (!m_steps.testFlag(Step::Publish)) {
        moderationStepRun();
        return;
    }
    auto* publisher = new Publisher(m_storage, *m_client, m_profileRoot, m_clock, this);
    if (m_prepareImages) {
        publisher->setImagePreparation(m_prepareImages(m_site.id));
    }
    if (!m_profileRoot.isEmpty()) {
        const QSettings settings(Profile(m_profileRoot).settingsPath(), QSettings::IniFormat);
        publisher->setBlockMarkup(BlogSettings::load(settings, m_site.id).blockEditor);
        publisher->setBlockSupport(DetectedBlockSupport::load(settings, m_site.id).support);
    }
    publisher->setIgnoreRetryDelay(m_userAsked);
    publisher->setSourceIsAFile(m_sourceIsAFile);
    connect(publisher, &Publisher::stepChanged, this, &BlogWorkflow::publishStep);
    connect(publisher, &Publisher::published, this, &BlogWorkflow::published);
    connect(publisher, &Publisher::slugReplaced, this, &BlogWorkflow::slugReplaced);
    connect(publisher, &Publisher::mergedWebEdits, this, &BlogWorkflow::mergedWebEdits);
    connect(publisher, &Publisher::postsGoneFromBlog, this, &BlogWorkflow::postsGoneFromBlog);
    connect(publisher, &Publisher::entryFailed, this, [this](qint64 postId, const Error& error, bool willRetry) {
        ++m_report.publicationsFailed;
        Q_EMIT publishFailed(postId, error, willRetry);
    });
    connect(publisher, &Publisher::finished, this, [this, publisher](const Status&) {
        publisher->deleteLater();
        Q_EMIT outboxChanged();
        moderationStepRun();
    });
    m_publisher = publisher;
    publisher->replay();
}

void BlogWorkflow::moderationStepRun()
{
    if (cancelled()) {
        // The post being sent was finished (or left in the outbox, to be retried, found by its publication token,
        // never duplicated); nothing more happens in this run.
        finish(Status(Error::make(Error::Code::Cancelled, tr("Cancelled; what waits stays in the outbox."))));
        return;
    }
    if (!m_steps.testFlag(Step::Moderation)) {
        pullStepRun();
        return;
    }
    auto* replayer = new CommentReplayer(m_storage, *m_client, m_clock, this);
    replayer->setIgnoreRetryDelay(m_userAsked);
    connect(replayer, &CommentReplayer::actionPushed, this, &BlogWorkflow::commentActionPushed);
    connect(replayer, &CommentReplayer::actionOverruled, this, &BlogWorkflow::commentActionOverruled);
    connect(replayer, &CommentReplayer::actionFailed, this, [this](qint64 commentId, const Error& error, bool willRetry) {
        ++m_report.commentActionsFailed;
        Q_EMIT commentActionFailed(commentId, error, willRetry);
    });
    connect(replayer, &CommentReplayer::finished, this, [this, replayer](const Status&) {
        replayer->deleteLater();
        Q_EMIT commentsChanged();
        Q_EMIT outboxChanged();
        pullStepRun();
    });
    m_replayer = replayer;
    replayer->replay();
}

void BlogWorkflow::pullStepRun()
{
    if (cancelled()) {
        finish(Status(Error::make(Error::Code::Cancelled, tr("Cancelled; what waits stays in the outbox."))));
        return;
    }
    if (!m_steps.testFlag(Step::Pull)) {
        finish(Status());
        return;
    }
    m_engine = std::make_unique<SyncEngine>(m_storage, *m_client, m_clock);
    m_engine->setTriageSettings(m_triage);
    connect(m_engine.get(), &SyncEngine::postsGoneFromBlog, this, &BlogWorkflow::postsGoneFromBlog);
    connect(m_engine.get(), &SyncEngine::progressChanged, this, &BlogWorkflow::progressChanged);
    connect(m_engine.get(), &SyncEngine::finished, this, [this](const Status& status) {
        const SyncProgress& progress = m_engine->progress();
        m_report.pulled = bool(status);
        m_report.items = progress.items;
        m_report.newPendingComments = progress.newPendingComments;
        m_report.postsGone = progress.postsGone;
        Q_EMIT commentsChanged();
        // Not from inside the engine's own signal: finishing may delete it.
        QMetaObject::invokeMethod(this, [this, status] { finish(status); }, Qt::QueuedConnection);
    });
    m_engine->start();
}

void BlogWorkflow::finish(const Status& status)
{
    m_running = false;
    m_engine.reset();
    m_client.reset();
    Q_EMIT finished(status, m_report);
}

Result<qint64> BlogWorkflow::queuePublication(Database& db, qint64 postId, qint64 siteId, MayNotPublish mayNot)
{
    auto post = PostRepository(db).load(postId);
    if (!post) {
        return post.error();
    }
    if (siteId == 0) {
        siteId = post->siteId;
    }
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
    if (auto site = SiteRepository(db).load(siteId);
        mayNot == MayNotPublish::Submit && site && !site->mayPublish() && post->status != PostStatus::Draft) {
        wanted = postStatusToString(PostStatus::Pending);
    }
    if (auto entry = PublishRepository(db).enqueuePublish(postId, siteId, wanted); !entry) {
        return entry.error();
    }
    return siteId;
}

QString BlogWorkflow::publishedText(const QString& blogStatus)
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
