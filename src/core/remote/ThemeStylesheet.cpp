#include "core/remote/ThemeStylesheet.h"

#include <QHash>
#include <QRegularExpression>

#include <gumbo.h>

#include <memory>

namespace longhand::ThemeStylesheet {

namespace {

// A front page is a few hundred kilobytes at most; gumbo is quadratic on pathological input.
constexpr qsizetype kMaxPageBytes = 4 * 1024 * 1024;
constexpr int kMaxVarDepth = 8;

const GumboOptions& pageOptions()
{
    static const GumboOptions options = [] {
        GumboOptions o = kGumboDefaultOptions;
        o.max_errors = 0;
        return o;
    }();
    return options;
}

struct OutputDeleter
{
    void operator()(GumboOutput* output) const { gumbo_destroy_output(&pageOptions(), output); }
};

QString attribute(const GumboNode* node, const char* name)
{
    const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool isThemeStylesheet(const QUrl& url, const QUrl& pageUrl)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && url.host().compare(pageUrl.host(), Qt::CaseInsensitive) == 0 && url.port(-1) == pageUrl.port(-1)
           && url.path().contains(QLatin1String("/wp-content/themes/"));
}

void collect(const GumboNode* root, const QUrl& pageUrl, ThemeStyleSources& sources)
{
    // Iterative: a hostile page may nest deeply.
    QList<const GumboNode*> stack {root};
    while (!stack.isEmpty()) {
        const GumboNode* node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT) {
            continue;
        }
        const GumboElement& element = node->v.element;
        if (element.tag == GUMBO_TAG_LINK) {
            const QStringList rel = attribute(node, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString href = attribute(node, "href").trimmed();
            if (rel.contains(QLatin1String("stylesheet")) && !rel.contains(QLatin1String("alternate")) && !href.isEmpty()) {
                const QUrl url = pageUrl.resolved(QUrl(href));
                if (isThemeStylesheet(url, pageUrl) && !sources.stylesheets.contains(url)) {
                    sources.stylesheets.append(url);
                }
            }
        } else if (element.tag == GUMBO_TAG_STYLE && attribute(node, "id") == QLatin1String("global-styles-inline-css")) {
            QString text;
            for (unsigned i = 0; i < element.children.length; ++i) {
                const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
                    text += QString::fromUtf8(child->v.text.text);
                }
            }
            sources.inlineStyles.append(text);
        }
        for (int i = int(element.children.length) - 1; i >= 0; --i) {
            stack.append(static_cast<const GumboNode*>(element.children.data[i]));
        }
    }
}

// ---- CSS ----------------------------------------------------------------------------------------

struct Declaration
{
    QString property;
    QString value;
};

struct Rule
{
    QString selector;
    QList<Declaration> declarations;
};

// Index just past the string that starts at i (a quote), or css.size() when it never ends.
qsizetype skipString(const QString& css, qsizetype i)
{
    const QChar quote = css.at(i);
    for (++i; i < css.size(); ++i) {
        if (css.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (css.at(i) == quote || css.at(i) == QLatin1Char('\n')) {
            return i + 1;
        }
    }
    return css.size();
}

QString withoutComments(const QString& css)
{
    QString out;
    out.reserve(css.size());
    qsizetype i = 0;
    while (i < css.size()) {
        const QChar c = css.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = skipString(css, i);
            out += QStringView(css).mid(i, end - i);
            i = end;
        } else if (c == QLatin1Char('/') && i + 1 < css.size() && css.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = css.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? css.size() : end + 2;
            out += QLatin1Char(' ');
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

// Index of the '}' that closes the block whose '{' is at open (or css.size()).
qsizetype blockEnd(const QString& css, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < css.size(); ++i) {
        const QChar c = css.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            i = skipString(css, i) - 1;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            return i;
        }
    }
    return css.size();
}

// The first of the given characters at nesting level 0 outside strings, from i; -1 when none.
qsizetype findTopLevel(const QString& css, qsizetype i, QStringView chars)
{
    int parens = 0;
    for (; i < css.size(); ++i) {
        const QChar c = css.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            i = skipString(css, i) - 1;
        } else if (c == QLatin1Char('(')) {
            ++parens;
        } else if (c == QLatin1Char(')')) {
            parens = std::max(0, parens - 1);
        } else if (parens == 0 && chars.contains(c)) {
            return i;
        }
    }
    return -1;
}

QList<Declaration> parseDeclarations(const QString& block)
{
    QList<Declaration> result;
    qsizetype i = 0;
    while (i < block.size()) {
        qsizetype end = findTopLevel(block, i, u";");
        if (end < 0) {
            end = block.size();
        }
        const QString part = block.mid(i, end - i);
        i = end + 1;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        Declaration declaration {part.left(colon).trimmed().toLower(), part.mid(colon + 1).trimmed()};
        if (declaration.property.startsWith(QLatin1String("--"))) {
            declaration.property = part.left(colon).trimmed(); // custom property names keep their case
        }
        if (!declaration.property.isEmpty() && !declaration.value.isEmpty()) {
            result.append(declaration);
        }
    }
    return result;
}

// Top-level style rules only: every at-rule (@import, @font-face, @media, @supports, @charset…) goes.
QList<Rule> parseRules(const QString& css)
{
    QList<Rule> rules;
    qsizetype i = 0;
    while (i < css.size()) {
        while (i < css.size() && (css.at(i).isSpace() || css.at(i) == QLatin1Char(';') || css.at(i) == QLatin1Char('}'))) {
            ++i;
        }
        if (i >= css.size()) {
            break;
        }
        const qsizetype stop = findTopLevel(css, i, css.at(i) == QLatin1Char('@') ? u";{" : u"{");
        if (stop < 0) {
            break; // an unfinished rule at the end
        }
        if (css.at(i) == QLatin1Char('@')) {
            i = css.at(stop) == QLatin1Char(';') ? stop + 1 : blockEnd(css, stop) + 1;
            continue;
        }
        const qsizetype close = blockEnd(css, stop);
        Rule rule {css.mid(i, stop - i).simplified(), parseDeclarations(css.mid(stop + 1, close - stop - 1))};
        if (!rule.selector.isEmpty()) {
            rules.append(std::move(rule));
        }
        i = close + 1;
    }
    return rules;
}

bool loadsSomething(const QString& property, const QString& value)
{
    const QString lower = value.toLower();
    static const QLatin1String kForbidden[] = {
        QLatin1String("url("), QLatin1String("image-set("), QLatin1String("image("), QLatin1String("expression("),
        QLatin1String("javascript:"), QLatin1String("@import"), QLatin1String("\\"),
    };
    for (const QLatin1String& word : kForbidden) {
        if (lower.contains(word)) {
            return true; // a backslash could spell any of them in escapes
        }
    }
    return property == QLatin1String("behavior") || property == QLatin1String("-moz-binding")
           || property == QLatin1String("src");
}

// Qt's rich-text CSS parser gives up on the whole stylesheet at a functional pseudo-class such as
// :where(…) or :not(…), which block themes use everywhere: such selectors go (the rest of their list stays).
QString simpleSelectors(const QString& selector)
{
    QStringList kept;
    qsizetype start = 0;
    while (start <= selector.size()) {
        qsizetype comma = findTopLevel(selector, start, u",");
        if (comma < 0) {
            comma = selector.size();
        }
        const QString part = selector.mid(start, comma - start).trimmed();
        if (!part.isEmpty() && !part.contains(QLatin1Char('(')) && !part.contains(QLatin1Char('\\'))
            && !part.contains(QLatin1Char('@'))) {
            kept.append(part);
        }
        start = comma + 1;
    }
    return kept.join(QStringLiteral(", "));
}

bool isGlobalSelector(const QString& selector)
{
    const QStringList parts = selector.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString s = part.trimmed();
        if (s == QLatin1String(":root") || s == QLatin1String("html") || s == QLatin1String("body")) {
            return true;
        }
    }
    return false;
}

// Replaces every var(--name[, fallback]) in value; false when one cannot be resolved.
bool substitute(QString& value, const QHash<QString, QString>& variables, int depth)
{
    if (depth > kMaxVarDepth) {
        return false;
    }
    qsizetype start = 0;
    while ((start = value.indexOf(QLatin1String("var("), start, Qt::CaseInsensitive)) >= 0) {
        int parens = 0;
        qsizetype end = start + 3;
        for (; end < value.size(); ++end) {
            if (value.at(end) == QLatin1Char('(')) {
                ++parens;
            } else if (value.at(end) == QLatin1Char(')') && --parens == 0) {
                break;
            }
        }
        if (end >= value.size()) {
            return false;
        }
        const QString inner = value.mid(start + 4, end - start - 4);
        const qsizetype comma = inner.indexOf(QLatin1Char(','));
        const QString name = (comma < 0 ? inner : inner.left(comma)).trimmed();
        QString replacement;
        if (const auto found = variables.constFind(name); found != variables.constEnd()) {
            replacement = *found;
        } else if (comma >= 0) {
            replacement = inner.mid(comma + 1).trimmed();
        } else {
            return false;
        }
        if (!substitute(replacement, variables, depth + 1)) {
            return false;
        }
        value.replace(start, end - start + 1, replacement);
        start += replacement.size();
    }
    return true;
}

} // namespace

ThemeStyleSources findSources(const QByteArray& html, const QUrl& pageUrl)
{
    ThemeStyleSources sources;
    const QByteArray page = html.left(kMaxPageBytes);
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&pageOptions(), page.constData(), size_t(page.size())));
    if (output) {
        collect(output->root, pageUrl, sources);
    }
    return sources;
}

QString clean(const QString& css)
{
    const QList<Rule> rules = parseRules(withoutComments(css));
    QHash<QString, QString> variables;
    for (const Rule& rule : rules) {
        if (!isGlobalSelector(rule.selector)) {
            continue;
        }
        for (const Declaration& declaration : rule.declarations) {
            if (declaration.property.startsWith(QLatin1String("--"))) {
                variables.insert(declaration.property, declaration.value);
            }
        }
    }
    QString out;
    for (const Rule& rule : rules) {
        const QString selector = simpleSelectors(rule.selector);
        if (selector.isEmpty()) {
            continue;
        }
        QString body;
        for (const Declaration& declaration : rule.declarations) {
            if (declaration.property.startsWith(QLatin1String("--"))) {
                continue;
            }
            QString value = declaration.value;
            if (loadsSomething(declaration.property, value) || !substitute(value, variables, 0)
                || loadsSomething(declaration.property, value)) {
                continue;
            }
            body += QStringLiteral("  %1: %2;\n").arg(declaration.property, value);
        }
        if (!body.isEmpty()) {
            out += selector + QStringLiteral(" {\n") + body + QStringLiteral("}\n");
        }
    }
    return out;
}

QString cleanDeclarations(const QString& declarations)
{
    const QString rule = clean(QStringLiteral("longhand-x { ") + QString(declarations).remove(QLatin1Char('}')).remove(QLatin1Char('{'))
                               + QStringLiteral(" }"));
    const qsizetype open = rule.indexOf(QLatin1Char('{'));
    const qsizetype close = rule.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close <= open) {
        return {};
    }
    return rule.mid(open + 1, close - open - 1).simplified();
}

QString cleanEmbedded(const QString& html)
{
    static const QRegularExpression styleElement(QStringLiteral("(<style\\b[^>]*>)(.*?)(</style\\s*>|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression styleAttribute(
        QStringLiteral("(\\sstyle\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))"), QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size());
    qsizetype from = 0;
    auto elements = styleElement.globalMatch(html);
    while (elements.hasNext()) {
        const QRegularExpressionMatch element = elements.next();
        out += html.mid(from, element.capturedStart() - from);
        out += element.captured(1) + clean(element.captured(2)) + element.captured(3);
        from = element.capturedEnd();
    }
    out += html.mid(from);
    QString result;
    result.reserve(out.size());
    from = 0;
    auto attributes = styleAttribute.globalMatch(out);
    while (attributes.hasNext()) {
        const QRegularExpressionMatch attribute = attributes.next();
        result += out.mid(from, attribute.capturedStart() - from);
        const QString value = attribute.captured(2) + attribute.captured(3) + attribute.captured(4);
        result += attribute.captured(1) + QLatin1Char('"')
                  + cleanDeclarations(value).replace(QLatin1Char('"'), QLatin1String("&quot;")) + QLatin1Char('"');
        from = attribute.capturedEnd();
    }
    result += out.mid(from);
    return result;
}

} // namespace longhand::ThemeStylesheet
