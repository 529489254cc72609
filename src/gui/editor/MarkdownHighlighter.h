#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QPalette>
#include <QTextCharFormat>

namespace longhand {

class SpellChecker;

// Markdown syntax colouring (headings, emphasis, links, quotes, lists, code) and, when a
// dictionary is loaded, red wavy underlines under misspelt words. QSyntaxHighlighter only
// re-runs the blocks that change, so typing costs one paragraph's worth of work.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    MarkdownHighlighter(QTextDocument* document, SpellChecker* spelling);

    void setSpellCheckEnabled(bool enabled);
    bool spellCheckEnabled() const { return m_spellCheck; }
    // Colours from the palette (ThemeColors); the editor calls it again when the palette changes.
    void setColours(const QPalette& palette);
    QTextCharFormat headingFormat() const { return m_heading; }
    QTextCharFormat codeFormat() const { return m_code; }
    QTextCharFormat linkFormat() const { return m_link; }
    QTextCharFormat quoteFormat() const { return m_quote; }
    // A post written on the web: HTML, not Markdown. Its tags are muted and its block delimiters
    // ("<!-- wp:paragraph -->", "<!-- /wp:paragraph -->") drawn as quiet markers, faint and small.
    // smallDelimiters false: faint only, at the text's size (lines then keep one height, for views lined up side by
    // side).
    void setHtmlSource(bool html, bool smallDelimiters = true);
    bool htmlSource() const { return m_htmlSource; }
    QTextCharFormat delimiterFormat() const { return m_delimiter; }
    // Where the block delimiters of one line are: start and length.
    static QList<std::pair<int, int>> delimiterRanges(const QString& line);

    // Words of a text that spell checking would look at (shared with the warm-up pass).
    static QStringList checkableWords(const QString& text);
    static const QRegularExpression& wordPattern();

protected:
    void highlightBlock(const QString& text) override;

private:
    enum BlockState { Normal = 0, InFence = 1 };

    void applyInlineRules(const QString& text);
    void highlightHtml(const QString& text);
    void applySpelling(const QString& text);
    void mergeFormat(int start, int length, const QTextCharFormat& format);

    SpellChecker* m_spelling;
    bool m_spellCheck = false;
    bool m_htmlSource = false;
    QTextCharFormat m_delimiter;
    QTextCharFormat m_heading;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_code;
    QTextCharFormat m_link;
    QTextCharFormat m_quote;
    QTextCharFormat m_listMarker;
    QTextCharFormat m_markup;
    QColor m_misspelt;
};

} // namespace longhand
