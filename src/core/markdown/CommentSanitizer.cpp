#include "core/markdown/CommentSanitizer.h"

#include <QUrl>

#include <gumbo.h>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace longhand {

namespace {

// Allowed elements nested deeper than this are flattened to their text, which bounds the depth of
// the output (at most this plus a <p> and a link-target <span>).
constexpr qsizetype kMaxDepth = 100;

// gumbo 0.10 has quadratic paths (scope checks walk the whole stack of open elements, duplicate
// attribute checks, "is this formatting element open" per character): 100,000 nested <div> take
// ~20 s, 100,000 attributes on one tag ~30 s. And gumbo_destroy_output() frees the tree recursively,
// so a few hundred thousand nested elements overflow the stack. Parsing the input in pieces of at
// most this size keeps the total linear, the worst piece at ~0.06 s and the tree under ~11,000
// levels. Nearly every comment is far shorter (WordPress refuses more than 65,525 bytes); a longer
// one is cut at a blank line, a line break or a tag where it can be, and markup open across a cut
// is closed there: safe, just less faithful.
constexpr qsizetype kChunkBytes = 32 * 1024;

// Link text longer than this is compared with the target only by its start.
constexpr qsizetype kMaxLinkText = 4096;

const QLatin1String kRel("nofollow noopener noreferrer");

const GumboOptions& parseOptions()
{
    static const GumboOptions options = [] {
        GumboOptions o = kGumboDefaultOptions;
        o.max_errors = 0; // each recorded error copies the stack of open elements: quadratic memory
        o.fragment_context = GUMBO_TAG_BODY; // as if set as the innerHTML of the comment's container
        o.fragment_namespace = GUMBO_NAMESPACE_HTML;
        return o;
    }();
    return options;
}

struct OutputDeleter
{
    void operator()(GumboOutput* output) const { gumbo_destroy_output(&parseOptions(), output); }
};
using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

// ---- text helpers -------------------------------------------------------------------------------

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f');
}

// Characters that XML (and so the output's well-formedness) does not allow, and that no reader needs.
bool isUnwantedControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F || u == 0xFFFE || u == 0xFFFF;
}

void appendEscaped(QString& out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        default:
            if (!isUnwantedControl(c)) {
                out += c;
            }
        }
    }
}

void appendPlain(QString& out, QStringView text)
{
    for (const QChar c : text) {
        if (!isUnwantedControl(c)) {
            out += c;
        }
    }
}

// What the URL standard removes before parsing: C0 controls and spaces around it, tabs and line
// breaks anywhere ("java\tscript:" is "javascript:").
QString cleanUrl(QStringView raw)
{
    QString cleaned;
    cleaned.reserve(raw.size());
    for (const QChar c : raw) {
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')) {
            cleaned += c;
        }
    }
    qsizetype begin = 0;
    qsizetype end = cleaned.size();
    while (begin < end && cleaned.at(begin).unicode() <= 0x20) {
        ++begin;
    }
    while (end > begin && cleaned.at(end - 1).unicode() <= 0x20) {
        --end;
    }
    return cleaned.mid(begin, end - begin);
}

// The re-encoded URL when it is an absolute http(s) URL with a host (and no user info, the
// "https://bank.example@evil.example/" trick) or a mailto: with an address; otherwise empty.
// gumbo has already decoded character references, so "&#x6A;avascript:" arrives as "javascript:".
QString safeUrl(QStringView raw)
{
    const QString cleaned = cleanUrl(raw);
    for (const QChar c : cleaned) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::ReplacementCharacter) {
            return {}; // NUL and other controls inside: no honest link has them
        }
    }
    const QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid() || url.isRelative()) {
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (url.host().isEmpty() || !url.userInfo().isEmpty()) {
            return {};
        }
    } else if (scheme == QLatin1String("mailto")) {
        if (url.path().isEmpty()) {
            return {};
        }
    } else {
        return {};
    }
    const QString encoded = QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
    // Belt and braces: what the browser will read must start with the scheme that was checked.
    if (!encoded.startsWith(scheme + QLatin1Char(':'), Qt::CaseInsensitive)
        || !cleaned.startsWith(scheme + QLatin1Char(':'), Qt::CaseInsensitive)) {
        return {};
    }
    return encoded;
}

// Link text and target compared the way a reader would: without the scheme and a trailing slash.
QString comparableTarget(QString text)
{
    text = text.trimmed();
    for (const auto prefix : { QLatin1String("https://"), QLatin1String("http://"), QLatin1String("mailto:") }) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            text.remove(0, prefix.size());
            break;
        }
    }
    if (text.endsWith(QLatin1Char('/'))) {
        text.chop(1);
    }
    return text;
}

bool textShowsTarget(const QString& text, const QString& target)
{
    const QString shown = comparableTarget(text);
    return shown.compare(comparableTarget(target), Qt::CaseInsensitive) == 0
        || shown.compare(comparableTarget(QUrl::fromPercentEncoding(target.toUtf8())), Qt::CaseInsensitive) == 0;
}

// Bare http(s):// URLs in visible text, as WordPress's make_clickable() would find them.
void collectBareUrls(QStringView text, QStringList& links)
{
    static constexpr QStringView kTrailing = u".,;:!?)]}'";
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(QLatin1String("http"), from, Qt::CaseInsensitive);
        if (at < 0) {
            return;
        }
        qsizetype p = at + 4;
        if (p < text.size() && (text.at(p) == QLatin1Char('s') || text.at(p) == QLatin1Char('S'))) {
            ++p;
        }
        from = p;
        if (!text.mid(p).startsWith(QLatin1String("://")) || (at > 0 && text.at(at - 1).isLetterOrNumber())) {
            continue;
        }
        qsizetype end = p + 3;
        while (end < text.size() && !isHtmlSpace(text.at(end)) && text.at(end).unicode() > 0x20
               && text.at(end) != QLatin1Char('<') && text.at(end) != QLatin1Char('>')
               && text.at(end) != QLatin1Char('"')) {
            ++end;
        }
        from = end;
        while (end > p + 3 && kTrailing.contains(text.at(end - 1))) {
            --end;
        }
        const QString url = safeUrl(text.mid(at, end - at));
        if (!url.isEmpty()) {
            links.append(url);
        }
    }
}

// ---- output -------------------------------------------------------------------------------------

// Builds the output from a stream of text, breaks and allowed elements. Breaks and white space are
// held back until more text follows, so nothing starts or ends with an empty line; allowed inline
// elements are opened only when text arrives inside them, so empty ones vanish. A blank line
// becomes a new <p> only when no inline element is open across it (else <br /><br />); a
// <blockquote> closes the inline elements open around it, which do not reopen after it.
class Writer
{
public:
    enum class Mode { Html, Plain };

    Writer(Mode mode, const CommentSanitizer::Options& options)
        : m_mode(mode)
        , m_paragraphs(mode == Mode::Html && options.paragraphs)
        , m_newlinesBreak(mode == Mode::Plain || options.paragraphs)
        , m_showTargets(options.showLinkTargets)
    {
    }

    void reserve(qsizetype size) { m_out.reserve(size); }

    void text(QStringView text)
    {
        qsizetype i = 0;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (m_newlinesBreak && c == QLatin1Char('\n')) {
                int newlines = 0;
                while (i < text.size() && isHtmlSpace(text.at(i))) {
                    newlines += text.at(i) == QLatin1Char('\n') ? 1 : 0;
                    ++i;
                }
                if (newlines >= 2) {
                    paragraphBreak();
                } else {
                    lineBreak();
                }
            } else if (isHtmlSpace(c)) {
                space(c);
                ++i;
            } else {
                qsizetype end = i;
                while (end < text.size() && !isHtmlSpace(text.at(end))) {
                    ++end;
                }
                content(text.mid(i, end - i));
                i = end;
            }
        }
    }

    void lineBreak()
    {
        ++m_pendingLines;
        m_pendingSpace.clear();
    }

    void paragraphBreak()
    {
        m_pendingParagraph = true;
        m_pendingSpace.clear();
    }

    // Between table cells: the words must not run together.
    void wordBreak()
    {
        if (m_lineHasContent && m_pendingSpace.isEmpty() && !m_pendingParagraph && m_pendingLines == 0) {
            m_pendingSpace = QStringLiteral(" ");
        }
    }

    bool canNest() const { return qsizetype(m_inlines.size()) + m_quoteDepth < kMaxDepth; }
    bool inLink() const { return m_linkIndex >= 0; }

    // False when nothing was opened (plain text, or too deep): the caller must not close it then.
    bool openInline(const char* name, QString openTag, QString linkTarget = {})
    {
        if (m_mode == Mode::Plain || !canNest()) {
            return false;
        }
        if (!linkTarget.isEmpty()) {
            m_linkIndex = qsizetype(m_inlines.size());
        }
        m_inlines.push_back({ QLatin1String(name), std::move(openTag), std::move(linkTarget), {}, State::Pending });
        return true;
    }

    void closeInline()
    {
        Inline& top = m_inlines.back();
        if (top.state == State::Open) {
            flushSpace(); // "<b>a </b>b" keeps its space inside
            closeTag(top);
            --m_openCount;
        }
        if (m_settled == qsizetype(m_inlines.size())) {
            --m_settled;
        }
        if (m_linkIndex == qsizetype(m_inlines.size()) - 1) {
            m_linkIndex = -1;
        }
        m_inlines.pop_back();
    }

    bool openBlockquote(const QString& openTag)
    {
        if (m_mode == Mode::Plain) {
            paragraphBreak();
            return false;
        }
        if (!canNest()) {
            return false;
        }
        blockBoundary();
        m_out += openTag;
        ++m_quoteDepth;
        return true;
    }

    void closeBlockquote()
    {
        blockBoundary();
        m_out += QLatin1String("</blockquote>");
        --m_quoteDepth;
    }

    QString finish()
    {
        blockBoundary();
        return std::move(m_out);
    }

private:
    enum class State { Pending, Open, Closed };
    struct Inline
    {
        QLatin1String name;
        QString openTag;
        QString linkTarget; // empty unless a link
        QString linkText;
        State state;
    };

    void space(QChar c)
    {
        if (!m_lineHasContent) {
            return; // leading white space of a paragraph or quote
        }
        if (m_mode == Mode::Plain) {
            m_pendingSpace = QStringLiteral(" ");
        } else {
            m_pendingSpace += c;
        }
    }

    void content(QStringView text)
    {
        flushBreaks();
        if (m_paragraphs && !m_paragraphOpen) {
            m_out += QLatin1String("<p>");
            m_paragraphOpen = true;
        }
        flushSpace();
        for (auto i = m_settled; i < qsizetype(m_inlines.size()); ++i) {
            m_out += m_inlines[size_t(i)].openTag;
            m_inlines[size_t(i)].state = State::Open;
            ++m_openCount;
        }
        m_settled = qsizetype(m_inlines.size());
        if (m_mode == Mode::Html) {
            appendEscaped(m_out, text);
        } else {
            appendPlain(m_out, text);
        }
        if (m_linkIndex >= 0) {
            appendLinkText(text);
        }
        m_lineHasContent = true;
    }

    void appendLinkText(QStringView text)
    {
        Inline& link = m_inlines[size_t(m_linkIndex)];
        if (link.state == State::Open && link.linkText.size() < kMaxLinkText) {
            link.linkText += text;
        }
    }

    void flushSpace()
    {
        if (m_pendingSpace.isEmpty()) {
            return;
        }
        if (m_mode == Mode::Html) {
            appendEscaped(m_out, m_pendingSpace);
        } else {
            m_out += m_pendingSpace;
        }
        if (m_linkIndex >= 0) {
            appendLinkText(m_pendingSpace);
        }
        m_pendingSpace.clear();
    }

    void flushBreaks()
    {
        if (m_lineHasContent && (m_pendingParagraph || m_pendingLines > 0)) {
            if (m_pendingParagraph && m_paragraphs && m_openCount == 0) {
                m_out += QLatin1String("</p>");
                m_paragraphOpen = false;
            } else {
                const int lines = m_pendingParagraph ? std::max(m_pendingLines, 2) : m_pendingLines;
                for (int i = 0; i < lines; ++i) {
                    m_out += m_mode == Mode::Html ? QLatin1String("<br />") : QLatin1String("\n");
                }
            }
            m_pendingSpace.clear(); // a new line starts without white space
        }
        m_pendingParagraph = false;
        m_pendingLines = 0;
    }

    void closeTag(const Inline& element)
    {
        m_out += QLatin1String("</") + element.name + QLatin1Char('>');
        if (m_showTargets && !element.linkTarget.isEmpty() && !textShowsTarget(element.linkText, element.linkTarget)) {
            m_out += QLatin1String(" <span class=\"link-target\">(");
            appendEscaped(m_out, element.linkTarget);
            m_out += QLatin1String(")</span>");
        }
    }

    // Before and after a blockquote, and at the end: nothing inline may stay open across it.
    void blockBoundary()
    {
        m_pendingSpace.clear();
        m_pendingLines = 0;
        m_pendingParagraph = false;
        for (auto i = qsizetype(m_inlines.size()) - 1; i >= 0 && m_openCount > 0; --i) {
            Inline& element = m_inlines[size_t(i)];
            if (element.state == State::Open) {
                closeTag(element);
                element.state = State::Closed;
                --m_openCount;
            }
        }
        if (m_paragraphOpen) {
            m_out += QLatin1String("</p>");
            m_paragraphOpen = false;
        }
        m_lineHasContent = false;
    }

    const Mode m_mode;
    const bool m_paragraphs;    // wrap in <p> (HTML with autop)
    const bool m_newlinesBreak; // newlines in text are line and paragraph breaks
    const bool m_showTargets;
    QString m_out;
    std::vector<Inline> m_inlines; // allowed inline elements open in the input, outermost first
    qsizetype m_settled = 0;       // m_inlines before this index are no longer Pending
    qsizetype m_openCount = 0;     // of m_inlines, those open in the output
    qsizetype m_linkIndex = -1;
    qsizetype m_quoteDepth = 0;
    QString m_pendingSpace;
    int m_pendingLines = 0;
    bool m_pendingParagraph = false;
    bool m_paragraphOpen = false;
    bool m_lineHasContent = false;
};

// ---- the walk over the parse tree ---------------------------------------------------------------

enum class Kind { Unwrap, Drop, Inline, Quote, Block, Cell, LineBreak };

Kind kindOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_ACRONYM: case GUMBO_TAG_B: case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE: case GUMBO_TAG_DEL: case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_Q:
    case GUMBO_TAG_S: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG:
        return Kind::Inline;
    case GUMBO_TAG_BLOCKQUOTE:
        return Kind::Quote;
    case GUMBO_TAG_BR:
        return Kind::LineBreak;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return Kind::Cell;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_HR: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TR: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_CENTER: case GUMBO_TAG_DIR:
    case GUMBO_TAG_MENU: case GUMBO_TAG_FORM:
        return Kind::Block;
    // Whole content dropped: code, styles, embedded documents, form widgets, the head, raw text.
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_TITLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_BASE:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_XMP: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_BGSOUND:
    // Images and media: nothing remote is ever loaded, and there is nothing to show instead.
    case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_AREA:
        return Kind::Drop;
    default:
        return Kind::Unwrap; // span, font, u, unknown and custom elements: their text stays
    }
}

QString attribute(const GumboNode* node, const char* name)
{
    const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

void appendAttribute(QString& tag, QLatin1String name, const QString& value)
{
    tag += QLatin1Char(' ') + name + QLatin1String("=\"");
    appendEscaped(tag, value);
    tag += QLatin1Char('"');
}

class Walker
{
public:
    Walker(Writer& writer, QStringList* links)
        : m_writer(writer)
        , m_links(links)
    {
    }

    void run(const QString& html)
    {
        const QByteArray utf8 = html.toUtf8();
        m_writer.reserve(html.size() + html.size() / 8);
        qsizetype start = 0;
        while (start < utf8.size()) {
            const qsizetype end = chunkEnd(utf8, start);
            const OutputPtr output(
                gumbo_parse_with_options(&parseOptions(), utf8.constData() + start, size_t(end - start)));
            if (output && output->root) {
                walk(output->root);
            }
            start = end;
        }
    }

private:
    enum Exit : unsigned { None = 0, CloseInline = 1, CloseQuote = 2, Block = 4, Anchor = 8 };
    struct Frame
    {
        const GumboNode* node;
        unsigned next;
        unsigned exit;
    };

    static qsizetype chunkEnd(const QByteArray& utf8, qsizetype start)
    {
        if (utf8.size() - start <= kChunkBytes) {
            return utf8.size();
        }
        // Look only in the second half of the piece, so each cut costs its piece and no more.
        const qsizetype windowStart = start + kChunkBytes / 2;
        const std::string_view window(utf8.constData() + windowStart, size_t(kChunkBytes / 2));
        for (const std::string_view cut : { std::string_view("\n\n"), std::string_view("\n") }) {
            if (const auto at = window.rfind(cut); at != std::string_view::npos) {
                return windowStart + qsizetype(at + cut.size());
            }
        }
        if (const auto at = window.rfind('<'); at != std::string_view::npos && at > 0) {
            return windowStart + qsizetype(at);
        }
        qsizetype end = start + kChunkBytes;
        while ((uchar(utf8.at(end)) & 0xC0) == 0x80) { // not inside a UTF-8 sequence
            --end;
        }
        return end;
    }

    // Iterative, so that 100,000 nested elements cost heap, not stack.
    void walk(const GumboNode* root)
    {
        std::vector<Frame> stack;
        stack.push_back({ root, 0, None });
        while (!stack.empty()) {
            Frame& top = stack.back();
            const GumboVector& children = top.node->v.element.children;
            if (top.next < children.length) {
                const auto* child = static_cast<const GumboNode*>(children.data[top.next++]);
                if (const std::optional<unsigned> exit = enter(child)) {
                    stack.push_back({ child, 0, *exit });
                }
                continue;
            }
            leave(top.exit);
            stack.pop_back();
        }
    }

    // What to do when leaving the node, or nullopt to skip its content.
    std::optional<unsigned> enter(const GumboNode* node)
    {
        if (node->parse_flags & GUMBO_INSERTION_FROM_ISINDEX) {
            return std::nullopt; // the parser's own "This is a searchable index" prompt
        }
        switch (node->type) {
        case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA: {
            const QString text = QString::fromUtf8(node->v.text.text);
            m_writer.text(text);
            if (m_links && m_anchorDepth == 0) {
                collectBareUrls(text, *m_links);
            }
            return std::nullopt;
        }
        case GUMBO_NODE_ELEMENT:
            break;
        default:
            return std::nullopt; // comments, and templates (a separate node type)
        }
        if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
            return std::nullopt; // inside <svg> or <math>: dropped with them
        }
        const GumboTag tag = node->v.element.tag;
        switch (kindOf(tag)) {
        case Kind::Drop:
            return std::nullopt;
        case Kind::LineBreak:
            m_writer.lineBreak();
            return std::nullopt;
        case Kind::Block:
            m_writer.paragraphBreak();
            return Block;
        case Kind::Cell:
            m_writer.wordBreak();
            return None;
        case Kind::Quote: {
            QString open = QStringLiteral("<blockquote");
            if (const QString cite = safeUrl(attribute(node, "cite")); !cite.isEmpty()) {
                appendAttribute(open, QLatin1String("cite"), cite);
            }
            open += QLatin1Char('>');
            if (m_writer.openBlockquote(open)) {
                return CloseQuote;
            }
            m_writer.paragraphBreak();
            return Block;
        }
        case Kind::Inline:
            return tag == GUMBO_TAG_A ? enterLink(node) : enterInline(node, tag);
        case Kind::Unwrap:
            break;
        }
        return None;
    }

    unsigned enterInline(const GumboNode* node, GumboTag tag)
    {
        const char* name = gumbo_normalized_tagname(tag);
        QString open = QLatin1Char('<') + QLatin1String(name);
        if (tag == GUMBO_TAG_ABBR || tag == GUMBO_TAG_ACRONYM) {
            if (const GumboAttribute* title = gumbo_get_attribute(&node->v.element.attributes, "title")) {
                appendAttribute(open, QLatin1String("title"), QString::fromUtf8(title->value));
            }
        } else if (tag == GUMBO_TAG_DEL) {
            if (const GumboAttribute* datetime = gumbo_get_attribute(&node->v.element.attributes, "datetime")) {
                appendAttribute(open, QLatin1String("datetime"), QString::fromUtf8(datetime->value));
            }
        } else if (tag == GUMBO_TAG_Q) {
            if (const QString cite = safeUrl(attribute(node, "cite")); !cite.isEmpty()) {
                appendAttribute(open, QLatin1String("cite"), cite);
            }
        }
        open += QLatin1Char('>');
        return m_writer.openInline(name, std::move(open)) ? CloseInline : None;
    }

    unsigned enterLink(const GumboNode* node)
    {
        const QString href = cleanUrl(attribute(node, "href"));
        if (href.isEmpty()) {
            return None; // a name anchor or an empty href: just its text
        }
        const QString target = safeUrl(href);
        if (m_links) {
            m_links->append(target.isEmpty() ? href : target);
        }
        ++m_anchorDepth; // its text is not counted again as bare URLs
        if (target.isEmpty() || m_writer.inLink()) {
            return Anchor; // a javascript: (or nested) link is left as its text
        }
        QString open = QStringLiteral("<a");
        appendAttribute(open, QLatin1String("href"), target);
        if (const GumboAttribute* title = gumbo_get_attribute(&node->v.element.attributes, "title")) {
            appendAttribute(open, QLatin1String("title"), QString::fromUtf8(title->value));
        }
        appendAttribute(open, QLatin1String("rel"), kRel);
        open += QLatin1Char('>');
        return m_writer.openInline("a", std::move(open), target) ? (CloseInline | Anchor) : Anchor;
    }

    void leave(unsigned exit)
    {
        if (exit & CloseInline) {
            m_writer.closeInline();
        }
        if (exit & CloseQuote) {
            m_writer.closeBlockquote();
        }
        if (exit & Block) {
            m_writer.paragraphBreak();
        }
        if (exit & Anchor) {
            --m_anchorDepth;
        }
    }

    Writer& m_writer;
    QStringList* m_links;
    int m_anchorDepth = 0;
};

} // namespace

QString CommentSanitizer::sanitize(const QString& html, const Options& options)
{
    Writer writer(Writer::Mode::Html, options);
    Walker(writer, nullptr).run(html);
    return writer.finish();
}

QString CommentSanitizer::toPlainText(const QString& html)
{
    Writer writer(Writer::Mode::Plain, Options {});
    Walker(writer, nullptr).run(html);
    return writer.finish();
}

QStringList CommentSanitizer::links(const QString& html)
{
    Writer writer(Writer::Mode::Plain, Options {});
    QStringList found;
    Walker(writer, &found).run(html);
    return found;
}

} // namespace longhand
