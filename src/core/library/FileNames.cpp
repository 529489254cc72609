#include "core/library/FileNames.h"

#include <QRegularExpression>
#include <QStringList>

namespace longhand::FileNames {

namespace {

bool isReservedOnWindows(const QString& name)
{
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

// The longest prefix of text whose UTF-8 form fits in maxBytes, never splitting a character.
QString fitBytes(const QString& text, int maxBytes)
{
    int bytes = 0;
    qsizetype end = 0;
    while (end < text.size()) {
        const bool pair = text.at(end).isHighSurrogate() && end + 1 < text.size() && text.at(end + 1).isLowSurrogate();
        const qsizetype length = pair ? 2 : 1;
        const int size = int(text.mid(end, length).toUtf8().size());
        if (bytes + size > maxBytes) {
            break;
        }
        bytes += size;
        end += length;
    }
    return text.left(end);
}

} // namespace

QString clean(const QString& name, const QString& fallback, int maxBytes)
{
    QString out;
    out.reserve(name.size());
    for (const QChar ch : name) {
        const char16_t c = ch.unicode();
        const bool forbidden = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == u'/' || c == u'\\' || c == u':'
                               || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>' || c == u'|'
                               || ch.category() == QChar::Other_Format; // bidi overrides and other invisible controls
        out.append(forbidden ? QLatin1Char('-') : ch);
    }
    // No dot runs that could read as a parent folder, no hidden or trailing-dot names.
    static const QRegularExpression dots(QStringLiteral("\\.{2,}"));
    out.replace(dots, QStringLiteral("."));
    out = fitBytes(out, maxBytes);
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front() == QLatin1Char('-') || out.front().isSpace())) {
        out.remove(0, 1);
    }
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back().isSpace())) {
        out.chop(1);
    }
    if (out.isEmpty()) {
        return fallback;
    }
    if (isReservedOnWindows(out)) {
        out.prepend(QLatin1Char('_'));
    }
    return out;
}

} // namespace longhand::FileNames
