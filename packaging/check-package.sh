#!/usr/bin/env bash
# Checks the Debian package `make package` built in BUILD_DIR the way a distribution would:
# the desktop entry, the AppStream metadata, lintian, and an install into a clean tree (dpkg -x)
# whose godwit runs. Any error fails; the package's size is printed.
set -euo pipefail
build=${1:-build}
deb=$(ls -t "$build"/godwit_*.deb | head -n 1)
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB; installed $(dpkg-deb -f "$deb" Installed-Size) KiB)"
dpkg-deb -f "$deb" Depends
dpkg -x "$deb" "$tree"

desktop-file-validate "$tree/usr/share/applications/godwit.desktop"
# --no-net: the screenshot URLs are checked by their host, not by every CI run.
appstreamcli validate --no-net --explain "$tree"/usr/share/metainfo/io.github.godwit.Godwit.metainfo.xml
appstreamcli validate-tree --no-net "$tree"
xmllint_ok=$(command -v xmllint || true)
[ -z "$xmllint_ok" ] || xmllint --noout "$tree/usr/share/mime/packages/godwit.xml"
# lintian exits non-zero on errors (E:) only; warnings are shown.
lintian --fail-on error --info "$deb"

for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    file "$tree/usr/share/icons/hicolor/$size/apps/godwit.png" | grep -q "PNG image data, ${size/x/ x }," \
        || { echo "check-package: icon $size missing or of the wrong size" >&2; exit 1; }
done
test -f "$tree/usr/share/icons/hicolor/scalable/apps/godwit.svg"
bash -n "$tree/usr/share/bash-completion/completions/godwit"
zcat "$tree/usr/share/man/man1/godwit.1.gz" | grep -q '^\.SS "godwit rehearse"'

# The installed binary runs from the clean tree with the system's libraries.
version=$("$tree/usr/bin/godwit" --version)
echo "$version"
[ "$version" = "godwit $(dpkg-deb -f "$deb" Version)" ] || { echo "check-package: '$version'" >&2; exit 1; }
echo "check-package: ok"
