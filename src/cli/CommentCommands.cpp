// comments list | show | approve | unapprove | spam | unspam | trash | restore | delete | reply
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/markdown/CommentSanitizer.h"
#include "core/blog/BlogClient.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/BlogWorkflow.h"
#include "core/sync/CommentReplayer.h"
#include "core/TerminalText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate(
        "longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

// "Comment 123", or for a reply written here that has not reached the blog yet, what it answers.
QString labelFor(const Comment& comment)
{
    if (comment.remoteId > 0) {
        return tr("Comment %1").arg(comment.remoteId);
    }
    return tr("Your reply to comment %1").arg(comment.parentRemoteId);
}

QString isoDate(const QDateTime& date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject countsJson(const CommentCounts& counts)
{
    return QJsonObject { { QStringLiteral("approved"), counts.approved }, { QStringLiteral("pending"), counts.hold },
        { QStringLiteral("spam"), counts.spam }, { QStringLiteral("trash"), counts.trash } };
}

} // namespace

QJsonObject commentJson(const Comment& c)
{
    return QJsonObject {
        { QStringLiteral("id"), c.remoteId > 0 ? QJsonValue(c.remoteId) : QJsonValue() },
        { QStringLiteral("local_id"), c.id },
        { QStringLiteral("site"), c.siteId },
        { QStringLiteral("post"), c.postRemoteId },
        { QStringLiteral("post_title"), c.postTitle },
        { QStringLiteral("parent"), c.parentRemoteId },
        { QStringLiteral("status"), commentStatusName(c.status) },
        { QStringLiteral("author_name"), c.authorName },
        { QStringLiteral("author_email"), c.authorEmail },
        { QStringLiteral("author_url"), c.authorUrl },
        { QStringLiteral("author_ip"), c.authorIp },
        { QStringLiteral("date"), isoDate(c.dateGmt) },
        { QStringLiteral("flags"), QJsonArray::fromStringList(triageFlagNames(c.flags)) },
        { QStringLiteral("text"), c.plainText },
        { QStringLiteral("pending"), c.pending },
        { QStringLiteral("gone"), c.gone },
        { QStringLiteral("notice"), c.notice },
        { QStringLiteral("type"), c.type },
        { QStringLiteral("unreplied"), c.isUnreplied() },
    };
}

namespace {

Result<qint64> commentId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error::make(Error::Code::InvalidInput, tr("\"%1\" is not a comment id (see: comments list).").arg(text));
    }
    return id;
}

} // namespace

Result<Comment> findComment(CommentRepository& repo, qint64 siteId, qint64 remoteId)
{
    auto found = repo.byRemoteId(siteId, remoteId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error::make(Error::Code::NotFound,
            tr("There is no comment %1 on this blog in the cache (see: comments list; sync to fetch new ones).")
                .arg(remoteId));
    }
    return *found.value();
}

namespace {

void failWith(CliContext& context, const Error& error)
{
    const bool usage = error.code == Error::Code::InvalidInput || error.code == Error::Code::NotFound;
    context.fail(error.message, usage ? 2 : 1);
}

// --- list

void listComments(CliContext& context)
{
    CommentFilter filter;
    const QCommandLineParser& parser = context.parser();
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = parser.value(QStringLiteral("status"));
        if (status != QLatin1String("all")) {
            filter.status = commentStatusFromString(status);
            if (!filter.status || *filter.status == CommentStatus::Deleted) {
                context.fail(tr("--status is hold, approve, spam, trash or all."), 2);
                return;
            }
        }
    }
    if (parser.isSet(QStringLiteral("post"))) {
        bool ok = false;
        filter.postRemoteId = parser.value(QStringLiteral("post")).toLongLong(&ok);
        if (!ok || *filter.postRemoteId <= 0) {
            context.fail(tr("--post takes a post's id on the blog."), 2);
            return;
        }
    }
    filter.search = parser.value(QStringLiteral("search"));
    filter.unreplied = parser.isSet(QStringLiteral("unreplied"));
    filter.mine = parser.isSet(QStringLiteral("mine"));
    if (parser.isSet(QStringLiteral("type"))) {
        filter.type = parser.value(QStringLiteral("type"));
        if (filter.type != QLatin1String("comment") && filter.type != QLatin1String("pingback")
            && filter.type != QLatin1String("trackback")) {
            context.fail(tr("--type is comment, pingback or trackback."), 2);
            return;
        }
    }
    const auto list = [&context, filter](std::optional<qint64> siteId) {
        CommentFilter forSite = filter;
        forSite.siteId = siteId;
        auto future = context.storage().run([forSite](Database& db) -> Result<QList<Comment>> {
            CommentRepository repo(db);
            auto ids = repo.ids(forSite);
            if (!ids) {
                return ids.error();
            }
            // In slices: SQLite limits the parameters of one statement.
            QList<Comment> comments;
            comments.reserve(ids->size());
            for (qsizetype start = 0; start < ids->size(); start += 500) {
                auto slice = repo.byIds(ids->mid(start, 500));
                if (!slice) {
                    return slice.error();
                }
                comments.append(slice.value());
            }
            return comments;
        });
        onFinished(future, &context.accounts(), [&context](const Result<QList<Comment>>& comments) {
            if (!comments) {
                context.fail(comments.error());
                return;
            }
            if (context.json()) {
                QJsonArray array;
                for (const Comment& c : comments.value()) {
                    array.append(commentJson(c));
                }
                context.printJson(QJsonDocument(array));
                context.succeed();
                return;
            }
            for (const Comment& c : comments.value()) {
                QString status = commentStatusName(c.status);
                if (c.pending) {
                    status += tr(" (queued)");
                }
                if (c.gone) {
                    status += tr(" (deleted on the blog)");
                }
                const QStringList flags = triageFlagNames(c.flags);
                context.out() << (c.remoteId > 0 ? QString::number(c.remoteId) : QStringLiteral("-")) << '\t' << status
                              << '\t' << isoDate(c.dateGmt) << '\t' << TerminalText::field(c.authorName) << '\t'
                              << TerminalText::field(c.postTitle.isEmpty() ? tr("post %1").arg(c.postRemoteId) : c.postTitle) << '\t'
                              << (flags.isEmpty() ? QStringLiteral("-") : flags.join(QLatin1Char(','))) << '\t'
                              << TerminalText::field(c.excerpt(100)) << Qt::endl;
            }
            context.succeed();
        });
    };
    if (parser.isSet(QStringLiteral("site"))) {
        context.withSite(list);
    } else {
        list(std::nullopt); // every blog
    }
}

// --- show

struct Shown
{
    Comment comment;
    CommenterStats stats;
};

void printShown(CliContext& context, const Shown& shown)
{
    const Comment& c = shown.comment;
    const QString html = CommentSanitizer::sanitize(c.content);
    const QString format = context.parser().value(QStringLiteral("format"));
    if (context.json()) {
        QJsonObject object = commentJson(c);
        object.insert(QStringLiteral("text"), CommentSanitizer::toPlainText(c.content));
        object.insert(QStringLiteral("html"), html);
        object.insert(QStringLiteral("author_user_agent"), c.authorUserAgent);
        object.insert(QStringLiteral("link_count"), c.linkCount);
        object.insert(QStringLiteral("commenter"),
            QJsonObject { { QStringLiteral("by_email"), countsJson(shown.stats.byEmail) },
                { QStringLiteral("by_ip"), countsJson(shown.stats.byIp) },
                { QStringLiteral("first_comment"), shown.stats.firstComment } });
        context.printJson(QJsonDocument(object));
        return;
    }
    if (format == QLatin1String("html")) {
        context.out() << html;
        if (!html.endsWith(QLatin1Char('\n'))) {
            context.out() << '\n';
        }
        return;
    }
    const auto line = [&context](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            context.out() << label.leftJustified(10) << QLatin1Char(' ') << value << '\n';
        }
    };
    const auto counts = [](const CommentCounts& n) {
        return tr("%1 approved, %2 pending, %3 spam").arg(n.approved).arg(n.hold).arg(n.spam);
    };
    QString status = commentStatusLabel(c.status);
    if (c.pending) {
        status += tr(" (your change waits to be sent to the blog)");
    }
    if (c.gone) {
        status += tr(" (deleted on the blog)");
    }
    context.out() << labelFor(c) << '\n';
    line(tr("Status:"), status);
    if (c.type != QLatin1String("comment")) {
        line(tr("Type:"), commentTypeLabel(c.type));
    }
    line(tr("Post:"),
        c.postTitle.isEmpty() ? tr("post %1").arg(c.postRemoteId)
                              : tr("%1 (post %2)").arg(c.postTitle, QString::number(c.postRemoteId)));
    line(tr("Reply to:"), c.parentRemoteId > 0 ? tr("comment %1").arg(c.parentRemoteId) : QString());
    line(tr("Author:"), c.authorName);
    line(tr("Email:"), c.authorEmail);
    line(tr("URL:"), c.authorUrl);
    line(tr("IP:"), c.authorIp);
    line(tr("Date:"), isoDate(c.dateGmt));
    line(tr("Flags:"), triageFlagLabels(c.flags).join(QStringLiteral("; ")));
    line(tr("By email:"), c.authorEmail.isEmpty() ? QString() : counts(shown.stats.byEmail));
    line(tr("By IP:"), c.authorIp.isEmpty() ? QString() : counts(shown.stats.byIp));
    if (shown.stats.firstComment) {
        line(tr("Badge:"), tr("first comment"));
    }
    line(tr("Notice:"), c.notice);
    context.out() << '\n' << CommentSanitizer::toPlainText(c.content).trimmed() << '\n';
}

void showComment(CliContext& context)
{
    const QStringList args = context.arguments();
    if (args.size() != 3) {
        context.fail(tr("comments show takes one comment id."), 2);
        return;
    }
    const auto id = commentId(args.at(2));
    if (!id) {
        failWith(context, id.error());
        return;
    }
    const QString format = context.parser().value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("html") && format != QLatin1String("text")) {
        context.fail(tr("--format is html or text."), 2);
        return;
    }
    context.withSite([&context, remoteId = id.value()](qint64 siteId) {
        auto future = context.storage().run([siteId, remoteId](Database& db) -> Result<Shown> {
            CommentRepository repo(db);
            auto comment = findComment(repo, siteId, remoteId);
            if (!comment) {
                return comment.error();
            }
            auto stats = repo.commenterStats(comment.value());
            if (!stats) {
                return stats.error();
            }
            return Shown { comment.value(), stats.value() };
        });
        onFinished(future, &context.accounts(), [&context](const Result<Shown>& shown) {
            if (!shown) {
                failWith(context, shown.error());
                return;
            }
            printShown(context, shown.value());
            context.succeed();
        });
    });
}

// --- actions

enum class Action { Approve, Unapprove, Spam, Unspam, Trash, Restore, Delete };

std::optional<Action> actionFrom(const QString& name)
{
    static const QHash<QString, Action> actions {
        { QStringLiteral("approve"), Action::Approve },
        { QStringLiteral("unapprove"), Action::Unapprove },
        { QStringLiteral("spam"), Action::Spam },
        { QStringLiteral("unspam"), Action::Unspam },
        { QStringLiteral("trash"), Action::Trash },
        { QStringLiteral("restore"), Action::Restore },
        { QStringLiteral("delete"), Action::Delete },
    };
    const auto it = actions.constFind(name);
    return it == actions.constEnd() ? std::nullopt : std::optional<Action>(*it);
}

CommentStatus targetOf(Action action)
{
    switch (action) {
    case Action::Approve:
        return CommentStatus::Approved;
    case Action::Unapprove:
        return CommentStatus::Hold;
    case Action::Spam:
        return CommentStatus::Spam;
    case Action::Trash:
        return CommentStatus::Trash;
    case Action::Delete:
        return CommentStatus::Deleted;
    case Action::Unspam:
    case Action::Restore:
        break;
    }
    return CommentStatus::Hold; // not used: restore goes back to the status before spam or trash
}

} // namespace

bool reportOutcome(CliContext& context, const QList<qint64>& localIds, const QHash<qint64, qint64>& remoteIds,
    const CommentPushReport& report)
{
    int queued = 0;
    int overruled = 0;
    for (const qint64 id : localIds) {
        const QString label = tr("Comment %1").arg(remoteIds.value(id));
        const auto now = report.comments.constFind(id);
        if (const auto it = report.overruled.constFind(id); it != report.overruled.constEnd()) {
            context.err() << label << ": " << it.value() << Qt::endl;
            ++overruled;
        } else if (now == report.comments.constEnd()) {
            context.out() << tr("%1: deleted").arg(label) << Qt::endl;
        } else if (now->pending) {
            const auto failure = report.failed.constFind(id);
            QString why = failure != report.failed.constEnd() ? failure->error.message
                : report.unreachable                          ? report.unreachable->message
                                                              : tr("not sent yet");
            if (failure != report.failed.constEnd() && !failure->willRetry) {
                context.err() << tr("%1: %2 here, but the blog refused the change: %3")
                                     .arg(label, commentStatusName(now->status), why)
                              << Qt::endl;
            } else {
                context.err()
                    << tr("%1: %2 here; not sent to the blog (%3)").arg(label, commentStatusName(now->status), why)
                    << Qt::endl;
            }
            ++queued;
        } else {
            context.out() << label << ": " << commentStatusName(now->status) << Qt::endl;
        }
    }
    QStringList problems;
    if (queued > 0) {
        problems << tr("%1 of the changes did not reach the blog: they stay queued and will go out with the next sync.")
                        .arg(queued);
    }
    if (overruled > 0) {
        problems
            << tr("The blog's decision stands for %1 comment(s): changed or deleted there meanwhile.").arg(overruled);
    }
    if (!problems.isEmpty()) {
        context.fail(problems.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

void pushNow(CliContext& context, qint64 siteId, const QList<qint64>& localIds,
    std::function<void(const CommentPushReport&)> done)
{
    auto* workflow = new BlogWorkflow(context.accounts(), context.storage(), context.profile().rootPath(), &context.accounts());
    workflow->setUserAsked(true); // asked for now: try what waits now
    auto report = std::make_shared<CommentPushReport>();
    collectCommentOutcomes(workflow, report);
    QObject::connect(workflow, &BlogWorkflow::finished, workflow,
        [&context, workflow, report, siteId, localIds, done = std::move(done)](const Status& status, const WorkflowReport& run) {
            workflow->deleteLater();
            if (!run.reachedBlog) {
                context.fail(tr("Not sent (%1): the changes stay queued and will go out with the next sync.")
                                 .arg(status.error().message));
                return;
            }
            completeCommentPushReport(context, report, siteId, localIds, done);
        });
    workflow->run(siteId, BlogWorkflow::Step::Moderation);
}

namespace {

struct Applied
{
    QList<qint64> localIds;
    QHash<qint64, qint64> remoteIds; // local -> the blog's id
    QList<Comment> now;
};

void moderate(CliContext& context, Action action)
{
    const QStringList args = context.arguments();
    if (args.size() < 3) {
        context.fail(tr("comments %1 takes one or more comment ids.").arg(args.value(1)), 2);
        return;
    }
    QList<qint64> remoteIds;
    for (const QString& arg : args.mid(2)) {
        const auto id = commentId(arg);
        if (!id) {
            failWith(context, id.error());
            return;
        }
        if (!remoteIds.contains(id.value())) {
            remoteIds.append(id.value());
        }
    }
    context.withSite([&context, action, remoteIds](qint64 siteId) {
        // Every id is checked before anything changes: one unknown id changes nothing.
        auto applied = context.storage().run([siteId, remoteIds, action](Database& db) -> Result<Applied> {
            CommentRepository repo(db);
            Applied result;
            for (const qint64 remoteId : remoteIds) {
                auto comment = findComment(repo, siteId, remoteId);
                if (!comment) {
                    return comment.error();
                }
                if (comment->gone) {
                    return Error::make(Error::Code::InvalidInput,
                        tr("Comment %1 was deleted on the blog; there is nothing left to moderate.").arg(remoteId));
                }
                result.localIds.append(comment->id);
                result.remoteIds.insert(comment->id, remoteId);
            }
            auto change = action == Action::Unspam || action == Action::Restore
                ? repo.restore(result.localIds)
                : repo.setStatus(result.localIds, targetOf(action));
            if (!change) {
                return change.error();
            }
            auto now = repo.byIds(result.localIds);
            if (!now) {
                return now.error();
            }
            result.now = now.value();
            return result;
        });
        onFinished(applied, &context.accounts(), [&context, siteId](const Result<Applied>& result) {
            if (!result) {
                failWith(context, result.error());
                return;
            }
            const bool toSend
                = std::any_of(result->now.cbegin(), result->now.cend(), [](const Comment& c) { return c.pending; });
            if (!toSend) {
                // Already so (or an earlier queued change was taken back): nothing for the blog.
                for (const Comment& c : result->now) {
                    context.out() << tr("Comment %1: %2").arg(c.remoteId).arg(commentStatusName(c.status)) << Qt::endl;
                }
                context.succeed();
                return;
            }
            pushNow(context, siteId, result->localIds,
                [&context, applied = result.value()](const CommentPushReport& report) {
                    if (reportOutcome(context, applied.localIds, applied.remoteIds, report)) {
                        context.succeed();
                    }
                });
        });
    });
}

// --- reply

struct Replied
{
    qint64 parentLocalId = 0;
    qint64 parentRemoteId = 0;
    qint64 replyId = 0;
    bool parentApproved = false; // the reply approves a pending parent first
};

void replyTo(CliContext& context)
{
    const QStringList args = context.arguments();
    if (args.size() < 4) {
        context.fail(tr("comments reply takes a comment id and the text (or - to read it from standard input)."), 2);
        return;
    }
    const auto parent = commentId(args.at(2));
    if (!parent) {
        failWith(context, parent.error());
        return;
    }
    QString text;
    if (args.size() == 4 && args.at(3) == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            context.fail(tr("Cannot read the reply from standard input."));
            return;
        }
        text = QString::fromUtf8(input.readAll());
    } else {
        text = args.mid(3).join(QLatin1Char(' '));
    }
    text = text.trimmed();
    if (text.isEmpty()) {
        context.fail(tr("The reply is empty."), 2);
        return;
    }
    context.withSite([&context, parentId = parent.value(), text](qint64 siteId) {
        auto written = context.storage().run([siteId, parentId, text](Database& db) -> Result<Replied> {
            CommentRepository repo(db);
            auto comment = findComment(repo, siteId, parentId);
            if (!comment) {
                return comment.error();
            }
            if (comment->gone || comment->status == CommentStatus::Deleted) {
                return Error::make(
                    Error::Code::InvalidInput, tr("Comment %1 is deleted; it cannot be answered.").arg(parentId));
            }
            auto change = repo.reply(comment->id, text);
            if (!change) {
                return change.error();
            }
            return Replied { comment->id, parentId, change->replyId, !change->previousStatuses.isEmpty() };
        });
        onFinished(written, &context.accounts(), [&context, siteId](const Result<Replied>& replied) {
            if (!replied) {
                failWith(context, replied.error());
                return;
            }
            const QList<qint64> watched { replied->parentLocalId, replied->replyId };
            pushNow(context, siteId, watched, [&context, replied = replied.value()](const CommentPushReport& report) {
                const qint64 parentId = replied.parentLocalId;
                if (const auto it = report.overruled.constFind(parentId); it != report.overruled.constEnd()) {
                    context.err() << tr("Comment %1: %2").arg(replied.parentRemoteId).arg(it.value()) << Qt::endl;
                } else if (replied.parentApproved && report.comments.value(parentId).pending) {
                    context.err()
                        << tr("Comment %1: approved here; not sent to the blog yet.").arg(replied.parentRemoteId)
                        << Qt::endl;
                }
                const auto reply = report.comments.constFind(replied.replyId);
                if (reply == report.comments.constEnd() || reply->remoteId == 0 || reply->pending) {
                    const auto failure = report.failed.constFind(replied.replyId);
                    const QString why = failure != report.failed.constEnd() ? failure->error.message
                        : report.unreachable                                ? report.unreachable->message
                                                                            : tr("not sent yet");
                    if (failure != report.failed.constEnd() && !failure->willRetry) {
                        context.fail(tr("The blog refused the reply: %1").arg(why));
                    } else {
                        context.fail(
                            tr("The reply was not sent (%1): it stays queued and will go out with the next sync.")
                                .arg(why));
                    }
                    return;
                }
                if (context.json()) {
                    context.printJson(QJsonDocument(commentJson(*reply)));
                } else {
                    context.out() << reply->remoteId << Qt::endl;
                }
                context.succeed();
            });
        });
    });
}

} // namespace

void completeCommentPushReport(CliContext& context, std::shared_ptr<CommentPushReport> report, qint64 siteId,
    const QList<qint64>& alsoRead, std::function<void(const CommentPushReport&)> done)
{
    // Reads back the comments the round touched, and what is left to send.
    QList<qint64> ids = alsoRead;
    ids += report->pushed.values();
    ids += report->overruled.keys();
    ids += report->failed.keys();
    auto future = context.storage().run([ids, siteId](Database& db) -> Result<std::pair<QList<Comment>, int>> {
        CommentRepository repo(db);
        auto comments = repo.byIds(ids);
        if (!comments) {
            return comments.error();
        }
        auto queued = repo.queuedActions(siteId);
        if (!queued) {
            return queued.error();
        }
        return std::make_pair(comments.value(), int(queued->size()));
    });
    onFinished(future, &context.accounts(), [&context, report, done = std::move(done)](const Result<std::pair<QList<Comment>, int>>& after) {
        if (!after) {
            context.fail(after.error());
            return;
        }
        for (const Comment& c : after->first) {
            report->comments.insert(c.id, c);
        }
        report->stillQueued = after->second;
        done(*report);
    });
}

void collectCommentOutcomes(BlogWorkflow* workflow, std::shared_ptr<CommentPushReport> report)
{
    QObject::connect(workflow, &BlogWorkflow::commentActionPushed, workflow, [report](qint64 id) {
        report->pushed.insert(id);
        report->failed.remove(id);
    });
    QObject::connect(workflow, &BlogWorkflow::commentActionOverruled, workflow,
        [report](qint64 id, const QString& message) { report->overruled.insert(id, message); });
    QObject::connect(workflow, &BlogWorkflow::commentActionFailed, workflow, [report](qint64 id, const Error& error, bool willRetry) {
        report->failed.insert(id, CommentPushReport::Failure { error, willRetry });
        if (error.code == Error::Code::Network || error.code == Error::Code::Timeout) {
            report->unreachable = error; // the replayer stops the round here: the rest stays queued untouched
        }
    });
}

void printCommentPushProblems(CliContext& context, const CommentPushReport& report)
{
    const auto label = [&report](qint64 id) {
        const auto it = report.comments.constFind(id);
        return it == report.comments.constEnd() ? tr("A comment") : labelFor(*it);
    };
    for (auto it = report.overruled.cbegin(); it != report.overruled.cend(); ++it) {
        context.err() << label(it.key()) << ": " << it.value() << Qt::endl;
    }
    for (auto it = report.failed.cbegin(); it != report.failed.cend(); ++it) {
        context.err() << tr("%1 not sent%2: %3")
                             .arg(label(it.key()), it->willRetry ? tr(" (stays queued)") : tr(" (refused by the blog)"),
                                 it->error.message)
                      << Qt::endl;
    }
}

void runCommentsCommand(CliContext& context)
{
    const QString sub = context.arguments().value(1);
    if (sub == QLatin1String("list")) {
        listComments(context);
    } else if (sub == QLatin1String("show")) {
        showComment(context);
    } else if (sub == QLatin1String("reply")) {
        replyTo(context);
    } else if (sub == QLatin1String("edit")) {
        editComment(context);
    } else if (const auto action = actionFrom(sub)) {
        moderate(context, *action);
    } else if (sub == QLatin1String("empty-spam") || sub == QLatin1String("empty-trash")) {
        emptyComments(context, sub == QLatin1String("empty-spam") ? CommentStatus::Spam : CommentStatus::Trash);
    } else {
        context.fail(tr("comments takes list, show, approve, unapprove, spam, unspam, trash, restore, delete, reply, "
                        "edit, empty-spam or empty-trash."),
            2);
    }
}

} // namespace longhand
