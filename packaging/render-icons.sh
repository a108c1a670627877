#!/usr/bin/env bash
# Renders the hicolor PNG icons from the hand-drawn resources/icons/duibiao.svg (the PNGs
# are committed, so building needs no SVG renderer). Needs Debian's librsvg2-bin.
set -euo pipefail
icons="$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)"
for size in 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" "$icons/duibiao.svg" \
        --output "$icons/duibiao-$size.png"
done
