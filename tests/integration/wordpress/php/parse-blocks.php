<?php
// wp-fixture parse-blocks: WordPress's own block parser (parse_blocks, WP_Block_Parser) over a post's stored content,
// as the block editor and do_blocks() see it.
//
//   php parse-blocks.php POST_ID    prints {"blocks": [...], "attrs": [...], "unregistered": [...]}
// blocks: the block names depth first (a block, then its inner blocks); HTML outside any block as "freeform"
// (what the editor opens as a Classic block; blank runs between blocks are left out). unregistered: names among
// them that this WordPress does not know (the editor would show them as missing blocks). attrs: each named block's
// attributes as the parser read them from its delimiter (an object, {} for none), in the order of blocks.

require __DIR__ . '/bootstrap.php';

$postId = (int) ($argv[1] ?? 0);
$post = $postId > 0 ? get_post($postId) : null;
if (!$post) {
    longhand_fail('usage: php parse-blocks.php POST_ID (an existing post)');
}

$names = [];
$attrs = [];
$unregistered = [];
$registry = WP_Block_Type_Registry::get_instance();
$walk = function (array $blocks) use (&$walk, &$names, &$attrs, &$unregistered, $registry) {
    foreach ($blocks as $block) {
        if ($block['blockName'] === null) {
            if (trim($block['innerHTML']) !== '') {
                $names[] = 'freeform';
            }
            continue;
        }
        $names[] = $block['blockName'];
        $attrs[] = (object) $block['attrs'];
        if (!$registry->is_registered($block['blockName'])) {
            $unregistered[] = $block['blockName'];
        }
        $walk($block['innerBlocks']);
    }
};
$walk(parse_blocks($post->post_content));
echo json_encode(['blocks' => $names, 'attrs' => $attrs, 'unregistered' => array_values(array_unique($unregistered))]), "\n";
