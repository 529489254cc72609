<?php
// wp-fixture bulk-comments / bulk-posts: many rows fast, for benchmarks and paging tests. Through
// wp_insert_post in one process (comments: the rows wp_insert_comment writes, 1,000 an INSERT in one transaction)
// this is two to four orders of magnitude faster than REST.
//
//   php bulk.php comments N [POST_ID]   N comments on POST_ID (0: a new post); every fifth one replies to an
//                                       earlier comment, one in ten is held, one in fifty is spam
//   php bulk.php posts N                N published posts of 1,500 to 2,500 words each
// Prints a JSON summary: {"post": ID, "first": ID, "last": ID, "count": N} or {"first":..,"last":..,"count":..}.

require __DIR__ . '/bootstrap.php';

[, $kind, $count, $postId] = $argv + [null, null, 0, 0];
$count = (int) $count;
$postId = (int) $postId;
if (!in_array($kind, ['comments', 'posts'], true) || $count < 1) {
    longhand_fail('usage: php bulk.php comments N [POST_ID] | posts N');
}

$admin = get_user_by('login', 'admin');
wp_set_current_user($admin->ID);
// Same output for the same N, so benchmark runs compare like with like.
mt_srand(20240601);

$words = explode(' ', 'film scene shot frame light camera actor story silence music sound colour night city '
    . 'road river window door rain winter summer face voice hand memory train station house street field '
    . 'quiet long slow sudden strange familiar bright dark warm cold careful patient restless gentle '
    . 'watches remembers waits returns crosses opens closes follows leaves finds loses keeps carries '
    . 'the a of and in on with through across under over before after while because although');

function sentence(array $words, int $min, int $max): string
{
    $n = mt_rand($min, $max);
    $picked = [];
    for ($i = 0; $i < $n; ++$i) {
        $picked[] = $words[mt_rand(0, count($words) - 1)];
    }
    return ucfirst(implode(' ', $picked)) . '.';
}

function paragraph(array $words, int $sentences): string
{
    $out = [];
    for ($i = 0; $i < $sentences; ++$i) {
        $out[] = sentence($words, 6, 18);
    }
    return implode(' ', $out);
}

$began = microtime(true);
wp_defer_term_counting(true);
wp_defer_comment_counting(true);

if ($kind === 'comments') {
    if ($postId === 0) {
        $postId = longhand_check(wp_insert_post(wp_slash([
            'post_title' => "A post with $count comments",
            'post_content' => '<p>' . paragraph($words, 5) . '</p>',
            'post_status' => 'publish',
            'post_author' => $admin->ID,
            'comment_status' => 'open',
        ]), true), 'creating the post for the comments');
    } elseif (!get_post($postId)) {
        longhand_fail("no post $postId");
    }
    $names = ['Mira', 'Tomás', 'June', 'Okonkwo', 'Lena', 'Hiro', 'Siobhan', 'Piotr', 'Amara', 'Dev'];
    $start = time() - $count * 60;
    $ids = [];
    // The rows wp_insert_comment would write (it only unslashes, fills defaults and clears caches; the fixture
    // has no persistent object cache and no plugin hooks there), written 1,000 a statement in one transaction:
    // 300,000 comments take minutes instead of most of an hour. Ids are given explicitly from the table's
    // AUTO_INCREMENT, so replies can name their parents within a batch; the caller holds the state's lock.
    global $wpdb;
    $status = $wpdb->get_row("SHOW TABLE STATUS LIKE '{$wpdb->comments}'");
    $maxId = (int) $wpdb->get_var("SELECT COALESCE(MAX(comment_ID), 0) FROM {$wpdb->comments}");
    $nextId = max((int) ($status->Auto_increment ?? 0), $maxId + 1);
    $columns = 'comment_ID, comment_post_ID, comment_author, comment_author_email, comment_author_url, comment_author_IP, '
        . 'comment_date, comment_date_gmt, comment_content, comment_karma, comment_approved, comment_agent, comment_type, '
        . 'comment_parent, user_id';
    $rows = [];
    $flush = function () use (&$rows, $wpdb, $columns) {
        if ($rows && $wpdb->query("INSERT INTO {$wpdb->comments} ($columns) VALUES " . implode(',', $rows)) === false) {
            longhand_fail('inserting comments: ' . $wpdb->last_error);
        }
        $rows = [];
    };
    $wpdb->query('START TRANSACTION');
    for ($i = 0; $i < $count; ++$i) {
        $name = $names[$i % count($names)];
        $gmt = gmdate('Y-m-d H:i:s', $start + $i * 60);
        $parent = ($i % 5 === 4 && $ids) ? $ids[mt_rand(max(0, count($ids) - 20), count($ids) - 1)] : 0;
        $approved = $i % 50 === 49 ? 'spam' : ($i % 10 === 9 ? '0' : '1');
        $content = paragraph($words, mt_rand(1, 4));
        if ($i % 7 === 3) {
            $content .= ' <em>' . sentence($words, 3, 6) . '</em>';
        }
        if ($i % 11 === 5) {
            $content .= ' <a href="https://example.org/notes/' . $i . '">' . sentence($words, 2, 4) . '</a>';
        }
        $id = $nextId++;
        $rows[] = $wpdb->prepare(
            '(%d, %d, %s, %s, %s, %s, %s, %s, %s, 0, %s, %s, %s, %d, 0)',
            $id, $postId, "$name #$i", strtolower($name) . $i . '@example.net', '', '192.0.2.' . ($i % 250 + 1),
            get_date_from_gmt($gmt), $gmt, $content, $approved, 'longhand-bulk', 'comment', $parent);
        $ids[] = $id;
        if (count($rows) === 1000) {
            $flush();
        }
    }
    $flush();
    if ($wpdb->query('COMMIT') === false) {
        longhand_fail('committing the comments: ' . $wpdb->last_error);
    }
    clean_comment_cache($ids);
    wp_cache_set_comments_last_changed();
    wp_defer_comment_counting(false);
    wp_update_comment_count_now($postId);
    $summary = ['post' => $postId, 'first' => $ids[0], 'last' => end($ids), 'count' => count($ids)];
} else {
    $category = term_exists('Bulk', 'category');
    $category = $category ? (int) $category['term_id']
        : (int) longhand_check(wp_insert_term('Bulk', 'category'), 'creating the Bulk category')['term_id'];
    $start = time() - $count * 3600;
    $ids = [];
    for ($i = 0; $i < $count; ++$i) {
        $paragraphs = [];
        $target = mt_rand(1500, 2500);
        $length = 0;
        while ($length < $target) {
            $text = paragraph($words, mt_rand(4, 9));
            $length += str_word_count($text);
            $paragraphs[] = '<p>' . $text . '</p>';
        }
        $gmt = gmdate('Y-m-d H:i:s', $start + $i * 3600);
        $id = longhand_check(wp_insert_post(wp_slash([
            'post_title' => 'Long post ' . ($i + 1) . ': ' . rtrim(sentence($words, 3, 7), '.'),
            'post_content' => implode("\n\n", $paragraphs),
            'post_status' => 'publish',
            'post_author' => $admin->ID,
            'post_category' => [$category],
            'post_date_gmt' => $gmt,
            'post_date' => get_date_from_gmt($gmt),
        ]), true), "creating post $i");
        $ids[] = $id;
    }
    $summary = ['first' => $ids[0], 'last' => end($ids), 'count' => count($ids)];
}
wp_defer_term_counting(false);

$summary['seconds'] = round(microtime(true) - $began, 2);
echo json_encode($summary), "\n";
