#include "gui/SafeText.h"

#include <QByteArray>
#include <QImage>
#include <QTextDocument>
#include <QVariant>

namespace longhand::SafeText {

QString literal(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    // Forced rich text with every character escaped: shown literally, wrapped when long, and
    // whitespace kept as the author wrote it.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<qt>") + escaped + QStringLiteral("</qt>");
}

QVariant refused(int resourceType)
{
    if (resourceType == QTextDocument::ImageResource) {
        QImage nothing(1, 1, QImage::Format_ARGB32_Premultiplied);
        nothing.fill(Qt::transparent);
        return nothing;
    }
    return QVariant(QByteArray());
}

} // namespace longhand::SafeText
