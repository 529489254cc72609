<?php
/*
 * Plugin Name: Longhand test fixture
 * Description: Test-only behaviour for the private WordPress that wp-fixture runs on 127.0.0.1.
 */

// Visitors may comment through REST, as they can through the comment form.
add_filter('rest_allow_anonymous_comments', '__return_true');

// Tests post many comments in a row; the flood check would reject them. check_comment_flood_db is what adds
// wp_check_comment_flood, at the moment a comment is checked.
remove_action('check_comment_flood', 'check_comment_flood_db', 10);
add_filter('wp_is_comment_flood', '__return_false', PHP_INT_MAX);

// There is no mail on this machine, and nobody to read it: drop every message before PHPMailer tries.
add_filter('pre_wp_mail', '__return_false');

// What plugins and themes add to posts, so that publishing tests can prove Longhand keeps what it does not show:
// a post meta field in the REST API and a post template.
add_action('init', function () {
    register_post_meta('post', 'longhand_test_note', ['type' => 'string', 'single' => true, 'show_in_rest' => true]);
});
add_filter('theme_post_templates', function ($templates) {
    $templates['longhand-test-template.php'] = 'Longhand test template';
    return $templates;
});
