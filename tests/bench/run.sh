#!/usr/bin/env bash
# Benchmarks of the foundation, on a market of N tenders (default: one million):
#   1. tenderdesk-cli demo --tenders N: wall time, peak memory and database size;
#   2. opening that database in the Tenders workspace: time to the first painted rows and
#      peak memory (median of RUNS process starts);
#   3. full-text search over it: median and p95 latency of count + first page.
# Usage: tests/bench/run.sh [BUILD_DIR] [TENDERS] [RUNS]
# Build first: cmake --preset ci && cmake --build --preset ci
set -euo pipefail
build=${1:-build/ci}
tenders=${2:-1000000}
runs=${3:-5}
work=${BENCH_DIR:-/tmp/tenderdesk-bench}
cli="$build/app/cli/tenderdesk-cli"
for tool in "$cli" "$build/tests/bench/bench_open_tenders" "$build/tests/bench/bench_search"; do
  [ -x "$tool" ] || { echo "missing $tool: build the project first" >&2; exit 1; }
done
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p "$work"
db="$work/market-$tenders.sqlite"
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "== demo --tenders $tenders"
rm -f "$db" "$db-wal" "$db-shm"
/usr/bin/time -f "wall_s %e\npeak_memory_kib %M" "$cli" --database "$db" demo --tenders "$tenders" 2>"$work/demo.time"
cat "$work/demo.time"
echo "database_bytes $(( $(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0) ))"
echo "database_size $(du -h "$db" | cut -f1)"

echo "== opening in the Tenders workspace ($runs runs)"
: > "$work/open.txt"
for i in $(seq "$runs"); do
  "$build/tests/bench/bench_open_tenders" "$db" | tee -a "$work/open.txt" | tr '\n' ' '
  echo
done
echo "first_rows_ms median $(grep first_rows_ms "$work/open.txt" | awk '{print $2}' | median)"
echo "jump_to_middle_ms median $(grep jump_to_middle_ms "$work/open.txt" | awk '{print $2}' | median)"
echo "peak_memory_mib median $(grep peak_memory_mib "$work/open.txt" | awk '{print $2}' | median)"

echo "== full-text search"
"$build/tests/bench/bench_search" "$db" "$runs"
