<?php
// Loads the fixture's WordPress in a command-line script. The STATE directory comes from LONGHAND_WP_STATE.
// Define WP_INSTALLING before requiring this file to load WordPress before it is installed.

if (PHP_SAPI !== 'cli') {
    exit(1);
}

$longhandState = getenv('LONGHAND_WP_STATE');
if ($longhandState === false || !is_file($longhandState . '/docroot/wp-config.php')) {
    fwrite(STDERR, "LONGHAND_WP_STATE does not name a wp-fixture state directory\n");
    exit(2);
}

// Same reason as in router.php: the docroot's files are symlinks into /usr/share/wordpress.
define('ABSPATH', $longhandState . '/docroot/');

// Some of WordPress reads these even outside a request.
$_SERVER['HTTP_HOST'] = parse_url(getenv('LONGHAND_WP_URL') ?: 'http://127.0.0.1', PHP_URL_HOST);
$_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

require ABSPATH . 'wp-load.php';

function longhand_fail(string $message): never
{
    fwrite(STDERR, $message . "\n");
    exit(1);
}

function longhand_check(mixed $result, string $what): mixed
{
    if (is_wp_error($result)) {
        longhand_fail($what . ': ' . $result->get_error_message());
    }
    if ($result === false || $result === 0) {
        longhand_fail($what . ' failed');
    }
    return $result;
}
