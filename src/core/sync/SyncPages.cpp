#include "core/sync/SyncPages.h"

#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SyncRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace longhand::syncpages {

Result<PageResult> storePage(Database& db, qint64 siteId, SyncResource resource, const ListPage& page,
                             const std::shared_ptr<Clock>& clock, const TriageSettings& triage)
{
    const PageDecoder& decode = *page.decoder;
    const QByteArray& body = page.body;
    SyncRepository repo(db, clock);
    PageResult result;
    const auto apply = [&](auto parsed, auto store) -> Status {
        if (!parsed) {
            return parsed.error();
        }
        auto counts = store(parsed.value());
        if (!counts) {
            return counts.error();
        }
        result.count = int(parsed->size());
        return {};
    };
    Status status;
    const SyncResourceKind& kind = syncResourceKind(resource);
    if (resource == SyncResource::Users) {
        status = apply(decode.users(body), [&](const auto& items) { return repo.upsertUsers(siteId, items); });
    } else if (kind.list == ListKind::Categories || kind.list == ListKind::Tags) {
        const QString taxonomy = QLatin1String(kind.taxonomy);
        status = apply(decode.terms(body), [&](const auto& items) { return repo.upsertTerms(siteId, taxonomy, items); });
    } else if (resource == SyncResource::Media) {
        auto parsed = decode.media(body);
        if (parsed) {
            for (const RemoteMedia& item : parsed.value()) {
                result.newest = std::max(result.newest, item.modifiedGmt);
            }
        }
        status = apply(parsed, [&](const auto& items) { return repo.upsertMedia(siteId, items); });
    } else if (kind.list == ListKind::Pages) {
        // Decoded here, not on a pool like posts: a blog's pages are few.
        auto parsed = decode.posts(body);
        if (parsed) {
            for (const RemotePost& item : parsed.value()) {
                result.ids.append(item.id);
            }
        }
        status = apply(parsed, [&](const auto& items) { return repo.upsertPosts(siteId, items); });
    } else if (resource == SyncResource::Comments) {
        auto parsed = decode.comments(body);
        if (parsed) {
            for (const RemoteComment& comment : parsed.value()) {
                result.newest = std::max(result.newest, comment.dateGmt);
            }
        }
        const TriageRules rules(triage);
        status = apply(parsed, [&](const auto& items) -> Result<CommentUpsertCounts> {
            auto counts = CommentRepository(db, clock).upsertComments(siteId, items, rules);
            if (counts) {
                result.newPending = counts->newPending;
            }
            return counts;
        });
    } else {
        return Error::make(Error::Code::InvalidInput, QStringLiteral("no page store for %1").arg(syncResourceName(resource))); // posts: storePosts
    }
    if (!status) {
        return status.error();
    }
    return result;
}

QString askedKey(qint64 siteId, SyncResource resource)
{
    return QStringLiteral("sync/%1/%2/asked_at").arg(siteId).arg(syncResourceName(resource));
}

bool postsUpToDate(const QList<RemotePostStamp>& newest, int total, const QDateTime& highWater, int cachedInWindow,
                   const QList<CachedPostStamp>& cachedAfter, const QDateTime& now)
{
    const QDateTime windowStart = highWater.addSecs(-1); // as the cache counted them
    int inWindow = 0;
    int scheduled = 0;
    for (const RemotePostStamp& stamp : newest) {
        if (stamp.modifiedGmt > highWater) {
            const bool known = std::any_of(cachedAfter.begin(), cachedAfter.end(), [&](const CachedPostStamp& cached) {
                return cached.remoteId == stamp.id && cached.modifiedGmt == stamp.modifiedGmt
                       && cached.status == QLatin1String("future") && now.isValid() && cached.modifiedGmt > now;
            });
            if (!known) {
                return false;
            }
            ++scheduled;
            continue;
        }
        if (stamp.modifiedGmt > windowStart) {
            ++inWindow;
            // The same post with the same date must be in the cache: a post trashed and another saved in the
            // mark's second would leave the count as it was.
            const bool cached = std::any_of(cachedAfter.begin(), cachedAfter.end(), [&](const CachedPostStamp& c) {
                return c.remoteId == stamp.id && c.modifiedGmt == stamp.modifiedGmt;
            });
            if (!cachedAfter.isEmpty() && !cached) {
                return false;
            }
        }
    }
    if (inWindow + scheduled == newest.size() && total > newest.size()) {
        return false;
    }
    return inWindow == cachedInWindow;
}

// WordPress turns modified_after into local time with the zone's rules for that date (a named zone) or with
// today's offset (a manual one), and compares it with each post's local modified time, saved in the offset of its
// day. A post saved after the mark under a smaller offset than the query uses looks older than the mark: the
// query must start earlier by the difference. Within one named zone, the offsets in between are the two ends'
// (a daylight-saving change); after a change of zone or manual offset, anything down to UTC-12 may have been in
// force in between.
ClockAdjustment adjustForClock(const std::optional<BlogClock>& before, const std::optional<BlogClock>& now, const QDateTime& mark)
{
    if (!before || !now || !mark.isValid() || *before == *now) {
        return {};
    }
    const QTimeZone zone(now->timeZone.toUtf8());
    const qint64 queryOffset = !now->timeZone.isEmpty() && zone.isValid() ? zone.offsetFromUtc(mark) : now->offsetSecs;
    const bool sameZone = !now->timeZone.isEmpty() && before->timeZone == now->timeZone;
    const qint64 lowest = sameZone ? std::min(before->offsetSecs, now->offsetSecs) : -12 * 3600;
    return ClockAdjustment {true, std::max<qint64>(0, queryOffset - lowest)};
}

QString blogClockKey(qint64 siteId)
{
    return QStringLiteral("sync/%1/blog-clock").arg(siteId);
}

QString markOpenKey(qint64 siteId)
{
    return QStringLiteral("sync/%1/mark-open").arg(siteId);
}

QString blogClockToJson(const BlogClock& clock)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("zone"), clock.timeZone}, {QStringLiteral("offset"), clock.offsetSecs}})
                                 .toJson(QJsonDocument::Compact));
}

std::optional<BlogClock> blogClockFromJson(const QString& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (!object.contains(QStringLiteral("offset"))) {
        return std::nullopt;
    }
    return BlogClock {object.value(QStringLiteral("zone")).toString(), object.value(QStringLiteral("offset")).toInt()};
}

} // namespace longhand::syncpages
