#!/usr/bin/env bash
# XML-RPC sync benchmark against the real WordPress fixture (issue 14 item 6), with REST locked as a security
# plugin would lock it: a full sync of POSTS posts and COMMENTS comments (longhand-cli sync on an empty profile,
# connected with --protocol xmlrpc) vs the sequential request floor, the same wp.getPosts and wp.getComments pages
# of 100 asked one after another with curl; then a sync with nothing new.
# Usage: tests/bench/bench_sync_xmlrpc.sh BUILD_DIR [POSTS] [COMMENTS] [RUNS]
set -euo pipefail
build="$1"; posts="${2:-500}"; comments="${3:-10000}"; runs="${4:-3}"
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fixture="$top/tests/integration/wordpress/wp-fixture"
state="$build/bench-blog-xmlrpc"
work="$(mktemp -d)"
trap '"$fixture" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$fixture" start "$state" --reset >/dev/null
"$fixture" bulk-posts "$state" "$posts" >/dev/null
"$fixture" bulk-comments "$state" "$comments" >/dev/null
"$fixture" rest-locked "$state" on >/dev/null
env_value() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$state/env.json" "$1"; }
url="$(env_value WP_URL)"
password="$(env_value WP_ADMIN_PASSWORD)"
cli="$build/src/cli/longhand-cli"
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
call() { # METHOD FILTER_MEMBERS [EXTRA_PARAM]
    curl -sf -o /dev/null -H 'Content-Type: text/xml' "$url/xmlrpc.php" --data-binary \
        "<?xml version=\"1.0\"?><methodCall><methodName>$1</methodName><params><param><value><int>1</int></value></param><param><value><string>admin</string></value></param><param><value><string>$password</string></value></param><param><value><struct>$2</struct></value></param>${3:-}</params></methodCall>"
}
member() { echo "<member><name>$1</name><value>$2</value></member>"; }
post_fields='<param><value><array><data><value><string>post</string></value><value><string>terms</string></value></data></array></value></param>'
post_pages=$(( posts / 100 + 1 ))       # the last page is the short one that ends the list
comment_pages=$(( comments / 100 + 1 ))  # approved and held (bulk-comments: one in fifty is spam)
spam_pages=$(( comments / 50 / 100 + 1 ))
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
floor_times=(); full_times=(); again_times=()
for run in $(seq "$runs"); do
    start=$(now)
    for page in $(seq 0 $(( post_pages - 1 ))); do
        call wp.getPosts "$(member post_type '<string>post</string>')$(member post_status '<string>any</string>')$(member number '<int>100</int>')$(member offset "<int>$(( page * 100 ))</int>")" "$post_fields"
    done
    for page in $(seq 0 $(( comment_pages - 1 ))); do
        call wp.getComments "$(member number '<int>100</int>')$(member offset "<int>$(( page * 100 ))</int>")"
    done
    for page in $(seq 0 $(( spam_pages - 1 ))); do
        call wp.getComments "$(member status '<string>spam</string>')$(member number '<int>100</int>')$(member offset "<int>$(( page * 100 ))</int>")"
    done
    call wp.getComments "$(member status '<string>trash</string>')$(member number '<int>100</int>')$(member offset '<int>0</int>')"
    floor_times+=("$(echo "$(now) - $start" | bc)")

    profile="$work/profile-$run"
    LONGHAND_PASSWORD="$password" "$cli" --profile "$profile" account add --protocol xmlrpc --url "$url" --user admin \
        --secret-store file >/dev/null
    start=$(now); "$cli" --profile "$profile" sync >/dev/null 2>&1; full_times+=("$(echo "$(now) - $start" | bc)")
    start=$(now); "$cli" --profile "$profile" sync >/dev/null 2>&1; again_times+=("$(echo "$(now) - $start" | bc)")
    stored=$(python3 - "$profile/longhand.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("select count(*) from posts where remote_id > 0").fetchone()[0], db.execute("select count(*) from comments").fetchone()[0])
PY
)
    echo "run $run: cached posts and comments: $stored"
done
floor_m=$(printf '%s\n' "${floor_times[@]}" | median)
full_m=$(printf '%s\n' "${full_times[@]}" | median)
again_m=$(printf '%s\n' "${again_times[@]}" | median)
echo "posts: $posts, comments: $comments, runs: $runs (medians), REST locked, XML-RPC"
echo "curl, $post_pages wp.getPosts + $comment_pages wp.getComments + $spam_pages spam + 1 trash pages one after another: ${floor_m} s"
echo "longhand-cli sync, full (users, terms, media, posts, comments): ${full_m} s  ratio $(echo "scale=2; $full_m / $floor_m" | bc)x"
echo "longhand-cli sync, nothing new: ${again_m} s  = $(echo "scale=1; 100 * $again_m / $full_m" | bc)% of full"
echo "load average before/after: ${load_before} / $(cut -d' ' -f1-3 /proc/loadavg)"
