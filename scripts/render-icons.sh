#!/bin/sh
# Renders the app icons' PNGs from their SVGs (committed; run again after changing an SVG).
# Needs rsvg-convert: apt-get install librsvg2-bin
set -eu
cd "$(dirname "$0")/../public"
rsvg-convert -w 192 -h 192 icons/icon.svg -o icons/icon-192.png
rsvg-convert -w 512 -h 512 icons/icon.svg -o icons/icon-512.png
rsvg-convert -w 512 -h 512 icons/icon-maskable.svg -o icons/icon-maskable-512.png
rsvg-convert -w 180 -h 180 icons/icon-maskable.svg -o icons/apple-touch-icon-180.png
cp icons/icon.svg favicon.svg
