#!/usr/bin/env bash
# TenderDesk on a fresh Debian 12 machine, in one command:
#   installer/setup.sh app [ARGS...]   install what is needed, build, open TenderDesk
#   installer/setup.sh test            install what is needed, build, run the whole test suite
# Both build the same optimised tree (build/ci), so the second command reuses the first's work.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-app}
[ $# -gt 0 ] && shift

# Debian 12 package names; DESIGN.md lists what each one is for.
build_packages=(cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  qt6-webengine-dev qt6-webchannel-dev libssl-dev libarchive-dev libpoppler-qt6-dev
  libcurl4-openssl-dev qtkeychain-qt6-dev libsqlite3-dev libsimdjson-dev libxlsxwriter-dev)
# bubblewrap is the sandbox that code written by a model under test runs in; python3 runs it.
run_packages=(qt6-translations-l10n fonts-noto-cjk qt6-wayland bubblewrap python3)
# The tests print tender documents and check their Chinese text is drawn (fonts-noto-cjk), and
# check the sealing keys with the openssl command; the auditor's steps of docs/sealing.md also
# use jq and unzip, and tests/bench/sealing.sh measures the openssl reference with GNU time.
test_packages=(postgresql desktop-file-utils appstream dpkg-dev file python3 python3-jsonschema
  poppler-utils bubblewrap fonts-noto-cjk openssl jq unzip time)

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  cmake --preset ci
  cmake --build --preset ci
}

case "$mode" in
app)
  install_packages "${build_packages[@]}" "${run_packages[@]}"
  build
  exec build/ci/app/gui/tenderdesk "$@"
  ;;
test)
  install_packages "${build_packages[@]}" "${test_packages[@]}"
  build
  # ctest starts its own PostgreSQL server (tests/support/postgres.sh) and stops it at the end.
  ctest --preset ci -j 2
  ;;
*)
  echo "usage: installer/setup.sh app|test" >&2
  exit 2
  ;;
esac
