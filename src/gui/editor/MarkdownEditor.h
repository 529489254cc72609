#pragma once

#include <QPlainTextEdit>

namespace longhand {

class MarkdownHighlighter;
class SpellChecker;

// The Markdown text editor: formatting commands, image drop and paste (handed to the caller to
// store), spelling suggestions in the context menu.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    MarkdownEditor(SpellChecker& spelling, QWidget* parent = nullptr);

    MarkdownHighlighter* highlighter() const { return m_highlighter; }
    // Replaces the whole text as a fresh document: no undo history across reviews.
    void setMarkdown(const QString& text);
    // A post written on the web (HTML): its block delimiters are quiet markers that typing, Backspace and Delete
    // step over instead of changing (a selection that cuts one is narrowed to leave it whole).
    void setHtmlSource(bool html);
    bool htmlSource() const { return m_htmlSource; }
    // Inserts Markdown (in an HTML post an <img> element) for an image at the cursor, on a line of its own.
    void insertImageReference(const QString& reference, const QString& altText);

public Q_SLOTS:
    void toggleBold();
    void toggleItalic();
    void insertLink();

Q_SIGNALS:
    void imageFilesDropped(const QStringList& paths);
    void imagePasted(const QImage& image);
    void focusLost();
    void wordAddedToDictionary(const QString& word);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void toggleWrap(const QString& open, const QString& close);
    QStringList imagePaths(const QMimeData* source) const;
    bool keepDelimitersWhole(const QKeyEvent* event);

    SpellChecker& m_spelling;
    MarkdownHighlighter* m_highlighter;
    bool m_htmlSource = false;
};

} // namespace longhand
