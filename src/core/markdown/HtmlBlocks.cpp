#include "core/markdown/HtmlBlocks.h"

#include "core/markdown/MarkdownRenderer.h"

#include <QRegularExpression>
#include <algorithm>
#include <gumbo.h>
#include <map>
#include <memory>
#include <vector>

namespace longhand::htmlblocks {

namespace {

// gumbo's time grows with the square of the nesting (its scope checks walk the stack of open elements) and it frees
// the tree recursively, as the converters below walk it; remote HTML nested deeper than this, or larger, is not
// parsed: it is one block, equal only to the same text, that Markdown cannot carry (so a merge makes it a conflict).
constexpr int kMaxNesting = 400;
constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;

// An upper bound of how deep the elements nest: tags opened minus tags closed, at the deepest point.
bool tooDeepOrLarge(const QString& html)
{
    if (html.size() > kMaxBytes) {
        return true;
    }
    int depth = 0;
    int deepest = 0;
    for (qsizetype i = 0; i + 1 < html.size(); ++i) {
        if (html.at(i) != u'<') {
            continue;
        }
        const QChar next = html.at(i + 1);
        if (next == u'/') {
            --depth;
        } else if (next.isLetter()) {
            deepest = std::max(deepest, ++depth);
        }
    }
    return deepest > kMaxNesting;
}

const GumboOptions& parseOptions()
{
    static const GumboOptions options = [] {
        GumboOptions o = kGumboDefaultOptions;
        o.max_errors = 0;
        o.fragment_context = GUMBO_TAG_BODY; // a post's text is the inside of its <body>
        o.fragment_namespace = GUMBO_NAMESPACE_HTML;
        return o;
    }();
    return options;
}


QList<const GumboNode*> childrenOf(const GumboNode* node)
{
    QList<const GumboNode*> children;
    if (node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)) {
        const GumboVector& vector = node->v.element.children;
        for (unsigned i = 0; i < vector.length; ++i) {
            children.append(static_cast<const GumboNode*>(vector.data[i]));
        }
    }
    return children;
}

QString tagName(const GumboNode* node)
{
    const GumboElement& element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN) {
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    }
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

bool isInlineTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

bool isText(const GumboNode* node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA;
}

bool isInline(const GumboNode* node)
{
    return isText(node) || (node->type == GUMBO_NODE_ELEMENT && isInlineTag(node->v.element.tag));
}

bool isBlock(const GumboNode* node)
{
    return node && !isInline(node);
}

bool isVoid(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

size_t startOffset(const GumboNode* node)
{
    switch (node->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return node->v.element.start_pos.offset;
    case GUMBO_NODE_DOCUMENT:
        return 0;
    default:
        return node->v.text.start_pos.offset;
    }
}

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&') {
            out += QLatin1String("&amp;");
        } else if (c == u'<') {
            out += QLatin1String("&lt;");
        } else if (c == u'>') {
            out += QLatin1String("&gt;");
        } else {
            out += c;
        }
    }
    return out;
}

QString collapsed(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("[ \\t\\n\\r\\f]+"));
    QString out = text;
    out.replace(space, QStringLiteral(" "));
    return out;
}

// ---- canonical form ----------------------------------------------------------------------------

void serialize(const GumboNode* node, QString& out, bool inPre);

void serializeChildren(const QList<const GumboNode*>& children, QString& out, bool inPre)
{
    for (qsizetype i = 0; i < children.size(); ++i) {
        const GumboNode* child = children.at(i);
        if (isText(child) && !inPre) {
            QString text = collapsed(QString::fromUtf8(child->v.text.text));
            if (text.trimmed().isEmpty()
                && (i == 0 || i + 1 == children.size() || isBlock(children.at(i - 1)) || isBlock(children.at(i + 1)))) {
                continue; // layout white space between blocks
            }
            const auto isBreak
                = [](const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BR; };
            if (i == 0 || isBlock(children.at(i - 1)) || isBreak(children.at(i - 1))) {
                while (text.startsWith(u' ')) {
                    text.remove(0, 1);
                }
            }
            if (i + 1 == children.size() || isBlock(children.at(i + 1)) || isBreak(children.at(i + 1))) {
                while (text.endsWith(u' ')) {
                    text.chop(1);
                }
            }
            out += escapeText(text);
            continue;
        }
        serialize(child, out, inPre);
    }
}

void serialize(const GumboNode* node, QString& out, bool inPre)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        out += escapeText(QString::fromUtf8(node->v.text.text));
        return;
    case GUMBO_NODE_COMMENT:
        out += QLatin1String("<!--") + QString::fromUtf8(node->v.text.text) + QLatin1String("-->");
        return;
    case GUMBO_NODE_DOCUMENT:
        return;
    default:
        break;
    }
    const GumboElement& element = node->v.element;
    const bool implied = element.original_tag.length == 0
        && (element.tag == GUMBO_TAG_HTML || element.tag == GUMBO_TAG_HEAD || element.tag == GUMBO_TAG_BODY);
    if (implied) {
        serializeChildren(childrenOf(node), out, inPre);
        return;
    }
    const QString name = tagName(node);
    std::map<QString, QString> attributes;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
        attributes.emplace(QString::fromUtf8(attribute->name).toLower(), QString::fromUtf8(attribute->value));
    }
    out += QLatin1Char('<') + name;
    for (const auto& [key, value] : attributes) {
        QString escaped = escapeText(value);
        escaped.replace(QLatin1Char('"'), QLatin1String("&quot;"));
        out += QLatin1Char(' ') + key + QLatin1String("=\"") + escaped + QLatin1Char('"');
    }
    out += QLatin1Char('>');
    if (isVoid(element.tag)) {
        return;
    }
    serializeChildren(childrenOf(node), out, inPre || element.tag == GUMBO_TAG_PRE);
    out += QLatin1String("</") + name + QLatin1Char('>');
}

// ---- HTML to Markdown ---------------------------------------------------------------------------

QString attribute(const GumboNode* node, const char* name)
{
    const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

bool onlyAttributes(const GumboNode* node, std::initializer_list<const char*> allowed)
{
    const GumboVector& attributes = node->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
        if (std::none_of(allowed.begin(), allowed.end(),
                [attribute](const char* name) { return qstrcmp(attribute->name, name) == 0; })) {
            return false;
        }
    }
    return true;
}

QString escapeMarkdown(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_[]<>&!#|");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c)) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

QString linkDestination(const QString& url)
{
    if (url.contains(u'<') || url.contains(u'>') || url.contains(u'\n')) {
        return {};
    }
    return QLatin1Char('<') + url + QLatin1Char('>');
}

QString linkTitle(const QString& title)
{
    if (title.isEmpty()) {
        return {};
    }
    QString escaped = title;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1String(" \"") + escaped + QLatin1Char('"');
}

std::optional<QString> inlines(const QList<const GumboNode*>& nodes);

std::optional<QString> wrapped(const QList<const GumboNode*>& nodes, const QString& mark)
{
    const auto inner = inlines(nodes);
    if (!inner || inner->isEmpty() || inner->front().isSpace() || inner->back().isSpace()) {
        return std::nullopt;
    }
    return mark + *inner + mark;
}

std::optional<QString> inlineNode(const GumboNode* node)
{
    if (isText(node)) {
        return escapeMarkdown(collapsed(QString::fromUtf8(node->v.text.text)));
    }
    if (node->type != GUMBO_NODE_ELEMENT) {
        return std::nullopt; // a comment inside a paragraph: kept as raw HTML instead
    }
    const QList<const GumboNode*> children = childrenOf(node);
    switch (node->v.element.tag) {
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
        return onlyAttributes(node, {}) ? wrapped(children, QStringLiteral("*")) : std::nullopt;
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
        return onlyAttributes(node, {}) ? wrapped(children, QStringLiteral("**")) : std::nullopt;
    case GUMBO_TAG_BR:
        return onlyAttributes(node, {}) ? std::optional<QString>(QStringLiteral("\\\n")) : std::nullopt;
    case GUMBO_TAG_CODE: {
        if (!onlyAttributes(node, {}) || children.size() != 1 || !isText(children.first())) {
            return std::nullopt;
        }
        const QString text = QString::fromUtf8(children.first()->v.text.text);
        QString fence = QStringLiteral("`");
        while (text.contains(fence)) {
            fence += QLatin1Char('`');
        }
        const bool pad = text.startsWith(u'`') || text.endsWith(u'`') || text.startsWith(u' ');
        return fence + (pad ? QStringLiteral(" ") : QString()) + text + (pad ? QStringLiteral(" ") : QString()) + fence;
    }
    case GUMBO_TAG_A: {
        const QString destination = linkDestination(attribute(node, "href"));
        if (!onlyAttributes(node, { "href", "title" }) || destination.isEmpty()) {
            return std::nullopt;
        }
        const auto text = inlines(children);
        return text ? std::optional<QString>(QLatin1Char('[') + *text + QLatin1String("](") + destination
                   + linkTitle(attribute(node, "title")) + QLatin1Char(')'))
                    : std::nullopt;
    }
    case GUMBO_TAG_IMG: {
        const QString destination = linkDestination(attribute(node, "src"));
        if (!onlyAttributes(node, { "src", "alt", "title" }) || destination.isEmpty()) {
            return std::nullopt;
        }
        return QLatin1String("![") + escapeMarkdown(attribute(node, "alt")) + QLatin1String("](") + destination
            + linkTitle(attribute(node, "title")) + QLatin1Char(')');
    }
    default:
        return std::nullopt;
    }
}

std::optional<QString> inlines(const QList<const GumboNode*>& nodes)
{
    QString out;
    for (const GumboNode* node : nodes) {
        const auto part = inlineNode(node);
        if (!part) {
            return std::nullopt;
        }
        out += *part;
    }
    return out;
}

// A paragraph's or heading's text: one line (but for hard breaks), nothing at its start that would make it a list,
// a heading or a quote.
std::optional<QString> lineText(const QList<const GumboNode*>& nodes)
{
    auto text = inlines(nodes);
    if (!text) {
        return std::nullopt;
    }
    *text = text->trimmed();
    static const QRegularExpression orderedStart(QStringLiteral("^(\\d{1,9})([.)])"));
    if (text->startsWith(u'-') || text->startsWith(u'+') || text->startsWith(u'=')) {
        text->prepend(QLatin1Char('\\'));
    } else if (const auto match = orderedStart.match(*text); match.hasMatch()) {
        text->insert(match.capturedLength(1), QLatin1Char('\\'));
    }
    return text;
}

QString prefixed(const QString& text, const QString& first, const QString& rest)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& prefix = i == 0 ? first : rest;
        lines[i] = lines.at(i).isEmpty() ? prefix.trimmed() : prefix + lines.at(i);
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<QString> blocks(const QList<const GumboNode*>& nodes);

std::optional<QString> listItems(const GumboNode* list, bool ordered)
{
    QStringList items;
    bool loose = false;
    int number = ordered && !attribute(list, "start").isEmpty() ? attribute(list, "start").toInt() : 1;
    const bool numbered = onlyAttributes(
        list, ordered ? std::initializer_list<const char*> { "start" } : std::initializer_list<const char*> {});
    if (!numbered) {
        return std::nullopt;
    }
    for (const GumboNode* item : childrenOf(list)) {
        if (isText(item) && QString::fromUtf8(item->v.text.text).trimmed().isEmpty()) {
            continue;
        }
        if (item->type != GUMBO_NODE_ELEMENT || item->v.element.tag != GUMBO_TAG_LI || !onlyAttributes(item, {})) {
            return std::nullopt;
        }
        const QList<const GumboNode*> children = childrenOf(item);
        const bool hasBlocks
            = std::any_of(children.cbegin(), children.cend(), [](const GumboNode* n) { return !isInline(n); });
        loose = loose || hasBlocks;
        const auto content = hasBlocks ? blocks(children) : lineText(children);
        if (!content) {
            return std::nullopt;
        }
        const QString marker = ordered ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("- ");
        items.append(prefixed(*content, marker, QString(marker.size(), QLatin1Char(' '))));
    }
    if (items.isEmpty()) {
        return std::nullopt;
    }
    return items.join(loose ? QStringLiteral("\n\n") : QStringLiteral("\n"));
}

std::optional<QString> block(const GumboNode* node)
{
    if (node->type != GUMBO_NODE_ELEMENT) {
        return std::nullopt;
    }
    const GumboTag tag = node->v.element.tag;
    const QList<const GumboNode*> children = childrenOf(node);
    switch (tag) {
    case GUMBO_TAG_P:
        return onlyAttributes(node, {}) ? lineText(children) : std::nullopt;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: {
        const auto text = onlyAttributes(node, {}) ? lineText(children) : std::nullopt;
        if (!text || text->contains(u'\n')) {
            return std::nullopt;
        }
        return QString(int(tag - GUMBO_TAG_H1) + 1, QLatin1Char('#')) + QLatin1Char(' ') + *text;
    }
    case GUMBO_TAG_HR:
        return onlyAttributes(node, {}) ? std::optional<QString>(QStringLiteral("* * *")) : std::nullopt;
    case GUMBO_TAG_BLOCKQUOTE: {
        const auto inner = onlyAttributes(node, {}) ? blocks(children) : std::nullopt;
        return inner ? std::optional<QString>(prefixed(*inner, QStringLiteral("> "), QStringLiteral("> ")))
                     : std::nullopt;
    }
    case GUMBO_TAG_DETAILS: {
        // A spoiler: "> [!spoiler] summary" and its content quoted.
        QList<const GumboNode*> rest = children;
        while (!rest.isEmpty() && isText(rest.first())
            && QString::fromUtf8(rest.first()->v.text.text).trimmed().isEmpty()) {
            rest.removeFirst();
        }
        if (!onlyAttributes(node, {}) || rest.isEmpty() || rest.first()->type != GUMBO_NODE_ELEMENT
            || rest.first()->v.element.tag != GUMBO_TAG_SUMMARY) {
            return std::nullopt;
        }
        const auto summary = lineText(childrenOf(rest.takeFirst()));
        const auto inner = blocks(rest);
        if (!summary || summary->contains(u'\n') || !inner) {
            return std::nullopt;
        }
        const QString text
            = QLatin1String("[!spoiler] ") + *summary + (inner->isEmpty() ? QString() : QLatin1Char('\n') + *inner);
        return prefixed(text, QStringLiteral("> "), QStringLiteral("> "));
    }
    case GUMBO_TAG_PRE: {
        const GumboNode* code = children.size() == 1 ? children.first() : nullptr;
        if (!onlyAttributes(node, {}) || !code || code->type != GUMBO_NODE_ELEMENT
            || code->v.element.tag != GUMBO_TAG_CODE || !onlyAttributes(code, { "class" })) {
            return std::nullopt;
        }
        const QList<const GumboNode*> texts = childrenOf(code);
        if (texts.size() > 1 || (texts.size() == 1 && !isText(texts.first()))) {
            return std::nullopt;
        }
        QString text = texts.isEmpty() ? QString() : QString::fromUtf8(texts.first()->v.text.text);
        QString language = attribute(code, "class");
        if (!language.isEmpty() && !language.startsWith(QLatin1String("language-"))) {
            return std::nullopt;
        }
        language = language.mid(9);
        QString fence = QStringLiteral("```");
        while (text.contains(fence)) {
            fence += QLatin1Char('`');
        }
        if (text.endsWith(u'\n')) {
            text.chop(1);
        }
        return fence + language + QLatin1Char('\n') + text + (text.isEmpty() ? QString() : QStringLiteral("\n"))
            + fence;
    }
    case GUMBO_TAG_UL:
        return listItems(node, false);
    case GUMBO_TAG_OL:
        return listItems(node, true);
    default:
        return std::nullopt;
    }
}

std::optional<QString> blocks(const QList<const GumboNode*>& nodes)
{
    QStringList out;
    QList<const GumboNode*> run;
    const auto flush = [&out, &run]() -> bool {
        const bool blank = std::all_of(run.cbegin(), run.cend(),
            [](const GumboNode* n) { return isText(n) && QString::fromUtf8(n->v.text.text).trimmed().isEmpty(); });
        if (!blank) {
            const auto paragraph = lineText(run);
            if (!paragraph) {
                return false;
            }
            out.append(*paragraph);
        }
        run.clear();
        return true;
    };
    for (const GumboNode* node : nodes) {
        if (isInline(node)) {
            run.append(node);
            continue;
        }
        if (!flush()) {
            return std::nullopt;
        }
        const auto converted = block(node);
        if (!converted) {
            return std::nullopt;
        }
        out.append(*converted);
    }
    if (!flush()) {
        return std::nullopt;
    }
    return out.join(QStringLiteral("\n\n"));
}

bool rendersAs(const QString& markdown, const QString& expectedCanonical)
{
    RenderOptions options;
    options.target = RenderOptions::Target::Blog;
    return canonical(MarkdownRenderer::render(markdown, options).html) == expectedCanonical;
}

} // namespace

void ParsedHtml::OutputDeleter::operator()(GumboInternalOutput* output) const
{
    gumbo_destroy_output(&parseOptions(), output);
}

ParsedHtml parse(const QString& html)
{
    ParsedHtml parsed;
    parsed.utf8 = html.toUtf8();
    parsed.output.reset(gumbo_parse_with_options(&parseOptions(), parsed.utf8.constData(), size_t(parsed.utf8.size())));
    return parsed;
}

bool parseable(const QString& html)
{
    return !tooDeepOrLarge(html);
}

QStringList split(const QString& html)
{
    if (tooDeepOrLarge(html)) {
        return html.trimmed().isEmpty() ? QStringList() : QStringList { html.trimmed() };
    }
    const ParsedHtml parsed = parse(html);
    if (!parsed.output || !parsed.output->root) {
        return html.trimmed().isEmpty() ? QStringList() : QStringList { html.trimmed() };
    }
    // Where each top-level block, comment and run of inline content begins.
    std::vector<size_t> starts;
    bool previousInline = false;
    for (const GumboNode* node : childrenOf(parsed.output->root)) {
        if (isText(node) && QString::fromUtf8(node->v.text.text).trimmed().isEmpty()) {
            continue;
        }
        const bool inlineNode = isInline(node);
        if (!inlineNode || !previousInline) {
            starts.push_back(startOffset(node));
        }
        previousInline = inlineNode;
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    if (starts.empty() || starts.front() != 0) {
        starts.insert(starts.begin(), 0); // anything before the first node stays with it
    }
    QStringList blocks;
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    for (size_t i = 0; i < starts.size(); ++i) {
        const size_t from = std::min<size_t>(starts[i], size_t(parsed.utf8.size()));
        const size_t to = i + 1 < starts.size() ? std::min<size_t>(starts[i + 1], size_t(parsed.utf8.size()))
                                                : size_t(parsed.utf8.size());
        const QString text = QString::fromUtf8(parsed.utf8.mid(qsizetype(from), qsizetype(to - from))).trimmed();
        if (text.isEmpty()) {
            continue;
        }
        if (!text.startsWith(u'<') && !text.contains(u'<')) {
            // Paragraphs of plain text separated by blank lines (wpautop makes each a <p>).
            for (const QString& part : text.split(blankLine, Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty()) {
                    blocks.append(part.trimmed());
                }
            }
            continue;
        }
        blocks.append(text);
    }
    return blocks;
}

QString canonical(const QString& html)
{
    if (tooDeepOrLarge(html)) {
        return QStringLiteral("\u0001unparsed:") + html.trimmed(); // never equal to a parsed block's form
    }
    const ParsedHtml parsed = parse(html);
    if (!parsed.output || !parsed.output->root) {
        return collapsed(html).trimmed();
    }
    // Top-level runs of inline content are paragraphs on the blog (wpautop).
    QString out;
    QList<const GumboNode*> run;
    const auto flush = [&out, &run] {
        QString inner;
        serializeChildren(run, inner, false);
        if (!inner.isEmpty()) {
            out += QLatin1String("<p>") + inner + QLatin1String("</p>");
        }
        run.clear();
    };
    for (const GumboNode* node : childrenOf(parsed.output->root)) {
        if (isInline(node)) {
            run.append(node);
            continue;
        }
        flush();
        serialize(node, out, false);
    }
    flush();
    return out;
}

std::optional<QString> toMarkdown(const QString& block)
{
    if (tooDeepOrLarge(block)) {
        return std::nullopt;
    }
    const QString expected = canonical(block);
    if (expected.isEmpty()) {
        return QString();
    }
    const ParsedHtml parsed = parse(block);
    if (parsed.output && parsed.output->root) {
        if (const auto markdown = blocks(childrenOf(parsed.output->root)); markdown && rendersAs(*markdown, expected)) {
            return markdown;
        }
    }
    // As raw HTML, which cmark passes through; a blank line would end the HTML block, so blank lines go
    // (they mean nothing in HTML) unless the block holds text where they do.
    QString raw = block.trimmed();
    static const QRegularExpression keepsSpace(
        QStringLiteral("<(pre|textarea|script|style)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (!keepsSpace.match(raw).hasMatch()) {
        static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*(?=\\n)"));
        raw.replace(blankLines, QString());
    }
    if (rendersAs(raw, expected)) {
        return raw;
    }
    return std::nullopt;
}

} // namespace longhand::htmlblocks
