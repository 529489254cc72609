// Text that came from a blog, its commenters or anything between them is shown as written, never as
// markup. Qt takes any string that *looks* like HTML (Qt::mightBeRichText) as rich text in tooltips,
// labels in their default AutoText format and message boxes, and rich text reads files: an <img> or a
// stylesheet @import names a path and QTextDocument opens it (a commenter's <img src="/dev/zero"> in a
// tooltip once grew the app past 2 GB). Labels and tooltips cannot be given a loader of their own (and
// Qt 6.4 does not consult QTextDocument's resource providers on that path: measured), so every place
// that shows remote text uses PlainText labels, SafeText::toolTip, or HTML it escaped itself; the
// documents that do show HTML (preview, comment browser) answer every load with refused().
#pragma once

#include <QString>
#include <QVariant>

namespace longhand::SafeText {

// Rich text that shows text exactly as written, whatever markup it holds: for places that decide by
// themselves whether a string is HTML (tooltips, a message box's informative text). Empty stays empty.
QString literal(const QString& text);
inline QString toolTip(const QString& text) { return literal(text); }

// What a QTextDocument::loadResource override returns for a resource it will not load. Never an invalid
// QVariant (QTextDocument then decodes data: URLs and opens local paths itself) and, for an image,
// never empty bytes (Qt's image handler then opens the name as a file path itself): a 1x1 transparent
// image for images, empty bytes for style sheets and the rest.
QVariant refused(int resourceType);

} // namespace longhand::SafeText
