// Fuzz target: a post written on the web (core/markdown/WebPost). The input is the post's HTML, the hostile side:
// anyone who can edit the post on the web writes it (block delimiters unterminated, nested, stray).
// Checks: the word count is never negative and never more than the input's characters; a conversion the check
// allows gives back, published, the same canonical HTML (what "lossless" promises), whichever way the blog publishes
// (plain HTML, or blocks as WordPress 6.1 or 6.3+ writes them);
// a refused one names why and carries no Markdown.
#include "FuzzSupport.h"
#include "core/markdown/BlockSerializer.h"
#include "core/markdown/HtmlBlocks.h"
#include "core/markdown/WebPost.h"

#include <utility>

using namespace longhand;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString html = fuzz::text(data, size);
    const int words = webpost::countWords(html);
    FUZZ_CHECK(words >= 0 && words <= html.size(), html);
    // Plain HTML, blocks as WordPress 6.1 writes them, and as 6.3+ does (the details block, the heading's class).
    for (const auto& [blockMarkup, support] : { std::pair { false, BlockSupport {} }, std::pair { true, BlockSupport {} },
             std::pair { true, BlockSupport { true, true } } }) {
        const webpost::Conversion conversion = webpost::toMarkdown(html, blockMarkup, support);
        if (!conversion.convertible()) {
            FUZZ_CHECK(conversion.markdown.isEmpty(), html);
            FUZZ_CHECK(
                (conversion.obstacle == webpost::Obstacle::BlocksWithoutMarkdown) == !conversion.keptAsHtml.isEmpty(),
                html);
            continue;
        }
        RenderOptions options;
        options.blockMarkup = blockMarkup;
        options.blockSupport = support;
        const QString published = BlockSerializer::renderForBlog(conversion.markdown, options);
        FUZZ_CHECK(published == conversion.published, html);
        const QString shown
            = blockMarkup && !conversion.blockPost ? BlockSerializer::withoutDelimiters(published) : published;
        FUZZ_CHECK(htmlblocks::canonical(shown) == htmlblocks::canonical(html),
            html + QLatin1String("\n=>\n") + conversion.markdown);
    }
    return 0;
}
