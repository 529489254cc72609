#include "gui/editor/MarkdownHighlighter.h"

#include "core/markdown/BlockSerializer.h"
#include "core/spelling/SpellChecker.h"
#include "gui/ThemeColors.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace longhand {

namespace {

const QRegularExpression& fencePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\s{0,3}(```|~~~)"));
    return re;
}

} // namespace

const QRegularExpression& MarkdownHighlighter::wordPattern()
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}][\\p{L}\\p{M}'\u2019]*[\\p{L}\\p{M}]|[\\p{L}]"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QStringList MarkdownHighlighter::checkableWords(const QString& text)
{
    QStringList words;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        words.append(it.next().captured());
    }
    return words;
}

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document, SpellChecker* spelling)
    : QSyntaxHighlighter(document)
    , m_spelling(spelling)
{
    setColours(QGuiApplication::palette());
}

void MarkdownHighlighter::setColours(const QPalette& palette)
{
    const QColor accent = ThemeColors::accent(palette);
    const QColor muted = ThemeColors::muted(palette);
    m_misspelt = ThemeColors::danger(palette);

    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(accent);
    m_emphasis.setFontItalic(true);
    m_strong.setFontWeight(QFont::Bold);
    m_code.setFontFamilies({QStringLiteral("monospace")});
    m_code.setForeground(ThemeColors::code(palette));
    m_link.setForeground(accent);
    m_link.setFontUnderline(true);
    m_quote.setForeground(muted);
    m_quote.setFontItalic(true);
    m_listMarker.setForeground(accent);
    m_listMarker.setFontWeight(QFont::Bold);
    m_markup.setForeground(muted);
    // Faint: half-way between the muted colour and the background, so the text of the blocks leads.
    const QColor base = palette.color(QPalette::Base);
    m_delimiter = QTextCharFormat();
    m_delimiter.setForeground(QColor((muted.red() + base.red()) / 2, (muted.green() + base.green()) / 2,
                                     (muted.blue() + base.blue()) / 2));
    if (document()) {
        rehighlight();
    }
}

void MarkdownHighlighter::setHtmlSource(bool html, bool smallDelimiters)
{
    if (m_htmlSource == html) {
        return;
    }
    m_htmlSource = html;
    if (document()) {
        const QFont font = document()->defaultFont(); // the editor's, set after this highlighter was made
        if (smallDelimiters && font.pointSizeF() > 0) {
            m_delimiter.setFontPointSize(font.pointSizeF() * 0.8);
        } else {
            m_delimiter.clearProperty(QTextFormat::FontPointSize);
        }
        rehighlight();
    }
}

void MarkdownHighlighter::setSpellCheckEnabled(bool enabled)
{
    if (m_spellCheck == enabled) {
        return;
    }
    m_spellCheck = enabled;
    rehighlight();
}

QList<std::pair<int, int>> MarkdownHighlighter::delimiterRanges(const QString& line)
{
    QList<std::pair<int, int>> ranges;
    if (!line.contains(QLatin1String("wp:"))) {
        return ranges;
    }
    for (auto it = BlockSerializer::delimiterPattern().globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ranges.append({ int(m.capturedStart()), int(m.capturedLength()) });
    }
    return ranges;
}

void MarkdownHighlighter::highlightHtml(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_markup);
    }
    for (const auto& [start, length] : delimiterRanges(text)) {
        setFormat(start, length, m_delimiter);
    }
}

void MarkdownHighlighter::highlightBlock(const QString& text)
{
    if (m_htmlSource) {
        setCurrentBlockState(Normal);
        highlightHtml(text);
        if (m_spellCheck && m_spelling && m_spelling->isReady()) {
            applySpelling(text);
        }
        return;
    }
    const bool wasInFence = previousBlockState() == InFence;
    if (fencePattern().match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(wasInFence ? Normal : InFence);
        return;
    }
    if (wasInFence) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(InFence);
        return;
    }
    setCurrentBlockState(Normal);

    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}(\\s|$)"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>"));
    static const QRegularExpression list(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])\\s"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
    } else if (quote.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_quote);
    } else if (const auto marker = list.match(text); marker.hasMatch()) {
        setFormat(0, int(marker.capturedLength()), m_listMarker);
    }
    applyInlineRules(text);
    if (m_spellCheck && m_spelling && m_spelling->isReady()) {
        applySpelling(text);
    }
}

void MarkdownHighlighter::mergeFormat(int start, int length, const QTextCharFormat& extra)
{
    for (int i = start; i < start + length; ++i) {
        QTextCharFormat merged = format(i);
        merged.merge(extra);
        setFormat(i, 1, merged);
    }
}

void MarkdownHighlighter::applyInlineRules(const QString& text)
{
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![*_\\w])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![*_\\w])"));
    static const QRegularExpression code(QStringLiteral("`[^`]+`"));
    static const QRegularExpression link(QStringLiteral("!?\\[[^\\]]*\\]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)|<https?://[^>\\s]+>"));

    for (auto it = strong.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()), m_strong);
    }
    for (auto it = emphasis.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()), m_emphasis);
    }
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_link);
    }
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_code);
    }
}

void MarkdownHighlighter::applySpelling(const QString& text)
{
    static const QRegularExpression skip(QStringLiteral("`[^`]*`|\\]\\([^)]*\\)|<[^>]*>|https?://\\S+"));
    QList<std::pair<int, int>> skipped;
    for (auto it = skip.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        skipped.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart());
        const bool inSkipped = std::any_of(skipped.cbegin(), skipped.cend(),
                                           [start](const auto& range) { return start >= range.first && start < range.second; });
        if (inSkipped || m_spelling->isCorrect(m.captured())) {
            continue;
        }
        QTextCharFormat misspelt;
        misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        misspelt.setUnderlineColor(m_misspelt);
        mergeFormat(start, int(m.capturedLength()), misspelt);
    }
}

} // namespace longhand
