#!/usr/bin/env bash
# Kill bench: tst_kills with many more SIGKILLs than the normal test run (which makes about 13), against a
# private WordPress of its own (500 long posts, 2,000 comments). The figure goes to docs/RELIABILITY.md.
# With --faults-all it then runs every row of the fault matrix (tst_faults, LONGHAND_FAULTS=all) as well.
# Usage: tests/bench/bench_kills.sh BUILD_DIR [KILLS] [SEED] [--faults-all]
#   KILLS  how many kills in all (default 100; 40% during sync, 30% publish, 30% moderation)
#   SEED   replay the random moments of an earlier run (printed by every run)
set -euo pipefail
build="$(cd "$1" && pwd)"; kills="${2:-100}"; seed="${3:-}"; faults_all="${4:-}"
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fixture="$top/tests/integration/wordpress/wp-fixture"
state="$build/bench-kills-blog"
for binary in "$build/tests/integration/tst_kills" "$build/src/cli/longhand-cli"; do
    [ -x "$binary" ] || { echo "bench_kills: build $binary first" >&2; exit 1; }
done
trap '"$fixture" stop "$state" >/dev/null 2>&1 || true' EXIT
"$fixture" start "$state" --reset >/dev/null

export QT_QPA_PLATFORM=offscreen LONGHAND_WP_STATE="$state" LONGHAND_WP_FIXTURE="$fixture"
export LONGHAND_BINARY_DIR="$build" LONGHAND_SOURCE_DIR="$top" LONGHAND_KILLS="$kills"
if [ -n "$seed" ]; then
    export LONGHAND_KILL_SEED="$seed"
fi
log="$(mktemp)"
start=$(date +%s)
status=0
"$build/tests/integration/tst_kills" 2>&1 | tee "$log" | grep -E '^(PASS|FAIL|QINFO|QWARN|   Loc|Totals)' || status=$?
elapsed=$(( $(date +%s) - start ))
summary="$(grep -o 'kills: sync.*' "$log" | tail -n 1)"
failed="$(grep -c '^FAIL' "$log" || true)"
rm -f "$log"
echo
echo "tst_kills, $kills kills requested, ${elapsed}s: $summary; failed checks: $failed"
total="$(sed -n 's/.*total \([0-9]*\).*/\1/p' <<<"$summary")"
echo "| tst_kills (bench, $(date +%Y-%m-%d)) | SIGKILL at random moments: first sync of 500 posts + 2,000 comments, publish with 3 images, queued moderation; restarted to completion | ${total:-?} kills | $([ "$failed" = 0 ] && echo nothing || echo "SEE LOG: $failed failed checks") |"

if [ "$faults_all" = "--faults-all" ]; then
    LONGHAND_FAULTS=all "$build/tests/integration/tst_faults" 2>&1 | grep -E '^(FAIL|   Loc|Totals|QINFO)' || status=1
fi
exit "$status"
