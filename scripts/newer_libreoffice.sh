#!/bin/sh
# Unpacks the newest LibreOffice of Debian's bookworm-backports (25.2 today) into a private
# prefix beside the system's 7.4: nothing is installed system-wide. scripts/test.sh runs it
# before configuring the build, which then registers every real-Calc test a second time for this
# office (calc_newest.*: python/goalpost_office/office.py says how it is driven over UNO), and
# tests/integration/test_newer_libreoffice.py installs the .oxt with its own unopkg and
# recalculates a workbook from its command line. Does nothing when the prefix already holds an
# office.
#
#   sh scripts/newer_libreoffice.sh [prefix]        (default /opt/goalpost-lo25)
set -eu
prefix="${1:-/opt/goalpost-lo25}"
if [ -x "$prefix/usr/lib/libreoffice/program/soffice.bin" ]; then
    exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/archives/partial"
cat >"$work/sources.list" <<SOURCES
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-backports main
SOURCES
apt="-o Dir::Etc::SourceList=$work/sources.list -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists=$work/lists"
# shellcheck disable=SC2086
apt-get $apt update -qq
version=$(apt-cache $apt policy libreoffice-core-nogui | awk '/bpo12/ {print $1; exit}')
echo "== LibreOffice $version into $prefix"
cd "$work/archives"
# shellcheck disable=SC2086
apt-get $apt download -qq \
    libreoffice-core-nogui="$version" libreoffice-common="$version" \
    libreoffice-calc-nogui="$version" libreoffice-base-core="$version" ure="$version" \
    uno-libs-private="$version" libuno-sal3="$version" libuno-salhelpergcc3-3="$version" \
    libuno-cppu3="$version" libuno-cppuhelpergcc3-3="$version" \
    libuno-purpenvhelpergcc3-3="$version" libreoffice-style-colibre="$version" \
    libreoffice-uiconfig-common="$version" libreoffice-uiconfig-calc="$version" \
    libzxcvbn0 libwebp7/bookworm-backports \
    libsharpyuv0/bookworm-backports libwebpmux3/bookworm-backports \
    libwebpdemux2/bookworm-backports
rm -rf "$prefix"
mkdir -p "$prefix"
for deb in *.deb; do dpkg-deb -x "$deb" "$prefix"; done
# The packages point at /etc, /var and /usr/lib/libreoffice: point them into the prefix.
share="$prefix/usr/lib/libreoffice/share"
for link in psprint/psprint.conf prereg/bundled uno_packages/cache; do
    target=$(readlink "$share/$link")
    ln -sfn "$prefix$target" "$share/$link"
done
ln -sfn ../.registry/main.xcd "$share/registry/main.xcd"
sed -i "s|file:///usr/lib/libreoffice|file://$prefix/usr/lib/libreoffice|g; s|file:///etc/libreoffice|file://$prefix/etc/libreoffice|g" \
    "$prefix"/usr/lib/libreoffice/program/*rc
program="$prefix/usr/lib/libreoffice/program"
# its own UNO libraries first: the ones beside soffice.bin find their unorc there
LD_LIBRARY_PATH="$program:$prefix/usr/lib/x86_64-linux-gnu" "$program/soffice.bin" --version
