#include "core/markdown/WebPost.h"

#include "core/markdown/BlockSerializer.h"
#include "core/markdown/HtmlBlocks.h"
#include "core/markdown/TextStats.h"

#include <QRegularExpression>
#include <gumbo.h>

namespace longhand::webpost {

namespace {

bool endsWord(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_U:
        return false; // "<em>un</em>done" is one word
    default:
        return true;
    }
}

// Iterative, so that deep nesting cannot exhaust the stack (parseable() bounds it anyway).
void countText(const GumboNode* root, WordCounter& counter)
{
    std::vector<const GumboNode*> stack { root };
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (!node) {
            counter.breakWord(); // the end of an element that ends a word
            continue;
        }
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            counter.feedUtf8(node->v.text.text, qstrlen(node->v.text.text));
            continue;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
        case GUMBO_NODE_DOCUMENT:
            break;
        default:
            continue; // comments: block delimiters and notes no reader sees
        }
        if (node->type == GUMBO_NODE_DOCUMENT) {
            const GumboVector& children = node->v.document.children;
            for (unsigned i = children.length; i > 0; --i) {
                stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
            }
            continue;
        }
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE
            || node->type == GUMBO_NODE_TEMPLATE) {
            continue;
        }
        const bool ends = endsWord(tag);
        if (ends) {
            counter.breakWord();
            stack.push_back(nullptr);
        }
        const GumboVector& children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i) {
            stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
        }
    }
}

// HTML too deep or large for gumbo: comments and tags cut out by pattern, entities left as they are.
int countByPattern(const QString& html)
{
    static const QRegularExpression markup(
        QStringLiteral("<!--.*?(-->|$)|<[^>]*(>|$)"), QRegularExpression::DotMatchesEverythingOption);
    WordCounter counter;
    qsizetype from = 0;
    for (auto it = markup.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        counter.feed(html.mid(from, m.capturedStart() - from));
        counter.breakWord();
        from = m.capturedEnd();
    }
    counter.feed(html.mid(from));
    return counter.words();
}

// What a top-level piece is called where it stays HTML: its block's name (core/ dropped, as the editor names it),
// "classic" for HTML between blocks, else its first element.
QString pieceName(const QString& piece, bool blockPost)
{
    // A whole opening delimiter (an unterminated one is HTML between blocks: "classic").
    const QRegularExpressionMatch m = BlockSerializer::delimiterPattern().match(
        piece, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch() && m.captured(1).isEmpty()) {
        const QString space = m.captured(2);
        return space.isEmpty() || space == QLatin1String("core/") ? m.captured(3) : space + m.captured(3);
    }
    if (blockPost) {
        return QStringLiteral("classic");
    }
    static const QRegularExpression element(QStringLiteral("^<([a-zA-Z][a-zA-Z0-9-]*)"));
    if (const QRegularExpressionMatch m = element.match(piece); m.hasMatch()) {
        return m.captured(1).toLower(); // no angle brackets: a tooltip would take "<div>" for rich text
    }
    return piece.startsWith(QLatin1String("<!--")) ? QStringLiteral("comment") : QStringLiteral("text");
}

// The classes the block editor gives a block's element (blockquote.wp-block-quote, hr.wp-block-separator,
// h2.wp-block-heading…), which BlockSerializer writes again: without them the element is one Markdown has. A code
// block's language class (pre.wp-block-code.language-X, BlockSerializer's className) goes where Markdown writes it,
// on <code>, and its text gets the line end a fence's text has (the code block saves none, and the serializer takes
// it off again). Only a try: the result is checked.
QString withoutEditorClasses(const QString& html)
{
    static const QRegularExpression codeLanguage(
        QStringLiteral("<pre class=\"wp-block-code language-([a-z0-9+#-]+)\"><code>"));
    static const QRegularExpression codeEnd(QStringLiteral("(?<!\\n)</code></pre>"));
    static const QRegularExpression editorClasses(
        QStringLiteral("\\s+class=\"(?:wp-block-[a-z0-9-]+|has-alpha-channel-opacity)(?:\\s+(?:wp-block-[a-z0-9-]+|"
                       "has-alpha-channel-opacity))*\""));
    QString out = html;
    out.replace(codeLanguage, QStringLiteral("<pre><code class=\"language-\\1\">"));
    out.replace(codeEnd, QStringLiteral("\n</code></pre>"));
    out.replace(editorClasses, QString());
    return out;
}

bool hasBlocks(const QString& html)
{
    if (BlockSerializer::isBlockMarkup(html)) {
        return true;
    }
    for (auto it = BlockSerializer::delimiterPattern().globalMatch(html); it.hasNext();) {
        if (it.next().captured(1).isEmpty()) {
            return true; // an opening delimiter, after loose HTML or a stray closer
        }
    }
    return false;
}

// Two lists of the same kind side by side are one list in Markdown unless their markers differ ("-" then "*",
// "1." then "1)"): every other one of such a run gets the other marker. Only its own top-level items start a line at
// column 0 (htmlblocks::toMarkdown indents the rest).
void keepListsApart(QStringList& pieces)
{
    static const QRegularExpression bullet(QStringLiteral("^- "), QRegularExpression::MultilineOption);
    static const QRegularExpression ordered(QStringLiteral("^(\\d{1,9})\\. "), QRegularExpression::MultilineOption);
    enum class Kind { Other, Bullets, Numbers };
    const auto kindOf = [](const QString& piece) {
        if (piece.startsWith(QLatin1String("- "))) {
            return Kind::Bullets;
        }
        return ordered.match(piece).capturedStart() == 0 ? Kind::Numbers : Kind::Other;
    };
    Kind previous = Kind::Other;
    bool previousSwitched = false;
    for (QString& piece : pieces) {
        const Kind kind = kindOf(piece);
        const bool switchThis = kind != Kind::Other && kind == previous && !previousSwitched;
        if (switchThis) {
            piece.replace(bullet, QStringLiteral("* "));
            piece.replace(ordered, QStringLiteral("\\1) "));
        }
        previous = kind;
        previousSwitched = switchThis;
    }
}

RenderOptions publishOptions(bool blockMarkup, const BlockSupport& support)
{
    RenderOptions options;
    options.target = RenderOptions::Target::Blog;
    options.blockMarkup = blockMarkup;
    options.blockSupport = support;
    return options;
}

} // namespace

int countWords(const QString& html)
{
    if (!htmlblocks::parseable(html)) {
        return countByPattern(html);
    }
    const htmlblocks::ParsedHtml parsed = htmlblocks::parse(html);
    if (!parsed.output || !parsed.output->root) {
        return countByPattern(html);
    }
    WordCounter counter;
    countText(parsed.output->root, counter);
    return counter.words();
}

Conversion toMarkdown(const QString& html, bool blockMarkup, const BlockSupport& support)
{
    Conversion result;
    const bool blockPost = hasBlocks(html);
    result.blockPost = blockPost;
    const QStringList pieces = blockPost ? BlockSerializer::splitTopLevel(html) : htmlblocks::split(html);
    result.blocks = int(pieces.size());
    if (pieces.isEmpty()) {
        return result; // Obstacle::Empty
    }
    if (blockPost && !blockMarkup) {
        result.obstacle = Obstacle::PlainHtmlBlog; // the Markdown would go out without the delimiters
        return result;
    }
    const RenderOptions options = publishOptions(blockMarkup, support);
    // A classic post published as blocks shows the same HTML in blocks of their own (the block editor then opens
    // them as blocks, no longer as one Classic block): compared without the delimiters it gains.
    const auto published = [&options, blockPost, blockMarkup](const QString& markdown) {
        const QString out = BlockSerializer::renderForBlog(markdown, options);
        return blockMarkup && !blockPost ? BlockSerializer::withoutDelimiters(out) : out;
    };
    QStringList markdown;
    for (const QString& piece : pieces) {
        const bool delimited = blockPost && piece.startsWith(QLatin1String("<!--"));
        const QString inner = delimited ? BlockSerializer::withoutDelimiters(piece) : piece;
        const QString expected = htmlblocks::canonical(piece);
        // The same block back: its Markdown, published alone, has the same canonical form as the piece (delimiters,
        // names and attributes are comments in it, compared as they are written).
        std::optional<QString> converted;
        for (const QString& candidate : { withoutEditorClasses(inner), inner }) {
            converted = htmlblocks::toMarkdown(candidate);
            if (converted && htmlblocks::canonical(published(*converted)) == expected) {
                break;
            }
            converted.reset();
        }
        if (!converted) {
            const QString name = pieceName(piece, blockPost);
            if (!result.keptAsHtml.contains(name)) {
                result.keptAsHtml.append(name);
            }
            continue;
        }
        markdown.append(*converted);
    }
    if (!result.keptAsHtml.isEmpty()) {
        result.obstacle = Obstacle::BlocksWithoutMarkdown;
        return result;
    }
    keepListsApart(markdown);
    const QString whole = markdown.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    if (htmlblocks::canonical(published(whole)) != htmlblocks::canonical(html)) {
        result.obstacle = Obstacle::BlocksRunTogether;
        return result;
    }
    result.obstacle = Obstacle::None;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        result.pairs.append({pieces.at(i).trimmed(), markdown.at(i).trimmed()});
    }
    result.markdown = whole;
    result.published = BlockSerializer::renderForBlog(whole, options);
    return result;
}

} // namespace longhand::webpost
