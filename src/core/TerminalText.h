#pragma once

#include <QByteArray>
#include <QString>

namespace longhand::TerminalText {

// Text from a blog printed to a terminal must not drive it: an ESC or a C1 control in a commenter's
// name could move the cursor, retitle the window, rewrite earlier lines or (on some terminals) answer
// back as if typed. Every C0 control but newline and tab, DEL and every C1 control (U+0080..U+009F) is
// written as the six characters \u00XX instead, which is also what JSON would say for it.

// Filters UTF-8 as it is written, in pieces: pendingC2 carries a lead byte 0xC2 cut off at the end of
// one piece to the next. Returns the bytes to write.
QByteArray escapeControls(const QByteArray& utf8, bool& pendingC2);

// One field of a tab-separated line: newlines and tabs are escaped too, so a field never makes a row
// or a column of its own.
QString field(const QString& text);

} // namespace longhand::TerminalText
