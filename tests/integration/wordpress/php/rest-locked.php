<?php
/*
 * Plugin Name: Longhand test fixture: REST locked
 * Description: Only while wp-content/longhand-rest-locked exists (wp-fixture rest-locked STATE on): the blog behaves
 * as one behind a security plugin such as Wordfence, or an old or hosted WordPress. Application passwords are
 * switched off, and the REST API refuses every request that carries credentials. Visitors still read it anonymously,
 * and XML-RPC (xmlrpc.php) still takes the account's password.
 */

if (is_file(WP_CONTENT_DIR . '/longhand-rest-locked')) {
    add_filter('wp_is_application_passwords_available', '__return_false');

    add_filter('rest_authentication_errors', function ($result) {
        if (!empty($result)) {
            return $result;
        }
        if (!empty($_SERVER['HTTP_AUTHORIZATION']) || isset($_SERVER['PHP_AUTH_USER'])) {
            return new WP_Error('longhand_rest_locked', 'This blog does not let API clients sign in to its REST API.',
                ['status' => 401]);
        }
        return $result;
    }, 99);
}
