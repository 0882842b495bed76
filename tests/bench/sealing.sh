#!/usr/bin/env bash
# Sealing and opening a bid payload of N MB (default 200) with each cipher suite, beside the
# openssl command line on the same bytes in the same run as the reference:
#   1. bench_sealing: TenderDesk's seal and unseal, wall time and peak memory of each step;
#   2. openssl cms -encrypt / -decrypt (AES-256-GCM to the same P-256 key), and the auditor's
#      detached decrypt of TenderDesk's own envelope;
#   3. openssl enc -sm4-cbc both ways and dgst -sm3 -mac HMAC (the national suite's parts).
# Usage: tests/bench/sealing.sh [BUILD_DIR] [MB]
# Build first: cmake --build --preset ci --target bench_sealing
set -euo pipefail
build=${1:-build/ci}
megabytes=${2:-200}
work=${BENCH_DIR:-/tmp/tenderdesk-bench-sealing}
bench="$build/tests/bench/bench_sealing"
[ -x "$bench" ] || { echo "missing $bench: build it first" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
command -v openssl >/dev/null || { echo "needs openssl (apt-get install openssl)" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"

echo "== TenderDesk ($megabytes MB)"
"$bench" "$megabytes" "$work"
cmp "$work/plain.bin" "$work/unsealed-international.bin"
cmp "$work/plain.bin" "$work/unsealed-national.bin"

cd "$work"
TENDER_PASSPHRASE=$(cat bench-passphrase)
export TENDER_PASSPHRASE
# Prints "<what> wall_s S peak_rss_mib M" for a command run under GNU time.
measure() {
  local what=$1
  shift
  /usr/bin/time -f "%e %M" -o time.txt "$@"
  read -r seconds kib < time.txt
  echo "$what wall_s $seconds peak_rss_mib $(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')"
}

echo "== openssl reference on the same bytes"
# cms -encrypt names its recipient by a certificate: one over the same tender key.
openssl req -x509 -new -key tender-international.key -passin env:TENDER_PASSPHRASE \
  -subj /CN=bench-tender -days 1 -out tender-international.crt
measure "openssl cms -encrypt -aes-256-gcm" openssl cms -encrypt -binary -stream -aes-256-gcm \
  -in plain.bin -outform DER -out reference.cms tender-international.crt
measure "openssl cms -decrypt" openssl cms -decrypt -binary -inform DER -in reference.cms \
  -inkey tender-international.key -passin env:TENDER_PASSPHRASE -out reference-international.out
cmp plain.bin reference-international.out
measure "openssl cms -decrypt (TenderDesk envelope, detached)" openssl cms -decrypt -binary \
  -inform DER -in payload.cms.international -content sealed-international.bin \
  -inkey tender-international.key -passin env:TENDER_PASSPHRASE -out auditor-international.out
cmp plain.bin auditor-international.out

key=$(openssl rand -hex 16)
iv=$(openssl rand -hex 16)
hmac=$(openssl rand -hex 32)
measure "openssl enc -sm4-cbc" openssl enc -sm4-cbc -K "$key" -iv "$iv" -in plain.bin -out reference.sm4
measure "openssl dgst -sm3 -mac HMAC" openssl dgst -sm3 -mac HMAC -macopt hexkey:"$hmac" -out reference.mac reference.sm4
measure "openssl enc -d -sm4-cbc" openssl enc -d -sm4-cbc -K "$key" -iv "$iv" -in reference.sm4 -out reference-national.out
cmp plain.bin reference-national.out
