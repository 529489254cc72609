#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/blog/BlogClient.h"
#include "core/domain/RemoteValues.h"
#include "core/media/ImagePreparation.h"
#include "core/storage/PostRepository.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace longhand {

class StorageExecutor;
class BlogClient;
struct OutboxEntry;

// Replays a blog's outbox: publishes queued reviews. For each: uploads local images and the
// featured image (each once, remembered by content hash), creates missing categories and tags,
// renders the Markdown with the images' new addresses, and creates or updates the post as
// published, or scheduled when its date is in the future, or sent with the status the writer chose. Safe to retry at
// any point: a create whose answer was lost is found again by the publication's token (never by its slug: a post
// holding the slug may be somebody else's), an upload by its content-named file, also when the server is still
// making them (each is recorded before it is sent; a retry within kEarlierAttemptWindowMs looks again before it
// sends anew). An update sends only the fields the writer changed.
// An edit made on the web since the local edit began is merged (3-way) or reported, never
// overwritten.
class Publisher final : public QObject
{
    Q_OBJECT

public:
    Publisher(StorageExecutor& storage, BlogClient& client, QString profileRoot,
              std::shared_ptr<Clock> clock = Clock::system(), QObject* parent = nullptr);
    ~Publisher() override;

    // Later attempts after a transient failure wait this long, doubling, at most an hour.
    void setBaseRetryDelaySecs(int seconds) { m_baseRetryDelaySecs = seconds; }
    // A sync the user asked for tries waiting entries at once instead of after their delay.
    void setIgnoreRetryDelay(bool ignore) { m_ignoreRetryDelay = ignore; }
    bool isRunning() const { return m_running; }
    // A create or upload whose answer was lost may still be under way on the server (it goes on after its client
    // is gone): until this long after it was sent, not finding it is asked again (every second) rather than believed.
    void setEarlierAttemptWindowMs(int ms) { m_earlierAttemptWindowMs = ms; }
    // The reviews' text comes from files that publishing does not write (longhand-cli publish FILE.md): web edits
    // merged into a review are merged in again at each later publication, until the file has them too (the base
    // stays the HTML of the writer's own text). Without this, the review itself takes the merged Markdown.
    void setSourceIsAFile(bool file) { m_sourceIsAFile = file; }
    // Images are uploaded as this makes them (scaled, upright, without metadata: ImagePreparer::forBlog), on a pool
    // thread; without it, as they are. Known uploads are found by the hash of the bytes uploaded.
    void setImagePreparation(ImagePreparation prepare) { m_prepareImage = std::move(prepare); }
    // The blog uses the block editor (BlogSettings::blockEditor): a Markdown review is sent as block markup
    // (BlockSerializer), so the editor opens it as blocks; the publication token then goes in a wp:html block.
    void setBlockMarkup(bool on) { m_blockMarkup = on; }
    // ... as the blog's WordPress writes blocks (DetectedBlockSupport); default: WordPress 6.1's forms.
    void setBlockSupport(const BlockSupport& support) { m_blockSupport = support; }
    static constexpr int kEarlierAttemptWindowMs = 30000;
    static constexpr int kLookAgainMs = 1000;

public Q_SLOTS:
    void replay();
    // Stops at the next safe point: before the next review, image upload, term or post write. A request
    // already on the wire is finished and recorded (so nothing is sent twice); the review being published
    // stays in the outbox as it was (no attempt counted) and finished() reports Cancelled.
    void cancel();

Q_SIGNALS:
    void stepChanged(const QString& description);
    void published(qint64 postId, const longhand::RemotePost& remote);
    // The slug the writer asked for was taken by another post; the blog gave this one another (message says which).
    void slugReplaced(qint64 postId, const QString& message);
    // The web had edited the post since the writer's edit began; both were merged (as Markdown) and sent.
    void mergedWebEdits(qint64 postId, const QString& message);
    void entryFailed(qint64 postId, const longhand::Error& error, bool willRetry);
    // The blog no longer has the post a queued publication was for: unlinked and kept as a local draft.
    void postsGoneFromBlog(const QList<longhand::GonePost>& posts);
    // All due entries were tried; status is the first failure, if any.
    void finished(const longhand::Status& status);

private:
    struct Job;
    void next();
    void start(const OutboxEntry& entry);
    void uploadImages(std::shared_ptr<Job> job);
    void uploadOne(std::shared_ptr<Job> job);
    void prepareImage(std::shared_ptr<Job> job);
    void lookForUpload(std::shared_ptr<Job> job, std::function<void(const RemoteMedia&)> record);
    void lookForCreated(std::shared_ptr<Job> job);
    void create(std::shared_ptr<Job> job);
    void forgetRefusedAttempt(std::shared_ptr<Job> job, const QString& what, const Error& error);
    qint64 stillInDoubtMs(const QDateTime& sentAt, int looks) const;
    void ensureTerms(std::shared_ptr<Job> job);
    void render(std::shared_ptr<Job> job);
    void write(std::shared_ptr<Job> job);
    void send(std::shared_ptr<Job> job, qint64 remoteId);
    void succeed(std::shared_ptr<Job> job, const RemotePost& remote);
    void failJob(std::shared_ptr<Job> job, const Error& error);
    void goneOnBlog(std::shared_ptr<Job> job, bool trashed);
    bool stopIfCancelled();

public:
    // The HTML comment that carries a publication's token in the post it creates.
    static QString tokenMarker(const QString& token);
    // The fields of an update the writer changed: wanted compared with baseFields (JSON, the blog's values when
    // the edit began), or with the blog's current post when there is no base. Public for the unit test.
    // Both in the stored form of postShownFields (core/domain/RemoteValues.h).
    static QJsonObject changedFields(const QJsonObject& wanted, const QString& baseFields,
                                     const std::optional<RemotePost>& current);
    // The same, typed: what an update sends besides the text.
    static PostChanges changedFields(const PostChanges& wanted, const QString& baseFields,
                                     const std::optional<RemotePost>& current);

private:

    StorageExecutor& m_storage;
    BlogClient& m_client;
    QString m_profileRoot;
    std::shared_ptr<Clock> m_clock;
    int m_baseRetryDelaySecs = 30;
    int m_earlierAttemptWindowMs = kEarlierAttemptWindowMs;
    bool m_running = false;
    bool m_ignoreRetryDelay = false;
    bool m_sourceIsAFile = false;
    bool m_blockMarkup = false;
    BlockSupport m_blockSupport;
    bool m_cancelRequested = false;
    std::unique_ptr<QList<OutboxEntry>> m_queue; // OutboxEntry is only declared here
    std::optional<Error> m_firstError;
    ImagePreparation m_prepareImage;
};

} // namespace longhand
