#!/usr/bin/env bash
# The comment queue at 1,000,000 comments (bench_queue), and beside it what the same moderation action costs as
# one REST round trip against the real WordPress fixture (a small blog: 200 comments): POST
# /wp/v2/comments/ID status=approved, then back to hold, RUNS times each, the median of the approvals.
# Usage: tests/bench/bench_queue.sh BUILD_DIR [RUNS=5] [PROFILE_DIR=BUILD_DIR/queue-1m] [COMMENTS=1000000]
# The profile (1,000,000 comments on 5 blogs, generated through the sync's storing code) is generated into
# PROFILE_DIR on the first run (minutes) and reused afterwards.
set -euo pipefail
build="$1"; runs="${2:-5}"; profile="${3:-$build/queue-1m}"; comments="${4:-1000000}"
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fixture="$top/tests/integration/wordpress/wp-fixture"
state="$build/bench-queue-blog"
trap '"$fixture" stop "$state" >/dev/null 2>&1 || true' EXIT
"$fixture" start "$state" --reset >/dev/null
"$fixture" bulk-comments "$state" 200 >/dev/null
url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["WP_URL"])' "$state/env.json")"
password="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["WP_ADMIN_APP_PASSWORD"])' "$state/env.json")"
auth="admin:${password// /}"
id="$(curl -sf -u "$auth" "$url/?rest_route=/wp/v2/comments&status=hold&per_page=1&_fields=id" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
times=()
for run in $(seq "$runs"); do
    t=$(curl -sf -o /dev/null -w '%{time_total}' -u "$auth" -X POST -H 'Content-Type: application/json' \
        -d '{"status":"approved"}' "$url/?rest_route=/wp/v2/comments/$id&_fields=id,status")
    times+=("$(echo "$t * 1000" | bc)")
    curl -sf -o /dev/null -u "$auth" -X POST -H 'Content-Type: application/json' -d '{"status":"hold"}' \
        "$url/?rest_route=/wp/v2/comments/$id&_fields=id,status"
done
"$fixture" stop "$state" >/dev/null
echo "REST round trip, approve one comment (POST /wp/v2/comments/$id, curl on 127.0.0.1, median of $runs): $(printf '%s\n' "${times[@]}" | median) ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_queue" "$profile" "$runs" "$comments"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
