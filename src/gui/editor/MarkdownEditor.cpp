#include "gui/editor/MarkdownEditor.h"

#include "core/spelling/SpellChecker.h"
#include "core/storage/MediaStore.h"
#include "gui/editor/MarkdownHighlighter.h"

#include <QContextMenuEvent>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>

namespace longhand {

MarkdownEditor::MarkdownEditor(SpellChecker& spelling, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_spelling(spelling)
    , m_highlighter(new MarkdownHighlighter(document(), &spelling))
{
    setObjectName(QStringLiteral("markdownEditor"));
    setAccessibleName(tr("Review text (Markdown)"));
    setTabChangesFocus(false); // Tab indents lists and code; Ctrl+Tab moves on (see keyPressEvent)
    setAccessibleDescription(tr("Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move to the next or previous field."));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Write your review in Markdown…"));
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSize(font.pointSize() + 1);
    setFont(font);
}

void MarkdownEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setColours(palette());
    }
}

void MarkdownEditor::keyPressEvent(QKeyEvent* event)
{
    // Tab is text here; Ctrl+Tab leaves the editor, so the keyboard never gets stuck in it.
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    if (tab && (event->modifiers() & Qt::ControlModifier)) {
        const bool back = event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
        QWidget::focusNextPrevChild(!back); // QPlainTextEdit's own refuses while Tab is text
        return;
    }
    if (m_htmlSource && !isReadOnly() && keepDelimitersWhole(event)) {
        return; // stepped over a delimiter instead of deleting from it
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::setHtmlSource(bool html)
{
    m_htmlSource = html;
    m_highlighter->setHtmlSource(html);
    setAccessibleName(html ? tr("Post text (HTML)") : tr("Review text (Markdown)"));
}

// Before a key that changes text: the cursor (or the selection's ends) moved out of any block delimiter, so the key
// lands beside it. Backspace at a delimiter's end and Delete at its start step over it.
bool MarkdownEditor::keepDelimitersWhole(const QKeyEvent* event)
{
    const bool backspace = event->key() == Qt::Key_Backspace;
    const bool del = event->key() == Qt::Key_Delete;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool typing = !event->text().isEmpty() && event->text().at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!backspace && !del && !enter && !typing) {
        return false;
    }
    QTextCursor cursor = textCursor();
    // The position moved out of a delimiter: towardsEnd picks the side.
    const auto outside = [this](int position, bool towardsEnd, bool stepOverEdge) {
        const QTextBlock block = document()->findBlock(position);
        const int inBlock = position - block.position();
        for (const auto& [start, length] : MarkdownHighlighter::delimiterRanges(block.text())) {
            const bool inside = inBlock > start && inBlock < start + length;
            const bool atEdge = stepOverEdge && (towardsEnd ? inBlock == start : inBlock == start + length);
            if (inside || atEdge) {
                return block.position() + (towardsEnd ? start + length : start);
            }
        }
        return position;
    };
    if (cursor.hasSelection()) {
        const int from = outside(cursor.selectionStart(), true, false);
        const int to = outside(cursor.selectionEnd(), false, false);
        if (from >= to) { // all of it inside one delimiter: nothing of it may go
            cursor.setPosition(outside(cursor.selectionEnd(), true, false));
            setTextCursor(cursor);
            return backspace || del;
        } else {
            cursor.setPosition(from);
            cursor.setPosition(to, QTextCursor::KeepAnchor);
        }
    } else if (backspace) {
        cursor.setPosition(outside(cursor.position(), false, true));
        if (cursor.position() != textCursor().position()) {
            setTextCursor(cursor); // stepped over it: nothing deleted this time
            return true;
        }
    } else if (del) {
        cursor.setPosition(outside(cursor.position(), true, true));
        if (cursor.position() != textCursor().position()) {
            setTextCursor(cursor);
            return true;
        }
    } else {
        cursor.setPosition(outside(cursor.position(), true, false));
    }
    setTextCursor(cursor);
    return false;
}

void MarkdownEditor::setMarkdown(const QString& text)
{
    const QSignalBlocker block(this);
    setPlainText(text);
    document()->clearUndoRedoStacks();
    moveCursor(QTextCursor::Start);
}

void MarkdownEditor::toggleBold()
{
    if (m_htmlSource) {
        toggleWrap(QStringLiteral("<strong>"), QStringLiteral("</strong>"));
    } else {
        toggleWrap(QStringLiteral("**"), QStringLiteral("**"));
    }
}

void MarkdownEditor::toggleItalic()
{
    if (m_htmlSource) {
        toggleWrap(QStringLiteral("<em>"), QStringLiteral("</em>"));
    } else {
        toggleWrap(QStringLiteral("*"), QStringLiteral("*"));
    }
}

void MarkdownEditor::toggleWrap(const QString& open, const QString& close)
{
    QTextCursor cursor = textCursor();
    const int openLength = int(open.size());
    const int closeLength = int(close.size());
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        cursor.insertText(open + close);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, closeLength);
        cursor.endEditBlock();
        setTextCursor(cursor);
        return;
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QString selected = cursor.selectedText();
    // Already wrapped inside the selection: unwrap.
    if (selected.size() >= openLength + closeLength && selected.startsWith(open) && selected.endsWith(close)) {
        const QString inner = selected.mid(openLength, selected.size() - openLength - closeLength);
        cursor.insertText(inner);
        cursor.setPosition(start);
        cursor.setPosition(start + int(inner.size()), QTextCursor::KeepAnchor);
    } else {
        // Wrapped just outside the selection: unwrap too.
        QTextCursor around(document());
        const bool roomAround = start >= openLength && end + closeLength < document()->characterCount();
        if (roomAround) {
            around.setPosition(start - openLength);
            around.setPosition(end + closeLength, QTextCursor::KeepAnchor);
        }
        const QString outer = roomAround ? around.selectedText() : QString();
        if (outer.startsWith(open) && outer.endsWith(close) && outer.size() == selected.size() + openLength + closeLength) {
            around.insertText(selected);
            cursor = around;
            cursor.setPosition(start - openLength);
            cursor.setPosition(start - openLength + int(selected.size()), QTextCursor::KeepAnchor);
        } else {
            cursor.insertText(open + selected + close);
            cursor.setPosition(start + openLength);
            cursor.setPosition(start + openLength + int(selected.size()), QTextCursor::KeepAnchor);
        }
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void MarkdownEditor::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString label = cursor.hasSelection() ? cursor.selectedText() : tr("link text");
    const QString url = QStringLiteral("https://");
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    // A post written on the web is HTML: an <a> element there.
    const QString before = m_htmlSource ? QStringLiteral("<a href=\"") : QLatin1Char('[') + label + QStringLiteral("](");
    const QString after = m_htmlSource ? QStringLiteral("\">") + label + QStringLiteral("</a>") : QStringLiteral(")");
    cursor.insertText(before + url + after);
    cursor.endEditBlock();
    // Select the address so the writer can type or paste it straight away.
    const int urlStart = start + int(before.size());
    cursor.setPosition(urlStart);
    cursor.setPosition(urlStart + int(url.size()), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void MarkdownEditor::insertImageReference(const QString& reference, const QString& altText)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (cursor.positionInBlock() > 0) {
        cursor.insertText(QStringLiteral("\n\n"));
    }
    QString alt = altText;
    if (m_htmlSource) {
        // Publisher gives a web post's <img src="media/…"> its address on the blog.
        alt = alt.toHtmlEscaped();
        cursor.insertText(QStringLiteral("<img src=\"") + reference.toHtmlEscaped() + QStringLiteral("\" alt=\"") + alt
                          + QStringLiteral("\">\n"));
    } else {
        alt.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        cursor.insertText(QStringLiteral("![") + alt + QStringLiteral("](") + reference + QStringLiteral(")\n"));
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

QStringList MarkdownEditor::imagePaths(const QMimeData* source) const
{
    QStringList paths;
    if (!source->hasUrls()) {
        return paths;
    }
    const auto urls = source->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && MediaStore::isImageFileName(url.toLocalFile())) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasImage() || !imagePaths(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData* source)
{
    if (const QStringList paths = imagePaths(source); !paths.isEmpty()) {
        Q_EMIT imageFilesDropped(paths);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QTextCursor word = cursorForPosition(event->pos());
    word.select(QTextCursor::WordUnderCursor);
    // Extend over apostrophes so "don't" is one word, as the highlighter sees it.
    const QString blockText = word.block().text();
    const int blockStart = word.block().position();
    int start = word.selectionStart() - blockStart;
    int end = word.selectionEnd() - blockStart;
    const auto isWordChar = [](QChar ch) { return ch.isLetter() || ch == QLatin1Char('\'') || ch == QChar(0x2019); };
    while (start > 0 && isWordChar(blockText.at(start - 1))) {
        --start;
    }
    while (end < blockText.size() && isWordChar(blockText.at(end))) {
        ++end;
    }
    const QString text = blockText.mid(start, end - start);
    if (m_highlighter->spellCheckEnabled() && !text.isEmpty() && !m_spelling.isCorrect(text)) {
        QAction* first = menu->actions().value(0);
        const QStringList suggestions = m_spelling.suggestions(text);
        if (suggestions.isEmpty()) {
            auto* none = new QAction(tr("No suggestions"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        for (const QString& suggestion : suggestions) {
            auto* action = new QAction(suggestion, menu.get());
            action->setObjectName(QStringLiteral("spellSuggestion"));
            connect(action, &QAction::triggered, this, [this, blockStart, start, end, suggestion] {
                QTextCursor replace(document());
                replace.setPosition(blockStart + start);
                replace.setPosition(blockStart + end, QTextCursor::KeepAnchor);
                replace.insertText(suggestion);
            });
            menu->insertAction(first, action);
        }
        auto* add = new QAction(tr("Add “%1” to Dictionary").arg(text), menu.get());
        add->setObjectName(QStringLiteral("addToDictionary"));
        connect(add, &QAction::triggered, this, [this, text] {
            if (m_spelling.addToPersonalDictionary(text)) {
                m_highlighter->rehighlight();
                Q_EMIT wordAddedToDictionary(text);
            }
        });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

void MarkdownEditor::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT focusLost();
}

} // namespace longhand
