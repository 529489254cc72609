<?php
// Writes STATE/env (shell) and STATE/env.json from STATE/credentials.json and the current URL.
// Usage: php write-env.php STATE URL PORT

[, $state, $url, $port] = $argv + [null, null, null, null];
if ($port === null) {
    fwrite(STDERR, "usage: php write-env.php STATE URL PORT\n");
    exit(2);
}
$credentials = json_decode((string) file_get_contents($state . '/credentials.json'), true);
if (!is_array($credentials)) {
    fwrite(STDERR, "cannot read $state/credentials.json\n");
    exit(1);
}

$env = ['WP_URL' => $url, 'WP_PORT' => $port, 'WP_STATE' => $state];
foreach (['admin', 'editor', 'author'] as $login) {
    $prefix = 'WP_' . strtoupper($login) . '_';
    $env[$prefix . 'USER'] = $login;
    $env[$prefix . 'APP_PASSWORD'] = $credentials[$login]['app_password'];
    $env[$prefix . 'PASSWORD'] = $credentials[$login]['password'];
    $env[$prefix . 'ID'] = (string) $credentials[$login]['id'];
}

$shell = "# Written by wp-fixture; source it. WP_*_PASSWORD logs in to wp-admin, WP_*_APP_PASSWORD is for REST.\n";
foreach ($env as $key => $value) {
    $shell .= $key . "='" . str_replace("'", "'\\''", $value) . "'\n";
}
$json = json_encode($env, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n";

umask(077);
foreach (['env' => $shell, 'env.json' => $json] as $name => $text) {
    $tmp = "$state/.$name.tmp";
    if (file_put_contents($tmp, $text) === false || !rename($tmp, "$state/$name")) {
        fwrite(STDERR, "cannot write $state/$name\n");
        exit(1);
    }
}
