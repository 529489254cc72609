#pragma once

#include <QTextBrowser>

namespace longhand {

// Shows sanitized comment HTML and nothing else: no resource is ever loaded except the app's own
// (qrc:), so a comment cannot make the app fetch an image, a stylesheet or a file (which would tell
// a stranger that, and when, the moderator read it). Links never open; hovering one says where it
// goes, as a tooltip and through linkHovered.
class CommentBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CommentBrowser(QWidget* parent = nullptr);

    // The HTML given to the document, exactly (toHtml() is Qt's re-serialisation of it).
    void setCommentHtml(const QString& html);
    QString commentHtml() const { return m_html; }

    // An empty value for everything but qrc:.
    QVariant loadResource(int type, const QUrl& name) override;

Q_SIGNALS:
    // The target of the link under the pointer; empty when it leaves the link.
    void linkHovered(const QString& target);

protected:
    // Tooltips arrive at the viewport: the link's real target.
    bool viewportEvent(QEvent* event) override;
    // A palette change (dark mode) recolours quotes, code and links.
    void changeEvent(QEvent* event) override;

private:
    QString m_html;
    QString m_hovered;
};

} // namespace longhand
