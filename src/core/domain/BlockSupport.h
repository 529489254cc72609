#pragma once

#include <QString>

namespace longhand {

// What a blog's block editor writes, where versions of WordPress differ, so that a review published as blocks is
// what that editor would save itself (BlockSerializer). The defaults are WordPress 6.1's (Debian 12, the fixture),
// whose forms later versions still accept: a blog not asked yet, or that could not say, gets those.
struct BlockSupport
{
    // core/details is registered (WordPress 6.3+): a spoiler is a wp:details block around its inner blocks, else a
    // wp:html block holding <details>.
    bool detailsBlock = false;
    // core/heading saves its generated class, <h2 class="wp-block-heading"> (WordPress 6.2+; 6.1's heading block
    // declares supports.className false).
    bool headingClass = false;

    bool operator==(const BlockSupport&) const = default;

    // From a WordPress version such as "6.3.2" or "6.4-RC1" (XML-RPC's software_version, the only way that protocol
    // tells): what core WordPress of that version registers. Unreadable: the defaults.
    static BlockSupport forVersion(const QString& version);
};

} // namespace longhand
