#pragma once
// Private to src/core/storage: how a comment's derived values are stored (schema 14). The visible text is not
// stored; SQL reaches it through comment_text(), registered on every connection by registerCommentFunctions.

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace longhand::commenttext {

// comment_text(html): the comment's visible text (CommentSanitizer::toPlainText), for the full-text index.
// longhand_hash_key(hex): a schema-13 content hash (SHA-1 in hex) as the integer schema 14 stores.
// Returns false when the connection is not SQLite's.
bool registerCommentFunctions(const QSqlDatabase& db);

// The visible text of a comment's HTML; the last few answers are kept per thread, because the sync derives a
// comment's text and then the full-text trigger asks for the same text again.
QString visibleText(const QString& html);

// The duplicate key of a visible text (TriageRules::contentHash as an integer); a null QVariant when the text has no
// letter or digit.
QVariant hashKey(const QString& plainText);
QVariant hashKeyFromHex(const QString& hex);

// date_gmt: milliseconds since 1970 UTC; 0 is "unknown".
qint64 toStoredDate(const QDateTime& time);
QDateTime fromStoredDate(qint64 milliseconds);

} // namespace longhand::commenttext
