#include "core/markdown/PrePublishCheck.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmark.h>

#include <memory>

namespace longhand {

namespace {

struct NodeDeleter
{
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8;

QString literalOf(cmark_node* node)
{
    const char* literal = cmark_node_get_literal(node);
    return literal ? QString::fromUtf8(literal) : QString();
}

void appendText(cmark_node* node, QString& out)
{
    const auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
        out += literalOf(node);
        return;
    }
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
        out += QLatin1Char('\n');
        return;
    }
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        appendText(child, out);
    }
}

// A spoiler block (ReviewExtensions' rule): a block quote whose first paragraph begins "[!spoiler]".
// firstLine gets the marker line (its summary is shown to readers), rest the hidden text.
bool isSpoiler(cmark_node* quote, QString* firstLine, QString* rest)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*\\[!spoiler\\]"), QRegularExpression::CaseInsensitiveOption);
    cmark_node* paragraph = cmark_node_first_child(quote);
    if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) {
        return false;
    }
    QString text;
    appendText(paragraph, text);
    if (!marker.match(text).hasMatch()) {
        return false;
    }
    *firstLine = text.section(QLatin1Char('\n'), 0, 0);
    *rest = text.section(QLatin1Char('\n'), 1);
    for (cmark_node* block = cmark_node_next(paragraph); block; block = cmark_node_next(block)) {
        appendText(block, *rest);
        *rest += QLatin1Char('\n');
    }
    return true;
}

bool containsWord(const QString& text, const QString& word)
{
    const QRegularExpression pattern(QStringLiteral("(?<![\\w])") + QRegularExpression::escape(word) + QStringLiteral("(?![\\w])"),
                                     QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

// Names in hidden text: capitalised words; one that begins a sentence only when the review never writes it in lower
// case ("Ripley dies." is a name, "Nobody survives." with "nobody" elsewhere is not).
QStringList namesIn(const QString& text, const QString& wholeReview)
{
    static const QRegularExpression word(QStringLiteral("(?<![\\w])\\p{Lu}[\\p{L}'’-]{2,}"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList names;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        qsizetype before = match.capturedStart(0) - 1;
        while (before >= 0 && text.at(before).isSpace() && text.at(before) != QLatin1Char('\n')) {
            --before;
        }
        const bool startsSentence = before < 0 || QStringLiteral(".!?:;\n\"“").contains(text.at(before));
        const QString found = match.captured(0);
        if (startsSentence && QRegularExpression(QStringLiteral("(?<![\\w])") + QRegularExpression::escape(found.toLower())
                                                 + QStringLiteral("(?![\\w])"), QRegularExpression::UseUnicodePropertiesOption)
                                  .match(wholeReview)
                                  .hasMatch()) {
            continue;
        }
        if (!names.contains(found)) {
            names.append(found);
        }
    }
    return names;
}

const QStringList& revealingWords()
{
    static const QStringList words {QStringLiteral("ending"), QStringLiteral("twist"), QStringLiteral("dies"),
                                    QStringLiteral("died"), QStringLiteral("death"), QStringLiteral("killer"),
                                    QStringLiteral("survives"), QStringLiteral("revealed")};
    return words;
}

bool filedUnderFilm(const Post& post)
{
    static const QRegularExpression film(QStringLiteral("film|movie|cinema|kino"), QRegularExpression::CaseInsensitiveOption);
    for (const QString& term : post.categories + post.tags) {
        if (film.match(term).hasMatch()) {
            return true;
        }
    }
    return false;
}

} // namespace

bool PrePublishCheck::pointsAtThisMachine(const QString& address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.startsWith(QLatin1Char('/')) && !trimmed.startsWith(QStringLiteral("//"))) {
        return trimmed.startsWith(QStringLiteral("/home/")) || trimmed.startsWith(QStringLiteral("/tmp/"))
               || trimmed.startsWith(QStringLiteral("/Users/"));
    }
    static const QRegularExpression windowsPath(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (windowsPath.match(trimmed).hasMatch()) {
        return true;
    }
    const QUrl url(trimmed);
    if (url.scheme().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QString host = url.host().toLower();
    if (host.isEmpty()) {
        return false;
    }
    static const QRegularExpression loopback(QStringLiteral("^127(\\.\\d{1,3}){3}$"));
    return host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")) || host.endsWith(QLatin1String(".local"))
           || loopback.match(host).hasMatch() || host == QLatin1String("::1") || host == QLatin1String("0.0.0.0");
}

QList<PrePublishFinding> PrePublishCheck::run(const Post& post)
{
    QList<PrePublishFinding> findings;
    if (post.format != SourceFormat::Markdown) {
        return findings;
    }
    const QByteArray utf8 = post.body.toUtf8();
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parse_document(utf8.constData(), size_t(utf8.size()), kOptions));
    if (!document) {
        return findings;
    }
    QString openText;
    QString hiddenText;
    QList<QString> openAltTexts;
    QSet<QString> links;
    int spoilers = 0;
    QList<cmark_node*> openSpoilers;
    static const QRegularExpression htmlAddress(QStringLiteral("(?:href|src)\\s*=\\s*[\"']([^\"']+)[\"']"),
                                                QRegularExpression::CaseInsensitiveOption);
    cmark_iter* iter = cmark_iter_new(document.get());
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        const auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_BLOCK_QUOTE) {
            if (event == CMARK_EVENT_ENTER) {
                QString firstLine;
                QString rest;
                if (isSpoiler(node, &firstLine, &rest)) {
                    ++spoilers;
                    openSpoilers.append(node);
                    openText += firstLine + QLatin1Char('\n');
                    hiddenText += rest + QLatin1Char('\n');
                }
            } else if (!openSpoilers.isEmpty() && openSpoilers.last() == node) {
                openSpoilers.removeLast();
            }
            continue;
        }
        if (event != CMARK_EVENT_ENTER) {
            continue;
        }
        const bool hidden = !openSpoilers.isEmpty();
        if (type == CMARK_NODE_IMAGE || type == CMARK_NODE_LINK) {
            const QString url = QString::fromUtf8(cmark_node_get_url(node));
            links.insert(url);
            if (type == CMARK_NODE_IMAGE) {
                QString alt;
                for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
                    appendText(child, alt);
                }
                if (alt.trimmed().isEmpty()) {
                    findings.append({PrePublishFinding::Kind::ImageWithoutAlt, url, {},
                                     tr("The image %1 has no alt text: describe it for readers who cannot see it.").arg(url)});
                } else if (!hidden) {
                    openAltTexts.append(alt);
                }
            }
        } else if (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK) {
            for (auto it = htmlAddress.globalMatch(literalOf(node)); it.hasNext();) {
                links.insert(it.next().captured(1));
            }
        } else if ((type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK) && !hidden) {
            openText += literalOf(node) + QLatin1Char(' ');
        }
    }
    cmark_iter_free(iter);

    QStringList sortedLinks(links.cbegin(), links.cend());
    sortedLinks.sort();
    for (const QString& link : std::as_const(sortedLinks)) {
        if (pointsAtThisMachine(link)) {
            findings.append({PrePublishFinding::Kind::LocalLink, link, {},
                             tr("%1 points at your own machine: readers cannot open it.").arg(link)});
        }
    }

    if (spoilers == 0 && !filedUnderFilm(post)) {
        return findings;
    }
    // Where a reader sees text before choosing to open a spoiler.
    using Where = PrePublishFinding::Where;
    struct Exposed
    {
        QString field;
        QString text;
        Where where;
    };
    QList<Exposed> exposed {{tr("title"), post.title, Where::Title},
                            {tr("slug"), QString(post.slug).replace(QLatin1Char('-'), QLatin1Char(' ')), Where::Slug},
                            {tr("excerpt"), post.excerpt, Where::Excerpt},
                            {tr("tags"), post.tags.join(QStringLiteral(", ")), Where::Tags}};
    for (const QString& alt : std::as_const(openAltTexts)) {
        exposed.append({tr("image alt text"), alt, Where::Text});
    }
    QStringList giveaways;
    for (const QString& name : namesIn(hiddenText, openText + QLatin1Char('\n') + hiddenText)) {
        if (!containsWord(openText, name)) {
            giveaways.append(name); // the review itself keeps it behind a spoiler
        }
    }
    for (const auto& [field, text, where] : std::as_const(exposed)) {
        for (const QString& name : std::as_const(giveaways)) {
            if (containsWord(text, name)) {
                findings.append({PrePublishFinding::Kind::SpoilerOutside, name, field,
                                 tr("“%1” is hidden in a spoiler block but stands in the %2.").arg(name, field), where});
            }
        }
        for (const QString& word : revealingWords()) {
            if (containsWord(text, word)) {
                findings.append({PrePublishFinding::Kind::SpoilerOutside, word, field,
                                 tr("“%1” in the %2 may give the story away; no spoiler block protects it there.").arg(word, field), where});
            }
        }
    }
    return findings;
}

QStringList PrePublishCheck::missingFrom(const QStringList& names, const QStringList& blogNames)
{
    QSet<QString> known;
    for (const QString& name : blogNames) {
        known.insert(name.trimmed().toCaseFolded());
    }
    QStringList missing;
    for (const QString& name : names) {
        if (!name.trimmed().isEmpty() && !known.contains(name.trimmed().toCaseFolded())) {
            missing.append(name.trimmed());
        }
    }
    return missing;
}

QList<PrePublishFinding> PrePublishCheck::newTerms(const Post& post, const QStringList& blogCategories, const QStringList& blogTags)
{
    QList<PrePublishFinding> findings;
    if (post.type == PostType::Page) {
        return findings; // a page has no categories or tags: none is created for it
    }
    const QStringList categories = missingFrom(post.categories, blogCategories);
    if (!categories.isEmpty()) {
        findings.append({PrePublishFinding::Kind::NewTerm, categories.constFirst(), QStringLiteral("categories"),
                         tr("Categories not on the blog yet, created when this is published: %1. A misspelt name becomes a category of its own.")
                             .arg(categories.join(QStringLiteral(", "))),
                         PrePublishFinding::Where::Categories});
    }
    const QStringList tags = missingFrom(post.tags, blogTags);
    if (!tags.isEmpty()) {
        findings.append({PrePublishFinding::Kind::NewTerm, tags.constFirst(), QStringLiteral("tags"),
                         tr("Tags not on the blog yet, created when this is published: %1. A misspelt name becomes a tag of its own.")
                             .arg(tags.join(QStringLiteral(", "))),
                         PrePublishFinding::Where::Tags});
    }
    return findings;
}

} // namespace longhand
