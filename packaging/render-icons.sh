#!/usr/bin/env bash
# Renders resources/icons/huajie.svg into the PNG sizes of the hicolor theme,
# the Windows installer's .ico and the macOS bundle's .icns, all committed so
# that a build needs none of these tools. Run it after changing the SVG.
# Needs: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."

svg=resources/icons/huajie.svg
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "packaging/icons/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$svg" -o "packaging/icons/${size}x${size}/huajie.png"
done
convert packaging/icons/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}/huajie.png \
    packaging/windows/huajie.ico
png2icns packaging/macos/huajie.icns \
    packaging/icons/{16x16,32x32,48x48,128x128,256x256,512x512}/huajie.png >/dev/null
