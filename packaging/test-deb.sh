#!/usr/bin/env bash
# Builds Retort's .deb from a release build and installs it into a CLEAN Debian 12 chroot with
# `apt-get install ./retort_*.deb`, then runs the installed `retort --version`, `retort heads`
# and an offline `retort upgrade --sql` on a copy of examples/bookshelf (that one runs the Alembic
# bridge from /usr/share/retort, with Debian's python3-alembic, pulled in as a Recommends).
#
# Needs root, debootstrap and network access to a Debian mirror. Slow (a few minutes), so it is
# not part of the CTest suite; run it before a release:
#
#   sudo packaging/test-deb.sh            # configure + build build/release, cpack, test
#   sudo packaging/test-deb.sh FILE.deb   # test an existing package
#
# Environment: BUILD_DIR (default build/release), CHROOT (default /tmp/bookworm-clean),
# MIRROR (default http://deb.debian.org/debian), SUITE (default bookworm).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build/release}
chroot_dir=${CHROOT:-/tmp/bookworm-clean}
mirror=${MIRROR:-http://deb.debian.org/debian}
suite=${SUITE:-bookworm}
# A pristine debootstrap, made once and never entered; each run starts from a fresh copy of it.
base=${chroot_dir}.base

step() { printf '\n== %s\n' "$*"; }
[ "$(id -u)" -eq 0 ] || { echo "test-deb.sh: run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -q --no-install-recommends debootstrap

if [ $# -ge 1 ]; then
    deb=$(realpath "$1")
else
    step "release build in $build"
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DRETORT_BUILD_TESTS=OFF -DRETORT_BUILD_BENCH=OFF
    fi
    cmake --build "$build"
    step "cpack -G DEB"
    (cd "$build" && cpack -G DEB)
    deb=$(ls -t "$build"/retort_*.deb | head -n 1)
fi
step "package $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'

mounted=()
cleanup() {
    for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
}
trap cleanup EXIT

if [ ! -x "$base/bin/sh" ]; then
    step "debootstrap $suite into $base"
    rm -rf "$base"
    debootstrap --variant=minbase "$suite" "$base" "$mirror"
fi
step "fresh chroot $chroot_dir"
rm -rf "$chroot_dir"
cp -a "$base" "$chroot_dir"
for fs in proc sys dev; do
    mount --rbind "/$fs" "$chroot_dir/$fs"
    mount --make-rslave "$chroot_dir/$fs"
    mounted+=("$chroot_dir/$fs")
done
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
# As a Debian 12 installation has it: the release, its point updates and security updates.
cat > "$chroot_dir/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
SOURCES
mkdir -p "$chroot_dir/opt/retort-test"
cp "$deb" "$chroot_dir/opt/retort-test/"
cp -a "$root/examples/bookshelf" "$chroot_dir/opt/retort-test/bookshelf"
rm -rf "$chroot_dir/opt/retort-test/bookshelf/__pycache__"

in_chroot() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt-get install ./$(basename "$deb")"
in_chroot apt-get update -q
in_chroot sh -c "cd /opt/retort-test && apt-get install -y -q ./$(basename "$deb")"

step "retort --version"
version=$(in_chroot retort --version)
echo "$version"
expected=$(dpkg-deb -f "$deb" Version)
case "$version" in *"$expected"*) ;; *) echo "FAIL: expected version $expected" >&2; exit 1 ;; esac

step "retort heads -c bookshelf"
heads=$(in_chroot retort heads -c /opt/retort-test/bookshelf)
echo "$heads"
grep -q '(head)' <<<"$heads" || { echo "FAIL: no head listed" >&2; exit 1; }

step "retort upgrade head --sql (runs the installed bridge)"
sql=$(in_chroot sh -c 'cd /opt/retort-test/bookshelf && retort upgrade head --sql --trust -c .')
echo "$sql" | head -n 20
grep -qi 'alembic_version' <<<"$sql" || { echo "FAIL: no SQL from the bridge" >&2; exit 1; }

step "the workbench starts (offscreen, stopped after 5 s)"
status=0
in_chroot timeout 5 retort /opt/retort-test/bookshelf || status=$?
# 124: still running when timeout stopped it; a missing library or plugin exits at once.
[ "$status" -eq 124 ] || { echo "FAIL: the window exited with $status" >&2; exit 1; }

step "installed files"
for f in /usr/share/retort/bridge/retort_bridge.py /usr/share/retort/translations/retort_de.qm \
    /usr/share/applications/io.github.retort.Retort.desktop \
    /usr/share/metainfo/io.github.retort.Retort.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.retort.Retort.svg; do
    [ -f "$chroot_dir$f" ] || { echo "FAIL: $f missing" >&2; exit 1; }
done
echo "PASS: $(basename "$deb") installs and runs on a clean Debian $suite"
