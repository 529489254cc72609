#include "core/TerminalText.h"

namespace longhand::TerminalText {

namespace {

void appendEscape(QByteArray& out, unsigned code)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u00";
    out += hex[(code >> 4) & 0xf];
    out += hex[code & 0xf];
}

} // namespace

QByteArray escapeControls(const QByteArray& utf8, bool& pendingC2)
{
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (const char ch : utf8) {
        const auto byte = static_cast<unsigned char>(ch);
        if (pendingC2) {
            pendingC2 = false;
            if (byte >= 0x80 && byte <= 0x9f) {
                appendEscape(out, byte); // U+0080..U+009F
                continue;
            }
            out += char(0xc2);
        }
        if (byte == 0xc2) {
            pendingC2 = true;
            continue;
        }
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
            appendEscape(out, byte);
            continue;
        }
        out += ch;
    }
    return out;
}

QString field(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
            out += QStringLiteral("\\u%1").arg(unsigned(c), 4, 16, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    return out;
}

} // namespace longhand::TerminalText
