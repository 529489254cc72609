// Fuzz target: rendering a review (core/markdown/MarkdownRenderer with the ReviewExtensions: spoilers, "you may
// also like", image addresses), also as block markup (BlockSerializer). The input is a review's Markdown, optionally
// preceded by option lines that start with "%% " (so seeds stay readable and mutations reach every option):
//
//     %% preview                    render for the preview instead of the blog
//     %% expand 0 2                 preview: these spoilers (numbered from 0) shown open
//     %% title Alien                the X of "If you liked X you may also like Y"
//     %% also-like Aliens           the Y
//     %% also-like-url https://…    where Y links to
//     %% image media/a.png https://blog.example/a.png   an image address rewritten for publishing
//     %% html                       a post written on the web: HTML kept as it is
#include "FuzzSupport.h"
#include "core/markdown/BlockSerializer.h"
#include "core/markdown/MarkdownRenderer.h"

using namespace longhand;

namespace {

// Reads the option lines off the front of the input; returns the Markdown that follows them.
QString readOptions(const QString& input, RenderOptions& options)
{
    qsizetype pos = 0;
    while (input.mid(pos, 3) == QLatin1String("%% ")) {
        const qsizetype end = input.indexOf(QLatin1Char('\n'), pos);
        const QString line = input.mid(pos + 3, end < 0 ? -1 : end - pos - 3);
        pos = end < 0 ? input.size() : end + 1;
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString key = line.left(space < 0 ? line.size() : space);
        const QString value = space < 0 ? QString() : line.mid(space + 1);
        if (key == QLatin1String("preview")) {
            options.target = RenderOptions::Target::Preview;
        } else if (key == QLatin1String("expand")) {
            for (const QString& number : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                options.expandedSpoilers.insert(number.toInt());
            }
        } else if (key == QLatin1String("title")) {
            options.title = value;
        } else if (key == QLatin1String("also-like")) {
            options.alsoLike = value;
        } else if (key == QLatin1String("also-like-url")) {
            options.alsoLikeUrl = value;
        } else if (key == QLatin1String("image")) {
            const qsizetype split = value.indexOf(QLatin1Char(' '));
            options.imageUrls.insert(
                value.left(split < 0 ? value.size() : split), split < 0 ? QString() : value.mid(split + 1));
        } else if (key == QLatin1String("html")) {
            options.htmlSource = true;
        }
    }
    return input.mid(pos);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    RenderOptions options;
    const QString markdown = readOptions(fuzz::text(data, size), options);
    const RenderResult result = MarkdownRenderer::render(markdown, options);

    FUZZ_CHECK(result.stats.words >= 0 && result.stats.readingMinutes >= 0, markdown);
    FUZZ_CHECK(result.spoilerCount >= 0, markdown);
    FUZZ_CHECK((result.stats.words == 0) == (result.stats.readingMinutes == 0), markdown);
    if (options.htmlSource) {
        FUZZ_CHECK(result.html == markdown, markdown);
        FUZZ_CHECK(result.spoilerCount == 0, markdown);
    } else {
        const QString detail = markdown + QLatin1String("\n=>\n") + result.html;
        if (options.target == RenderOptions::Target::Blog) {
            FUZZ_CHECK(result.html.count(QLatin1String("<details><summary>")) >= result.spoilerCount, detail);
        } else if (result.spoilerCount > 0) {
            // Spoilers nested in a collapsed one are not shown at all; the outermost always is.
            FUZZ_CHECK(result.html.contains(MarkdownRenderer::spoilerLinkScheme() + QLatin1String(":0\"")), detail);
        }
        if (!options.alsoLike.trimmed().isEmpty()) {
            FUZZ_CHECK(result.html.contains(QLatin1String("<div class=\"also-like\">")), markdown);
        }
        // As block markup: one top-level block per Markdown block, whatever the text holds (no "<!-- wp:" or "-->"
        // in it opens, closes or breaks a block).
        const QStringList blocks = BlockSerializer::serializeBlocks(markdown, options);
        const QStringList parsed = BlockSerializer::splitTopLevel(blocks.join(QLatin1String("\n\n")));
        FUZZ_CHECK(parsed.size() == blocks.size(), markdown);
        for (const QString& block : parsed) {
            FUZZ_CHECK(block.startsWith(QLatin1String("<!-- wp:")), markdown);
        }
    }

    const QStringList images = MarkdownRenderer::images(markdown);
    FUZZ_CHECK(QStringList(images).removeDuplicates() == 0, markdown);
    for (const QString& local : MarkdownRenderer::localImages(markdown)) {
        FUZZ_CHECK(local.startsWith(QLatin1String("media/")) && images.contains(local), markdown);
    }
    return 0;
}
