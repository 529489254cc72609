#!/usr/bin/env bash
# Comment sync benchmark against the real WordPress fixture:
#   full sync of N comments (longhand-cli sync on an empty profile: every list, comments included)
#   vs the same comment pages fetched one after another with curl (goal: at most 0.6x), with the full sync's peak
#   memory (RSS), and a sync with nothing new (new comments + status reconciliation): its time and how many requests
#   it sends (counted by the fixture's web server), to compare across sizes (goal: the same at 300,000 as at 3,000).
# Usage: tests/bench/bench_comments.sh BUILD_DIR [COMMENTS] [RUNS] [STATE_DIR]
# The fixture's state (STATE_DIR, default BUILD_DIR/bench-comments-<COMMENTS>) is kept: a state that already holds
# the N bulk comments is started as it is (300,000 comments take a minute to generate); LONGHAND_BENCH_RESET=1
# makes it again. The fixture is stopped at the end, its files stay.
set -euo pipefail
build="$1"; comments="${2:-10000}"; runs="${3:-3}"
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fixture="$top/tests/integration/wordpress/wp-fixture"
state="${4:-$build/bench-comments-$comments}"
work="$(mktemp -d)"
trap '"$fixture" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
marker="$state/bench-comments"
if [ "${LONGHAND_BENCH_RESET:-0}" != 1 ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$comments" ]; then
    "$fixture" start "$state" >/dev/null 2>&1
else
    "$fixture" start "$state" --reset >/dev/null 2>&1
    rm -f "$marker"
    "$fixture" bulk-comments "$state" "$comments" >/dev/null
    echo "$comments" >"$marker"
fi
url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["WP_URL"])' "$state/env.json")"
password="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["WP_ADMIN_APP_PASSWORD"])' "$state/env.json")"
cli="$build/src/cli/longhand-cli"
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Requests the fixture's web server accepted so far (php -S logs one "Accepted" per connection, one request each).
served() { grep -c ' Accepted$' "$state/log/php.log" || true; }
# Runs a command under /usr/bin/time; prints "seconds peak_kb".
timed() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
    cat "$work/time"
}

fields="id,post,parent,author,author_name,author_email,author_url,author_ip,author_user_agent,date_gmt,content,status,type"
pages=$(( (comments + 99) / 100 ))
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
curl_times=(); full_times=(); full_rss=(); again_times=(); again_requests=(); again_rss=()
for run in $(seq "$runs"); do
    if [ "${LONGHAND_BENCH_NO_CURL:-0}" != 1 ]; then
        start=$(now)
        for page in $(seq "$pages"); do
            curl -sf -u "admin:${password// /}" -o /dev/null \
                "$url/?rest_route=/wp/v2/comments&context=edit&status=any&type=all&per_page=100&page=$page&orderby=id&order=asc&_fields=$fields"
        done
        curl_times+=("$(echo "$(now) - $start" | bc)")
    fi

    profile="$work/profile-$run"
    LONGHAND_PASSWORD="$password" "$cli" --profile "$profile" account add --url "$url" --user admin --secret-store file >/dev/null
    read -r seconds rss < <(timed "$cli" --profile "$profile" sync)
    full_times+=("$seconds"); full_rss+=("$rss")
    stored=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from comments").fetchone()[0])' "$profile/longhand.sqlite" 2>/dev/null || echo "?")
    before=$(served)
    read -r seconds rss < <(timed "$cli" --profile "$profile" sync)
    again_times+=("$seconds"); again_rss+=("$rss"); again_requests+=("$(( $(served) - before ))")
    rm -rf "$profile"
done
full_m=$(printf '%s\n' "${full_times[@]}" | median)
again_m=$(printf '%s\n' "${again_times[@]}" | median)
echo "comments: $comments (stored: $stored), runs: $runs (medians), state: $state"
if [ "${#curl_times[@]}" -gt 0 ]; then
    curl_m=$(printf '%s\n' "${curl_times[@]}" | median)
    echo "curl, $pages comment pages one after another: ${curl_m} s"
    echo "longhand-cli sync, full (every list, comments included): ${full_m} s  ratio $(echo "scale=2; $full_m / $curl_m" | bc)x (goal <= 0.6x), peak RSS $(printf '%s\n' "${full_rss[@]}" | sort -n | tail -1) KB"
else
    echo "longhand-cli sync, full (every list, comments included): ${full_m} s (curl floor not measured), peak RSS $(printf '%s\n' "${full_rss[@]}" | sort -n | tail -1) KB"
fi
echo "longhand-cli sync, nothing new (new comments + status reconciliation): ${again_m} s, requests $(printf '%s\n' "${again_requests[@]}" | median), peak RSS $(printf '%s\n' "${again_rss[@]}" | sort -n | tail -1) KB  = $(echo "scale=1; 100 * $again_m / $full_m" | bc)% of full"
echo "every run: full ${full_times[*]} s; nothing new ${again_times[*]} s, requests ${again_requests[*]}"
echo "load average before/after: ${load_before} / $(cut -d' ' -f1-3 /proc/loadavg)"
