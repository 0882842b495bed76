#!/bin/bash
# Re-fetches the vendored Apache ECharts from the npm registry: ./refresh-echarts.sh 5.6.0
# Keeps only the built file and the licence, and records the version and the SHA-256 in
# README.md, which tst_echartsresource checks the embedded file against. Needs npm and network;
# the build never does.
set -euo pipefail

version="${1:?usage: $0 VERSION (for example 5.6.0)}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "echarts@${version}" >/dev/null)
tar -xzf "$work/echarts-${version}.tgz" -C "$work"
package="$work/package"
test "$(node -p "require('$package/package.json').version")" = "$version"

cp "$package/dist/echarts.min.js" "$here/echarts.min.js"
cp "$package/LICENSE" "$here/LICENSE"
if [ -f "$package/NOTICE" ]; then cp "$package/NOTICE" "$here/NOTICE"; fi

sha="$(sha256sum "$here/echarts.min.js" | cut -d' ' -f1)"
sed -i -e "s/^- Version: .*/- Version: ${version}/" \
       -e "s/^- SHA-256 of echarts.min.js: .*/- SHA-256 of echarts.min.js: ${sha}/" \
       "$here/README.md"
echo "echarts ${version}: ${sha}"
