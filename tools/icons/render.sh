#!/usr/bin/env bash
# Renders the application icon's PNG sizes from resources/icons/zhenxing.svg (rsvg-convert,
# Debian package librsvg2-bin, in setup.sh). Run after changing the SVG and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")/../../resources/icons"
for size in 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" zhenxing.svg -o "hicolor/${size}x${size}/zhenxing.png"
done
