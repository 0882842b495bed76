#!/usr/bin/env bash
# A big OCDS JSON Lines file for the import benchmark: a demo market exported with
# `tenderdesk-cli export ocds --jsonl`, sized to about SIZE_MB (default 1024, i.e. 1 GiB).
# A small market first measures the bytes a release takes; then a market of the tenders that
# fill SIZE_MB is generated and exported, and generated again a little bigger while the file
# falls short by more than 5% (every release is its own tender: no ocid repeats).
# Prints the tenders, bids and awards written, the file's size, and each step's wall time.
# Usage: tests/bench/make_ocds_jsonl.sh OUT.jsonl [SIZE_MB] [BUILD_DIR]
# Build first: cmake --preset ci && cmake --build --preset ci --target tenderdesk-cli
set -euo pipefail
out=${1:?usage: make_ocds_jsonl.sh OUT.jsonl [SIZE_MB] [BUILD_DIR]}
size_mb=${2:-1024}
build=${3:-build/ci}
cli="$(cd "$build" && pwd)/app/cli/tenderdesk-cli"
[ -x "$cli" ] || { echo "missing $cli: build the project first" >&2; exit 1; }
target=$((size_mb * 1024 * 1024))
work=$(mktemp -d "${BENCH_DIR:-/tmp}/tenderdesk-ocds-jsonl.XXXXXX")
trap 'rm -rf "$work"' EXIT

market() { # tenders file.jsonl: a fresh demo market of that many tenders, exported
  rm -f "$work/market.sqlite"*
  local start=$SECONDS
  "$cli" --database "$work/market.sqlite" demo --tenders "$1" --seed 1 >/dev/null
  local generated=$SECONDS
  "$cli" --database "$work/market.sqlite" export ocds --jsonl --out "$2"
  echo "demo_s $((generated - start)) export_s $((SECONDS - generated))"
}

sample=200
market "$sample" "$work/sample.jsonl" >/dev/null
per_tender=$(( $(stat -c %s "$work/sample.jsonl") / sample ))
tenders=$(( (target + per_tender - 1) / per_tender ))
while :; do
  echo "market of $tenders tenders (about $per_tender bytes a release)"
  market "$tenders" "$out"
  size=$(stat -c %s "$out")
  # Within 5% below the target, or above it: done.
  if [ "$((size * 100))" -ge "$((target * 95))" ]; then
    break
  fi
  tenders=$(( tenders * target / size + tenders / 50 + 1 ))
done
echo "file $out bytes $size lines $(wc -l < "$out")"
