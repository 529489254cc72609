// A web post turned into Markdown and back (PostRepository; webpost::toMarkdown decides whether it can be).
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace longhand {

Result<bool> PostRepository::convertToMarkdown(qint64 id, const QString& html, const QString& markdown)
{
    bool converted = false;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        // Marked changed like any edit of a post on a blog: its source is new, though the blog gets the same blocks.
        q.prepare(QStringLiteral("UPDATE posts SET body = ?, source_format = 'markdown', updated_at = ?, "
                                 "dirty = CASE WHEN remote_id IS NULL THEN dirty ELSE 1 END "
                                 "WHERE id = ? AND source_format = 'html' AND body = ?"));
        q.addBindValue(notNullText(markdown));
        q.addBindValue(toStorageTime(m_clock->nowUtc()));
        q.addBindValue(id);
        q.addBindValue(notNullText(html));
        if (!q.exec()) {
            return databaseError(QStringLiteral("convert review"), q.lastError().text());
        }
        converted = q.numRowsAffected() == 1;
        if (!converted) {
            return {};
        }
        QSqlQuery keep(m_database.connection());
        keep.prepare(QStringLiteral("INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)"));
        keep.addBindValue(convertedHtmlKey(id));
        keep.addBindValue(notNullText(html));
        if (!keep.exec()) {
            return databaseError(QStringLiteral("convert review"), keep.lastError().text());
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return converted;
}

Result<bool> PostRepository::undoConversion(qint64 id)
{
    bool undone = false;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery kept(m_database.connection());
        kept.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = ?"));
        kept.addBindValue(convertedHtmlKey(id));
        if (!kept.exec()) {
            return databaseError(QStringLiteral("undo conversion"), kept.lastError().text());
        }
        if (!kept.next()) {
            return {};
        }
        const QString html = kept.value(0).toString();
        kept.finish();
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE posts SET body = ?, source_format = 'html', updated_at = ? "
                                 "WHERE id = ? AND source_format = 'markdown'"));
        q.addBindValue(notNullText(html));
        q.addBindValue(toStorageTime(m_clock->nowUtc()));
        q.addBindValue(id);
        if (!q.exec()) {
            return databaseError(QStringLiteral("undo conversion"), q.lastError().text());
        }
        undone = q.numRowsAffected() == 1;
        QSqlQuery forget(m_database.connection());
        forget.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
        forget.addBindValue(convertedHtmlKey(id));
        if (!forget.exec()) {
            return databaseError(QStringLiteral("undo conversion"), forget.lastError().text());
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return undone;
}

Result<bool> PostRepository::hasConvertedHtml(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM app_state WHERE key = ?"));
    q.addBindValue(convertedHtmlKey(id));
    if (!q.exec()) {
        return databaseError(QStringLiteral("read review"), q.lastError().text());
    }
    return q.next();
}

} // namespace longhand
