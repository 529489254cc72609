// publish FILE.md
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/library/FileLink.h"
#include "core/library/PostOptionsFile.h"
#include "core/markdown/FrontMatter.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/markdown/PrePublishCheck.h"
#include "core/settings/AppSettings.h"
#include "core/markdown/Slug.h"
#include "core/blog/BlogClient.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/MediaStore.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/media/ImagePreparer.h"
#include "core/settings/AppSettings.h"
#include "core/sync/BlogWorkflow.h"

#include <QSettings>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

struct FileReview
{
    Post post;
    FrontMatter meta;
    QByteArray bytes; // the file as read (it is updated only if it still holds exactly these)
};

// Reads the file and its images into a review; command-line options win over the front matter.
Result<FileReview> reviewFromFile(CliContext& context, const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::Io, tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    auto document = parseMarkdownDocument(QString::fromUtf8(bytes));
    if (!document) {
        return Error::make(document.error().code, tr("%1: %2").arg(fileName, document.error().message));
    }
    const FrontMatter& meta = document->meta;
    const QCommandLineParser& parser = context.parser();
    const QDir base = QFileInfo(fileName).absoluteDir();
    const MediaStore media(context.profile().rootPath());

    Post post;
    post.body = document->body;
    post.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : meta.title.value_or(QString());
    if (post.title.trimmed().isEmpty()) {
        return Error::make(Error::Code::InvalidInput, tr("%1 has no title: add title: to its front matter or pass --title.").arg(fileName));
    }
    post.slug = meta.slug.value_or(slugFromTitle(post.title));
    post.slugEdited = meta.slug.has_value();
    post.excerpt = meta.excerpt.value_or(QString());
    if (!meta.featured && meta.featuredMedia) {
        post.featuredMediaId = *meta.featuredMedia; // the blog's image, kept
    }
    post.alsoLike = parser.value(QStringLiteral("also-like"));
    post.categories = parser.isSet(QStringLiteral("category")) ? parser.values(QStringLiteral("category")) : meta.categories.value_or(QStringList());
    post.tags = parser.isSet(QStringLiteral("tag")) ? parser.values(QStringLiteral("tag")) : meta.tags.value_or(QStringList());
    const QString status = parser.isSet(QStringLiteral("status")) ? parser.value(QStringLiteral("status")) : meta.status.value_or(QStringLiteral("publish"));
    const auto parsedStatus = postStatusFromString(status);
    if (!parsedStatus || parsedStatus == PostStatus::Future) {
        return Error::make(Error::Code::InvalidInput, tr("--status is publish, draft, pending or private (a future --date schedules)."));
    }
    post.status = *parsedStatus;
    if (parser.isSet(QStringLiteral("date"))) {
        post.scheduledAt = QDateTime::fromString(parser.value(QStringLiteral("date")), Qt::ISODate).toUTC();
        if (!post.scheduledAt.isValid()) {
            return Error::make(Error::Code::InvalidInput, tr("--date takes an ISO 8601 date and time, e.g. 2026-12-24T18:00:00Z."));
        }
    } else if (meta.date) {
        post.scheduledAt = *meta.date;
    }
    // Images: paths relative to the file are copied into the profile and referenced from there.
    const auto import = [&](const QString& path) -> Result<QString> {
        const QString absolute = QFileInfo(path).isAbsolute() ? path : base.filePath(path);
        return media.importFile(absolute);
    };
    const QString featured = parser.isSet(QStringLiteral("featured")) ? parser.value(QStringLiteral("featured")) : meta.featured.value_or(QString());
    if (!featured.isEmpty()) {
        auto reference = parser.isSet(QStringLiteral("featured")) ? media.importFile(QFileInfo(featured).absoluteFilePath()) : import(featured);
        if (!reference) {
            return reference.error();
        }
        post.featuredImage = reference.value();
    }
    // Image paths relative to the file (not web addresses, not already in the profile).
    QStringList relativeImages;
    const QStringList images = MarkdownRenderer::images(post.body);
    for (const QString& url : images) {
        if (url.contains(QStringLiteral("://")) || url.startsWith(QLatin1String("media/")) || url.startsWith(QLatin1String("data:"))) {
            continue;
        }
        relativeImages.append(url);
    }
    for (const QString& url : std::as_const(relativeImages)) {
        auto reference = import(QUrl::fromPercentEncoding(url.toUtf8()));
        if (!reference) {
            return reference.error();
        }
        post.body.replace(QStringLiteral("](") + url + QLatin1Char(')'), QStringLiteral("](") + reference.value() + QLatin1Char(')'));
        post.body.replace(QStringLiteral("](") + url + QLatin1Char(' '), QStringLiteral("](") + reference.value() + QLatin1Char(' '));
    }
    applyPostOptions(meta, post);
    if (fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        post.format = SourceFormat::Html; // exported from a post written on the web
    }
    return FileReview {post, meta, bytes};
}

// The blog the file's front matter names (blog:), else --site or the only blog.
void withBlogOf(CliContext& context, const FileReview& file, const QString& fileName, std::function<void(qint64)> next)
{
    if (!file.meta.blog) {
        if (file.meta.id) {
            context.fail(tr("%1 has id: but no blog: in its front matter; add the blog's address (see: account list).").arg(fileName), 2);
            return;
        }
        context.withSite(std::move(next));
        return;
    }
    onFinished(context.accounts().sites(), &context.accounts(), [&context, blog = *file.meta.blog, fileName, next](const Result<QList<Site>>& sites) {
        if (!sites) {
            context.fail(sites.error());
            return;
        }
        for (const Site& site : sites.value()) {
            if (!FileLink::sameBlog(site.baseUrl, blog)) {
                continue;
            }
            if (context.parser().isSet(QStringLiteral("site")) && context.parser().value(QStringLiteral("site")) != QString::number(site.id)) {
                context.fail(tr("%1 belongs to %2 (blog %3), not to the blog --site names.").arg(fileName, blog).arg(site.id), 2);
                return;
            }
            next(site.id);
            return;
        }
        context.fail(tr("%1 belongs to %2, which this profile is not connected to (see: account add).").arg(fileName, blog));
    });
}

// After publishing: the file names the post and the version now on the blog, and the profile keeps that version.
void linkFile(CliContext& context, const QString& fileName, const FileReview& file, qint64 postId)
{
    auto linked = context.storage().run([postId](Database& db) -> Result<std::pair<Post, QUrl>> {
        auto post = PostRepository(db).load(postId);
        if (!post) {
            return post.error();
        }
        if (auto kept = FileLink::rememberBase(db, post.value()); !kept) {
            return kept.error();
        }
        auto site = SiteRepository(db).load(post->siteId);
        if (!site) {
            return site.error();
        }
        return std::pair<Post, QUrl>(post.value(), site->baseUrl);
    });
    linked.waitForFinished(); // the command ends after this; the storage thread is idle otherwise
    const auto result = linked.result();
    if (!result) {
        context.err() << tr("warning: %1 was published, but its front matter was not updated: %2").arg(fileName, result.error().message) << Qt::endl;
        return;
    }
    const auto& [post, blog] = result.value();
    // author: a name is written back as the blog's id (what the review now has).
    const std::optional<qint64> author = file.meta.authorName && post.authorId > 0 ? std::optional<qint64>(post.authorId) : std::nullopt;
    if (file.meta.id == post.remoteId && file.meta.modified == post.baseModifiedGmt && file.meta.blog
        && FileLink::sameBlog(blog, *file.meta.blog) && !author) {
        return;
    }
    const QFileDevice::Permissions permissions = QFileInfo(fileName).permissions();
    if (!(permissions & QFileDevice::WriteOwner)) {
        context.err() << tr("warning: %1 is read-only; its front matter was not updated.").arg(fileName) << Qt::endl;
        return;
    }
    QFile current(fileName);
    if (!current.open(QIODevice::ReadOnly) || current.readAll() != file.bytes) {
        context.err() << tr("warning: %1 changed while it was published; its front matter was not updated (run publish again).").arg(fileName)
                      << Qt::endl;
        return;
    }
    current.close();
    auto text = linkFrontMatter(QString::fromUtf8(file.bytes), blog.toString(), post.remoteId, post.baseModifiedGmt, author);
    QSaveFile out(fileName);
    if (!text || !out.open(QIODevice::WriteOnly) || out.write(text->toUtf8()) < 0 || !out.commit()) {
        context.err() << tr("warning: the front matter of %1 was not updated: %2").arg(fileName, text ? out.errorString() : text.error().message)
                      << Qt::endl;
        return;
    }
    QFile::setPermissions(fileName, permissions); // the file is the writer's: it keeps its mode
}

// A file without an id is the review it was published as before, found by its path; another file that asks for
// the same slug is a new review, never that one (it gets the blog's unique slug). A review published from a
// file before paths were kept is still found by its slug, once.
Result<std::optional<qint64>> findFromFile(Database& db, qint64 siteId, const Post& post, const QString& source)
{
    AppStateRepository state(db);
    auto known = state.value(FileLink::fileKey(source));
    if (!known) {
        return known.error();
    }
    if (const qint64 id = known->toLongLong(); id > 0 && PostRepository(db).load(id)) {
        return std::optional<qint64>(id);
    }
    auto bySlug = PublishRepository(db).findLocalBySlug(siteId, post.slug);
    if (!bySlug) {
        return bySlug.error();
    }
    if (bySlug.value()) {
        auto owner = state.value(FileLink::sourceKey(*bySlug.value()));
        if (!owner) {
            return owner.error();
        }
        if (owner->isEmpty()) {
            return bySlug.value();
        }
    }
    return std::optional<qint64>();
}

// Stores the review (the post the file names, or the one published from this file before, or a new one) and
// queues it, in one transaction.
Result<qint64> queueFromFile(Database& db, qint64 siteId, const Post& fromFile, const QString& source, const FrontMatter& fileMeta)
{
    Post post = fromFile;
    FrontMatter meta = fileMeta;
    if (meta.authorName) {
        // author: a login or display name: the blog's user id, as its last sync saw them; unknown: nothing is queued.
        auto users = PostRepository(db).blogUsers(siteId);
        if (!users) {
            return users.error();
        }
        auto site = SiteRepository(db).load(siteId);
        auto author = resolveAuthor(*meta.authorName, users.value(), site ? site->name : QString::number(siteId));
        if (!author) {
            return author.error();
        }
        meta.author = author.value();
        post.authorId = author.value();
    }
    qint64 id = 0;
    const Status stored = db.transaction([&]() -> Status {
        PublishRepository publish(db);
        PostRepository posts(db);
        AppStateRepository state(db);
        if (meta.id) {
            // The file names its post: that review, with the base the file was written from (see FileLink).
            auto adopted = FileLink::adopt(db, siteId, post, *meta.id, meta.modified, source, meta);
            if (!adopted) {
                return adopted.error();
            }
            id = adopted.value();
        } else if (auto found = findFromFile(db, siteId, post, source); !found) {
            return found.error();
        } else if (found.value()) {
            id = *found.value();
            Post updated = post;
            updated.id = id;
            updated.siteId = siteId; // found on this blog: it stays there
            // The blog gave this review another slug (the file's was taken): keep the one it has.
            auto cached = posts.load(id);
            if (cached && cached->requestedSlug == post.slug && !cached->slug.isEmpty()) {
                updated.slug = cached->slug;
            }
            if (cached) {
                // The options the file leaves out keep the review's values (never sent unless changed).
                copyPostOptions(*cached, updated);
                applyPostOptions(meta, updated);
            }
            if (auto saved = posts.update(updated); !saved) {
                return saved;
            }
        } else {
            Post created = post;
            created.siteId = siteId;
            auto made = posts.create(created);
            if (!made) {
                return made.error();
            }
            id = made.value();
        }
        if (auto remembered = state.setValue(FileLink::fileKey(source), QString::number(id)); !remembered) {
            return remembered;
        }
        if (auto owner = state.setValue(FileLink::sourceKey(id), source); !owner) {
            return owner;
        }
        // The same decision the app makes (the writer's status, scheduled when dated ahead), except that the file's
        // status stands for an account that may not publish: the blog's refusal is told, the file says "pending".
        if (auto entry = BlogWorkflow::queuePublication(db, id, siteId, BlogWorkflow::MayNotPublish::AsIs); !entry) {
            return entry.error();
        }
        return {};
    });
    if (!stored) {
        return stored.error();
    }
    return id;
}

// Says what happened on the blog, in the blog's words for the status (the app's words too).
QString publishedLine(const RemotePost& remote)
{
    return BlogWorkflow::publishedText(remote.status) + QLatin1Char(' ') + remote.link;
}

// Before a review's first publication, when the blog's check is on: what the pre-publish check finds (the app shows
// it in a dialog), as warnings; the publication goes on.
void warnBeforeFirstPublish(CliContext& context, qint64 siteId, const Post& post, const QString& source, const FrontMatter& meta)
{
    const QSettings settings(context.profile().settingsPath(), QSettings::IniFormat);
    if (meta.id || !BlogSettings::load(settings, siteId).checkBeforePublish) {
        return;
    }
    using Terms = std::optional<std::pair<QStringList, QStringList>>;
    auto looked = context.storage().run([siteId, post, source](Database& db) -> Result<Terms> {
        auto found = findFromFile(db, siteId, post, source);
        if (!found) {
            return found.error();
        }
        PostRepository posts(db);
        if (found.value()) {
            if (auto stored = posts.load(*found.value()); stored && stored->remoteId != 0) {
                return Terms(); // published before: nothing to check
            }
        }
        auto categories = posts.blogTermNames(siteId, QStringLiteral("category"));
        auto tags = posts.blogTermNames(siteId, QStringLiteral("post_tag"));
        if (!categories || !tags) {
            return categories ? tags.error() : categories.error();
        }
        return Terms(std::pair {categories.value(), tags.value()});
    });
    looked.waitForFinished(); // the storage thread is idle otherwise
    const auto terms = looked.result();
    if (terms && !terms->has_value()) {
        return;
    }
    QList<PrePublishFinding> findings = PrePublishCheck::run(post);
    if (terms) {
        findings += PrePublishCheck::newTerms(post, (*terms)->first, (*terms)->second);
    }
    for (const PrePublishFinding& finding : std::as_const(findings)) {
        context.err() << tr("check: %1").arg(finding.message) << Qt::endl;
    }
}

} // namespace

void runPublishCommand(CliContext& context)
{
    const QString fileName = context.arguments().value(1);
    if (fileName.isEmpty()) {
        context.fail(tr("publish needs a Markdown file."), 2);
        return;
    }
    auto review = reviewFromFile(context, fileName);
    if (!review) {
        context.fail(review.error());
        return;
    }
    const QString source = QFileInfo(fileName).absoluteFilePath();
    withBlogOf(context, review.value(), fileName, [&context, file = review.value(), source, fileName](qint64 siteId) {
        const Post post = file.post;
        warnBeforeFirstPublish(context, siteId, post, source, file.meta);
        // Store the review (reusing the one published from this file before) and queue it, atomically.
        auto queued = context.storage().run([siteId, post, source, meta = file.meta](Database& db) {
            return queueFromFile(db, siteId, post, source, meta);
        });
        onFinished(queued, &context.accounts(), [&context, siteId, file, fileName](const Result<qint64>& postId) {
            if (!postId) {
                context.fail(postId.error());
                return;
            }
            auto* workflow = new BlogWorkflow(context.accounts(), context.storage(), context.profile().rootPath(), &context.accounts());
            workflow->setImagePreparation([&context](qint64 blog) { return ImagePreparer::forBlog(context.profile().settingsPath(), blog); });
            workflow->setUserAsked(true);
            workflow->setSourceIsAFile(true); // the file is the writer's text: a merge is not written into it
            const qint64 id = postId.value();
            auto result = std::make_shared<std::optional<RemotePost>>();
            auto failure = std::make_shared<std::optional<std::pair<Error, bool>>>();
            auto notices = std::make_shared<QStringList>();
            QObject::connect(workflow, &BlogWorkflow::published, workflow, [result, id](qint64 post, const RemotePost& remote) {
                if (post == id) {
                    *result = remote;
                }
            });
            const auto notice = [notices, id](qint64 post, const QString& message) {
                if (post == id) {
                    notices->append(message);
                }
            };
            QObject::connect(workflow, &BlogWorkflow::slugReplaced, workflow, notice);
            QObject::connect(workflow, &BlogWorkflow::mergedWebEdits, workflow, notice);
            QObject::connect(workflow, &BlogWorkflow::publishFailed, workflow, [failure, id](qint64 post, const Error& error, bool willRetry) {
                if (post == id) {
                    *failure = std::make_pair(error, willRetry);
                }
            });
            QObject::connect(workflow, &BlogWorkflow::finished, workflow,
                             [&context, workflow, result, failure, notices, id, file, fileName](const Status& status, const WorkflowReport& report) {
                workflow->deleteLater();
                if (!report.reachedBlog) {
                    context.fail(tr("Queued for the next sync: %1").arg(status.error().message));
                    return;
                }
                const Site& blog = workflow->site();
                const bool otherAuthor = (file.meta.author && *file.meta.author != blog.userId)
                    || (file.meta.authorName && file.meta.authorName->compare(blog.userName, Qt::CaseInsensitive) != 0
                        && file.meta.authorName->compare(blog.userDisplayName, Qt::CaseInsensitive) != 0);
                if (otherAuthor && !blog.mayEditOthersPosts()) {
                    context.err() << tr("warning: author: is not sent: only an editor or administrator of the blog may give a post "
                                        "to another author.")
                                  << Qt::endl;
                }
                if (*failure) {
                    const auto& [error, willRetry] = **failure;
                    context.fail(willRetry ? tr("Not published yet (%1); it stays queued for the next sync.").arg(error.message)
                                           : error.message);
                    return;
                }
                if (!*result) {
                    context.fail(tr("Review %1 was not published (see: sync).").arg(id));
                    return;
                }
                const RemotePost& remote = **result;
                linkFile(context, fileName, file, id);
                if (context.json()) {
                    context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("id"), id},
                                                                 {QStringLiteral("remote_id"), remote.id},
                                                                 {QStringLiteral("status"), remote.status},
                                                                 {QStringLiteral("slug"), remote.slug},
                                                                 {QStringLiteral("notice"), notices->join(QLatin1Char(' '))},
                                                                 {QStringLiteral("link"), remote.link}}));
                } else {
                    for (const QString& line : std::as_const(*notices)) {
                        context.out() << line << Qt::endl;
                    }
                    context.out() << publishedLine(remote) << Qt::endl;
                }
                context.succeed();
            });
            workflow->run(siteId, BlogWorkflow::Step::Publish);
        });
    });
}

} // namespace longhand
