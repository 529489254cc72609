// sync | posts list
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/storage/PostRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/moderation/TriageRules.h"
#include "core/media/ImagePreparer.h"
#include "core/settings/AppSettings.h"
#include "core/sync/BlogWorkflow.h"
#include "core/TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

// What became of each post the blog no longer has, one line each.
void reportGonePosts(CliContext& context, const QList<GonePost>& posts)
{
    for (const GonePost& post : posts) {
        const QString what = post.trashedOnBlog ? tr("“%1” was moved to the trash on the blog") : tr("“%1” was deleted on the blog");
        const bool page = post.type == PostType::Page;
        const QString kept = post.keptAsDraft
            ? (page ? tr("; your unpublished changes are kept as local draft %1 (publishing it creates a new page).")
                    : tr("; your unpublished changes are kept as local draft %1 (publishing it creates a new post)."))
            : (page ? tr("; page %1 moved to the local trash (restore it to publish it again as a new page).")
                    : tr("; review %1 moved to the local trash (restore it to publish it again as a new post)."));
        context.err() << what.arg(post.title) << kept.arg(post.id) << Qt::endl;
    }
}

} // namespace

void runSyncCommand(CliContext& context)
{
    context.withSite([&context](qint64 siteId) {
        // Push first (queued publications, then comment moderation), then pull: the blog's workflow, as in the app.
        auto* workflow = new BlogWorkflow(context.accounts(), context.storage(), context.profile().rootPath(), &context.accounts());
        workflow->setImagePreparation([&context](qint64 blog) { return ImagePreparer::forBlog(context.profile().settingsPath(), blog); });
        workflow->setUserAsked(true); // asked for now: try what waits now
        workflow->setTriageSettings(TriageSettings::load(QSettings(context.profile().settingsPath(), QSettings::IniFormat)));
        auto comments = std::make_shared<CommentPushReport>();
        collectCommentOutcomes(workflow, comments);
        QObject::connect(workflow, &BlogWorkflow::postsGoneFromBlog, workflow, [&context](const QList<GonePost>& posts) {
            reportGonePosts(context, posts);
        });
        QObject::connect(workflow, &BlogWorkflow::publishFailed, workflow, [&context](qint64 postId, const Error& error, bool willRetry) {
            context.err() << tr("Review %1 not published%2: %3").arg(postId).arg(willRetry ? tr(" (will retry)") : QString(), error.message)
                          << Qt::endl;
        });
        QObject::connect(workflow, &BlogWorkflow::progressChanged, workflow, [&context](const SyncProgress& progress) {
            // The lists are fetched side by side: the pages are counted over all of them.
            context.err() << tr("%1 of %2 pages, %3 items (%4)")
                                 .arg(progress.pagesDone)
                                 .arg(progress.pagesTotal)
                                 .arg(progress.items)
                                 .arg(progress.resource)
                          << Qt::endl;
        });
        QObject::connect(workflow, &BlogWorkflow::finished, workflow,
                         [&context, workflow, comments, siteId](const Status& status, const WorkflowReport& run) {
            workflow->deleteLater();
            const QString name = workflow->site().name;
            completeCommentPushReport(context, comments, siteId, {}, [&context, status, run, name](const CommentPushReport& report) {
                printCommentPushProblems(context, report);
                if (!status) {
                    context.fail(status.error());
                    return;
                }
                QString summary = tr("Synced %1: %2 items, %3 new pending comments.").arg(name).arg(run.items).arg(run.newPendingComments);
                if (run.postsGone > 0) {
                    summary += QCoreApplication::translate("longhand", " %n post(s) no longer on the blog.", nullptr, run.postsGone);
                }
                if (report.stillQueued > 0) {
                    summary += QCoreApplication::translate("longhand", " %n comment action(s) still waiting to be sent.", nullptr,
                                                           report.stillQueued);
                }
                context.out() << summary << Qt::endl;
                context.succeed();
            });
        });
        workflow->run(siteId, BlogWorkflow::everything());
    });
}

void runPostsCommand(CliContext& context)
{
    if (context.arguments().value(1) != QLatin1String("list")) {
        context.fail(tr("posts takes list."), 2);
        return;
    }
    PostFilter filter;
    if (context.parser().value(QStringLiteral("status")) == QLatin1String("trash")) {
        filter.trashed = true; // the local trash
    } else if (context.parser().isSet(QStringLiteral("status"))) {
        filter.status = postStatusFromString(context.parser().value(QStringLiteral("status")));
        if (!filter.status) {
            context.fail(tr("--status is draft, pending, private, publish, future or trash (the local trash)."), 2);
            return;
        }
    }
    if (context.parser().isSet(QStringLiteral("type"))) {
        filter.type = postTypeFromString(context.parser().value(QStringLiteral("type")));
        if (!filter.type) {
            context.fail(tr("--type is post or page."), 2);
            return;
        }
    }
    auto future = context.storage().run([filter](Database& db) -> Result<QList<Post>> {
        PostRepository repo(db);
        auto summaries = repo.list(filter);
        if (!summaries) {
            return summaries.error();
        }
        QList<Post> posts;
        for (const PostSummary& summary : summaries.value()) {
            auto post = repo.load(summary.id);
            if (!post) {
                return post.error();
            }
            posts.append(post.value());
        }
        return posts;
    });
    onFinished(future, &context.accounts(), [&context](const Result<QList<Post>>& posts) {
        if (!posts) {
            context.fail(posts.error());
            return;
        }
        if (context.json()) {
            QJsonArray array;
            for (const Post& post : posts.value()) {
                array.append(QJsonObject {
                    {QStringLiteral("id"), post.id},
                    {QStringLiteral("site"), post.siteId},
                    {QStringLiteral("remote_id"), post.remoteId},
                    {QStringLiteral("title"), post.title},
                    {QStringLiteral("slug"), post.slug},
                    {QStringLiteral("status"), postStatusToString(post.status)},
                    {QStringLiteral("type"), postTypeToString(post.type)},
                    {QStringLiteral("parent"), post.parentId},
                    {QStringLiteral("menu_order"), post.menuOrder},
                    {QStringLiteral("template"), post.pageTemplate},
                    {QStringLiteral("format"), sourceFormatToString(post.format)},
                    {QStringLiteral("link"), post.link},
                    {QStringLiteral("categories"), QJsonArray::fromStringList(post.categories)},
                    {QStringLiteral("tags"), QJsonArray::fromStringList(post.tags)},
                    {QStringLiteral("modified"), post.updatedAt.toString(Qt::ISODate)},
                    {QStringLiteral("unpushed_changes"), post.dirty},
                    {QStringLiteral("trashed"), post.isTrashed()},
                    {QStringLiteral("notice"), post.notice},
                });
            }
            context.printJson(QJsonDocument(array));
        } else {
            for (const Post& post : posts.value()) {
                context.out() << post.id << '\t' << (post.remoteId ? QString::number(post.remoteId) : QStringLiteral("-")) << '\t'
                              << postStatusToString(post.status) << '\t' << TerminalText::field(post.title) << Qt::endl;
            }
        }
        context.succeed();
    });
}

} // namespace longhand
