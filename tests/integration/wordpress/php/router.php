<?php
// Router for `php -S 127.0.0.1:PORT -t STATE/docroot STATE/router.php` (wp-fixture copies it into STATE).
//
// The docroot's entries are symlinks into Debian's /usr/share/wordpress. PHP resolves symlinks in __DIR__, so
// without ABSPATH every entry point would load Debian's wp-config.php (which reads /etc/wordpress/config-*.php)
// instead of the fixture's own. Defining ABSPATH here makes wp-load.php pick the docroot's wp-config.php.
define('ABSPATH', __DIR__ . '/docroot/');

$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?? '/');
if (str_contains($path, '..') || str_contains($path, "\0")) {
    http_response_code(400);
    return true;
}

$target = ABSPATH . ltrim($path, '/');
if (is_dir($target)) {
    if (!str_ends_with($path, '/')) {
        $query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
        header('Location: ' . $path . '/' . ($query !== null ? '?' . $query : ''), true, 301);
        return true;
    }
    $path .= 'index.php';
    $target .= 'index.php';
}

if (is_file($target)) {
    if (!str_ends_with($target, '.php')) {
        return false; // a static file (uploads, scripts, styles): the built-in server sends it itself
    }
    $script = $path;
} else {
    // Everything else is a pretty permalink or /wp-json/...: WordPress routes it from REQUEST_URI.
    $script = '/index.php';
    $target = ABSPATH . 'index.php';
}

$_SERVER['SCRIPT_NAME'] = $script;
$_SERVER['PHP_SELF'] = $script;
$_SERVER['SCRIPT_FILENAME'] = $target;
chdir(dirname($target));

if ($script === '/wp-cron.php') {
    // wp-cron.php loads WordPress only when ABSPATH is undefined; it is defined above, so load it here.
    require ABSPATH . 'wp-load.php';
}
require $target;
return true;
