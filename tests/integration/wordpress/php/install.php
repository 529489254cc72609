<?php
// First start of a fixture: installs WordPress into the empty database, creates the three test users with an
// application password each, and leaves an empty blog. Writes STATE/credentials.json (mode 0600).

define('WP_INSTALLING', true);
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$users = [
    'admin' => ['role' => 'administrator', 'display_name' => 'Ada Admin'],
    'editor' => ['role' => 'editor', 'display_name' => 'Edith Editor'],
    'author' => ['role' => 'author', 'display_name' => 'Arthur Author'],
];
$credentials = [];
foreach (array_keys($users) as $login) {
    $credentials[$login] = ['password' => wp_generate_password(20, false)];
}

$installed = wp_install('Longhand Test Blog', 'admin', 'admin@example.test', true, '',
    $credentials['admin']['password']);
if (empty($installed['user_id'])) {
    longhand_fail('wp_install did not create the admin user');
}

foreach ($users as $login => $user) {
    $id = username_exists($login);
    if (!$id) {
        $id = longhand_check(wp_insert_user([
            'user_login' => $login,
            'user_pass' => $credentials[$login]['password'],
            'user_email' => $login . '@example.test',
            'role' => $user['role'],
        ]), "creating user $login");
    }
    $name = explode(' ', $user['display_name']);
    longhand_check(wp_update_user([
        'ID' => $id,
        'display_name' => $user['display_name'],
        'first_name' => $name[0],
        'last_name' => $name[1],
        'nickname' => $user['display_name'],
    ]), "naming user $login");
    $created = WP_Application_Passwords::create_new_application_password($id, ['name' => 'Longhand tests']);
    longhand_check($created, "creating the application password of $login");
    $credentials[$login]['id'] = $id;
    $credentials[$login]['app_password'] = $created[0];
}

// Pretty permalinks, so /wp-json/ works as well as /?rest_route=. wp_install tried to enable them itself by
// requesting its own URL, which fails because the web server is not running yet.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
$wp_rewrite->flush_rules(false); // false: do not write an .htaccess

// A site in a time zone away from UTC, so a client that mixes up `date` and `date_gmt` fails its tests.
update_option('timezone_string', 'Europe/Berlin');
update_option('blogdescription', 'Notes on films, written offline');
update_option('comments_notify', 0);
update_option('moderation_notify', 0);
update_option('default_pingback_flag', 0);
update_option('default_ping_status', 'closed');

// Start from an empty blog: no "Hello world!", sample page, privacy page or first comment.
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids']) as $id) {
    wp_delete_post($id, true);
}
update_option('wp_page_for_privacy_policy', 0);

$file = getenv('LONGHAND_WP_STATE') . '/credentials.json';
$old = umask(077);
file_put_contents($file, json_encode($credentials, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n")
    or longhand_fail("cannot write $file");
umask($old);
echo "installed WordPress " . get_bloginfo('version') . "\n";
