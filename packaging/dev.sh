#!/usr/bin/env bash
# One entry point for the README's two commands.
#   packaging/dev.sh run    install the Debian packages, build, open the app
#   packaging/dev.sh test   install the Debian packages, build, run every test
# Extra arguments after the verb go to the app (run) or to ctest (test).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(dirname "$here")"
build="${DUIBIAO_BUILD_DIR:-$top/build}"
verb="${1:-}"
shift || true

install_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$here/debian-packages.txt" | grep -v '^\s*$')
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build" --parallel "$(nproc)"
}

case "$verb" in
run)
    install_packages
    configure_and_build
    exec "$build/app/duibiao" "$@"
    ;;
test)
    install_packages
    configure_and_build -DDUIBIAO_WARNINGS_AS_ERRORS=ON
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
*)
    echo "usage: packaging/dev.sh run|test [args…]" >&2
    exit 2
    ;;
esac
