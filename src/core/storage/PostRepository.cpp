#include "core/storage/PostRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace longhand {

namespace {

constexpr auto kPostColumns = "id, site_id, remote_id, title, slug, slug_edited, excerpt, source_format, body, status, "
                              "scheduled_at, comments_open, pings_open, featured_image, also_like, link, "
                              "base_modified_gmt, base_content, created_at, updated_at, trashed_at, remote_modified_gmt, remote_content, "
                              "remote_status, author_id, featured_media_id, dirty, notice, base_fields, requested_slug, "
                              "base_remote_content, post_format, sticky, post_password, meta, post_type, parent_id, menu_order, "
                              "page_template";

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(toStorageTime(time)) : QVariant(QMetaType(QMetaType::QString));
}

Post postFromQuery(const QSqlQuery& q)
{
    Post post;
    post.id = q.value(0).toLongLong();
    post.siteId = q.value(1).toLongLong();
    post.remoteId = q.value(2).toLongLong();
    post.title = q.value(3).toString();
    post.slug = q.value(4).toString();
    post.slugEdited = q.value(5).toBool();
    post.excerpt = q.value(6).toString();
    post.format = sourceFormatFromString(q.value(7).toString()).value_or(SourceFormat::Markdown);
    post.body = q.value(8).toString();
    post.status = postStatusFromString(q.value(9).toString()).value_or(PostStatus::Draft);
    post.scheduledAt = fromStorageTime(q.value(10).toString());
    post.commentsOpen = q.value(11).toBool();
    post.pingsOpen = q.value(12).toBool();
    post.featuredImage = q.value(13).toString();
    post.alsoLike = q.value(14).toString();
    post.link = q.value(15).toString();
    post.baseModifiedGmt = fromStorageTime(q.value(16).toString());
    post.baseContent = q.value(17).toString();
    post.createdAt = fromStorageTime(q.value(18).toString());
    post.updatedAt = fromStorageTime(q.value(19).toString());
    post.trashedAt = fromStorageTime(q.value(20).toString());
    post.remoteModifiedGmt = fromStorageTime(q.value(21).toString());
    post.remoteContent = q.value(22).toString();
    post.remoteStatus = q.value(23).toString();
    post.authorId = q.value(24).toLongLong();
    post.featuredMediaId = q.value(25).toLongLong();
    post.dirty = q.value(26).toBool();
    post.notice = q.value(27).toString();
    post.baseFields = q.value(28).toString();
    post.requestedSlug = q.value(29).toString();
    if (!q.value(30).isNull()) {
        post.baseRemoteContent = q.value(30).toString();
    }
    post.postFormat = q.value(31).toString();
    post.sticky = q.value(32).toBool();
    post.password = q.value(33).toString();
    post.meta = metaFromStorage(q.value(34).toString());
    post.type = postTypeFromString(q.value(35).toString()).value_or(PostType::Post);
    post.parentId = q.value(36).toLongLong();
    post.menuOrder = q.value(37).toInt();
    post.pageTemplate = q.value(38).toString();
    return post;
}

void bindEditable(QSqlQuery& q, const Post& post)
{
    q.bindValue(QStringLiteral(":title"), notNullText(post.title));
    q.bindValue(QStringLiteral(":slug"), notNullText(post.slug));
    q.bindValue(QStringLiteral(":slug_edited"), post.slugEdited ? 1 : 0);
    q.bindValue(QStringLiteral(":excerpt"), notNullText(post.excerpt));
    q.bindValue(QStringLiteral(":body"), notNullText(post.body));
    q.bindValue(QStringLiteral(":status"), postStatusToString(post.status));
    q.bindValue(QStringLiteral(":scheduled_at"), nullableTime(post.scheduledAt));
    q.bindValue(QStringLiteral(":comments_open"), post.commentsOpen ? 1 : 0);
    q.bindValue(QStringLiteral(":pings_open"), post.pingsOpen ? 1 : 0);
    q.bindValue(QStringLiteral(":featured_image"), notNullText(post.featuredImage));
    // The blog's featured image: the editor keeps it, or removes it (the writer cleared it).
    q.bindValue(QStringLiteral(":featured_media_id"), post.featuredMediaId);
    q.bindValue(QStringLiteral(":also_like"), notNullText(post.alsoLike));
    q.bindValue(QStringLiteral(":post_format"), post.postFormat.isEmpty() ? QStringLiteral("standard") : post.postFormat);
    q.bindValue(QStringLiteral(":sticky"), post.sticky ? 1 : 0);
    q.bindValue(QStringLiteral(":post_password"), notNullText(post.password));
    q.bindValue(QStringLiteral(":meta"), metaToStorage(post.meta));
    q.bindValue(QStringLiteral(":author_id"), post.authorId);
    q.bindValue(QStringLiteral(":post_type"), postTypeToString(post.type));
    q.bindValue(QStringLiteral(":parent_id"), post.parentId);
    q.bindValue(QStringLiteral(":menu_order"), post.menuOrder);
    q.bindValue(QStringLiteral(":page_template"), notNullText(post.pageTemplate));
}

void bindPost(QSqlQuery& q, const Post& post)
{
    bindEditable(q, post);
    q.bindValue(QStringLiteral(":site_id"), nullableId(post.siteId));
    q.bindValue(QStringLiteral(":remote_id"), nullableId(post.remoteId));
    q.bindValue(QStringLiteral(":source_format"), sourceFormatToString(post.format));
    q.bindValue(QStringLiteral(":link"), notNullText(post.link));
    q.bindValue(QStringLiteral(":base_modified_gmt"), nullableTime(post.baseModifiedGmt));
    q.bindValue(QStringLiteral(":base_content"), post.baseContent);
}

Error notFound(qint64 id)
{
    return Error::make(Error::Code::NotFound, QCoreApplication::translate("PostRepository", "Review %1 does not exist.").arg(id));
}

} // namespace

QString ftsQueryFor(const QString& userText)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = userText.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& word : words) {
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

PostRepository::PostRepository(Database& database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<qint64> PostRepository::create(const Post& post)
{
    qint64 newId = 0;
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO posts (site_id, remote_id, title, slug, slug_edited, excerpt, source_format, body, status, "
            "scheduled_at, comments_open, pings_open, featured_image, featured_media_id, also_like, link, base_modified_gmt, base_content, "
            "created_at, updated_at, post_format, sticky, post_password, meta, author_id, post_type, parent_id, menu_order, page_template) VALUES (:site_id, :remote_id, :title, :slug, "
            ":slug_edited, :excerpt, :source_format, :body, :status, :scheduled_at, :comments_open, :pings_open, :featured_image, "
            ":featured_media_id, :also_like, :link, :base_modified_gmt, :base_content, :created_at, :updated_at, :post_format, :sticky, "
            ":post_password, :meta, :author_id, :post_type, :parent_id, :menu_order, :page_template)"));
        bindPost(q, post);
        const QString now = toStorageTime(m_clock->nowUtc());
        q.bindValue(QStringLiteral(":created_at"), now);
        q.bindValue(QStringLiteral(":updated_at"), now);
        if (!q.exec()) {
            return databaseError(QStringLiteral("create review"), q.lastError().text());
        }
        newId = q.lastInsertId().toLongLong();
        Post stored = post;
        stored.id = newId;
        return saveTerms(stored);
    });
    if (!status) {
        return status.error();
    }
    return newId;
}

Status PostRepository::update(const Post& post)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "UPDATE posts SET title = :title, slug = :slug, "
            "slug_edited = :slug_edited, excerpt = :excerpt, body = :body, "
            "status = :status, scheduled_at = :scheduled_at, comments_open = :comments_open, pings_open = :pings_open, "
            "featured_image = :featured_image, featured_media_id = :featured_media_id, also_like = :also_like, updated_at = :updated_at, "
            "post_format = :post_format, sticky = :sticky, post_password = :post_password, meta = :meta, author_id = :author_id, "
            "parent_id = :parent_id, menu_order = :menu_order, page_template = :page_template, "
            // WordPress cannot change a post's type: it is the writer's until the review is on the blog.
            "post_type = CASE WHEN remote_id IS NULL THEN :post_type ELSE post_type END, "
            "dirty = CASE WHEN remote_id IS NULL THEN dirty ELSE 1 END, "
            // The writer chooses the blog until the review is first published: once it is on a blog, or queued
            // for one (a create may be on its way there), it stays where it is.
            "site_id = CASE WHEN remote_id IS NULL AND NOT EXISTS (SELECT 1 FROM outbox WHERE entity = 'post' "
            "AND entity_id = :post_id AND operation = 'publish') THEN :site_id ELSE site_id END "
            "WHERE id = :id"));
        // Only what a writer edits (and the blog, above): the remote and base fields belong to sync and publish.
        bindEditable(q, post);
        q.bindValue(QStringLiteral(":site_id"), nullableId(post.siteId));
        q.bindValue(QStringLiteral(":updated_at"), toStorageTime(m_clock->nowUtc()));
        q.bindValue(QStringLiteral(":id"), post.id);
        q.bindValue(QStringLiteral(":post_id"), post.id);
        if (!q.exec()) {
            return databaseError(QStringLiteral("save review"), q.lastError().text());
        }
        if (q.numRowsAffected() != 1) {
            return notFound(post.id);
        }
        return saveTerms(post);
    });
}

Result<Post> PostRepository::load(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM posts WHERE id = ?").arg(QLatin1String(kPostColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("load review"), q.lastError().text());
    }
    if (!q.next()) {
        return notFound(id);
    }
    Post post = postFromQuery(q);
    if (auto status = loadTerms(post); !status) {
        return status.error();
    }
    QSqlQuery queued(m_database.connection());
    queued.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE entity = 'post' AND entity_id = ? AND operation = 'publish'"));
    queued.addBindValue(id);
    if (!queued.exec()) {
        return databaseError(QStringLiteral("load review"), queued.lastError().text());
    }
    post.publicationQueued = queued.next();
    return post;
}

Result<QList<PostSummary>> PostRepository::list(const PostFilter& filter)
{
    QString sql = QStringLiteral(
        "SELECT id, title, status, updated_at, trashed_at, site_id, remote_id IS NOT NULL, dirty, post_type FROM posts WHERE ");
    sql += filter.trashed ? QStringLiteral("trashed_at IS NOT NULL") : QStringLiteral("trashed_at IS NULL");
    const QString match = ftsQueryFor(filter.search);
    if (!match.isEmpty()) {
        sql += QStringLiteral(" AND id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH :match)");
    }
    if (filter.status) {
        sql += QStringLiteral(" AND status = :status");
    }
    if (filter.type) {
        sql += QStringLiteral(" AND post_type = :type");
    }
    sql += QStringLiteral(" ORDER BY updated_at DESC, id DESC");

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!match.isEmpty()) {
        q.bindValue(QStringLiteral(":match"), match);
    }
    if (filter.status) {
        q.bindValue(QStringLiteral(":status"), postStatusToString(*filter.status));
    }
    if (filter.type) {
        q.bindValue(QStringLiteral(":type"), postTypeToString(*filter.type));
    }
    if (!q.exec()) {
        return databaseError(QStringLiteral("list reviews"), q.lastError().text());
    }
    QList<PostSummary> result;
    while (q.next()) {
        result.append(PostSummary {q.value(0).toLongLong(), q.value(1).toString(),
                                   postStatusFromString(q.value(2).toString()).value_or(PostStatus::Draft),
                                   fromStorageTime(q.value(3).toString()), fromStorageTime(q.value(4).toString()),
                                   q.value(5).toLongLong(), q.value(6).toBool(), q.value(7).toBool(),
                                   postTypeFromString(q.value(8).toString()).value_or(PostType::Post)});
    }
    return result;
}

Result<qint64> PostRepository::duplicate(qint64 id, const QString& copySuffix)
{
    auto original = load(id);
    if (!original) {
        return original.error();
    }
    Post copy = *original;
    copy.id = 0;
    copy.siteId = original->siteId;
    copy.remoteId = 0; // a copy is a new review, never the same remote post
    copy.link.clear();
    copy.baseModifiedGmt = {};
    copy.baseContent.clear();
    copy.trashedAt = {};
    copy.status = PostStatus::Draft;
    copy.title = original->title + copySuffix;
    copy.slugEdited = false;
    copy.slug.clear();
    return create(copy);
}

Status PostRepository::moveToTrash(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE posts SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL"));
    q.addBindValue(toStorageTime(m_clock->nowUtc()));
    q.addBindValue(id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("move review to trash"), q.lastError().text());
    }
    return q.numRowsAffected() == 1 ? Status {} : Status {notFound(id)};
}

Status PostRepository::restoreFromTrash(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE posts SET trashed_at = NULL, updated_at = ? WHERE id = ? AND trashed_at IS NOT NULL"));
    q.addBindValue(toStorageTime(m_clock->nowUtc()));
    q.addBindValue(id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("restore review"), q.lastError().text());
    }
    return q.numRowsAffected() == 1 ? Status {} : Status {notFound(id)};
}

Status PostRepository::deleteForever(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM posts WHERE id = ? AND trashed_at IS NOT NULL"));
    q.addBindValue(id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("delete review"), q.lastError().text());
    }
    if (q.numRowsAffected() != 1) {
        return notFound(id);
    }
    // A later review may get this id: it must not find the HTML of this one's conversion.
    QSqlQuery kept(m_database.connection());
    kept.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
    kept.addBindValue(convertedHtmlKey(id));
    if (!kept.exec()) {
        return databaseError(QStringLiteral("delete review"), kept.lastError().text());
    }
    return {};
}

Result<QString> PostRepository::mediaLabel(qint64 siteId, qint64 remoteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT title, source_url FROM media WHERE site_id = ? AND remote_id = ?"));
    q.addBindValue(siteId);
    q.addBindValue(remoteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read media"), q.lastError().text());
    }
    if (!q.next()) {
        return QString();
    }
    const QString title = q.value(0).toString();
    return title.isEmpty() ? q.value(1).toString().section(QLatin1Char('/'), -1) : title;
}

Result<QStringList> PostRepository::titles()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT title FROM posts WHERE trashed_at IS NULL AND title <> '' ORDER BY title"))) {
        return databaseError(QStringLiteral("list titles"), q.lastError().text());
    }
    QStringList result;
    while (q.next()) {
        result.append(q.value(0).toString());
    }
    return result;
}

Result<QStringList> PostRepository::blogTermNames(qint64 siteId, const QString& taxonomy)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM terms WHERE site_id = :s AND taxonomy = :t ORDER BY name COLLATE NOCASE"));
    q.bindValue(QStringLiteral(":s"), siteId);
    q.bindValue(QStringLiteral(":t"), taxonomy);
    if (!q.exec()) {
        return databaseError(QStringLiteral("list a blog's terms"), q.lastError().text());
    }
    QStringList result;
    while (q.next()) {
        result.append(q.value(0).toString());
    }
    return result;
}

Result<QStringList> PostRepository::termNames(const QString& taxonomy)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM post_terms WHERE taxonomy = :t UNION SELECT name FROM terms WHERE taxonomy = :t "
                             "ORDER BY 1 COLLATE NOCASE"));
    q.bindValue(QStringLiteral(":t"), taxonomy);
    if (!q.exec()) {
        return databaseError(QStringLiteral("list terms"), q.lastError().text());
    }
    QStringList result;
    while (q.next()) {
        result.append(q.value(0).toString());
    }
    return result;
}

Result<QList<RemoteUser>> PostRepository::blogUsers(qint64 siteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT remote_id, name, slug FROM users WHERE site_id = ? ORDER BY name COLLATE NOCASE, remote_id"));
    q.addBindValue(siteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("list users"), q.lastError().text());
    }
    QList<RemoteUser> users;
    while (q.next()) {
        users.append(RemoteUser {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}});
    }
    return users;
}

Result<QList<std::pair<qint64, QString>>> PostRepository::blogPages(qint64 siteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT remote_id, title FROM posts WHERE site_id = ? AND post_type = 'page' AND remote_id IS NOT NULL "
                             "AND trashed_at IS NULL ORDER BY title COLLATE NOCASE, remote_id LIMIT 2000"));
    q.addBindValue(siteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("list pages"), q.lastError().text());
    }
    QList<std::pair<qint64, QString>> pages;
    while (q.next()) {
        pages.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return pages;
}

Result<std::optional<Post>> PostRepository::findByTitle(const QString& title)
{
    // SQLite's lower() folds ASCII only ("Émile" vs "émile"), so Qt compares; the length narrows the rows down.
    const QString wanted = title.trimmed();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title FROM posts WHERE trashed_at IS NULL AND length(title) = length(?) "
                             "ORDER BY (link <> '') DESC, updated_at DESC"));
    q.addBindValue(notNullText(wanted));
    if (!q.exec()) {
        return databaseError(QStringLiteral("find review"), q.lastError().text());
    }
    while (q.next()) {
        if (q.value(1).toString().compare(wanted, Qt::CaseInsensitive) != 0) {
            continue;
        }
        auto post = load(q.value(0).toLongLong());
        if (!post) {
            return post.error();
        }
        return std::optional<Post> {*post};
    }
    return std::optional<Post> {};
}

Status PostRepository::saveTerms(const Post& post)
{
    QSqlQuery del(m_database.connection());
    del.prepare(QStringLiteral("DELETE FROM post_terms WHERE post_id = ?"));
    del.addBindValue(post.id);
    if (!del.exec()) {
        return databaseError(QStringLiteral("save terms"), del.lastError().text());
    }
    QSqlQuery ins(m_database.connection());
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO post_terms (post_id, taxonomy, name, position) VALUES (?, ?, ?, ?)"));
    const auto insertAll = [&](const QString& taxonomy, const QStringList& names) -> Status {
        int position = 0;
        for (const QString& name : names) {
            const QString trimmed = name.trimmed();
            if (trimmed.isEmpty()) {
                continue;
            }
            ins.addBindValue(post.id);
            ins.addBindValue(taxonomy);
            ins.addBindValue(trimmed);
            ins.addBindValue(position++);
            if (!ins.exec()) {
                return databaseError(QStringLiteral("save terms"), ins.lastError().text());
            }
        }
        return {};
    };
    if (auto status = insertAll(QStringLiteral("category"), post.categories); !status) {
        return status;
    }
    return insertAll(QStringLiteral("post_tag"), post.tags);
}

Status PostRepository::loadTerms(Post& post)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT taxonomy, name FROM post_terms WHERE post_id = ? ORDER BY taxonomy, position"));
    q.addBindValue(post.id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("load terms"), q.lastError().text());
    }
    post.categories.clear();
    post.tags.clear();
    while (q.next()) {
        (q.value(0).toString() == QLatin1String("category") ? post.categories : post.tags).append(q.value(1).toString());
    }
    return {};
}

Result<int> PostRepository::countChangedBetween(qint64 siteId, const QDateTime& from, const QDateTime& to)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE site_id = ? AND post_type = 'post' AND remote_id IS NOT NULL AND remote_modified_gmt > ? "
                             "AND remote_modified_gmt <= ?"));
    q.addBindValue(siteId);
    q.addBindValue(toStorageTime(from));
    q.addBindValue(toStorageTime(to));
    if (!q.exec() || !q.next()) {
        return databaseError(QStringLiteral("count changed posts"), q.lastError().text());
    }
    return q.value(0).toInt();
}

Result<QList<CachedPostStamp>> PostRepository::stampsAfter(qint64 siteId, const QDateTime& after)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT remote_id, remote_modified_gmt, remote_status FROM posts WHERE site_id = ? AND post_type = 'post' "
                             "AND remote_id IS NOT NULL AND remote_modified_gmt > ?"));
    q.addBindValue(siteId);
    q.addBindValue(toStorageTime(after));
    if (!q.exec()) {
        return databaseError(QStringLiteral("read scheduled posts"), q.lastError().text());
    }
    QList<CachedPostStamp> stamps;
    while (q.next()) {
        stamps.append(CachedPostStamp { q.value(0).toLongLong(), fromStorageTime(q.value(1).toString()), q.value(2).toString() });
    }
    return stamps;
}

Result<QDateTime> PostRepository::newestNotScheduled(qint64 siteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT max(remote_modified_gmt) FROM posts WHERE site_id = ? AND post_type = 'post' AND remote_id IS NOT NULL "
                             "AND remote_status <> 'future'"));
    q.addBindValue(siteId);
    if (!q.exec() || !q.next()) {
        return databaseError(QStringLiteral("read the newest post"), q.lastError().text());
    }
    return q.value(0).isNull() ? QDateTime() : fromStorageTime(q.value(0).toString());
}

Result<QList<qint64>> PostRepository::linkedRemoteIds(qint64 siteId, PostType type)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT remote_id FROM posts WHERE site_id = ? AND post_type = ? AND remote_id IS NOT NULL ORDER BY remote_id"));
    q.addBindValue(siteId);
    q.addBindValue(postTypeToString(type));
    if (!q.exec()) {
        return databaseError(QStringLiteral("read linked posts"), q.lastError().text());
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

Result<QList<GonePost>> PostRepository::detachGoneFromBlog(qint64 siteId, const QList<qint64>& remoteIds,
                                                           const QSet<qint64>& trashedOnBlog, const GoneTexts& texts)
{
    QList<GonePost> gone;
    const QString now = toStorageTime(m_clock->nowUtc());
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery find(m_database.connection());
        find.prepare(QStringLiteral("SELECT id, title, dirty, EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'post' AND o.entity_id = posts.id), "
                                    "post_type FROM posts WHERE site_id = ? AND remote_id = ?"));
        // No base, no server version, no permalink: the post they described is gone. Status draft:
        // restored or kept, it is not on the blog.
        QSqlQuery detach(m_database.connection());
        detach.prepare(QStringLiteral(
            "UPDATE posts SET remote_id = NULL, gone_remote_id = :remote, notice = :notice, status = 'draft', scheduled_at = NULL, "
            "link = '', base_modified_gmt = NULL, base_content = NULL, base_remote_content = NULL, remote_modified_gmt = NULL, remote_content = NULL, "
            "remote_status = '', dirty = :keep, trashed_at = CASE WHEN :keep = 1 THEN trashed_at ELSE COALESCE(trashed_at, :now) END "
            "WHERE id = :id"));
        QSqlQuery holdOutbox(m_database.connection());
        holdOutbox.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, next_attempt_at = NULL "
                                          "WHERE entity = 'post' AND entity_id = ?"));
        for (const qint64 remoteId : remoteIds) {
            find.addBindValue(siteId);
            find.addBindValue(remoteId);
            if (!find.exec()) {
                return databaseError(QStringLiteral("find gone post"), find.lastError().text());
            }
            if (!find.next()) {
                find.finish();
                continue;
            }
            GonePost post;
            post.id = find.value(0).toLongLong();
            post.title = find.value(1).toString();
            post.remoteId = remoteId;
            post.trashedOnBlog = trashedOnBlog.contains(remoteId);
            const bool queued = find.value(3).toBool();
            post.keptAsDraft = find.value(2).toBool() || queued;
            post.type = postTypeFromString(find.value(4).toString()).value_or(PostType::Post);
            find.finish();
            const QString notice = (post.trashedOnBlog ? texts.trashedNotice : texts.deletedNotice).arg(post.title);
            detach.bindValue(QStringLiteral(":remote"), remoteId);
            detach.bindValue(QStringLiteral(":notice"), notNullText(notice));
            detach.bindValue(QStringLiteral(":keep"), post.keptAsDraft ? 1 : 0);
            detach.bindValue(QStringLiteral(":now"), now);
            detach.bindValue(QStringLiteral(":id"), post.id);
            if (!detach.exec()) {
                return databaseError(QStringLiteral("detach gone post"), detach.lastError().text());
            }
            if (queued) {
                holdOutbox.addBindValue(notNullText(texts.outboxMessage.arg(post.title)));
                holdOutbox.addBindValue(post.id);
                if (!holdOutbox.exec()) {
                    return databaseError(QStringLiteral("hold publication of gone post"), holdOutbox.lastError().text());
                }
            }
            gone.append(post);
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return gone;
}

} // namespace longhand
