#!/usr/bin/env bash
# Comment sync benchmark against the real WordPress fixture:
#   full sync of N comments (longhand-cli sync on an empty profile: every list, comments included)
#   vs the same comment pages fetched one after another with curl (goal: at most 0.6x), and a sync
#   with nothing new (new comments + status reconciliation) vs a full one.
# Usage: tests/bench/bench_comments.sh BUILD_DIR [COMMENTS] [RUNS]
set -euo pipefail
build="$1"; comments="${2:-10000}"; runs="${3:-3}"
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fixture="$top/tests/integration/wordpress/wp-fixture"
state="$build/bench-comments-blog"
work="$(mktemp -d)"
trap '"$fixture" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$fixture" start "$state" --reset >/dev/null
"$fixture" bulk-comments "$state" "$comments" >/dev/null
url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["WP_URL"])' "$state/env.json")"
password="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["WP_ADMIN_APP_PASSWORD"])' "$state/env.json")"
cli="$build/src/cli/longhand-cli"
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

fields="id,post,parent,author,author_name,author_email,author_url,author_ip,author_user_agent,date_gmt,content,status"
pages=$(( (comments + 99) / 100 ))
curl_times=(); full_times=(); again_times=()
for run in $(seq "$runs"); do
    start=$(now)
    for page in $(seq "$pages"); do
        curl -sf -u "admin:${password// /}" -o /dev/null \
            "$url/?rest_route=/wp/v2/comments&context=edit&status=any&per_page=100&page=$page&orderby=date_gmt&order=asc&_fields=$fields"
    done
    curl_times+=("$(echo "$(now) - $start" | bc)")

    profile="$work/profile-$run"
    LONGHAND_PASSWORD="$password" "$cli" --profile "$profile" account add --url "$url" --user admin --secret-store file >/dev/null
    start=$(now); "$cli" --profile "$profile" sync >/dev/null 2>&1; full_times+=("$(echo "$(now) - $start" | bc)")
    stored=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from comments").fetchone()[0])' "$profile/longhand.sqlite" 2>/dev/null || echo "?")
    start=$(now); "$cli" --profile "$profile" sync >/dev/null 2>&1; again_times+=("$(echo "$(now) - $start" | bc)")
done
curl_m=$(printf '%s\n' "${curl_times[@]}" | median)
full_m=$(printf '%s\n' "${full_times[@]}" | median)
again_m=$(printf '%s\n' "${again_times[@]}" | median)
echo "comments: $comments (stored: $stored), runs: $runs (medians)"
echo "curl, $pages comment pages one after another: ${curl_m} s"
echo "longhand-cli sync, full (every list, comments included): ${full_m} s  ratio $(echo "scale=2; $full_m / $curl_m" | bc)x (goal <= 0.6x)"
echo "longhand-cli sync, nothing new (new comments + status reconciliation): ${again_m} s  = $(echo "scale=1; 100 * $again_m / $full_m" | bc)% of full"
