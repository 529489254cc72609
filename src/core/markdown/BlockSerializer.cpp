#include "core/markdown/BlockSerializer.h"

#include "core/markdown/ReviewExtensions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmark.h>
#include <memory>
#include <optional>

namespace longhand {

namespace {

struct NodeDeleter
{
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct CStringDeleter
{
    void operator()(char* text) const { cmark_get_default_mem_allocator()->free(text); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using CStringPtr = std::unique_ptr<char, CStringDeleter>;

// As MarkdownRenderer: the writer's own raw HTML is kept.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8;

QString html(cmark_node* node)
{
    CStringPtr text(cmark_render_html(node, kOptions));
    QString out = QString::fromUtf8(text.get());
    while (out.endsWith(QLatin1Char('\n'))) {
        out.chop(1);
    }
    return out;
}

QString inlineHtml(cmark_node* paragraph)
{
    QString out;
    for (cmark_node* child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
        CStringPtr text(cmark_render_html(child, kOptions));
        out += QString::fromUtf8(text.get());
    }
    return out;
}

void appendPlainText(cmark_node* node, QString& out)
{
    const auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
        out += QString::fromUtf8(cmark_node_get_literal(node));
        return;
    }
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        appendPlainText(child, out);
    }
}

// The code block's save(): its text escaped as HTML, then WordPress's escape() (code/utils.js): "[" so that no
// shortcode runs, and the first line that is only an address gets "&#047;&#047;" so that it is not turned into an
// embed. The entities are written as kses normalizes them (three digits; the block's own escape() writes "&#91;"): an
// author without unfiltered_html gets back exactly what was sent, and the editor compares decoded text, so both are
// valid.
QString codeContent(const QString& literal)
{
    QString text = literal;
    if (text.endsWith(QLatin1Char('\n'))) {
        text.chop(1);
    }
    text = text.toHtmlEscaped();
    text.replace(QLatin1Char('['), QStringLiteral("&#091;"));
    static const QRegularExpression isolatedUrl(
        QStringLiteral("^(\\s*https?:)//([^\\s<>\"]+\\s*)$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = isolatedUrl.match(text);
    if (match.hasMatch()) {
        text.replace(match.capturedStart(), match.capturedLength(),
            match.captured(1) + QStringLiteral("&#047;&#047;") + match.captured(2));
    }
    return text;
}

// A raw HTML block that is a plain table (no attributes on its table elements, rows inside thead/tbody/tfoot in that
// order, nothing but whitespace between cells) is what the table block saves; anything else stays wp:html.
std::optional<QString> tableFigure(const QString& rawHtml)
{
    const QString table = rawHtml.trimmed();
    if (!table.startsWith(QLatin1String("<table>"), Qt::CaseInsensitive)
        || !table.endsWith(QLatin1String("</table>"), Qt::CaseInsensitive) || table.contains(QLatin1String("<!--"))) {
        return std::nullopt;
    }
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>"));
    static const QStringList sections = { QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tfoot") };
    static const QStringList structural = { QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),
        QStringLiteral("tfoot"), QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"),
        QStringLiteral("caption"), QStringLiteral("colgroup"), QStringLiteral("col") };
    int tables = 0;
    int lastSection = -1;
    int rowsInSection = 0;
    QString section;
    bool inRow = false;
    bool inCell = false;
    qsizetype textStart = 0;
    auto it = tag.globalMatch(table);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = table.mid(textStart, m.capturedStart() - textStart);
        textStart = m.capturedEnd();
        if (!inCell && !between.trimmed().isEmpty()) {
            return std::nullopt;
        }
        const QString name = m.captured(2).toLower();
        const bool closing = !m.captured(1).isEmpty();
        if (!structural.contains(name)) {
            if (!inCell) {
                return std::nullopt;
            }
            continue;
        }
        if (!m.captured(3).trimmed().isEmpty()) {
            return std::nullopt;
        }
        if (name == QLatin1String("table")) {
            tables += closing ? 0 : 1;
            if (tables > 1 || (closing && (!section.isEmpty() || inRow))) {
                return std::nullopt;
            }
        } else if (sections.contains(name)) {
            const int index = int(sections.indexOf(name));
            if (!closing && (index <= lastSection || !section.isEmpty() || inRow)) {
                return std::nullopt;
            }
            if (closing && (section != name || inRow || rowsInSection == 0)) {
                return std::nullopt;
            }
            section = closing ? QString() : name;
            lastSection = closing ? lastSection : index;
            rowsInSection = 0;
        } else if (name == QLatin1String("tr")) {
            if (section.isEmpty() || inCell || inRow == !closing) {
                return std::nullopt;
            }
            inRow = !closing;
            rowsInSection += closing ? 1 : 0;
        } else if (name == QLatin1String("th") || name == QLatin1String("td")) {
            if (!inRow || inCell == !closing) {
                return std::nullopt;
            }
            inCell = !closing;
        } else {
            return std::nullopt; // caption, colgroup, col: not what the table block writes
        }
    }
    if (lastSection < 0 || !section.isEmpty()) {
        return std::nullopt;
    }
    return QStringLiteral("<figure class=\"wp-block-table\">") + table + QStringLiteral("</figure>");
}

class Walker
{
public:
    QHash<cmark_node*, QString> imageBlocks; // paragraphs that are one image: their whole wp:image block
    BlockSupport support;                    // what the blog's WordPress writes

    QStringList blockList(cmark_node* parent) const
    {
        QStringList out;
        for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
            out.append(blockOf(node));
        }
        return out;
    }
    QString blocks(cmark_node* parent) const { return blockList(parent).join(QStringLiteral("\n\n")); }

private:
    static QString rawBlock(const QString& content)
    {
        return BlockSerializer::block(QStringLiteral("html"), {}, BlockSerializer::defuseDelimiters(content));
    }

    QString blockOf(cmark_node* node) const
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            if (const auto image = imageBlocks.constFind(node); image != imageBlocks.constEnd()) {
                return *image;
            }
            return BlockSerializer::block(
                QStringLiteral("paragraph"), {}, BlockSerializer::defuseDelimiters(html(node)));
        case CMARK_NODE_HEADING: {
            const int level = cmark_node_get_heading_level(node);
            BlockAttributes attributes;
            if (level != 2) { // the block's default is not written
                attributes.append({ QStringLiteral("level"), level });
            }
            QString heading = html(node);
            if (support.headingClass) { // cmark writes "<hN>": the generated class goes in as the editor adds it
                heading.insert(3, QStringLiteral(" class=\"wp-block-heading\""));
            }
            return BlockSerializer::block(
                QStringLiteral("heading"), attributes, BlockSerializer::defuseDelimiters(heading));
        }
        case CMARK_NODE_THEMATIC_BREAK:
            return BlockSerializer::block(QStringLiteral("separator"), {},
                QStringLiteral("<hr class=\"wp-block-separator has-alpha-channel-opacity\" />"));
        case CMARK_NODE_CODE_BLOCK: {
            // The core block has no language attribute; a fence's language is kept as the editor keeps an added CSS
            // class: the className attribute, written after the block's own class.
            const QString language = BlockSerializer::codeLanguage(QString::fromUtf8(cmark_node_get_fence_info(node)));
            BlockAttributes attributes;
            QString preClass = QStringLiteral("wp-block-code");
            if (!language.isEmpty()) {
                attributes.append({ QStringLiteral("className"), QJsonValue(QStringLiteral("language-") + language) });
                preClass += QStringLiteral(" language-") + language;
            }
            return BlockSerializer::block(QStringLiteral("code"), attributes,
                QStringLiteral("<pre class=\"") + preClass + QStringLiteral("\"><code>")
                    + codeContent(QString::fromUtf8(cmark_node_get_literal(node))) + QStringLiteral("</code></pre>"));
        }
        case CMARK_NODE_BLOCK_QUOTE:
            return BlockSerializer::block(QStringLiteral("quote"), {},
                QStringLiteral("<blockquote class=\"wp-block-quote\">") + blocks(node)
                    + QStringLiteral("</blockquote>"));
        case CMARK_NODE_LIST:
            if (listExpressible(node)) {
                return list(node);
            }
            return rawBlock(html(node));
        case CMARK_NODE_HTML_BLOCK: {
            const QString literal = QString::fromUtf8(cmark_node_get_literal(node));
            if (const auto figure = tableFigure(literal)) {
                return BlockSerializer::block(QStringLiteral("table"), {}, *figure);
            }
            return rawBlock(html(node));
        }
        case CMARK_NODE_CUSTOM_BLOCK:
            if (const auto summary = spoilerSummary(node); summary && support.detailsBlock) {
                return details(node, *summary);
            }
            return rawBlock(html(node));
        default: // the also-like line
            return rawBlock(html(node));
        }
    }

    // A spoiler (ReviewExtensions writes it "<details><summary>SUMMARY</summary>", the summary escaped): its summary's
    // HTML, which is also the rich text the details block keeps in its attribute.
    static std::optional<QString> spoilerSummary(cmark_node* node)
    {
        const char* enter = cmark_node_get_on_enter(node);
        const QString open = QString::fromUtf8(enter ? enter : "");
        const QLatin1String prefix("<details><summary>");
        const QLatin1String suffix("</summary>");
        if (!open.startsWith(prefix) || !open.endsWith(suffix)) {
            return std::nullopt;
        }
        return open.mid(prefix.size(), open.size() - prefix.size() - suffix.size());
    }

    // The details block (WordPress 6.3+) as its save() writes it: the summary in the attribute and in <summary>, the
    // spoiler's content as inner blocks.
    QString details(cmark_node* node, const QString& summary) const
    {
        return BlockSerializer::block(QStringLiteral("details"), { { QStringLiteral("summary"), QJsonValue(summary) } },
            QStringLiteral("<details class=\"wp-block-details\"><summary>") + summary + QStringLiteral("</summary>")
                + blocks(node) + QStringLiteral("</details>"));
    }

    // The list block holds list items of inline text, each optionally followed by nested lists.
    static bool listExpressible(cmark_node* list)
    {
        for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            bool seenList = false;
            int paragraphs = 0;
            for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
                const auto type = cmark_node_get_type(child);
                if (type == CMARK_NODE_PARAGRAPH && !seenList && paragraphs == 0) {
                    ++paragraphs;
                } else if (type == CMARK_NODE_LIST && listExpressible(child)) {
                    seenList = true;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    QString list(cmark_node* list) const
    {
        BlockAttributes attributes;
        const bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
        if (ordered) {
            attributes.append({ QStringLiteral("ordered"), true });
            if (const int start = cmark_node_get_list_start(list); start != 1) {
                attributes.append({ QStringLiteral("start"), start });
            }
        }
        QStringList items;
        for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            QString content;
            QStringList nested;
            for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
                if (cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH) {
                    content = BlockSerializer::defuseDelimiters(inlineHtml(child));
                } else {
                    nested.append(this->list(child));
                }
            }
            items.append(BlockSerializer::block(QStringLiteral("list-item"), {},
                QStringLiteral("<li>") + content + nested.join(QStringLiteral("\n\n")) + QStringLiteral("</li>")));
        }
        const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
        const QString open = ordered && cmark_node_get_list_start(list) != 1
            ? QStringLiteral("<ol start=\"%1\">").arg(cmark_node_get_list_start(list))
            : QString(QLatin1Char('<') + tag + QLatin1Char('>'));
        return BlockSerializer::block(QStringLiteral("list"), attributes,
            open + items.join(QStringLiteral("\n\n")) + QStringLiteral("</") + tag + QLatin1Char('>'));
    }
};

cmark_node* soleImage(cmark_node* paragraph)
{
    cmark_node* child = cmark_node_first_child(paragraph);
    return child && !cmark_node_next(child) && cmark_node_get_type(child) == CMARK_NODE_IMAGE ? child : nullptr;
}

// The image block as the editor saves an attachment: figure.wp-block-image, img.wp-image-ID, the size the upload
// has ("full": Longhand sends the image already at the blog's longest edge). Width and height are not written: the
// editor writes them only for a resized image, and WordPress adds them to wp-image-ID images when it shows the post.
QString imageBlock(cmark_node* image, const RenderOptions& options)
{
    const QString reference = QString::fromUtf8(cmark_node_get_url(image));
    const auto url = options.imageUrls.constFind(reference);
    const auto blog = options.blogImages.constFind(reference);
    const qint64 id = url != options.imageUrls.constEnd() && blog != options.blogImages.constEnd() ? blog->id : 0;
    QString alt;
    appendPlainText(image, alt);
    QString tag = QStringLiteral("<img src=\"")
        + (url != options.imageUrls.constEnd() ? *url : reference).toHtmlEscaped() + QStringLiteral("\" alt=\"")
        + alt.toHtmlEscaped() + QLatin1Char('"');
    BlockAttributes attributes;
    QString figureClass = QStringLiteral("wp-block-image");
    if (id > 0) {
        attributes.append({ QStringLiteral("id"), id });
        attributes.append({ QStringLiteral("sizeSlug"), QStringLiteral("full") });
        figureClass += QStringLiteral(" size-full");
        tag += QStringLiteral(" class=\"wp-image-%1\"").arg(id);
    }
    const char* title = cmark_node_get_title(image);
    if (title && *title) {
        tag += QStringLiteral(" title=\"") + QString::fromUtf8(title).toHtmlEscaped() + QLatin1Char('"');
    }
    tag += QStringLiteral(" />"); // as kses writes a void element (the editor writes "/>"; both are valid)
    return BlockSerializer::block(QStringLiteral("image"), attributes,
        QStringLiteral("<figure class=\"") + figureClass + QStringLiteral("\">") + tag + QStringLiteral("</figure>"));
}

void collectImageBlocks(cmark_node* document, const RenderOptions& options, QHash<cmark_node*, QString>& out)
{
    cmark_iter* iter = cmark_iter_new(document);
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH) {
            continue;
        }
        cmark_node* parent = cmark_node_parent(node);
        if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM) {
            continue; // a list item's text, not a block of its own
        }
        if (cmark_node* image = soleImage(node)) {
            out.insert(node, imageBlock(image, options));
        }
    }
    cmark_iter_free(iter);
}

} // namespace

QString BlockSerializer::serialize(const QString& markdown, const RenderOptions& options)
{
    return serializeBlocks(markdown, options).join(QStringLiteral("\n\n"));
}

QString BlockSerializer::renderForBlog(const QString& markdown, const RenderOptions& options)
{
    return options.blockMarkup ? serialize(markdown, options) : MarkdownRenderer::render(markdown, options).html;
}

QStringList BlockSerializer::serializeBlocks(const QString& markdown, const RenderOptions& options)
{
    const QByteArray utf8 = markdown.toUtf8();
    NodePtr document(cmark_parse_document(utf8.constData(), size_t(utf8.size()), kOptions));
    if (!document) {
        return {};
    }
    RenderOptions blog = options;
    blog.target = RenderOptions::Target::Blog;
    extensions::transformSpoilers(document.get(), blog);
    extensions::appendAlsoLike(document.get(), blog);
    Walker walker;
    walker.support = blog.blockSupport;
    collectImageBlocks(document.get(), blog, walker.imageBlocks);
    extensions::rewriteImages(document.get(), blog.imageUrls, blog.blogImages); // images inside text
    return walker.blockList(document.get());
}

QString BlockSerializer::block(const QString& name, const BlockAttributes& attributes, const QString& html)
{
    const QString shortName = name.startsWith(QLatin1String("core/")) ? name.mid(5) : name;
    const QString attributeText = attributes.isEmpty() ? QString() : serializeAttributes(attributes) + QLatin1Char(' ');
    if (html.isEmpty()) {
        return QStringLiteral("<!-- wp:") + shortName + QLatin1Char(' ') + attributeText + QStringLiteral("/-->");
    }
    return QStringLiteral("<!-- wp:") + shortName + QLatin1Char(' ') + attributeText + QStringLiteral("-->\n") + html
        + QStringLiteral("\n<!-- /wp:") + shortName + QStringLiteral(" -->");
}

namespace {

// PHP's json_encode with JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE.
QString phpJsonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case 0x2028:
            out += QStringLiteral("\\u2028");
            break; // PHP escapes these without JSON_UNESCAPED_LINE_TERMINATORS
        case 0x2029:
            out += QStringLiteral("\\u2029");
            break;
        default:
            if (ch.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += ch;
            }
        }
    }
    return out + QLatin1Char('"');
}

QString phpJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = qint64(number);
        return double(whole) == number ? QString::number(whole) : QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return phpJsonString(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items.append(phpJson(item));
        }
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            return QStringLiteral("[]"); // an empty PHP array
        }
        QStringList members;
        for (auto it = object.begin(); it != object.end(); ++it) {
            members.append(phpJsonString(it.key()) + QLatin1Char(':') + phpJson(it.value()));
        }
        return QLatin1Char('{') + members.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    default:
        return QStringLiteral("null");
    }
}

} // namespace

QString BlockSerializer::serializeAttributes(const BlockAttributes& attributes)
{
    QStringList members;
    for (const auto& [key, value] : attributes) {
        members.append(phpJsonString(key) + QLatin1Char(':') + phpJson(value));
    }
    QString json = QLatin1Char('{') + members.join(QLatin1Char(',')) + QLatin1Char('}');
    // The replacements of serialize_block_attributes(), in its order.
    json.replace(QStringLiteral("--"), QStringLiteral("\\u002d\\u002d"));
    json.replace(QLatin1Char('<'), QStringLiteral("\\u003c"));
    json.replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
    json.replace(QLatin1Char('&'), QStringLiteral("\\u0026"));
    json.replace(QStringLiteral("\\\""), QStringLiteral("\\u0022"));
    return json;
}

QString BlockSerializer::defuseDelimiters(const QString& html)
{
    // The block parser's delimiter starts "<!--", whitespace, an optional "/", "wp:" (blocks.php, WP_Block_Parser).
    static const QRegularExpression delimiter(QStringLiteral("<!--(\\s+/?)wp:"));
    if (!html.contains(QLatin1String("<!--"))) {
        return html;
    }
    QString out = html;
    out.replace(delimiter, QStringLiteral("<!--\\1wp&#058;"));
    return out;
}

const QRegularExpression& BlockSerializer::delimiterPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("<!--\\s+(/)?wp:([a-z][a-z0-9_-]*/"
                       ")?([a-z][a-z0-9_-]*)\\s+(\\{(?:(?:[^}]+|\\}+(?=\\})|(?!\\}\\s+/?-->).)*+)?\\}\\s+)?(/)?-->"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

QStringList BlockSerializer::splitTopLevel(const QString& content)
{
    QStringList pieces;
    const auto loose = [&pieces](const QString& text) {
        if (!text.trimmed().isEmpty()) {
            pieces.append(text.trimmed());
        }
    };
    int depth = 0;
    qsizetype blockStart = 0; // where the open top-level block (or the loose text) began
    auto it = delimiterPattern().globalMatch(content);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool closer = !m.captured(1).isEmpty();
        const bool isVoid = !m.captured(5).isEmpty();
        if (depth == 0 && !closer) {
            loose(content.mid(blockStart, m.capturedStart() - blockStart));
            if (isVoid) {
                pieces.append(m.captured(0));
                blockStart = m.capturedEnd();
            } else {
                blockStart = m.capturedStart();
                depth = 1;
            }
        } else if (depth > 0 && !isVoid) {
            depth += closer ? -1 : 1;
            if (depth == 0) {
                pieces.append(content.mid(blockStart, m.capturedEnd() - blockStart).trimmed());
                blockStart = m.capturedEnd();
            }
        }
        // A closer with nothing open is loose text, kept with what surrounds it.
    }
    loose(content.mid(blockStart));
    return pieces;
}

QString BlockSerializer::withoutDelimiters(const QString& content)
{
    QString out = content;
    out.replace(delimiterPattern(), QString());
    return out.trimmed();
}

QString BlockSerializer::codeLanguage(const QString& info)
{
    const QString word = info.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char('\t'), 0, 0).toLower();
    QString language;
    for (const QChar c : word) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'#' || c == u'-') {
            language += c;
        }
    }
    return language.left(40);
}

bool BlockSerializer::isBlockMarkup(const QString& content)
{
    static const QRegularExpression opening(QStringLiteral("^\\s*<!--\\s+wp:[a-z]"));
    return opening.match(content).hasMatch();
}

} // namespace longhand
