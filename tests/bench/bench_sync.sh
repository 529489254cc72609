#!/usr/bin/env bash
# Sync benchmark against the real WordPress fixture:
#   full sync of N posts (longhand-cli sync on an empty profile) vs the same post pages fetched one
#   after another with curl (goal: at most 1.0x), and a sync with no changes vs a full one (goal: at most 5%).
# Then the same two syncs in-process (bench_syncengine: SyncEngine alone, profile opening timed apart,
# every request listed), so process start and profile opening are not counted as sync.
# Usage: tests/bench/bench_sync.sh BUILD_DIR [POSTS] [RUNS]
set -euo pipefail
build="$1"; posts="${2:-500}"; runs="${3:-3}"
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fixture="$top/tests/integration/wordpress/wp-fixture"
state="$build/bench-blog"
work="$(mktemp -d)"
trap '"$fixture" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$fixture" start "$state" --reset >/dev/null
"$fixture" bulk-posts "$state" "$posts" >/dev/null
url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["WP_URL"])' "$state/env.json")"
password="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["WP_ADMIN_APP_PASSWORD"])' "$state/env.json")"
cli="$build/src/cli/longhand-cli"
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

fields="id,title,slug,excerpt,content,status,date_gmt,modified_gmt,link,comment_status,ping_status,featured_media,author,categories,tags"
pages=$(( (posts + 99) / 100 ))
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
curl_times=(); full_times=(); again_times=()
for run in $(seq "$runs"); do
    start=$(now)
    for page in $(seq "$pages"); do
        curl -sf -u "admin:${password// /}" -o /dev/null \
            "$url/?rest_route=/wp/v2/posts&context=edit&status=any&per_page=100&page=$page&orderby=modified&order=asc&_fields=$fields"
    done
    curl_times+=("$(echo "$(now) - $start" | bc)")

    profile="$work/profile-$run"
    LONGHAND_PASSWORD="$password" "$cli" --profile "$profile" account add --url "$url" --user admin --secret-store file >/dev/null
    start=$(now); "$cli" --profile "$profile" sync >/dev/null 2>&1; full_times+=("$(echo "$(now) - $start" | bc)")
    start=$(now); "$cli" --profile "$profile" sync >/dev/null 2>&1; again_times+=("$(echo "$(now) - $start" | bc)")
done
curl_m=$(printf '%s\n' "${curl_times[@]}" | median)
full_m=$(printf '%s\n' "${full_times[@]}" | median)
again_m=$(printf '%s\n' "${again_times[@]}" | median)
echo "posts: $posts, runs: $runs (medians)"
echo "curl, $pages post pages one after another: ${curl_m} s"
echo "longhand-cli sync, full (users, terms, media, posts): ${full_m} s  ratio $(echo "scale=2; $full_m / $curl_m" | bc)x (goal <= 1.0x)"
echo "longhand-cli sync, nothing changed: ${again_m} s  = $(echo "scale=1; 100 * $again_m / $full_m" | bc)% of full (goal <= 5%)"
echo "load average before/after: ${load_before} / $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -x "$build/tests/bench/bench_syncengine" ]; then
    LONGHAND_PASSWORD="$password" "$build/tests/bench/bench_syncengine" "$url" admin "$runs" ${LONGHAND_BENCH_REQUESTS:+--requests}
    echo "  (curl ratio in-process: full / curl above)"
fi
