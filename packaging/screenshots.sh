#!/usr/bin/env bash
# Screenshots of every page, in Chinese and English, into docs/screenshots/ (real X11
# rendering under Xvfb). Needs a build in build/ and the xvfb package.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DUIBIAO_BUILD_DIR:-$top/build}"
cmake --build "$build" --target duibiao_screenshots
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
    "$build/tests/duibiao_screenshots" "$top/docs/screenshots"
