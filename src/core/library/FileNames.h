#pragma once

#include <QString>

namespace longhand::FileNames {

// The longest file name written, in UTF-8 bytes, before a suffix such as "-2.md" is added. Every common
// file system takes 255 bytes; this leaves room for the suffix and for the temporary name QSaveFile uses.
constexpr int kMaxBaseBytes = 120;

// A name from the blog (a slug, a media title) made safe to be one file name inside a chosen folder:
// never a path (no '/', '\\', no ".." or "." alone, not absolute), no NUL or other control characters,
// none of the characters Windows refuses (: * ? " < > |), no leading dot (hidden) or trailing dot/space,
// not a name Windows reserves (CON, NUL, COM1, …), at most maxBytes of UTF-8 cut at a character
// boundary. What is left empty becomes fallback (which must itself be safe).
QString clean(const QString& name, const QString& fallback, int maxBytes = kMaxBaseBytes);

} // namespace longhand::FileNames
