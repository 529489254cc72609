#pragma once

#include "core/domain/Post.h"
#include "core/markdown/WebPost.h"

#include <QObject>
#include <QTimer>

class QAction;

namespace longhand {

class AppServices;
class ReviewEditorWidget;

// A post written on the web made Markdown, and back (issue 15, item 6). "Convert to Markdown…" is enabled while
// every block of the open HTML post has a Markdown form that publishes back to the same blocks
// (webpost::toMarkdown, checked off the GUI thread as the text changes); otherwise its tooltip names the blocks that
// keep it HTML. It shows ConvertToMarkdownDialog and converts only on Convert. "Back to HTML" puts back the HTML the
// conversion kept, until the post is published.
class WebPostActions final : public QObject
{
    Q_OBJECT

public:
    WebPostActions(AppServices& services, ReviewEditorWidget& editor);

    QAction* convertAction() const { return m_convert; }
    QAction* undoAction() const { return m_undo; }
    // The last check of the open post (for tests and the tooltip).
    const webpost::Conversion& conversion() const { return m_conversion; }

    // The open review changed (opened, reloaded, closed) or its text did.
    void postShown(const Post& post);
    void textChanged();

Q_SIGNALS:
    // The conversion (or its undoing) was stored and the review shown again; message says what happened.
    void converted(const QString& message);
    void errorOccurred(const QString& message);
    // A check of the open text finished (convertAction's state is up to date).
    void checked();

private:
    void check();
    void convert();
    void undo();
    bool blockMarkup() const;
    BlockSupport blockSupport() const; // as the blog writes blocks (DetectedBlockSupport)
    void showVerdict();
    // While a conversion (or its undoing) is stored, the text cannot be typed in: an autosave of the old text would
    // land on the converted post.
    void setBusy(bool busy);

    AppServices& m_services;
    ReviewEditorWidget& m_editor;
    QAction* m_convert;
    QAction* m_undo;
    QTimer m_delay;
    Post m_post; // as opened: id, blog, format
    webpost::Conversion m_conversion;
    QString m_checkedText;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace longhand
