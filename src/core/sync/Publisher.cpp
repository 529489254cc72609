#include "core/sync/Publisher.h"
#include "core/sync/PublisherJob.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/markdown/BlockSerializer.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/markdown/Slug.h"
#include "core/blog/BlogClient.h"
#include "core/storage/MediaRepository.h"
#include "core/storage/MediaStore.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/MarkdownMerge.h"
#include "core/sync/PostReconciler.h"
#include "core/sync/TextMerge.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>

#include <algorithm>

namespace longhand {

namespace {

// Where the conflicts are, for a message: the start of each side's text, one line per conflict.
QString conflictSummary(const MergeResult& merged)
{
    const auto start = [](const QString& text) {
        const QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0);
        return line.size() > 60 ? line.left(59) + QChar(0x2026) : line;
    };
    QString summary;
    int index = 0;
    for (const MergeHunk& hunk : merged.hunks) {
        if (hunk.kind == MergeHunk::Kind::Conflict && index < 5) {
            summary += QLatin1Char('\n')
                       + QCoreApplication::translate("longhand::Publisher", "Conflict %1: yours “%2”, the web's “%3”")
                             .arg(++index)
                             .arg(start(hunk.local), start(hunk.remote));
        }
    }
    return summary;
}

} // namespace

Publisher::Publisher(StorageExecutor& storage, BlogClient& client, QString profileRoot, std::shared_ptr<Clock> clock,
                     QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(client)
    , m_profileRoot(std::move(profileRoot))
    , m_clock(std::move(clock))
    , m_queue(std::make_unique<QList<OutboxEntry>>())
{
}

Publisher::~Publisher() = default;

void Publisher::replay()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_firstError.reset();
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, clock = m_clock](Database& db) { return PublishRepository(db, clock).entries(siteId); }), this,
               [this](const Result<QList<OutboxEntry>>& entries) {
                   if (!entries) {
                       m_firstError = entries.error();
                       m_queue->clear();
                   } else {
                       *m_queue = entries.value();
                   }
                   next();
               });
}

void Publisher::cancel()
{
    m_cancelRequested = m_running;
}

bool Publisher::stopIfCancelled()
{
    if (!m_cancelRequested) {
        return false;
    }
    m_cancelRequested = false;
    m_running = false;
    m_queue->clear();
    qCInfo(lcNet) << "Publishing cancelled";
    Q_EMIT finished(Status(Error::make(Error::Code::Cancelled, tr("Publishing was cancelled; what waits stays in the outbox."))));
    return true;
}

void Publisher::next()
{
    if (stopIfCancelled()) {
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    while (!m_queue->isEmpty()) {
        const OutboxEntry entry = m_queue->takeFirst();
        // Failed entries wait for the user (retry or discard); transient ones for their time.
        if (entry.state != QLatin1String("pending") || (!m_ignoreRetryDelay && entry.nextAttemptAt.isValid() && entry.nextAttemptAt > now)) {
            continue;
        }
        if (entry.operation == OutboxOperation::Publish) {
            start(entry);
            return;
        }
    }
    m_running = false;
    Q_EMIT finished(m_firstError ? Status(*m_firstError) : Status());
}

void Publisher::start(const OutboxEntry& entry)
{
    auto job = std::make_shared<Job>();
    job->entry = entry;
    const QString root = m_profileRoot;
    const qint64 siteId = m_client.site().id;
    // Load the review and read its images on the storage thread (file reads grow with the data).
    onFinished(m_storage.run([id = entry.entityId, root, siteId, clock = m_clock](Database& db) -> Result<LoadedReview> {
                   auto post = PostRepository(db, clock).load(id);
                   if (!post) {
                       return post.error();
                   }
                   QStringList references;
                   if (post->format == SourceFormat::Markdown) {
                       references = MarkdownRenderer::localImages(post->body);
                   } else {
                       // HTML (written on the web, or merged) may still point at images of the profile.
                       static const QRegularExpression localSrc(QStringLiteral("src=\"(media/[^\"]+)\""));
                       for (auto it = localSrc.globalMatch(post->body); it.hasNext();) {
                           const QString reference = it.next().captured(1);
                           if (!references.contains(reference)) {
                               references.append(reference);
                           }
                       }
                   }
                   if (!post->featuredImage.isEmpty() && !references.contains(post->featuredImage)) {
                       references.append(post->featuredImage);
                   }
                   const MediaStore media(root);
                   QList<LocalImage> images;
                   for (const QString& reference : std::as_const(references)) {
                       QFile file(media.resolve(reference));
                       if (!file.open(QIODevice::ReadOnly)) {
                           return Error::make(Error::Code::InvalidInput,
                                              tr("The image %1 is missing; insert it again or remove it from the review.").arg(reference));
                       }
                       LocalImage image {reference, file.fileName(), {}, file.readAll(), {}, {}, false};
                       image.sha256 = QString::fromLatin1(QCryptographicHash::hash(image.bytes, QCryptographicHash::Sha256).toHex());
                       images.append(image);
                   }
                   // Images the blog already holds (inserted from the media library): linked by their address, written
                   // as that attachment (wp-image-ID), never uploaded again.
                   QStringList remote;
                   if (post->format == SourceFormat::Markdown) {
                       for (const QString& url : MarkdownRenderer::images(post->body)) {
                           if (url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"))) {
                               remote.append(url);
                           }
                       }
                   }
                   auto blogMedia = MediaRepository(db).findBySourceUrls(siteId, remote);
                   if (!blogMedia) {
                       return blogMedia.error();
                   }
                   return LoadedReview {post.value(), images, blogMedia.value()};
               }),
               this, [this, job](const Result<LoadedReview>& loaded) {
                   if (!loaded) {
                       failJob(job, loaded.error());
                       return;
                   }
                   job->post = loaded->post;
                   job->images = loaded->images;
                   for (auto it = loaded->blogMedia.cbegin(); it != loaded->blogMedia.cend(); ++it) {
                       const QSize size = it->width > 0 && it->height > 0 ? QSize(it->width, it->height) : QSize();
                       job->imageUrls.insert(it.key(), it.key());
                       job->blogImages.insert(it.key(), BlogImage {it->remoteId, size});
                   }
                   if (job->post.title.trimmed().isEmpty()) {
                       failJob(job, Error::make(Error::Code::InvalidInput, tr("A review needs a title before it can be published.")));
                       return;
                   }
                   Q_EMIT stepChanged(tr("Publishing “%1”…").arg(job->post.title));
                   uploadImages(job);
               });
}

void Publisher::ensureTerms(std::shared_ptr<Job> job)
{
    // One term at a time, categories first; each known id is reused, each new one recorded.
    QList<std::pair<QString, QString>> wanted;
    // Pages have no categories or tags: none is made on the blog for one (and none is sent: see send).
    const bool page = job->post.type == PostType::Page;
    for (const QString& name : page ? QStringList() : job->post.categories) {
        wanted.append({QStringLiteral("category"), name});
    }
    for (const QString& name : page ? QStringList() : job->post.tags) {
        wanted.append({QStringLiteral("post_tag"), name});
    }
    const int done = int(job->categoryIds.size() + job->tagIds.size());
    if (done >= wanted.size()) {
        render(job);
        return;
    }
    const auto [taxonomy, name] = wanted.at(done);
    const qint64 siteId = m_client.site().id;
    const auto store = [job, taxonomy = taxonomy](qint64 id) {
        (taxonomy == QLatin1String("category") ? job->categoryIds : job->tagIds).append(id);
    };
    onFinished(m_storage.run([siteId, taxonomy = taxonomy, name = name, clock = m_clock](Database& db) {
                   return PublishRepository(db, clock).termId(siteId, taxonomy, name);
               }),
               this, [this, job, store, taxonomy = taxonomy, name = name, siteId](const Result<std::optional<qint64>>& known) {
        if (!known) {
            failJob(job, known.error());
            return;
        }
        if (known.value()) {
            store(*known.value());
            ensureTerms(job);
            return;
        }
        onFinished(m_client.ensureTerm(taxonomy == QLatin1String("category") ? Taxonomy::Category : Taxonomy::Tag, name), this, [this, job, store, taxonomy, name, siteId](const Result<qint64>& created) {
            if (!created) {
                failJob(job, created.error());
                return;
            }
            m_storage.run([siteId, taxonomy, name, id = created.value(), clock = m_clock](Database& db) {
                return PublishRepository(db, clock).recordTerm(siteId, taxonomy, id, name);
            });
            store(created.value());
            ensureTerms(job);
        });
    });
}

void Publisher::render(std::shared_ptr<Job> job)
{
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, title = job->post.alsoLike, clock = m_clock](Database& db) {
                   return PublishRepository(db, clock).permalinkForTitle(siteId, title);
               }),
               this, [this, job](const Result<QString>& link) {
                   if (job->post.format == SourceFormat::Html) {
                       job->content = job->post.body;
                       for (auto it = job->imageUrls.cbegin(); it != job->imageUrls.cend(); ++it) {
                           job->content.replace(QStringLiteral("src=\"") + it.key() + QLatin1Char('"'),
                                                QStringLiteral("src=\"") + it.value() + QLatin1Char('"'));
                       }
                   } else {
                       RenderOptions options;
                       options.target = RenderOptions::Target::Blog;
                       options.title = job->post.title;
                       options.alsoLike = job->post.alsoLike;
                       options.alsoLikeUrl = link ? link.value() : QString();
                       options.imageUrls = job->imageUrls;
                       options.blogImages = job->blogImages;
                       options.blockMarkup = m_blockMarkup;
                       options.blockSupport = m_blockSupport;
                       job->renderOptions = options;
                       job->content = BlockSerializer::renderForBlog(job->post.body, options);
                   }
                   write(job);
               });
}

void Publisher::write(std::shared_ptr<Job> job)
{
    if (stopIfCancelled()) {
        return;
    }
    if (job->post.remoteId > 0) {
        // A post created from here carries its publication's token at the end; it stays there, the same on every
        // side of a merge (dropping it would be an edit next to the text's last paragraph, a needless conflict).
        static const QRegularExpression tokenAtEnd(QStringLiteral( // bare, or in a wp:html block (block markup)
            "\n(?:\n<!-- wp:html -->\n)?<!-- longhand-publication lh[0-9a-f]+ -->(?:\n<!-- /wp:html -->)?$"));
        QString tokenSuffix;
        if (const QRegularExpressionMatch marker = tokenAtEnd.match(job->post.baseContent); marker.hasMatch()) {
            tokenSuffix = marker.captured(0);
            if (!job->content.endsWith(tokenSuffix)) {
                job->content += tokenSuffix;
            }
        }
        // Before writing, see whether the web changed the post since the local edit began.
        onFinished(m_client.fetchPost(job->post.remoteId, job->post.type), this, [this, job, tokenSuffix](const Result<RemotePost>& current) {
            if (!current) {
                if (current.error().code == Error::Code::RemoteNotFound) {
                    goneOnBlog(job, false);
                    return;
                }
                failJob(job, current.error());
                return;
            }
            if (current->status == QLatin1String("trash")) {
                // Updating it would take it out of the trash someone put it in: treated as gone, as a sync would.
                goneOnBlog(job, true);
                return;
            }
            // Changed on the web since the edit began: other text than the blog held at the base (or, not known, a
            // later modified time or a same-second edit since Longhand last looked).
            const bool changedOnWeb = job->post.isWebEdit(current->content, current->modifiedGmt);
            if (changedOnWeb) {
                // A Markdown review stays Markdown: merged block by block, the web's edits made Markdown. HTML (a
                // post written on the web) is merged line by line.
                const bool markdown = job->post.format == SourceFormat::Markdown;
                const MergeResult merged = markdown ? mergeMarkdown(job->post.baseContent, job->post.body, current->content, job->renderOptions)
                                                    : mergeText(job->post.baseContent, job->content, current->content);
                if (!merged.clean) {
                    // Keep the web's version beside ours for the merge view.
                    m_storage.run([id = job->post.id, remote = current.value(), clock = m_clock](Database& db) {
                        return PublishRepository(db, clock).recordRemoteVersion(id, remote);
                    });
                    Error conflict = Error::make(Error::Code::Conflict,
                                                 tr("“%1” was changed on the web since you began editing, in the same places as your "
                                                    "edit (%n conflict(s)). Nothing was overwritten; sync to get the web version and merge.",
                                                    nullptr, merged.conflictCount())
                                                         .arg(job->post.title)
                                                     + conflictSummary(merged));
                    failJob(job, conflict);
                    return;
                }
                qCInfo(lcNet) << "Merged a web edit of post" << job->post.remoteId;
                if (markdown) {
                    job->unmergedContent = job->content;
                    job->mergedBody = merged.merged;
                    job->content = BlockSerializer::renderForBlog(merged.merged, job->renderOptions) + tokenSuffix;
                } else {
                    job->content = merged.merged;
                }
            }
            job->current = current.value();
            send(job, job->post.remoteId);
        });
        return;
    }
    // Never published from here. A post with the same slug is somebody else's post (slug is not identity):
    // it is never adopted. Only the post this publication's own token is written into is ours; the token is
    // stored in the outbox before the create is sent, so a create whose answer was lost is found by it.
    job->token = PublishRepository::publicationToken(job->entry.payload);
    if (job->token.isEmpty()) {
        job->token = QStringLiteral("lh") + QUuid::createUuid().toString(QUuid::Id128);
        create(job);
        return;
    }
    job->looks = 0;
    lookForCreated(job);
}

void Publisher::lookForCreated(std::shared_ptr<Job> job)
{
    onFinished(m_client.findPostsContaining(job->token, job->post.type), this, [this, job](const Result<QList<RemotePost>>& found) {
        if (!found) {
            failJob(job, found.error()); // not knowing whether it exists, creating could make a second one
            return;
        }
        for (const RemotePost& remote : found.value()) {
            if (remote.content.contains(tokenMarker(job->token))) {
                qCInfo(lcNet) << "Found the post created by an earlier attempt:" << remote.id;
                job->current = remote;
                send(job, remote.id);
                return;
            }
        }
        if (const qint64 wait = stillInDoubtMs(PublishRepository::attemptSentAt(job->entry.payload, QStringLiteral("post")), job->looks);
            wait > 0) {
            ++job->looks;
            qCInfo(lcNet) << "The post of token" << job->token << "is not on the blog (yet); looking again";
            Q_EMIT stepChanged(tr("Waiting to see whether an earlier attempt to publish “%1” reached the blog…").arg(job->post.title));
            QTimer::singleShot(std::min<qint64>(wait, kLookAgainMs), this, [this, job] {
                if (!stopIfCancelled()) {
                    lookForCreated(job);
                }
            });
            return;
        }
        qCInfo(lcNet) << "No post carries token" << job->token << "; creating it";
        create(job);
    });
}

// The token and the time go into the outbox before the create is sent, so that a retry after a lost answer
// finds the post, also while the server is still making it.
void Publisher::create(std::shared_ptr<Job> job)
{
    onFinished(m_storage.run([entry = job->entry.id, token = job->token, clock = m_clock](Database& db) {
                   return PublishRepository(db, clock).recordAttempt(entry, QStringLiteral("post"), token);
               }),
               this, [this, job](const Status& stored) {
                   if (!stored) {
                       failJob(job, stored.error());
                       return;
                   }
                   send(job, 0);
               });
}

QString Publisher::tokenMarker(const QString& token)
{
    return QStringLiteral("<!-- longhand-publication %1 -->").arg(token);
}

void Publisher::send(std::shared_ptr<Job> job, qint64 remoteId)
{
    const Post& post = job->post;
    const QString slug = post.slug.isEmpty() ? slugFromTitle(post.title) : post.slug;
    // WordPress schedules a post whose date is at least a minute ahead.
    const bool scheduled = post.scheduledAt.isValid() && post.scheduledAt > m_clock->nowUtc().addSecs(60);
    // What the writer chose when queueing: draft, pending and private stay so; publish is scheduled when dated ahead.
    QString status = QJsonDocument::fromJson(job->entry.payload.toUtf8()).object().value(QStringLiteral("status")).toString();
    if (status.isEmpty() || status == QLatin1String("publish") || status == QLatin1String("future")) {
        status = scheduled ? QStringLiteral("future") : QStringLiteral("publish");
    }
    // Everything Longhand shows, as the writer has it now.
    PostChanges wanted;
    wanted.title = post.title;
    wanted.excerpt = post.excerpt;
    wanted.commentsOpen = post.commentsOpen;
    wanted.pingsOpen = post.pingsOpen;
    wanted.format = post.postFormat;
    wanted.sticky = post.sticky;
    wanted.password = post.password;
    wanted.meta = post.meta;
    if (m_client.site().mayEditOthersPosts() && post.authorId > 0) {
        wanted.author = post.authorId; // an author or contributor may not give a post to another user: never sent
    }
    wanted.type = post.type;
    if (post.type == PostType::Page) {
        // A page has no categories, tags, format or stickiness: never sent. Its place is, where the writer changed it.
        wanted.format.reset();
        wanted.sticky.reset();
        wanted.parent = post.parentId;
        wanted.menuOrder = post.menuOrder;
        wanted.pageTemplate = post.pageTemplate;
    } else {
        wanted.categories = job->categoryIds;
        wanted.tags = job->tagIds;
    }
    wanted.status = status;
    if (!slug.isEmpty()) {
        wanted.slug = slug;
    }
    if (job->featuredMediaId > 0) {
        wanted.featuredMedia = job->featuredMediaId; // a featured image chosen here
    } else if (post.featuredImage.isEmpty() && post.featuredMediaId > 0 && (remoteId == 0 || !post.baseFields.isEmpty())) {
        // One of the blog's images (a file's featured_media, written by hand): sent only where it differs from the
        // base, so the web's later choice is not undone by the one this review last saw (and never without a base).
        wanted.featuredMedia = post.featuredMediaId;
    } else if (post.featuredImage.isEmpty() && post.featuredMediaId == 0 && !post.baseFields.isEmpty()) {
        // None: sent only when the blog had one when the edit began (the writer cleared it). Without a base the
        // blog's current image might be newer than what this review knows: it is left alone.
        wanted.featuredMedia = 0;
    }
    if (post.scheduledAt.isValid()) {
        wanted.dateGmt = post.scheduledAt;
    }
    PostChanges fields;
    if (remoteId == 0) {
        fields = wanted;
        // A new post gets WordPress's defaults for the options the writer left alone: only the others are sent (an
        // account that may not make a post sticky can still create one).
        if (fields.format == QLatin1String("standard")) {
            fields.format.reset();
        }
        if (fields.sticky == false) {
            fields.sticky.reset();
        }
        if (fields.password && fields.password->isEmpty()) {
            fields.password.reset();
        }
        if (fields.meta && fields.meta->isEmpty()) {
            fields.meta.reset();
        }
        if (fields.author == m_client.site().userId) {
            fields.author.reset();
        }
        if (fields.parent == 0) {
            fields.parent.reset();
        }
        if (fields.menuOrder == 0) {
            fields.menuOrder.reset();
        }
        if (fields.pageTemplate && fields.pageTemplate->isEmpty()) {
            fields.pageTemplate.reset();
        }
        // The token, where a search finds it and no reader sees it (an HTML comment survives kses and wpautop).
        // In block markup it is a wp:html block of its own: loose HTML would open as a Classic block in the editor.
        const bool blocks = job->renderOptions.blockMarkup && job->post.format == SourceFormat::Markdown;
        fields.content = blocks ? QString(job->content + QStringLiteral("\n\n")
                                          + BlockSerializer::block(QStringLiteral("html"), {}, tokenMarker(job->token)))
                                : QString(job->content + QLatin1Char('\n') + tokenMarker(job->token));
    } else {
        fields = changedFields(wanted, job->post.baseFields, job->current);
        if (!job->current || job->content != job->current->content) {
            fields.content = job->content;
        }
        if (fields.isEmpty() && job->current) {
            // The blog holds exactly this already (an earlier attempt's answer was lost): writing nothing would
            // still change its modified date.
            job->written = job->current->content;
            succeed(job, *job->current);
            return;
        }
        if (job->current && m_client.capabilities().canConditionalUpdate) {
            // Where the blog can refuse atomically, the look just made is made binding: a web edit between it and
            // this write is a conflict (nothing changed), not overwritten. REST cannot: the look is all there is.
            fields.unlessModifiedAfter = job->current->modifiedGmt;
        }
    }
    if (remoteId == 0) {
        qCInfo(lcNet) << "Creating a" << postTypeToString(fields.type) << "with publication token" << job->token;
    }
    auto future = remoteId > 0 ? m_client.updatePost(remoteId, fields) : m_client.createPost(fields);
    onFinished(future, this, [this, job, remoteId, fields](const Result<RemotePost>& written) {
        if (!written) {
            if (remoteId == 0) {
                forgetRefusedAttempt(job, QStringLiteral("post"), written.error());
            }
            if (remoteId > 0 && written.error().code == Error::Code::RemoteNotFound) {
                goneOnBlog(job, false); // deleted between the look and the write
                return;
            }
            if (written.error().meaning == Error::Meaning::NotAllowedToPublish) {
                Error refused = written.error();
                refused.code = Error::Code::Permission; // permanent: retrying cannot help
                refused.message = tr("Your account on the blog may not publish “%1”. Set its status to Pending review and "
                                     "submit it for review instead.")
                                      .arg(job->post.title);
                failJob(job, refused);
                return;
            }
            failJob(job, written.error());
            return;
        }
        if (fields.meta) {
            // REST ignores a key not registered for it, XML-RPC a protected one: said, never silently dropped.
            job->droppedMeta.clear();
            for (auto it = fields.meta->begin(); it != fields.meta->end(); ++it) {
                if (!written->meta.contains(it.key())) {
                    job->droppedMeta.append(it.key());
                }
            }
        }
        if (fields.content) {
            job->written = *fields.content;
        } else {
            job->written = written->content; // the text was not sent: the base is what the blog holds
        }
        succeed(job, written.value());
    });
}

// The fields of an update: only those the writer changed. A field is sent when its local value differs from
// the blog's value when the local edit began (baseFields, from the last pull or publication); without a base
// (a post stored before Longhand kept one), when it differs from what the blog holds now. Everything else
// (template, a featured image not chosen here, an option or meta key the writer left alone, …) is never sent, so
// whatever the web set stays as it is.
PostChanges Publisher::changedFields(const PostChanges& wanted, const QString& baseFields, const std::optional<RemotePost>& current)
{
    const QJsonDocument baseDocument = QJsonDocument::fromJson(baseFields.toUtf8());
    QJsonObject base = baseDocument.isObject() ? baseDocument.object() : current ? postShownFields(*current) : QJsonObject();
    if (!baseDocument.isObject()) {
        // Without a base, the post options stay as the blog has them: the local ones may be defaults from before
        // schema 11, not the writer's choice (a base lacking an option never sends it).
        for (const char* option : {"format", "sticky", "password", "author", "meta"}) {
            base.remove(QLatin1String(option));
        }
    }
    return PostChanges::changedFrom(wanted, base);
}

QJsonObject Publisher::changedFields(const QJsonObject& wanted, const QString& baseFields, const std::optional<RemotePost>& current)
{
    return changedFields(PostChanges::fromShownFields(wanted), baseFields, current).toShownFields();
}

// The post this review was linked to is gone from the blog: the review is unlinked and kept as a
// local draft with a notice (as a sync that finds it gone does), and this publication waits for the
// user; retrying it creates a new post instead of failing on the dead id again.
void Publisher::goneOnBlog(std::shared_ptr<Job> job, bool trashed)
{
    const qint64 siteId = m_client.site().id;
    const qint64 remoteId = job->post.remoteId;
    const GoneTexts texts = PostReconciler::texts();
    const QSet<qint64> trashedIds = trashed ? QSet<qint64> {remoteId} : QSet<qint64> {};
    onFinished(m_storage.run([siteId, remoteId, trashedIds, texts, clock = m_clock](Database& db) {
                   return PostRepository(db, clock).detachGoneFromBlog(siteId, {remoteId}, trashedIds, texts);
               }),
               this, [this, job, texts](const Result<QList<GonePost>>& gone) {
                   if (!gone) {
                       failJob(job, gone.error());
                       return;
                   }
                   Q_EMIT postsGoneFromBlog(gone.value());
                   failJob(job, Error::make(Error::Code::RemoteNotFound, texts.outboxMessage.arg(job->post.title)));
               });
}

void Publisher::succeed(std::shared_ptr<Job> job, const RemotePost& remote)
{
    const qint64 siteId = m_client.site().id;
    job->requestedSlug = job->post.slug.isEmpty() ? slugFromTitle(job->post.title) : job->post.slug;
    if (!job->requestedSlug.isEmpty() && !remote.slug.isEmpty() && remote.slug != job->requestedSlug) {
        job->notice = tr("The address “%1” belongs to another post on the blog, so WordPress gave “%2” the address “%3”. "
                         "The other post was not changed.")
                          .arg(job->requestedSlug, job->post.title, remote.slug);
    }
    if (!job->droppedMeta.isEmpty()) {
        const QString dropped = tr("The blog did not keep the custom field(s) %1 of “%2”: it does not let Longhand write them. "
                                   "Everything else was published.")
                                    .arg(job->droppedMeta.join(QStringLiteral(", ")), job->post.title);
        job->notice = job->notice.isEmpty() ? dropped : job->notice + QLatin1Char(' ') + dropped;
    }
    onFinished(m_storage.run([siteId, job, remote, sourceIsAFile = m_sourceIsAFile, clock = m_clock](Database& db) -> Status {
                   return db.transaction([&]() -> Status {
                       PublishRepository repo(db, clock);
                       if (auto marked = repo.markPublished(job->post.id, siteId, remote, job->written, job->requestedSlug, job->notice);
                           !marked) {
                           return marked;
                       }
                       if (job->mergedBody) {
                           // The review takes the web's edits, as Markdown. If the writer changed it while it was being
                           // published, their text stays and the next publication merges the web's edits in again.
                           const Result<bool> stored = repo.storeMergedSource(job->post.id, job->post.body, *job->mergedBody);
                           if (!stored) {
                               return stored.error();
                           }
                           if (!stored.value() || sourceIsAFile) {
                               if (auto kept = repo.mergeAgainLater(job->post.id, job->unmergedContent); !kept) {
                                   return kept;
                               }
                           }
                       }
                       return repo.complete(job->entry.id);
                   });
               }),
               this, [this, job, remote](const Status& stored) {
                   if (!stored) {
                       failJob(job, stored.error());
                       return;
                   }
                   qCInfo(lcNet) << "Published post" << remote.id;
                   if (!job->notice.isEmpty()) {
                       Q_EMIT slugReplaced(job->post.id, job->notice);
                   }
                   if (job->mergedBody) {
                       Q_EMIT mergedWebEdits(job->post.id,
                                             m_sourceIsAFile ? tr("“%1” had been edited on the web; those edits were merged with yours and "
                                                                  "published. Your file does not have them: they are merged in again "
                                                                  "each time it is published, until you add them to it.")
                                                                   .arg(job->post.title)
                                                             : tr("“%1” had been edited on the web; those edits were merged with yours "
                                                                  "(as Markdown) and published.")
                                                                   .arg(job->post.title));
                   }
                   Q_EMIT published(job->post.id, remote);
                   next();
               });
}

void Publisher::failJob(std::shared_ptr<Job> job, const Error& error)
{
    const bool transient = error.isTransient();
    if (!m_firstError) {
        m_firstError = error;
    }
    const int attempts = job->entry.attempts + 1;
    const qint64 delay = std::min<qint64>(3600, qint64(m_baseRetryDelaySecs) << std::min(attempts - 1, 10));
    const QDateTime nextAttempt = transient ? m_clock->nowUtc().addSecs(delay) : QDateTime();
    m_storage.run([entry = job->entry.id, message = error.message, transient, nextAttempt, clock = m_clock](Database& db) {
        return PublishRepository(db, clock).recordFailure(entry, message, !transient, nextAttempt);
    });
    qCWarning(lcNet) << "Publishing review" << job->post.id << "failed:" << error.message;
    Q_EMIT entryFailed(job->entry.entityId, error, transient);
    // The other posts' operations are independent: go on with them.
    next();
}

} // namespace longhand
