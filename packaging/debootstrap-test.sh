#!/usr/bin/env bash
# Proof on a clean system: build the Debian package, install it with apt into a fresh
# Debian 12 (bookworm) root made by debootstrap, and run the headless verbs there.
#
#   sudo packaging/debootstrap-test.sh [--keep]
#
# 1. debootstrap (minbase) starts in the background while the package builds
#    (RelWithDebInfo in build-deb/, install prefix /usr, cpack -G DEB);
# 2. lintian checks the .deb: any error fails the run;
# 3. apt installs the .deb in the clean root, resolving its dependencies from the mirror;
# 4. inside the root, on the offscreen platform: duibiao --version, demo, summary and
#    report --kind self; pdftotext (on the host) must find Chinese text in the PDF;
# 5. the root is removed (unless --keep): it is about 1 GB once Qt and the fonts are in.
# The mirror is the one this machine's apt uses (DUIBIAO_MIRROR overrides it).
# Root is needed for debootstrap, chroot and mount. The log is build-deb/debootstrap-test.log.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(dirname "$here")"
build="${DUIBIAO_DEB_BUILD_DIR:-$top/build-deb}"
root="${DUIBIAO_CHROOT:-/var/tmp/duibiao-bookworm-root}"
keep=false
[ "${1:-}" = "--keep" ] && keep=true

if [ "$(id -u)" -ne 0 ]; then
    echo "debootstrap-test.sh: run as root (debootstrap, chroot and mount need it)" >&2
    exit 2
fi

mkdir -p "$build"
log="$build/debootstrap-test.log"
exec > >(tee "$log") 2>&1
say() { printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
started=$(date +%s)
say "Duibiao clean-system test, $(date -u +%Y-%m-%dT%H:%MZ), host $(. /etc/os-release; echo "$PRETTY_NAME")"

# The first bookworm URI of this machine's apt sources (deb822 or one-line format).
mirror_of_host() {
    local uri
    uri=$(grep -h -A3 '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ {u=$2} /^Suites:(.* )? *bookworm( |$)/ {print u; exit}')
    [ -z "$uri" ] && uri=$(grep -h '^deb .* bookworm ' /etc/apt/sources.list 2>/dev/null |
        awk '{print $2; exit}')
    echo "${uri:-http://deb.debian.org/debian}"
}
mirror="${DUIBIAO_MIRROR:-$(mirror_of_host)}"

tools=(debootstrap lintian dpkg-dev fakeroot file poppler-utils python3)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "Installing the test's tools: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

unmount_root() {
    for m in dev/pts dev proc sys; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m" || true
    done
}
cleanup() {
    [ -n "${bootstrap_pid:-}" ] && kill "$bootstrap_pid" 2>/dev/null || true
    unmount_root
    if ! $keep && [ -d "$root" ]; then
        say "Removing the root $root"
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

unmount_root
rm -rf --one-file-system "$root"
say "debootstrap bookworm (minbase) from $mirror into $root, in the background"
nice -n 10 debootstrap --variant=minbase bookworm "$root" "$mirror" > "$build/debootstrap.log" 2>&1 &
bootstrap_pid=$!

say "Building the package (RelWithDebInfo) in $build"
nice -n 10 cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_INSTALL_PREFIX=/usr -DDUIBIAO_BUILD_TESTS=OFF -DDUIBIAO_BUILD_BENCHMARKS=OFF \
    ${DUIBIAO_CMAKE_ARGS:-}
nice -n 10 cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/duibiao_*.deb
(cd "$build" && nice -n 10 cpack -G DEB)
deb=$(ls "$build"/duibiao_*.deb)
say "Package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'

say "lintian"
# --fail-on error: warnings are listed (and explained in docs/packaging.md), not fatal.
lintian --info --display-level '>=info' --fail-on error "$deb" && echo "lintian: no errors"

say "Waiting for debootstrap"
if ! wait "$bootstrap_pid"; then
    bootstrap_pid=""
    tail -20 "$build/debootstrap.log"
    echo "debootstrap failed (log: $build/debootstrap.log)" >&2
    exit 1
fi
bootstrap_pid=""
echo "bookworm root ready: $(du -sh --one-file-system "$root" | cut -f1)"

mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

say "apt install ./$(basename "$deb") in the clean root"
in_root apt-get update -qq
in_root apt-get install -y -q "/tmp/$(basename "$deb")"
in_root dpkg -s duibiao | grep -E '^(Version|Depends|Recommends):'
# dpkg's triggers registered the MIME type (shared-mime-info comes in with Qt's dependencies).
if in_root dpkg -s shared-mime-info >/dev/null 2>&1; then
    test -f "$root/usr/share/mime/application/x-duibiao.xml"
    echo "MIME type application/x-duibiao registered by the shared-mime-info trigger"
fi
if in_root dpkg -s qt6-base-dev >/dev/null 2>&1; then
    echo "qt6-base-dev is in the root: the test would not prove the runtime dependencies" >&2
    exit 1
fi

say "duibiao in the clean root (QT_QPA_PLATFORM=offscreen)"
run() { echo "\$ $*" >&2; in_root QT_QPA_PLATFORM=offscreen "$@"; }
run duibiao --version
run duibiao demo --out /tmp/d.duibiao
run duibiao summary /tmp/d.duibiao | head -12
run duibiao check /tmp/d.duibiao | tail -1
run duibiao report /tmp/d.duibiao --kind self --out /tmp/r.pdf
test -s "$root/tmp/r.pdf"

say "The PDF"
pdfinfo "$root/tmp/r.pdf" | grep -E '^(Pages|Producer|Page size):'
pdffonts "$root/tmp/r.pdf" | head -8
# Qt's PDF text layer maps a few ideographs to the Kangxi radicals that share their glyph
# in Noto CJK (示 → ⽰, 大 → ⼤); NFKC maps them back, as tests/core/test_report.cpp does.
raw=$(pdftotext -l 3 "$root/tmp/r.pdf" -)
text=$(python3 -c 'import sys, unicodedata; print(unicodedata.normalize("NFKC", sys.stdin.read()))' <<< "$raw")
echo "$text" | grep -v '^\s*$' | head -12
for word in 自评报告 示例大学 关工委; do
    if ! grep -q "$word" <<< "$text"; then
        echo "pdftotext found no \"$word\" in the first pages of the report" >&2
        exit 1
    fi
done
radicals=$(python3 -c 'import sys; print(sum(0x2F00 <= ord(c) <= 0x2FDF for c in sys.stdin.read()))' <<< "$raw")
echo "pdftotext: the report's Chinese text is there (自评报告, 示例大学, 关工委);" \
    "$radicals Kangxi radicals in the raw text layer of pages 1-3, taken back by NFKC"

elapsed=$(( $(date +%s) - started ))
say "PASSED on $(date -u +%Y-%m-%d) in $((elapsed / 60)) min $((elapsed % 60)) s"
