#include "core/storage/CommentText.h"

#include "core/markdown/CommentSanitizer.h"
#include "core/moderation/TriageRules.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <array>

namespace longhand::commenttext {

namespace {

QString argumentText(sqlite3_value* value)
{
    const auto* data = static_cast<const char16_t*>(sqlite3_value_text16(value));
    const int bytes = sqlite3_value_bytes16(value);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

void commentTextFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QString text = visibleText(argumentText(argv[0]));
    sqlite3_result_text16(context, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void hashKeyFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const QVariant key = sqlite3_value_type(argv[0]) == SQLITE_NULL ? QVariant() : hashKeyFromHex(argumentText(argv[0]));
    if (key.isNull()) {
        sqlite3_result_null(context);
    } else {
        sqlite3_result_int64(context, key.toLongLong());
    }
}

} // namespace

bool registerCommentFunctions(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return false;
    }
    sqlite3* sqlite = *static_cast<sqlite3* const*>(handle.constData());
    if (!sqlite) {
        return false;
    }
    // Deterministic and innocuous: the schema's view and triggers call them, also with trusted_schema off.
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(sqlite, "comment_text", 1, flags, nullptr, commentTextFunction, nullptr, nullptr, nullptr)
            == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "longhand_hash_key", 1, flags, nullptr, hashKeyFunction, nullptr, nullptr, nullptr)
            == SQLITE_OK;
}

QString visibleText(const QString& html)
{
    struct Entry
    {
        QString html;
        QString text;
    };
    thread_local std::array<Entry, 4> recent;
    thread_local std::size_t next = 0;
    for (const Entry& entry : recent) {
        if (!entry.html.isNull() && entry.html.size() == html.size() && entry.html == html) {
            return entry.text;
        }
    }
    QString text = CommentSanitizer::toPlainText(html);
    recent[next] = Entry {html, text};
    next = (next + 1) % recent.size();
    return text;
}

QVariant hashKey(const QString& plainText)
{
    return hashKeyFromHex(TriageRules::contentHash(plainText));
}

QVariant hashKeyFromHex(const QString& hex)
{
    if (hex.size() < 16) {
        return {};
    }
    bool ok = false;
    const quint64 key = hex.left(16).toULongLong(&ok, 16);
    return ok ? QVariant(qint64(key)) : QVariant();
}

qint64 toStoredDate(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromStoredDate(qint64 milliseconds)
{
    return milliseconds == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

} // namespace longhand::commenttext
