// publish FILE.md
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/markdown/FrontMatter.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/markdown/Slug.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/MediaStore.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/Publisher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

// Reads the file and its images into a review; command-line options win over the front matter.
Result<Post> reviewFromFile(CliContext& context, const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::Io, tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    }
    auto document = parseMarkdownDocument(QString::fromUtf8(file.readAll()));
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
    return post;
}

// Says what happened on the blog, in the blog's words for the status.
QString publishedLine(const RemotePost& remote)
{
    if (remote.status == QLatin1String("draft")) {
        return tr("Saved as a draft on the blog: %1").arg(remote.link);
    }
    if (remote.status == QLatin1String("pending")) {
        return tr("Submitted for review: %1").arg(remote.link);
    }
    if (remote.status == QLatin1String("future")) {
        return tr("Scheduled: %1").arg(remote.link);
    }
    if (remote.status == QLatin1String("private")) {
        return tr("Published privately: %1").arg(remote.link);
    }
    return tr("Published: %1").arg(remote.link);
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
    context.withSite([&context, post = review.value(), source](qint64 siteId) {
        // Store the review (reusing the one published from this file before) and queue it, atomically.
        auto queued = context.storage().run([siteId, post, source](Database& db) -> Result<qint64> {
            PublishRepository publish(db);
            PostRepository posts(db);
            AppStateRepository state(db);
            // A file is the review it was published as before, found by its path; another file that asks
            // for the same slug is a new review, never that one (it gets the blog's unique slug). A review
            // published from a file before paths were kept is still found by its slug, once.
            const QString fileKey = QStringLiteral("cli/source/%1")
                                        .arg(QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex()));
            auto known = state.value(fileKey);
            if (!known) {
                return known.error();
            }
            std::optional<qint64> existing;
            if (const qint64 id = known->toLongLong(); id > 0 && posts.load(id)) {
                existing = id;
            } else {
                auto bySlug = publish.findLocalBySlug(siteId, post.slug);
                if (!bySlug) {
                    return bySlug.error();
                }
                if (bySlug.value()) {
                    auto owner = state.value(QStringLiteral("cli/review/%1/source").arg(*bySlug.value()));
                    if (!owner) {
                        return owner.error();
                    }
                    if (owner->isEmpty()) {
                        existing = bySlug.value();
                    }
                }
            }
            qint64 id = 0;
            if (existing) {
                id = *existing;
                Post updated = post;
                updated.id = id;
                updated.siteId = siteId; // found on this blog: it stays there
                // The blog gave this review another slug (the file's was taken): keep the one it has.
                if (auto stored = posts.load(id); stored && stored->requestedSlug == post.slug && !stored->slug.isEmpty()) {
                    updated.slug = stored->slug;
                }
                if (auto saved = posts.update(updated); !saved) {
                    return saved.error();
                }
            } else {
                auto created = posts.create(post);
                if (!created) {
                    return created.error();
                }
                id = created.value();
            }
            if (auto remembered = state.setValue(fileKey, QString::number(id)); !remembered) {
                return remembered.error();
            }
            if (auto owner = state.setValue(QStringLiteral("cli/review/%1/source").arg(id), source); !owner) {
                return owner.error();
            }
            if (auto entry = publish.enqueuePublish(id, siteId, postStatusToString(post.status)); !entry) {
                return entry.error();
            }
            return id;
        });
        onFinished(queued, &context.accounts(), [&context, siteId](const Result<qint64>& postId) {
            if (!postId) {
                context.fail(postId.error());
                return;
            }
            onFinished(context.accounts().connectSite(siteId), &context.accounts(),
                       [&context, id = postId.value()](const Result<std::shared_ptr<WordPressClient>>& client) {
                if (!client) {
                    context.fail(tr("Queued for the next sync: %1").arg(client.error().message));
                    return;
                }
                auto keep = client.value();
                auto* publisher = new Publisher(context.storage(), *keep, context.profile().rootPath(), Clock::system(), &context.accounts());
                auto result = std::make_shared<std::optional<RemotePost>>();
                auto failure = std::make_shared<std::optional<std::pair<Error, bool>>>();
                QObject::connect(publisher, &Publisher::published, publisher, [result, id](qint64 postId, const RemotePost& remote) {
                    if (postId == id) {
                        *result = remote;
                    }
                });
                auto notices = std::make_shared<QStringList>();
                QObject::connect(publisher, &Publisher::slugReplaced, publisher, [notices, id](qint64 postId, const QString& message) {
                    if (postId == id) {
                        notices->append(message);
                    }
                });
                publisher->setSourceIsAFile(true); // the file is the writer's text: a merge is not written into it
                QObject::connect(publisher, &Publisher::mergedWebEdits, publisher, [notices, id](qint64 postId, const QString& message) {
                    if (postId == id) {
                        notices->append(message);
                    }
                });
                QObject::connect(publisher, &Publisher::entryFailed, publisher, [failure, id](qint64 postId, const Error& error, bool willRetry) {
                    if (postId == id) {
                        *failure = std::make_pair(error, willRetry);
                    }
                });
                QObject::connect(publisher, &Publisher::finished, publisher, [&context, publisher, keep, result, failure, notices, id](const Status&) {
                    publisher->deleteLater();
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
                    if (context.json()) {
                        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("id"), id},
                                                                     {QStringLiteral("remote_id"), remote.id},
                                                                     {QStringLiteral("status"), remote.status},
                                                                     {QStringLiteral("slug"), remote.slug},
                                                                     {QStringLiteral("notice"), notices->join(QLatin1Char(' '))},
                                                                     {QStringLiteral("link"), remote.link}}));
                    } else {
                        for (const QString& notice : std::as_const(*notices)) {
                            context.out() << notice << Qt::endl;
                        }
                        context.out() << publishedLine(remote) << Qt::endl;
                    }
                    context.succeed();
                });
                publisher->replay();
            });
        });
    });
}

} // namespace longhand
