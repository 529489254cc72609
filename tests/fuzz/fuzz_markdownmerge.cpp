// Fuzz target: merging a Markdown review with the web's HTML (core/sync/MarkdownMerge, core/markdown/HtmlBlocks).
// The input is the blog's current HTML of the post, the hostile side: anyone who can edit the post on the web writes
// it. The review and the HTML it was published as are fixed; the writer changed its last paragraph.
// Checks: cutting the input into blocks keeps every non-blank character; the result is a document (resolved text
// plus one side of each conflict); a clean merge, rendered, holds every block the web added or changed, and the
// writer's edit.
#include "FuzzSupport.h"
#include "core/markdown/HtmlBlocks.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/sync/MarkdownMerge.h"

#include <QRegularExpression>

using namespace longhand;

namespace {

const QString kReview = QStringLiteral("# Alien\n\nThe first paragraph.\n\n> [!spoiler] The ending\n> Ripley "
                                       "survives.\n\n- one\n- two\n\nThe last paragraph.\n");

RenderOptions options()
{
    RenderOptions o;
    o.title = QStringLiteral("Alien");
    o.alsoLike = QStringLiteral("Aliens");
    o.alsoLikeUrl = QStringLiteral("https://blog.example/aliens/");
    return o;
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QStringList canonicalBlocks(const QString& html)
{
    QStringList out;
    for (const QString& block : htmlblocks::split(html)) {
        out.append(htmlblocks::canonical(block));
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString remote = fuzz::text(data, size);
    const QStringList blocks = htmlblocks::split(remote);
    FUZZ_CHECK(withoutSpace(blocks.join(QString())) == withoutSpace(remote), remote);

    static const QString base = MarkdownRenderer::render(kReview, options()).html;
    QString local = kReview;
    local.replace(QStringLiteral("The last paragraph."), QStringLiteral("The last paragraph, edited here."));
    const MergeResult result = mergeMarkdown(base, local, remote, options());
    FUZZ_CHECK(result.clean == (result.conflictCount() == 0), remote);
    QString document = resolveHunks(result.hunks, {});
    while (document.endsWith(QLatin1String("\n\n"))) {
        document.chop(1);
    }
    FUZZ_CHECK(result.merged == document, remote);
    if (!result.clean) {
        return 0;
    }
    // As published: the rendering, then the token (an element or a comment the web left open must not swallow them).
    const QString merged = htmlblocks::canonical(
        MarkdownRenderer::render(result.merged, options()).html + QLatin1String("\n<!-- longhand-publication lh0 -->"));
    const QStringList before = canonicalBlocks(base);
    for (const QString& block : blocks) {
        const QString canonical = htmlblocks::canonical(block);
        // The also-like line and the publication token are made by the review's field and by Publisher.
        static const QRegularExpression token(QStringLiteral("^<!-- longhand-publication lh[0-9a-f]+ -->$"));
        if (!before.contains(canonical) && !block.startsWith(QLatin1String("<div class=\"also-like\">"))
            && !token.match(block).hasMatch()) {
            FUZZ_CHECK(
                merged.contains(canonical) && merged.endsWith(QLatin1String("</div><!-- longhand-publication lh0 -->")),
                remote + QLatin1String("\n=> lost: ") + block + QLatin1String("\n=>\n") + result.merged);
        }
    }
    return 0;
}
