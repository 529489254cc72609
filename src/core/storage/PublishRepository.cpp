#include "core/storage/PublishRepository.h"
#include "core/storage/PostRepository.h"

#include "core/domain/Post.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace longhand {

PublishRepository::PublishRepository(Database& database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<qint64> PublishRepository::enqueuePublish(qint64 postId, qint64 siteId, const QString& requestedStatus)
{
    QJsonObject fields {{QStringLiteral("status"), requestedStatus}};
    const auto payloadText = [&fields] { return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)); };
    QString payload = payloadText();
    qint64 entryId = 0;
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery attach(m_database.connection());
        attach.prepare(QStringLiteral("UPDATE posts SET site_id = ? WHERE id = ? AND (site_id IS NULL OR site_id = ?)"));
        attach.addBindValue(siteId);
        attach.addBindValue(postId);
        attach.addBindValue(siteId);
        if (!attach.exec()) {
            return databaseError(QStringLiteral("queue publish"), attach.lastError().text());
        }
        if (attach.numRowsAffected() != 1) {
            return Error::make(Error::Code::InvalidInput, QStringLiteral("Review %1 belongs to another blog.").arg(postId));
        }
        QSqlQuery existing(m_database.connection());
        existing.prepare(QStringLiteral("SELECT id, payload FROM outbox WHERE entity = 'post' AND entity_id = ? AND operation = 'publish'"));
        existing.addBindValue(postId);
        if (!existing.exec()) {
            return databaseError(QStringLiteral("queue publish"), existing.lastError().text());
        }
        if (existing.next()) {
            entryId = existing.value(0).toLongLong(); // already queued: publishing is one operation, not two
            // An earlier attempt may have created the post already (its answer lost): its token is how it is found,
            // and the times of its attempts say how long the server may still be working on them. Only the status
            // is the writer's new choice.
            QJsonObject kept = QJsonDocument::fromJson(existing.value(1).toString().toUtf8()).object();
            kept.insert(QStringLiteral("status"), requestedStatus);
            fields = kept;
            payload = payloadText();
            existing.finish();
            QSqlQuery payloadUpdate(m_database.connection());
            payloadUpdate.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
            payloadUpdate.addBindValue(payload);
            payloadUpdate.addBindValue(entryId);
            if (!payloadUpdate.exec()) {
                return databaseError(QStringLiteral("queue publish"), payloadUpdate.lastError().text());
            }
            return retry(entryId);
        }
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO outbox (site_id, entity, entity_id, operation, payload, created_at) "
                                      "VALUES (?, 'post', ?, 'publish', ?, ?)"));
        insert.addBindValue(siteId);
        insert.addBindValue(postId);
        insert.addBindValue(payload);
        insert.addBindValue(toStorageTime(m_clock->nowUtc()));
        if (!insert.exec()) {
            return databaseError(QStringLiteral("queue publish"), insert.lastError().text());
        }
        entryId = insert.lastInsertId().toLongLong();
        return {};
    });
    if (!status) {
        return status.error();
    }
    return entryId;
}

Result<QList<OutboxEntry>> PublishRepository::entries(std::optional<qint64> siteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, site_id, entity, entity_id, operation, attempts, next_attempt_at, state, last_error, created_at, payload "
                             "FROM outbox WHERE (:site IS NULL OR site_id = :site) ORDER BY id"));
    q.bindValue(QStringLiteral(":site"), siteId ? QVariant(*siteId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec()) {
        return databaseError(QStringLiteral("read outbox"), q.lastError().text());
    }
    QList<OutboxEntry> result;
    while (q.next()) {
        OutboxEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.siteId = q.value(1).toLongLong();
        entry.entity = q.value(2).toString();
        entry.operation = outboxOperation(entry.entity, q.value(4).toString());
        entry.entityId = q.value(3).toLongLong();
        entry.attempts = q.value(5).toInt();
        entry.nextAttemptAt = fromStorageTime(q.value(6).toString());
        entry.state = q.value(7).toString();
        entry.lastError = q.value(8).toString();
        entry.createdAt = fromStorageTime(q.value(9).toString());
        entry.payload = q.value(10).toString();
        result.append(entry);
    }
    return result;
}

Status PublishRepository::recordFailure(qint64 entryId, const QString& message, bool permanent, const QDateTime& nextAttempt)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, state = ?, next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(notNullText(message));
    q.addBindValue(permanent ? QStringLiteral("failed") : QStringLiteral("pending"));
    q.addBindValue(nextAttempt.isValid() ? QVariant(toStorageTime(nextAttempt)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(entryId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("update outbox"), q.lastError().text());
    }
    return {};
}

Status PublishRepository::retry(qint64 entryId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE id = ?"));
    q.addBindValue(entryId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("update outbox"), q.lastError().text());
    }
    return {};
}

Status PublishRepository::complete(qint64 entryId)
{
    return discard(entryId);
}

Status PublishRepository::discard(qint64 entryId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(entryId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("update outbox"), q.lastError().text());
    }
    return {};
}

Result<std::optional<UploadedMedia>> PublishRepository::uploadedMedia(qint64 siteId, const QString& sha256)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT remote_id, source_url FROM media WHERE site_id = ? AND sha256 = ? AND remote_id IS NOT NULL"));
    q.addBindValue(siteId);
    q.addBindValue(sha256);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read media"), q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<UploadedMedia> {};
    }
    return std::optional<UploadedMedia>(UploadedMedia {q.value(0).toLongLong(), q.value(1).toString()});
}

Status PublishRepository::recordUpload(qint64 siteId, const QString& sha256, const QString& localPath, const RemoteMedia& media)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO media (site_id, remote_id, local_path, source_url, mime_type, alt_text, sha256, created_at, uploaded_gmt) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, remote_id) DO UPDATE SET "
                             "local_path = excluded.local_path, sha256 = excluded.sha256, source_url = excluded.source_url"));
    q.addBindValue(siteId);
    q.addBindValue(media.id);
    q.addBindValue(notNullText(localPath));
    q.addBindValue(notNullText(media.sourceUrl));
    q.addBindValue(notNullText(media.mimeType));
    q.addBindValue(notNullText(media.altText));
    q.addBindValue(sha256);
    q.addBindValue(toStorageTime(m_clock->nowUtc()));
    q.addBindValue(toStorageTime(m_clock->nowUtc())); // the next pull says the blog's own time
    if (!q.exec()) {
        return databaseError(QStringLiteral("record upload"), q.lastError().text());
    }
    return {};
}

Result<std::optional<qint64>> PublishRepository::termId(qint64 siteId, const QString& taxonomy, const QString& name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT remote_id, name FROM terms WHERE site_id = ? AND taxonomy = ?"));
    q.addBindValue(siteId);
    q.addBindValue(taxonomy);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read terms"), q.lastError().text());
    }
    while (q.next()) {
        if (q.value(1).toString().compare(name, Qt::CaseInsensitive) == 0) {
            return std::optional<qint64>(q.value(0).toLongLong());
        }
    }
    return std::optional<qint64> {};
}

Status PublishRepository::recordTerm(qint64 siteId, const QString& taxonomy, qint64 remoteId, const QString& name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO terms (site_id, remote_id, taxonomy, name) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (site_id, taxonomy, remote_id) DO NOTHING"));
    q.addBindValue(siteId);
    q.addBindValue(remoteId);
    q.addBindValue(taxonomy);
    q.addBindValue(name);
    if (!q.exec()) {
        return databaseError(QStringLiteral("record term"), q.lastError().text());
    }
    return {};
}

Status PublishRepository::recordRemoteVersion(qint64 postId, const RemotePost& remote)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE posts SET remote_content = ?, remote_modified_gmt = ?, remote_status = ? WHERE id = ?"));
    q.addBindValue(notNullText(remote.content));
    q.addBindValue(remote.modifiedGmt.isValid() ? QVariant(toStorageTime(remote.modifiedGmt)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(notNullText(remote.status));
    q.addBindValue(postId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("record web version"), q.lastError().text());
    }
    return {};
}

Status PublishRepository::acceptMerge(qint64 postId, const QString& mergedText)
{
    // source_format is left as it is: a Markdown review merged with web edits is still Markdown.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE posts SET body = ?, base_content = remote_content, base_remote_content = remote_content, "
                             "base_modified_gmt = remote_modified_gmt, dirty = 1, updated_at = ? WHERE id = ?"));
    q.addBindValue(notNullText(mergedText));
    q.addBindValue(toStorageTime(m_clock->nowUtc()));
    q.addBindValue(postId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("store merge"), q.lastError().text());
    }
    return {};
}

Result<bool> PublishRepository::storeMergedSource(qint64 postId, const QString& expectedBody, const QString& merged)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE posts SET body = ?, updated_at = ? WHERE id = ? AND body = ?"));
    q.addBindValue(notNullText(merged));
    q.addBindValue(toStorageTime(m_clock->nowUtc()));
    q.addBindValue(postId);
    q.addBindValue(notNullText(expectedBody));
    if (!q.exec()) {
        return databaseError(QStringLiteral("store merge"), q.lastError().text());
    }
    return q.numRowsAffected() == 1;
}

Status PublishRepository::mergeAgainLater(qint64 postId, const QString& unmergedHtml)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE posts SET base_content = ?, base_modified_gmt = ?, base_remote_content = NULL, dirty = 1 WHERE id = ?"));
    q.addBindValue(notNullText(unmergedHtml));
    q.addBindValue(toStorageTime(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
    q.addBindValue(postId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("store merge"), q.lastError().text());
    }
    return {};
}

QString PublishRepository::publicationToken(const QString& payload)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("token")).toString();
}

Status PublishRepository::recordPublicationToken(qint64 entryId, const QString& token)
{
    return editPayload(entryId, [&token](QJsonObject& payload) { payload.insert(QStringLiteral("token"), token); });
}

Status PublishRepository::recordAttempt(qint64 entryId, const QString& what, const QString& token)
{
    const QString now = toStorageTime(m_clock->nowUtc());
    return editPayload(entryId, [&](QJsonObject& payload) {
        if (!token.isEmpty()) {
            payload.insert(QStringLiteral("token"), token);
        }
        QJsonObject attempts = payload.value(QStringLiteral("attempts")).toObject();
        attempts.insert(what, now);
        payload.insert(QStringLiteral("attempts"), attempts);
    });
}

Status PublishRepository::forgetAttempt(qint64 entryId, const QString& what)
{
    return editPayload(entryId, [&what](QJsonObject& payload) {
        QJsonObject attempts = payload.value(QStringLiteral("attempts")).toObject();
        attempts.remove(what);
        payload.insert(QStringLiteral("attempts"), attempts);
    });
}

QDateTime PublishRepository::attemptSentAt(const QString& payload, const QString& what)
{
    const QJsonObject attempts = QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("attempts")).toObject();
    return fromStorageTime(attempts.value(what).toString());
}

Status PublishRepository::editPayload(qint64 entryId, const std::function<void(QJsonObject&)>& edit)
{
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT payload FROM outbox WHERE id = ?"));
    read.addBindValue(entryId);
    if (!read.exec()) {
        return databaseError(QStringLiteral("read outbox"), read.lastError().text());
    }
    if (!read.next()) {
        return Error::make(Error::Code::NotFound, QStringLiteral("The publication %1 is no longer queued.").arg(entryId));
    }
    QJsonObject payload = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
    read.finish();
    edit(payload);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(entryId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("update outbox"), q.lastError().text());
    }
    return {};
}

Result<std::optional<qint64>> PublishRepository::findLocalBySlug(qint64 siteId, const QString& slug)
{
    // Only reviews written in Longhand (Markdown): a post pulled from the blog (HTML) is never taken over by a
    // file that happens to want its slug. requested_slug: the file's slug when the blog gave the review another.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM posts WHERE site_id = ? AND source_format = 'markdown' AND (slug = ? OR requested_slug = ?) "
                             "AND trashed_at IS NULL ORDER BY id LIMIT 1"));
    q.addBindValue(siteId);
    q.addBindValue(slug);
    q.addBindValue(slug);
    if (!q.exec()) {
        return databaseError(QStringLiteral("find review"), q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<qint64> {};
    }
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status PublishRepository::markPublished(qint64 postId, qint64 siteId, const RemotePost& remote, const QString& renderedHtml,
                                        const QString& requestedSlug, const QString& notice)
{
    // A copy pulled by an earlier sync is the same post: this review, with its source, replaces it.
    QSqlQuery duplicate(m_database.connection());
    duplicate.prepare(QStringLiteral("DELETE FROM posts WHERE site_id = ? AND remote_id = ? AND id <> ?"));
    duplicate.addBindValue(siteId);
    duplicate.addBindValue(remote.id);
    duplicate.addBindValue(postId);
    if (!duplicate.exec()) {
        return databaseError(QStringLiteral("record publication"), duplicate.lastError().text());
    }
    QSqlQuery q(m_database.connection());
    // On the blog (again): a "deleted on the blog" notice is over; the one given is about this publication.
    q.prepare(QStringLiteral("UPDATE posts SET site_id = ?, remote_id = ?, link = ?, slug = ?, status = ?, base_modified_gmt = ?, "
                             "base_content = ?, base_remote_content = ?, remote_modified_gmt = ?, remote_content = ?, remote_status = ?, dirty = 0, "
                             "notice = ?, base_fields = ?, featured_media_id = ?, post_format = ?, sticky = ?, post_password = ?, "
                             "meta = ?, author_id = ?, "
                             "requested_slug = CASE WHEN ? <> '' AND ? <> ? THEN ? ELSE requested_slug END WHERE id = ?"));
    const QString modified = remote.modifiedGmt.isValid() ? toStorageTime(remote.modifiedGmt) : QString();
    q.addBindValue(siteId);
    q.addBindValue(remote.id);
    q.addBindValue(notNullText(remote.link));
    q.addBindValue(notNullText(remote.slug));
    q.addBindValue(postStatusToString(postStatusFromString(remote.status).value_or(PostStatus::Publish)));
    q.addBindValue(modified);
    q.addBindValue(notNullText(renderedHtml));
    q.addBindValue(notNullText(remote.content));
    q.addBindValue(modified);
    q.addBindValue(notNullText(remote.content));
    q.addBindValue(notNullText(remote.status));
    q.addBindValue(notNullText(notice));
    q.addBindValue(QString::fromUtf8(QJsonDocument(postShownFields(remote)).toJson(QJsonDocument::Compact)));
    q.addBindValue(remote.featuredMedia);
    // The options as the blog has them now: the writer's changes (sent) and the web's (kept).
    q.addBindValue(remote.format.isEmpty() ? QStringLiteral("standard") : remote.format);
    q.addBindValue(remote.sticky ? 1 : 0);
    q.addBindValue(notNullText(remote.password));
    q.addBindValue(metaToStorage(remote.meta));
    q.addBindValue(remote.author);
    q.addBindValue(notNullText(requestedSlug));
    q.addBindValue(notNullText(requestedSlug));
    q.addBindValue(notNullText(remote.slug));
    q.addBindValue(notNullText(requestedSlug));
    q.addBindValue(postId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("record publication"), q.lastError().text());
    }
    // A web post converted to Markdown is on the blog as Markdown now: the HTML kept to undo it goes.
    QSqlQuery converted(m_database.connection());
    converted.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
    converted.addBindValue(PostRepository::convertedHtmlKey(postId));
    if (!converted.exec()) {
        return databaseError(QStringLiteral("record publication"), converted.lastError().text());
    }
    return {};
}

Result<QString> PublishRepository::permalinkForTitle(qint64 siteId, const QString& title)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT title, link FROM posts WHERE site_id = ? AND link <> '' AND trashed_at IS NULL"));
    q.addBindValue(siteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("find review"), q.lastError().text());
    }
    while (q.next()) {
        if (q.value(0).toString().compare(title.trimmed(), Qt::CaseInsensitive) == 0) {
            return q.value(1).toString();
        }
    }
    return QString();
}

Result<std::optional<qint64>> PublishRepository::findByRemoteId(qint64 siteId, qint64 remoteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM posts WHERE site_id = ? AND remote_id = ?"));
    q.addBindValue(siteId);
    q.addBindValue(remoteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("find post"), q.lastError().text());
    }
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Status PublishRepository::setBase(qint64 postId, const QDateTime& modifiedGmt, const QString& content, const QString& fields,
                                  const std::optional<QString>& remoteContent)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE posts SET base_modified_gmt = ?, base_content = ?, base_remote_content = ?, base_fields = ? WHERE id = ?"));
    q.addBindValue(toStorageTime(modifiedGmt));
    q.addBindValue(content);
    q.addBindValue(remoteContent ? QVariant(*remoteContent) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(fields);
    q.addBindValue(postId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("set base"), q.lastError().text());
    }
    return {};
}

} // namespace longhand
