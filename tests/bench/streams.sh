#!/usr/bin/env bash
# Benchmarks of the streaming client (issue 4), against the scripted test server:
#   1. the highest request rate the runner sustains with empty generations, and wrk's rate
#      against the same server in the same run, pair by pair (wrk, bench, wrk, bench...);
#   2. the TTFT measurement error (measured minus scripted), p50 and p99, at 1, 64, 256 and
#      1,000 concurrent streams.
# Usage: tests/bench/streams.sh [BUILD_DIR] [ROUNDS]
# Needs wrk (apt-get install wrk) and python3. Build first: cmake --preset ci && cmake --build --preset ci
set -euo pipefail
build=${1:-build/ci}
rounds=${2:-3}
work=${BENCH_DIR:-/tmp/tenderdesk-bench-streams}
cli="$build/app/cli/tenderdesk-cli"
server="$build/tests/support/fakeopenai/tenderdesk-fake-openai"
for tool in "$cli" "$server"; do
  [ -x "$tool" ] || { echo "missing $tool: build the project first" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
mkdir -p "$work"
rm -f "$work"/*.json "$work/runs.sqlite"*
db="$work/runs.sqlite"
ulimit -n "$(ulimit -Hn)"

# One server thread: the client and wrk meet the same server, and one core stays for them.
coproc SERVER { exec "$server" --port 0 --exit-on-eof; }
read -r _ _ port <&"${SERVER[0]}" # "listening on PORT"
trap 'exec {SERVER[1]}>&-; wait' EXIT
url="http://127.0.0.1:$port"
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

echo "== maximum request rate, empty generations ($rounds rounds)"
model='scripted?tokens=0'
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"$model","messages":[{"role":"user","content":"[0123456789abcdef] hi"}],"max_tokens":256,"temperature":0,"stream":true,"stream_options":{"include_usage":true}}'
LUA
: > "$work/rate.txt"
for concurrency in 16 64 256; do
  for round in $(seq "$rounds"); do
    wrk_rate=$(wrk -t 1 -c "$concurrency" -d 5s -s "$work/post.lua" "$url/v1/chat/completions" |
      awk '/Requests\/sec/ { print $2 }')
    "$cli" -d "$db" bench --endpoint "$url" --model "$model" --concurrency "$concurrency" \
      --requests 60000 --warmup 500 --no-accuracy --json "$work/rate-$concurrency-$round.json" >/dev/null
    ours=$(json "$work/rate-$concurrency-$round.json" "d['load']['requestsPerS']")
    failed=$(json "$work/rate-$concurrency-$round.json" "d['load']['failed']")
    ratio=$(python3 -c "print(round($ours / $wrk_rate, 3))")
    echo "concurrency $concurrency round $round: tenderdesk ${ours%.*}/s (failed $failed), wrk ${wrk_rate%.*}/s, ratio $ratio"
    echo "$concurrency $ours $wrk_rate $ratio" >> "$work/rate.txt"
  done
done
for concurrency in 16 64 256; do
  echo "concurrency $concurrency medians: tenderdesk $(awk -v c="$concurrency" '$1 == c { print $2 }' "$work/rate.txt" | median)/s," \
    "wrk $(awk -v c="$concurrency" '$1 == c { print $3 }' "$work/rate.txt" | median)/s," \
    "ratio $(awk -v c="$concurrency" '$1 == c { print $4 }' "$work/rate.txt" | median)"
done
best_ours=$(awk '{ print $2 }' "$work/rate.txt" | sort -g | tail -1)
best_wrk=$(awk '{ print $3 }' "$work/rate.txt" | sort -g | tail -1)
echo "max_rate tenderdesk ${best_ours%.*}/s wrk ${best_wrk%.*}/s ratio $(python3 -c "print(round($best_ours / $best_wrk, 3))")"

# Warm-up: as many requests as streams, so that every connection is open before counting.
echo "== TTFT measurement error (measured - scripted 200 ms), 20 tokens 20 ms apart"
for streams in 1 64 256 1000; do
  requests=$(( streams * 4 > 200 ? streams * 4 : 200 ))
  "$cli" -d "$db" bench --endpoint "$url" --model 'scripted?ttft=200&itl=20&tokens=20' \
    --concurrency "$streams" --requests "$requests" --warmup "$streams" --no-accuracy \
    --json "$work/ttft-$streams.json" >/dev/null
  python3 - "$work/ttft-$streams.json" "$streams" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
errors = sorted(s["ttftUs"] / 1000 - 200 for s in d["samples"] if not s["warmup"] and "error" not in s)
failed = sum(1 for s in d["samples"] if "error" in s)
def pct(p):
    r = p * (len(errors) - 1)
    lo = int(r); hi = min(lo + 1, len(errors) - 1)
    return errors[lo] + (r - lo) * (errors[hi] - errors[lo])
itl = sorted(g / 1000 for s in d["samples"] if "error" not in s for g in s["itlUs"])
def ipct(p):
    r = p * (len(itl) - 1); lo = int(r); hi = min(lo + 1, len(itl) - 1)
    return itl[lo] + (r - lo) * (itl[hi] - itl[lo])
print(f"streams {sys.argv[2]}: ttft_error_ms p50 {pct(0.5):.2f} p99 {pct(0.99):.2f} "
      f"(n={len(errors)}, failed {failed}); itl_ms p50 {ipct(0.5):.2f} p99 {ipct(0.99):.2f} (scripted 20)")
PY
done
