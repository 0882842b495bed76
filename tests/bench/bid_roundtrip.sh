#!/usr/bin/env bash
# Sealing and opening a bid with large documents, end to end through tenderdesk-cli, for each
# cipher suite, beside the openssl command line on the same bytes in the same run:
#   1. `bid seal` of a bid whose documents total SIZE_MB (default 200): wall time, peak memory;
#      reference: `openssl cms -encrypt -aes-256-gcm` (international) or `openssl enc -sm4-cbc`
#      + `openssl dgst -sm3 -mac HMAC` (national) over the same documents;
#   2. `bid receive` of that package: wall time, peak memory;
#   3. `tender open`: wall time, peak memory (unsealing, verifying, extracting the documents'
#      text and storing them); reference: `openssl cms -decrypt` / `openssl enc -d -sm4-cbc`.
# Usage: tests/bench/bid_roundtrip.sh [BUILD_DIR] [SIZE_MB]
# Build first: cmake --preset ci && cmake --build --preset ci
set -euo pipefail
build=${1:-build/ci}
size_mb=${2:-200}
here=$(cd "$(dirname "$0")" && pwd)
cli="$(cd "$build" && pwd)/app/cli/tenderdesk-cli"
[ -x "$cli" ] || { echo "missing $cli: build the project first" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d "${BENCH_DIR:-/tmp}/tenderdesk-bid-roundtrip.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
measure() { # label command...: prints "label wall_s W peak_memory_mib M"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o time.txt "$@" >/dev/null
  read -r wall kib < time.txt
  printf '%-28s wall_s %6.2f  peak_memory_mib %6.0f\n' "$label" "$wall" "$((kib / 1024))"
}

printf 'a long buyer passphrase\n' > buyer.pass
printf 'a long vendor passphrase\n' > vendor.pass
# The documents: the standard list of six, each a real PDF of SIZE_MB / 6.
mkdir docs
for i in 1 2 3 4 5 6; do
  python3 "$here/make_big_pdf.py" "docs/doc$i.pdf" $((size_mb / 6)) "Bid document $i"
done
cat docs/*.pdf > documents.bin
echo "documents_bytes $(stat -c %s documents.bin)"
openssl ecparam -name prime256v1 -genkey -noout -out ref.key 2>/dev/null
openssl req -x509 -new -key ref.key -subj /CN=reference -days 1 -out ref.crt 2>/dev/null

for suite in international national; do
  echo "== $suite"
  buyer="buyer-$suite.sqlite" vendor="vendor-$suite.sqlite"
  "$cli" --database "$buyer" init >/dev/null
  cat > tender.json <<JSON
{"category": "knowledgeAssistant",
 "buyer": {"name": "国家电网有限公司", "shortName": "国家电网", "uscc": "91110000710931234G", "kind": "centralSoe"},
 "title": "Benchmark tender"}
JSON
  ref=$("$cli" --database "$buyer" tender create --from tender.json)
  "$cli" --database "$buyer" tender publish "$ref" --suite "$suite" --passphrase-file buyer.pass >/dev/null 2>&1
  # Tendering since 20 days, the deadline an hour away: the bid is on time.
  python3 "$here/move_tender_times.py" "$buyer" "$ref" 3600
  "$cli" --database "$buyer" tender package "$ref" --out tender.zip >/dev/null 2>&1
  "$cli" --database "$vendor" vendor init --organization "北京月之暗面科技有限公司" \
      --uscc 91110108MA01KX8Y5D --suite "$suite" --passphrase-file vendor.pass >/dev/null
  "$cli" --database "$vendor" bid template --tender-package tender.zip > template.json
  python3 - template.json BID.json <<'PY'
import json, sys
bid = json.load(open(sys.argv[1]))
price = {"amount": "1800000.00", "currency": "CNY"}
bid["totalPrice"] = price
bid["breakdown"] = [{"kind": "licences", "label": "授权", "amount": price}]
bid["model"]["family"] = "Kimi"
bid["hardware"] = [{"accelerator": "Huawei Ascend 910B", "count": 16}]
for i, document in enumerate(bid["documents"], start=1):
    document["path"] = "doc%d.pdf" % i
json.dump(bid, open(sys.argv[2], "w"), ensure_ascii=False)
PY
  measure "bid seal" "$cli" --database "$vendor" bid seal --tender-package tender.zip \
      --from BID.json --documents docs --passphrase-file vendor.pass --out bid.zip
  echo "package_bytes $(stat -c %s bid.zip)"
  if [ "$suite" = international ]; then
    measure "openssl cms -encrypt" openssl cms -encrypt -aes-256-gcm -binary -stream \
        -in documents.bin -outform DER -out ref.cms ref.crt
  else
    key=$(openssl rand -hex 16) iv=$(openssl rand -hex 16) mac=$(openssl rand -hex 32)
    measure "openssl enc -sm4-cbc" openssl enc -sm4-cbc -K "$key" -iv "$iv" -in documents.bin -out ref.sm4
    measure "openssl dgst -sm3 -mac" openssl dgst -sm3 -mac HMAC -macopt "hexkey:$mac" ref.sm4
  fi
  measure "bid receive" "$cli" --database "$buyer" bid receive bid.zip
  # Move the deadline into the past, as the clock would, so that the bids may be opened.
  python3 "$here/move_tender_times.py" "$buyer" "$ref" -60
  measure "tender open" "$cli" --database "$buyer" tender open "$ref" --passphrase-file buyer.pass
  if [ "$suite" = international ]; then
    measure "openssl cms -decrypt" openssl cms -decrypt -binary -inform DER -in ref.cms \
        -inkey ref.key -out ref.out
  else
    measure "openssl enc -d -sm4-cbc" openssl enc -d -sm4-cbc -K "$key" -iv "$iv" -in ref.sm4 -out ref.out
  fi
  "$cli" --database "$buyer" bids list "$ref" | tail -n 3
  rm -f bid.zip ref.cms ref.sm4 ref.out
done
