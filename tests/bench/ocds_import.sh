#!/usr/bin/env bash
# Benchmark of the OCDS import (issue 12): releases/s, MB/s and peak memory (GNU time) of
# `tenderdesk-cli import` on a big JSON Lines file, beside the reference program
# sqlite-jsonl-reference.sh on the same file in the same run, pair by pair.
# sqlite-jsonl-reference.sh is copied unchanged from the shared bench folder of the project
# (bench/sqlite-jsonl-reference.sh, "Reference programs for benchmarks"): SQLite's shell loads
# the lines into one table with its JSON functions, without normalising anything.
# Usage: tests/bench/ocds_import.sh [BUILD_DIR] [RELEASES] [ROUNDS]
# Needs sqlite3, GNU time (apt-get install sqlite3 time) and python3.
set -euo pipefail
build=${1:-build/ci}
releases=${2:-200000}
rounds=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
work=${BENCH_DIR:-/tmp/tenderdesk-bench-ocds}
cli="$build/app/cli/tenderdesk-cli"
[ -x "$cli" ] || { echo "missing $cli: build the project first" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
mkdir -p "$work"
file="$work/releases-$releases.jsonl"
[ -f "$file" ] || python3 "$here/make_ocds_jsonl.py" "$releases" "$file"
mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$file")
echo "file: $file, $releases releases, $mb MB"
printf '%-10s %5s %10s %12s %8s %12s\n' program round seconds releases/s MB/s peak-MB
measure() { # NAME ROUND COMMAND...: one run under GNU time
  local name=$1 round=$2
  shift 2
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" ||
    { cat "$work/err" >&2; exit 1; }
  read -r seconds kb <"$work/time"
  python3 -c "import sys; s=float(sys.argv[1]); r=int(sys.argv[2]); m=float(sys.argv[3]); \
print('%-10s %5s %10.2f %12.0f %8.1f %12.1f' % (sys.argv[4], sys.argv[5], s, r / s, m / s, \
int(sys.argv[6]) / 1024))" "$seconds" "$releases" "$mb" "$name" "$round" "$kb"
}
for round in $(seq "$rounds"); do
  rm -f "$work/import.sqlite"*
  "$cli" --database "$work/import.sqlite" init >/dev/null
  measure tenderdesk "$round" "$cli" --database "$work/import.sqlite" import "$file"
  measure reference "$round" bash "$here/sqlite-jsonl-reference.sh" "$file" "$work/reference.sqlite"
done
