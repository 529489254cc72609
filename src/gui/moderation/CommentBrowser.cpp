#include "gui/moderation/CommentBrowser.h"

#include "gui/SafeText.h"
#include "gui/ThemeColors.h"

#include <QHelpEvent>
#include <QToolTip>

namespace longhand {

CommentBrowser::CommentBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setSearchPaths({});
    document()->setDefaultStyleSheet(ThemeColors::commentCss(palette()));
    connect(this, qOverload<const QUrl&>(&QTextBrowser::highlighted), this, [this](const QUrl& url) {
        m_hovered = url.isEmpty() ? QString() : url.toString();
        Q_EMIT linkHovered(m_hovered);
        if (m_hovered.isEmpty()) {
            QToolTip::hideText();
        }
    });
    // A click on a link does nothing but say where it would have gone.
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) { Q_EMIT linkHovered(url.toString()); });
}

void CommentBrowser::setCommentHtml(const QString& html)
{
    m_html = html;
    m_hovered.clear();
    setHtml(html);
}

QVariant CommentBrowser::loadResource(int type, const QUrl& name)
{
    if (name.scheme() == QLatin1String("qrc")) {
        return QTextBrowser::loadResource(type, name);
    }
    // http(s), file, data and relative names: never (see SafeText::refused for why not an invalid
    // QVariant or empty bytes).
    return SafeText::refused(type);
}

void CommentBrowser::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        document()->setDefaultStyleSheet(ThemeColors::commentCss(palette()));
        setHtml(m_html); // the default stylesheet applies when the HTML is parsed
    }
}

bool CommentBrowser::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString target = anchorAt(help->pos());
        if (!target.isEmpty()) {
            QToolTip::showText(help->globalPos(), target, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

} // namespace longhand
