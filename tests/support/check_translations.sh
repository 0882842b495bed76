#!/usr/bin/env bash
# Every visible string has its Chinese translation: lupdate the sources into a copy of
# tenderdesk_zh_CN.ts and fail on any message left unfinished (a new string nobody translated);
# likewise every plural string has its English forms in tenderdesk_en.ts.
#   check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source/translations/tenderdesk_zh_CN.ts" "$work/zh_CN.ts"
"$lupdate" -silent -no-obsolete -locations none "$source/core" "$source/ui" "$source/app" \
  -ts "$work/zh_CN.ts" 2>/dev/null
missing=$(grep -c 'type="unfinished"' "$work/zh_CN.ts" || true)
if [ "$missing" != 0 ]; then
  echo "$missing message(s) have no Chinese translation; run the update_translations target and translate them:" >&2
  grep -B3 'type="unfinished"' "$work/zh_CN.ts" | grep '<source>' >&2
  exit 1
fi
# English: only the plural forms ("%n tenders"), all of them given.
cp "$source/translations/tenderdesk_en.ts" "$work/en.ts"
"$lupdate" -silent -pluralonly -no-obsolete -locations none "$source/core" "$source/ui" \
  "$source/app" -ts "$work/en.ts" 2>/dev/null
missing=$(grep -c 'type="unfinished"' "$work/en.ts" || true)
if [ "$missing" != 0 ]; then
  echo "$missing plural message(s) lack their English forms in tenderdesk_en.ts:" >&2
  grep -B3 'type="unfinished"' "$work/en.ts" | grep '<source>' >&2
  exit 1
fi
echo "all $(grep -c '<message' "$work/zh_CN.ts") messages translated, $(grep -c '<message' "$work/en.ts") English plurals"
