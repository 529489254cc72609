#include "core/sync/MarkdownMerge.h"

#include "core/markdown/BlockSerializer.h"
#include "core/markdown/HtmlBlocks.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <optional>

namespace longhand {

namespace {

// Block markup: the token and the also-like line are wp:html blocks; compared by the HTML they hold.
bool isPublicationToken(const QString& block)
{
    static const QRegularExpression token(QStringLiteral("^<!-- longhand-publication lh[0-9a-f]+ -->$"));
    return token.match(BlockSerializer::withoutDelimiters(block)).hasMatch();
}

bool isAlsoLike(const QString& block)
{
    return BlockSerializer::withoutDelimiters(block).startsWith(QLatin1String("<div class=\"also-like\">"));
}

QString withoutBlankEdges(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty()) {
        lines.removeFirst();
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
    }
    return lines.join(QLatin1Char('\n'));
}

// The blocks of one side, and the also-like line found among them (HTML sides).
struct HtmlSide
{
    QStringList blocks;
    QString alsoLike;
};

HtmlSide htmlSide(const QString& html)
{
    HtmlSide side;
    // A post Longhand sent as block markup is cut where its blocks are, as the review's blocks are then rendered.
    const QStringList blocks
        = BlockSerializer::isBlockMarkup(html) ? BlockSerializer::splitTopLevel(html) : htmlblocks::split(html);
    for (const QString& block : blocks) {
        if (isPublicationToken(block)) {
            continue; // Publisher keeps it at the end; it is no part of the review
        }
        if (isAlsoLike(block)) {
            side.alsoLike = block;
            continue;
        }
        side.blocks.append(block);
    }
    return side;
}

class Tokens
{
public:
    int idFor(const QString& html)
    {
        const QString key = htmlblocks::canonical(html);
        const auto found = m_ids.constFind(key);
        if (found != m_ids.constEnd()) {
            return *found;
        }
        const int id = int(m_ids.size());
        m_ids.insert(key, id);
        m_keys.append(key);
        return id;
    }
    QString key(int id) const { return m_keys.value(id); }

private:
    QHash<QString, int> m_ids;
    QStringList m_keys;
};

// One line per block, and a line that is the same on every side between blocks: like the blank line between
// paragraphs, it lets edits of neighbouring blocks merge instead of conflicting.
QString tokenText(const QList<int>& ids)
{
    QString text;
    for (const int id : ids) {
        text += QStringLiteral("t%1\n.\n").arg(id);
    }
    return text;
}

QList<int> idsOf(const QString& text)
{
    QList<int> ids;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(u't')) {
            ids.append(line.mid(1).toInt());
        }
    }
    return ids;
}

// What a block is as Markdown: the writer's own text when the review has it, else the web's (or the base's) HTML
// made Markdown.
class Texts
{
public:
    void addMarkdown(int id, const QString& markdown)
    {
        if (!m_markdown.contains(id)) {
            m_markdown.insert(id, markdown);
        }
    }
    void addHtml(int id, const QString& html)
    {
        if (!m_html.contains(id)) {
            m_html.insert(id, html);
        }
    }
    std::optional<QString> markdown(int id)
    {
        if (const auto found = m_markdown.constFind(id); found != m_markdown.constEnd()) {
            return *found;
        }
        // A block of block markup as Markdown: what it shows, its delimiters left out.
        const auto converted = htmlblocks::toMarkdown(BlockSerializer::withoutDelimiters(m_html.value(id)));
        if (converted) {
            m_markdown.insert(id, *converted);
        }
        return converted;
    }
    QString html(int id) const { return m_html.value(id); }

private:
    QHash<int, QString> m_markdown;
    QHash<int, QString> m_html;
};

QString joined(const QStringList& blocks)
{
    QString out;
    for (const QString& block : blocks) {
        if (!block.trimmed().isEmpty()) {
            out += block + QStringLiteral("\n\n");
        }
    }
    return out;
}

// A side of a conflict as Markdown; a block no Markdown renders the same is shown as its HTML (the writer decides).
QString sideText(const QList<int>& ids, Texts& texts)
{
    QStringList blocks;
    for (const int id : ids) {
        const auto markdown = texts.markdown(id);
        blocks.append(markdown ? *markdown : BlockSerializer::withoutDelimiters(texts.html(id)));
    }
    return joined(blocks);
}

void appendResolved(QList<MergeHunk>& hunks, const QString& text)
{
    if (text.isEmpty()) {
        return;
    }
    if (!hunks.isEmpty() && hunks.last().kind == MergeHunk::Kind::Resolved) {
        hunks.last().text += text;
        return;
    }
    hunks.append(MergeHunk { MergeHunk::Kind::Resolved, text, {}, {}, {} });
}

} // namespace

MergeResult mergeMarkdown(
    const QString& baseHtml, const QString& localMarkdown, const QString& remoteHtml, const RenderOptions& blogOptions)
{
    // The review's blocks are compared in the form the base was sent in: block markup, or HTML (sent before blocks).
    RenderOptions options = blogOptions;
    options.blockMarkup = BlockSerializer::isBlockMarkup(baseHtml);
    Tokens tokens;
    Texts texts;
    QList<int> baseIds;
    QList<int> localIds;
    QList<int> remoteIds;
    QSet<int> inLocal;

    QString trailing;
    QString localAlsoLike;
    const QList<RenderedBlock> localBlocks = MarkdownRenderer::renderBlocks(localMarkdown, options, &trailing);
    for (const RenderedBlock& block : localBlocks) {
        if (block.generated) {
            localAlsoLike = block.html.trimmed();
            continue;
        }
        const int id = tokens.idFor(block.html);
        texts.addMarkdown(id, withoutBlankEdges(block.source));
        texts.addHtml(id, block.html.trimmed());
        localIds.append(id);
        inLocal.insert(id);
    }
    QString base = baseHtml;
    base.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString remote = remoteHtml;
    remote.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const HtmlSide baseSide = htmlSide(base);
    const HtmlSide remoteSide = htmlSide(remote);
    for (const QString& block : baseSide.blocks) {
        const int id = tokens.idFor(block);
        texts.addHtml(id, block);
        baseIds.append(id);
    }
    for (const QString& block : remoteSide.blocks) {
        const int id = tokens.idFor(block);
        texts.addHtml(id, block);
        remoteIds.append(id);
    }

    const MergeResult byBlock = mergeText(tokenText(baseIds), tokenText(localIds), tokenText(remoteIds));
    MergeResult result;
    bool faithful = true;
    QList<int> chosenIds; // the blocks of the result with every conflict resolved the writer's way, in order
    for (const MergeHunk& hunk : byBlock.hunks) {
        if (hunk.kind == MergeHunk::Kind::Conflict) {
            result.hunks.append(MergeHunk { MergeHunk::Kind::Conflict, {}, sideText(idsOf(hunk.base), texts),
                sideText(idsOf(hunk.local), texts), sideText(idsOf(hunk.remote), texts) });
            chosenIds += idsOf(hunk.local);
            continue;
        }
        QStringList settled;
        for (const int id : idsOf(hunk.text)) {
            const auto markdown = texts.markdown(id);
            faithful = faithful && markdown.has_value();
            settled.append(markdown.value_or(QString()));
            chosenIds.append(id);
        }
        appendResolved(result.hunks, joined(settled));
    }
    QString localText = localMarkdown;
    localText.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // When unsure, the whole text is the one conflict: yours whole, or the web's whole (its blocks as Markdown where
    // they can be, else as they are).
    const auto wholeConflict = [&] {
        MergeResult whole;
        whole.hunks = { MergeHunk {
            MergeHunk::Kind::Conflict, {}, sideText(baseIds, texts), localText, sideText(remoteIds, texts) } };
        whole.clean = false;
        whole.merged = localText;
        return whole;
    };
    if (!faithful) {
        // A web block that renders the same neither as Markdown nor as raw HTML (or HTML too deep to parse): which of
        // the writer's blocks it replaced is not known for sure.
        return wholeConflict();
    }
    // The merged Markdown, rendered as it is published (the also-like line and the publication token after it), must
    // be exactly the blocks the merge settled on: blocks joined in a new order can read differently (a link whose
    // reference definition went with a block the web replaced, two lists that became one, an element or comment the
    // web left open swallowing what follows). Otherwise: unsure.
    const QString tail = QStringLiteral("\n<!-- longhand-publication lh0 -->");
    QString expected;
    for (const int id : std::as_const(chosenIds)) {
        expected += tokens.key(id);
    }
    expected += htmlblocks::canonical(localAlsoLike + tail);
    QString document = resolveHunks(result.hunks, {});
    if (!withoutBlankEdges(trailing).isEmpty()) {
        document += withoutBlankEdges(trailing) + QStringLiteral("\n");
    }
    const QString rendered = BlockSerializer::renderForBlog(document, options);
    if (htmlblocks::canonical(rendered + tail) != expected) {
        return wholeConflict();
    }
    // The also-like line is the review's field: an edit of it on the web cannot be merged into the Markdown.
    if (!remoteSide.alsoLike.isEmpty()
        && htmlblocks::canonical(remoteSide.alsoLike) != htmlblocks::canonical(baseSide.alsoLike)
        && htmlblocks::canonical(remoteSide.alsoLike) != htmlblocks::canonical(localAlsoLike)) {
        const auto markdown = htmlblocks::toMarkdown(BlockSerializer::withoutDelimiters(remoteSide.alsoLike));
        result.hunks.append(MergeHunk { MergeHunk::Kind::Conflict, {}, QString(), QString(),
            joined({ markdown ? *markdown : remoteSide.alsoLike }) });
    }
    if (!withoutBlankEdges(trailing).isEmpty()) {
        appendResolved(result.hunks, withoutBlankEdges(trailing) + QStringLiteral("\n"));
    }
    result.clean = result.conflictCount() == 0;
    result.merged = resolveHunks(result.hunks, {});
    while (result.merged.endsWith(QStringLiteral("\n\n"))) {
        result.merged.chop(1);
    }
    return result;
}

} // namespace longhand
