<?php
// wp-fixture schedule / publish-scheduled: WordPress's scheduled posts without waiting a minute.
//
//   php schedule.php schedule ID SECONDS   post ID becomes scheduled SECONDS from now, as WordPress stores a
//                                          post created scheduled: status future, the date and the
//                                          modification date both that future moment. (Through the API a
//                                          schedule must be at least 60 s ahead; tests cannot wait that long.)
//   php schedule.php publish ID            what cron does when the moment has passed: wp_publish_post(), which
//                                          changes the status only, never the modification date.
// Prints {"id": ID, "status": ..., "modified_gmt": ...}.

require __DIR__ . '/bootstrap.php';

[, $mode, $id, $seconds] = $argv + [null, null, 0, 0];
$id = (int) $id;
$post = get_post($id);
if (!$post || !in_array($mode, ['schedule', 'publish'], true)) {
    longhand_fail('usage: php schedule.php schedule ID SECONDS | publish ID');
}
global $wpdb;
if ($mode === 'schedule') {
    $gmt = gmdate('Y-m-d H:i:s', time() + (int) $seconds);
    $local = get_date_from_gmt($gmt);
    $wpdb->update($wpdb->posts, [
        'post_status' => 'future',
        'post_date' => $local, 'post_date_gmt' => $gmt,
        'post_modified' => $local, 'post_modified_gmt' => $gmt,
    ], ['ID' => $id]);
    clean_post_cache($id);
} else {
    wp_publish_post($id);
}
$post = get_post($id);
echo json_encode(['id' => $id, 'status' => $post->post_status, 'modified_gmt' => $post->post_modified_gmt]), "\n";
