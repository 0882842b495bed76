#!/usr/bin/env bash
# Builds the Debian package from the build tree and checks that it holds what a desktop
# install needs, and that the desktop entry and AppStream metainfo validate.
#   check_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
desktop-file-validate "$source/installer/cn.tenderdesk.TenderDesk.desktop"
appstreamcli validate --no-net --pedantic "$source/installer/cn.tenderdesk.TenderDesk.metainfo.xml" \
  | grep -v "^I:" || true
appstreamcli validate --no-net "$source/installer/cn.tenderdesk.TenderDesk.metainfo.xml" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/tenderdesk_*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/tenderdesk ./usr/bin/tenderdesk-cli \
    ./usr/share/applications/cn.tenderdesk.TenderDesk.desktop \
    ./usr/share/metainfo/cn.tenderdesk.TenderDesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/cn.tenderdesk.TenderDesk.svg; do
  grep -q " $path\$" <<<"$contents" || { echo "the package lacks $path" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for need in libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6; do
  grep -q "$need" <<<"$depends" || { echo "the package does not depend on $need: $depends" >&2; exit 1; }
done
echo "package ok: $(basename "$deb")"
