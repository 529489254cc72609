<?php
// wp-fixture pings: a pingback, a trackback and a block-editor note on one post, as wp_insert_comment makes
// them (REST cannot create a comment of another type: `type` is read-only there).
//
//   php pings.php POST_ID    prints {"pingback": ID, "trackback": ID, "note": ID}
// The pingback is approved, the trackback held; the note (WordPress 6.9's type for block-editor notes, which
// a client must never sync) is stored as any other type would be on an older WordPress.

require __DIR__ . '/bootstrap.php';

$postId = (int) ($argv[1] ?? 0);
if ($postId < 1 || !get_post($postId)) {
    longhand_fail('usage: php pings.php POST_ID (an existing post)');
}

$now = time();
$make = function (string $type, int $approved, string $name, string $url, string $text, int $offset) use ($postId, $now) {
    $id = wp_insert_comment([
        'comment_post_ID' => $postId,
        'comment_type' => $type,
        'comment_approved' => $approved,
        'comment_author' => $name,
        'comment_author_url' => $url,
        'comment_author_email' => '',
        'comment_author_IP' => '192.0.2.44',
        'comment_content' => $text,
        'comment_date_gmt' => gmdate('Y-m-d H:i:s', $now - $offset),
        'comment_date' => get_date_from_gmt(gmdate('Y-m-d H:i:s', $now - $offset)),
        'user_id' => 0,
    ]);
    if (!$id) {
        longhand_fail("could not create the $type");
    }
    return $id;
};

echo json_encode([
    'pingback' => $make('pingback', 1, 'Another Film Blog', 'https://films.example/linked-here/',
        '[&#8230;] as the review on Longhand Test Blog says, the ending is earned [&#8230;]', 120),
    'trackback' => $make('trackback', 0, 'Cinema Notes', 'https://cinema.example/trackback-post/',
        '<strong>Cinema Notes</strong> A trackback excerpt about this review.', 90),
    'note' => $make('note', 1, 'admin', '', 'A private block-editor note, never for a client to sync.', 60),
]), "\n";
