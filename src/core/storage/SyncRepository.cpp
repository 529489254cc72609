#include "core/storage/SyncRepository.h"

#include "core/domain/Post.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace longhand {

namespace {

QVariant nullableTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(toStorageTime(time)) : QVariant(QMetaType(QMetaType::QString));
}

PostStatus localStatusFor(const QString& remote)
{
    return postStatusFromString(remote).value_or(PostStatus::Draft);
}

} // namespace

SyncRepository::SyncRepository(Database& database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<UpsertCounts> SyncRepository::upsertUsers(qint64 siteId, const QList<RemoteUser>& users)
{
    UpsertCounts counts;
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO users (site_id, remote_id, name, slug) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (site_id, remote_id) DO UPDATE SET name = excluded.name, slug = excluded.slug"));
        for (const RemoteUser& user : users) {
            q.addBindValue(siteId);
            q.addBindValue(user.id);
            q.addBindValue(notNullText(user.name));
            q.addBindValue(notNullText(user.slug));
            if (!q.exec()) {
                return databaseError(QStringLiteral("store users"), q.lastError().text());
            }
            ++counts.updated;
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return counts;
}

Result<UpsertCounts> SyncRepository::upsertTerms(qint64 siteId, const QString& taxonomy, const QList<RemoteTerm>& terms)
{
    UpsertCounts counts;
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO terms (site_id, remote_id, taxonomy, name, slug, parent_remote_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, taxonomy, remote_id) DO UPDATE SET "
                                 "name = excluded.name, slug = excluded.slug, parent_remote_id = excluded.parent_remote_id"));
        for (const RemoteTerm& term : terms) {
            q.addBindValue(siteId);
            q.addBindValue(term.id);
            q.addBindValue(taxonomy);
            q.addBindValue(notNullText(term.name));
            q.addBindValue(notNullText(term.slug));
            q.addBindValue(term.parent);
            if (!q.exec()) {
                return databaseError(QStringLiteral("store terms"), q.lastError().text());
            }
            ++counts.updated;
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return counts;
}

Result<UpsertCounts> SyncRepository::upsertMedia(qint64 siteId, const QList<RemoteMedia>& media)
{
    UpsertCounts counts;
    const QString now = toStorageTime(m_clock->nowUtc());
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO media (site_id, remote_id, source_url, mime_type, alt_text, title, post_remote_id, "
                                 "modified_gmt, created_at, uploaded_gmt, thumbnail_url, width, height) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (site_id, remote_id) DO UPDATE SET source_url = excluded.source_url, "
                                 "mime_type = excluded.mime_type, alt_text = excluded.alt_text, title = excluded.title, "
                                 "post_remote_id = excluded.post_remote_id, modified_gmt = excluded.modified_gmt, "
                                 "uploaded_gmt = excluded.uploaded_gmt, thumbnail_url = excluded.thumbnail_url, "
                                 "width = excluded.width, height = excluded.height"));
        for (const RemoteMedia& item : media) {
            q.addBindValue(siteId);
            q.addBindValue(item.id);
            q.addBindValue(notNullText(item.sourceUrl));
            q.addBindValue(notNullText(item.mimeType));
            q.addBindValue(notNullText(item.altText));
            q.addBindValue(notNullText(item.title));
            q.addBindValue(item.post);
            q.addBindValue(nullableTime(item.modifiedGmt));
            q.addBindValue(now);
            q.addBindValue(nullableTime(item.uploadedGmt.isValid() ? item.uploadedGmt : item.modifiedGmt));
            q.addBindValue(notNullText(item.thumbnailUrl));
            q.addBindValue(item.width);
            q.addBindValue(item.height);
            if (!q.exec()) {
                return databaseError(QStringLiteral("store media"), q.lastError().text());
            }
            ++counts.updated;
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return counts;
}

Result<QHash<qint64, QString>> SyncRepository::termNames(qint64 siteId, const QString& taxonomy)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT remote_id, name FROM terms WHERE site_id = ? AND taxonomy = ?"));
    q.addBindValue(siteId);
    q.addBindValue(taxonomy);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read terms"), q.lastError().text());
    }
    QHash<qint64, QString> names;
    while (q.next()) {
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return names;
}

Result<UpsertCounts> SyncRepository::upsertPosts(qint64 siteId, const QList<RemotePost>& posts)
{
    auto categories = termNames(siteId, QStringLiteral("category"));
    auto tags = termNames(siteId, QStringLiteral("post_tag"));
    if (!categories || !tags) {
        return (!categories ? categories.error() : tags.error());
    }
    UpsertCounts counts;
    const QString now = toStorageTime(m_clock->nowUtc());
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery find(m_database.connection());
        find.prepare(QStringLiteral("SELECT id, dirty, remote_modified_gmt, base_fields FROM posts WHERE site_id = ? AND remote_id = ?"));
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO posts (site_id, remote_id, title, slug, slug_edited, excerpt, source_format, body, status, scheduled_at, "
            "comments_open, pings_open, link, base_modified_gmt, base_content, base_remote_content, remote_modified_gmt, remote_content, "
            "remote_status, author_id, featured_media_id, dirty, created_at, updated_at, base_fields, post_format, sticky, "
            "post_password, meta, post_type, parent_id, menu_order, page_template) "
            "VALUES (:site, :remote, :title, :slug, 1, :excerpt, 'html', :body, :status, :scheduled, :comments, :pings, :link, "
            ":modified, :body, :body, :modified, :body, :rstatus, :author, :featured, 0, :now, :updated, :basefields, :format, "
            ":sticky, :password, :meta, :type, :parent, :order, COALESCE(:template, ''))"));
        // A clean local copy follows the server; a dirty one keeps its text and learns the server's. A Markdown review
        // keeps its Markdown and its base (the HTML its Markdown was published as), so the web's edits are merged into
        // the Markdown (merge view, or the next publication) instead of being lost under an unchanged base.
        QSqlQuery updateClean(m_database.connection());
        updateClean.prepare(QStringLiteral(
            "UPDATE posts SET title = :title, slug = :slug, slug_edited = 1, excerpt = :excerpt, "
            "body = CASE WHEN source_format = 'html' THEN :body ELSE body END, status = :status, scheduled_at = :scheduled, "
            "comments_open = :comments, pings_open = :pings, link = :link, "
            "base_modified_gmt = CASE WHEN source_format = 'html' THEN :modified ELSE base_modified_gmt END, "
            "base_content = CASE WHEN source_format = 'html' THEN :body ELSE base_content END, "
            "base_remote_content = CASE WHEN source_format = 'html' THEN :body ELSE base_remote_content END, remote_modified_gmt = :modified, remote_content = :body, remote_status = :rstatus, "
            "author_id = :author, featured_media_id = :featured, updated_at = :updated, base_fields = :basefields, "
            "post_format = :format, sticky = :sticky, post_password = :password, meta = :meta, post_type = :type, parent_id = :parent, "
            // A template the backend could not read (XML-RPC) stays as last known.
            "menu_order = :order, page_template = COALESCE(:template, page_template) WHERE id = :id"));
        // A dirty copy whose base predates the post options (schema 11) takes the blog's: the local ones were only
        // defaults, and its base learns them, so that a later change of one by the writer is known as such.
        QSqlQuery updateDirty(m_database.connection());
        updateDirty.prepare(QStringLiteral(
            "UPDATE posts SET link = :link, remote_modified_gmt = :modified, remote_content = :body, "
            "remote_status = :rstatus WHERE id = :id"));
        QSqlQuery learnOptions(m_database.connection());
        learnOptions.prepare(QStringLiteral(
            "UPDATE posts SET post_format = :format, sticky = :sticky, post_password = :password, meta = :meta, author_id = :author, "
            "base_fields = :basefields WHERE id = :id"));
        QSqlQuery clearTerms(m_database.connection());
        clearTerms.prepare(QStringLiteral("DELETE FROM post_terms WHERE post_id = ?"));
        QSqlQuery addTerm(m_database.connection());
        addTerm.prepare(QStringLiteral("INSERT OR IGNORE INTO post_terms (post_id, taxonomy, name, position) VALUES (?, ?, ?, ?)"));

        for (const RemotePost& remote : posts) {
            find.addBindValue(siteId);
            find.addBindValue(remote.id);
            if (!find.exec()) {
                return databaseError(QStringLiteral("find post"), find.lastError().text());
            }
            qint64 localId = 0;
            bool dirty = false;
            QDateTime storedModified;
            QString baseFields;
            if (find.next()) {
                localId = find.value(0).toLongLong();
                dirty = find.value(1).toBool();
                storedModified = fromStorageTime(find.value(2).toString());
                baseFields = find.value(3).toString();
            }
            const bool baseLacksOptions = !QJsonDocument::fromJson(baseFields.toUtf8()).object().contains(QStringLiteral("sticky"));
            find.finish();
            if (localId != 0 && storedModified.isValid() && remote.modifiedGmt.isValid() && remote.modifiedGmt < storedModified) {
                // An older copy than the one stored: a post edited during a pull comes twice (its old place in
                // the modified order and the end), and pages are stored in the order they are parsed.
                ++counts.older;
                continue;
            }
            const bool future = remote.status == QLatin1String("future");
            const QString updated = remote.modifiedGmt.isValid() ? toStorageTime(remote.modifiedGmt) : now;
            if (localId != 0 && dirty) {
                updateDirty.bindValue(QStringLiteral(":link"), notNullText(remote.link));
                updateDirty.bindValue(QStringLiteral(":modified"), nullableTime(remote.modifiedGmt));
                updateDirty.bindValue(QStringLiteral(":body"), notNullText(remote.content));
                updateDirty.bindValue(QStringLiteral(":rstatus"), notNullText(remote.status));
                updateDirty.bindValue(QStringLiteral(":id"), localId);
                if (!updateDirty.exec()) {
                    return databaseError(QStringLiteral("store post"), updateDirty.lastError().text());
                }
                if (baseLacksOptions) {
                    QJsonObject base = QJsonDocument::fromJson(baseFields.toUtf8()).object();
                    const QJsonObject shown = postShownFields(remote);
                    for (const char* option : {"format", "sticky", "password", "author", "meta"}) {
                        base.insert(QLatin1String(option), shown.value(QLatin1String(option)));
                    }
                    learnOptions.bindValue(QStringLiteral(":format"), notNullText(remote.format));
                    learnOptions.bindValue(QStringLiteral(":sticky"), remote.sticky ? 1 : 0);
                    learnOptions.bindValue(QStringLiteral(":password"), notNullText(remote.password));
                    learnOptions.bindValue(QStringLiteral(":meta"), metaToStorage(remote.meta));
                    learnOptions.bindValue(QStringLiteral(":author"), remote.author);
                    // No base at all (before schema 7) stays so: the fields are then compared with the blog's.
                    learnOptions.bindValue(QStringLiteral(":basefields"),
                                           baseFields.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                : QVariant(QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact))));
                    learnOptions.bindValue(QStringLiteral(":id"), localId);
                    if (!learnOptions.exec()) {
                        return databaseError(QStringLiteral("store post"), learnOptions.lastError().text());
                    }
                }
                ++counts.keptLocal;
                continue;
            }
            QSqlQuery& q = localId != 0 ? updateClean : insert;
            q.bindValue(QStringLiteral(":title"), notNullText(remote.title));
            q.bindValue(QStringLiteral(":slug"), notNullText(remote.slug));
            q.bindValue(QStringLiteral(":excerpt"), notNullText(remote.excerpt));
            q.bindValue(QStringLiteral(":body"), notNullText(remote.content));
            q.bindValue(QStringLiteral(":status"), postStatusToString(localStatusFor(remote.status)));
            q.bindValue(QStringLiteral(":scheduled"), future ? nullableTime(remote.dateGmt) : QVariant(QMetaType(QMetaType::QString)));
            q.bindValue(QStringLiteral(":comments"), remote.commentsOpen ? 1 : 0);
            q.bindValue(QStringLiteral(":pings"), remote.pingsOpen ? 1 : 0);
            q.bindValue(QStringLiteral(":link"), notNullText(remote.link));
            q.bindValue(QStringLiteral(":modified"), nullableTime(remote.modifiedGmt));
            q.bindValue(QStringLiteral(":rstatus"), notNullText(remote.status));
            q.bindValue(QStringLiteral(":author"), remote.author);
            q.bindValue(QStringLiteral(":featured"), remote.featuredMedia);
            q.bindValue(QStringLiteral(":format"), remote.format.isEmpty() ? QStringLiteral("standard") : remote.format);
            q.bindValue(QStringLiteral(":sticky"), remote.sticky ? 1 : 0);
            q.bindValue(QStringLiteral(":password"), notNullText(remote.password));
            q.bindValue(QStringLiteral(":meta"), metaToStorage(remote.meta));
            q.bindValue(QStringLiteral(":type"), remote.type == QLatin1String("page") ? QStringLiteral("page") : QStringLiteral("post"));
            q.bindValue(QStringLiteral(":parent"), remote.parent);
            q.bindValue(QStringLiteral(":order"), remote.menuOrder);
            q.bindValue(QStringLiteral(":template"), remote.pageTemplate ? QVariant(*remote.pageTemplate) : QVariant(QMetaType(QMetaType::QString)));
            q.bindValue(QStringLiteral(":basefields"),
                        QString::fromUtf8(QJsonDocument(postShownFields(remote)).toJson(QJsonDocument::Compact)));
            q.bindValue(QStringLiteral(":updated"), updated);
            if (localId != 0) {
                q.bindValue(QStringLiteral(":id"), localId);
            } else {
                q.bindValue(QStringLiteral(":site"), siteId);
                q.bindValue(QStringLiteral(":remote"), remote.id);
                q.bindValue(QStringLiteral(":now"), now);
            }
            if (!q.exec()) {
                return databaseError(QStringLiteral("store post"), q.lastError().text());
            }
            if (localId == 0) {
                localId = q.lastInsertId().toLongLong();
                ++counts.inserted;
            } else {
                ++counts.updated;
            }
            clearTerms.addBindValue(localId);
            if (!clearTerms.exec()) {
                return databaseError(QStringLiteral("store post terms"), clearTerms.lastError().text());
            }
            const auto addNames = [&](const QString& taxonomy, const QList<qint64>& ids, const QHash<qint64, QString>& names) -> Status {
                int position = 0;
                for (const qint64 id : ids) {
                    const QString name = names.value(id);
                    if (name.isEmpty()) {
                        continue;
                    }
                    addTerm.addBindValue(localId);
                    addTerm.addBindValue(taxonomy);
                    addTerm.addBindValue(name);
                    addTerm.addBindValue(position++);
                    if (!addTerm.exec()) {
                        return databaseError(QStringLiteral("store post terms"), addTerm.lastError().text());
                    }
                }
                return {};
            };
            if (auto done = addNames(QStringLiteral("category"), remote.categories, categories.value()); !done) {
                return done;
            }
            if (auto done = addNames(QStringLiteral("post_tag"), remote.tags, tags.value()); !done) {
                return done;
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return counts;
}

Result<SyncState> SyncRepository::state(qint64 siteId, const QString& resource)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT high_water, run_after, next_page, total_pages FROM sync_state WHERE site_id = ? AND resource = ?"));
    q.addBindValue(siteId);
    q.addBindValue(resource);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read sync state"), q.lastError().text());
    }
    SyncState state;
    if (q.next()) {
        state.highWater = fromStorageTime(q.value(0).toString());
        state.runAfter = fromStorageTime(q.value(1).toString());
        state.nextPage = q.value(2).toInt();
        state.totalPages = q.value(3).toInt();
    }
    return state;
}

Status SyncRepository::saveState(qint64 siteId, const QString& resource, const SyncState& state)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_state (site_id, resource, high_water, run_after, next_page, total_pages) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, resource) DO UPDATE SET "
                             "high_water = excluded.high_water, run_after = excluded.run_after, "
                             "next_page = excluded.next_page, total_pages = excluded.total_pages"));
    q.addBindValue(siteId);
    q.addBindValue(resource);
    q.addBindValue(nullableTime(state.highWater));
    q.addBindValue(nullableTime(state.runAfter));
    q.addBindValue(state.nextPage);
    q.addBindValue(state.totalPages);
    if (!q.exec()) {
        return databaseError(QStringLiteral("save sync state"), q.lastError().text());
    }
    return {};
}

} // namespace longhand
