// comments edit ID [--author-name N] [--author-email E] [--author-url U] [--text T|-] [--json]: the commenter
// and the text changed as wp-admin's Quick Edit does, in the cache and through the outbox like every other
// action, then sent at once; a field changed on the blog meanwhile keeps the blog's value and is reported.
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // lupdate's context for free tr() calls here
}

struct Edited
{
    qint64 localId = 0;
    qint64 remoteId = 0;
    Comment now;
};

void printEdited(CliContext& context, const Comment& comment, const QString& outcome)
{
    if (context.json()) {
        QJsonObject object = commentJson(comment);
        object.insert(QStringLiteral("outcome"), outcome);
        context.printJson(QJsonDocument(object));
    } else {
        context.out() << tr("Comment %1: %2").arg(comment.remoteId).arg(outcome) << Qt::endl;
    }
}

} // namespace

void editComment(CliContext& context)
{
    const QStringList args = context.arguments();
    const QCommandLineParser& parser = context.parser();
    bool ok = false;
    const qint64 remoteId = args.value(2).toLongLong(&ok);
    if (args.size() != 3 || !ok || remoteId <= 0) {
        context.fail(tr("comments edit takes one comment id and what to change: --author-name, --author-email, "
                        "--author-url, --text (- reads the text from standard input)."),
            2);
        return;
    }
    CommentEdit edit;
    const auto option = [&parser](const char* name) -> std::optional<QString> {
        const QString key = QString::fromLatin1(name);
        return parser.isSet(key) ? std::optional<QString>(parser.value(key)) : std::nullopt;
    };
    edit.authorName = option("author-name");
    edit.authorEmail = option("author-email");
    edit.authorUrl = option("author-url");
    edit.text = option("text");
    if (edit.text && *edit.text == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            context.fail(tr("Cannot read the text from standard input."));
            return;
        }
        edit.text = QString::fromUtf8(input.readAll()).trimmed();
    }
    if (edit.isEmpty()) {
        context.fail(tr("Nothing to change: give --author-name, --author-email, --author-url or --text."), 2);
        return;
    }
    if (edit.text && edit.text->trimmed().isEmpty()) {
        context.fail(tr("The text is empty."), 2);
        return;
    }
    context.withSite([&context, remoteId, edit](qint64 siteId) {
        auto written = context.storage().run([siteId, remoteId, edit](Database& db) -> Result<Edited> {
            CommentRepository repo(db);
            auto found = findComment(repo, siteId, remoteId);
            if (!found) {
                return found.error();
            }
            if (found->gone || found->status == CommentStatus::Deleted) {
                return Error::make(Error::Code::InvalidInput, tr("Comment %1 is deleted; it cannot be edited.").arg(remoteId));
            }
            const qint64 id = found->id;
            auto change = repo.edit(id, edit);
            if (!change) {
                return change.error();
            }
            auto now = repo.byId(id);
            if (!now || !now.value()) {
                return now ? Result<Edited>(Error::make(Error::Code::NotFound, tr("The comment went away."))) : now.error();
            }
            return Edited {id, remoteId, *now.value()};
        });
        onFinished(written, &context.accounts(), [&context, siteId](const Result<Edited>& edited) {
            if (!edited) {
                const bool usage = edited.error().code == Error::Code::InvalidInput || edited.error().code == Error::Code::NotFound;
                context.fail(edited.error().message, usage ? 2 : 1);
                return;
            }
            if (!edited->now.pending) {
                printEdited(context, edited->now, QStringLiteral("unchanged")); // already so on the blog
                context.succeed();
                return;
            }
            pushNow(context, siteId, {edited->localId}, [&context, edited = edited.value()](const CommentPushReport& report) {
                const Comment now = report.comments.value(edited.localId, edited.now);
                if (const auto it = report.overruled.constFind(edited.localId); it != report.overruled.constEnd()) {
                    context.err() << tr("Comment %1: %2").arg(edited.remoteId).arg(it.value()) << Qt::endl;
                    printEdited(context, now, QStringLiteral("overruled"));
                    context.fail(tr("The blog's values stand where they were changed there meanwhile."));
                    return;
                }
                if (now.pending) {
                    const auto failure = report.failed.constFind(edited.localId);
                    const QString why = failure != report.failed.constEnd() ? failure->error.message
                        : report.unreachable                                ? report.unreachable->message
                                                                            : tr("not sent yet");
                    printEdited(context, now, QStringLiteral("queued"));
                    if (failure != report.failed.constEnd() && !failure->willRetry) {
                        context.fail(tr("The blog refused the edit: %1").arg(why));
                    } else {
                        context.fail(tr("The edit was not sent (%1): it stays queued and will go out with the next sync.").arg(why));
                    }
                    return;
                }
                printEdited(context, now, QStringLiteral("sent"));
                context.succeed();
            });
        });
    });
}

} // namespace longhand
