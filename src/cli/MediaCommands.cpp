// media list [--site ID] [--search TEXT] [--json]
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/TerminalText.h"
#include "core/accounts/AccountService.h"
#include "core/storage/MediaRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

QJsonObject mediaJson(const MediaItem& item)
{
    return QJsonObject {
        {QStringLiteral("site"), item.siteId},
        {QStringLiteral("id"), item.remoteId},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("file"), item.fileName},
        {QStringLiteral("alt_text"), item.altText},
        {QStringLiteral("mime_type"), item.mimeType},
        {QStringLiteral("source_url"), item.sourceUrl},
        {QStringLiteral("thumbnail_url"), item.thumbnailUrl},
        {QStringLiteral("width"), item.width},
        {QStringLiteral("height"), item.height},
        {QStringLiteral("uploaded"), item.uploadedGmt.isValid() ? item.uploadedGmt.toString(Qt::ISODate) : QString()},
    };
}

} // namespace

void runMediaCommand(CliContext& context)
{
    if (context.arguments().value(1) != QLatin1String("list")) {
        context.fail(tr("media takes list."), 2);
        return;
    }
    MediaFilter filter;
    filter.search = context.parser().value(QStringLiteral("search"));
    filter.imagesOnly = false; // the whole library; the app's dialog shows images
    const auto list = [&context, filter](std::optional<qint64> siteId) {
        MediaFilter forSite = filter;
        forSite.siteId = siteId.value_or(0);
        auto future = context.storage().run([forSite](Database& db) -> Result<QList<MediaItem>> {
            MediaRepository repo(db);
            QList<MediaItem> all;
            MediaFilter page = forSite;
            page.limit = 1000;
            for (;;) {
                auto items = repo.list(page);
                if (!items) {
                    return items.error();
                }
                all.append(items.value());
                if (items->size() < page.limit) {
                    return all;
                }
                page.offset += page.limit;
            }
        });
        onFinished(future, &context.accounts(), [&context](const Result<QList<MediaItem>>& items) {
            if (!items) {
                context.fail(items.error());
                return;
            }
            if (context.json()) {
                QJsonArray array;
                for (const MediaItem& item : items.value()) {
                    array.append(mediaJson(item));
                }
                context.printJson(QJsonDocument(array));
            } else {
                for (const MediaItem& item : items.value()) {
                    context.out() << item.siteId << '\t' << item.remoteId << '\t'
                                  << (item.uploadedGmt.isValid() ? item.uploadedGmt.date().toString(Qt::ISODate) : QStringLiteral("-"))
                                  << '\t' << TerminalText::field(item.fileName) << '\t' << TerminalText::field(item.title) << '\t'
                                  << TerminalText::field(item.altText) << Qt::endl;
                }
            }
            context.succeed();
        });
    };
    if (context.parser().isSet(QStringLiteral("site"))) {
        context.withSite(list);
    } else {
        list(std::nullopt); // every blog
    }
}

} // namespace longhand
