// comments empty-spam | empty-trash [--site ID] --yes [--json]: a blog's whole spam or trash deleted for
// good, through the outbox like `comments delete` (one DELETE ?force=true each: WordPress has no batch
// for comments), then sent at once; what cannot be sent stays queued for the next sync.
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace longhand {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    // lupdate's context for free tr() calls here; tr(text, nullptr, n) is what it reads as a plural.
    return QCoreApplication::translate("longhand", text, disambiguation, n);
}

struct Emptied
{
    QList<qint64> localIds;
    QHash<qint64, qint64> remoteIds; // local -> the blog's id
};

// What one comment's delete came to, for --json.
QString outcomeOf(qint64 id, const CommentPushReport& report)
{
    if (report.overruled.contains(id)) {
        return QStringLiteral("kept"); // changed or deleted on the blog meanwhile: the blog's decision stands
    }
    const auto now = report.comments.constFind(id);
    if (now == report.comments.constEnd()) {
        return QStringLiteral("deleted");
    }
    return now->pending ? QStringLiteral("queued") : QStringLiteral("kept");
}

void printJson(CliContext& context, qint64 siteId, CommentStatus status, const Emptied& emptied,
    const CommentPushReport* report)
{
    QJsonArray comments;
    int deleted = 0;
    for (const qint64 id : emptied.localIds) {
        const QString outcome = report ? outcomeOf(id, *report) : QStringLiteral("queued");
        deleted += outcome == QLatin1String("deleted") ? 1 : 0;
        comments.append(QJsonObject { { QStringLiteral("id"), emptied.remoteIds.value(id) },
            { QStringLiteral("outcome"), outcome } });
    }
    context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("site"), siteId },
        { QStringLiteral("status"), commentStatusName(status) },
        { QStringLiteral("count"), int(emptied.localIds.size()) }, { QStringLiteral("deleted"), deleted },
        { QStringLiteral("comments"), comments } }));
}

} // namespace

void emptyComments(CliContext& context, CommentStatus status)
{
    if (context.arguments().size() > 2) {
        context.fail(tr("comments %1 takes no comment ids: it empties the whole %2 of one blog (--site ID).")
                         .arg(context.arguments().value(1), commentStatusName(status)),
            2);
        return;
    }
    const bool confirmed = context.parser().isSet(QStringLiteral("yes"));
    context.withSite([&context, status, confirmed](qint64 siteId) {
        auto emptied = context.storage().run([siteId, status, confirmed](Database& db) -> Result<Emptied> {
            CommentRepository repo(db);
            CommentFilter filter; // the very list CommentRepository::emptyStatus deletes
            filter.siteId = siteId;
            filter.status = status;
            auto ids = repo.ids(filter);
            if (!ids) {
                return ids.error();
            }
            auto comments = repo.byIds(ids.value());
            if (!comments) {
                return comments.error();
            }
            Emptied result;
            for (const Comment& c : comments.value()) {
                result.localIds.append(c.id);
                result.remoteIds.insert(c.id, c.remoteId);
            }
            if (!confirmed || result.localIds.isEmpty()) {
                return result;
            }
            auto change = repo.emptyStatus(siteId, status);
            if (!change) {
                return change.error();
            }
            result.localIds.clear();
            for (const auto& [id, before] : change->previousStatuses) {
                result.localIds.append(id);
            }
            return result;
        });
        onFinished(emptied, &context.accounts(), [&context, siteId, status, confirmed](const Result<Emptied>& result) {
            if (!result) {
                context.fail(result.error());
                return;
            }
            const int count = int(result->localIds.size());
            const bool spam = status == CommentStatus::Spam;
            if (count == 0) {
                if (context.json()) {
                    printJson(context, siteId, status, result.value(), nullptr);
                } else {
                    context.out() << (spam ? tr("No spam to empty.") : tr("The trash is empty.")) << Qt::endl;
                }
                context.succeed();
                return;
            }
            if (!confirmed) {
                context.fail(spam ? tr("%n spam comment(s) would be deleted for good, on the blog too; add --yes to "
                                       "delete them.",
                                       nullptr, count)
                                  : tr("%n comment(s) in the trash would be deleted for good, on the blog too; add "
                                       "--yes to delete them.",
                                       nullptr, count),
                    2);
                return;
            }
            pushNow(context, siteId, result->localIds,
                [&context, siteId, status, emptied = result.value()](const CommentPushReport& report) {
                    if (context.json()) {
                        printJson(context, siteId, status, emptied, &report);
                        const bool allDeleted = std::all_of(emptied.localIds.cbegin(), emptied.localIds.cend(),
                            [&report](qint64 id) { return outcomeOf(id, report) == QLatin1String("deleted"); });
                        if (allDeleted) {
                            context.succeed();
                        } else {
                            context.fail(tr("Some comments did not go: those queued will go out with the next sync."));
                        }
                    } else if (reportOutcome(context, emptied.localIds, emptied.remoteIds, report)) {
                        context.succeed();
                    }
                });
        });
    });
}

} // namespace longhand
