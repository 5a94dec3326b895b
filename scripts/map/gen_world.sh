#!/usr/bin/env bash
# Generates crates/rasd-server/assets/world.svg: one equirectangular SVG path per country, the
# base layer of the dashboard's map (drawn by the server, no tile server, nothing fetched at run
# time).
#
# Source: Natural Earth 1:110m admin-0 countries (public domain), as packaged in the npm package
# `world-atlas` 2.0.2 (ISC licence), read with `topojson-client` 3.1.0 (ISC licence). Both are
# installed with npm into a temporary directory; nothing is left behind.
#
# Projection: equirectangular (plate carrée) on a 1000 × 500 view box,
#   x = (lon + 180) / 360 × 1000,   y = (90 − lat) / 180 × 500,
# the same one `rasd_server::ui::map::project` uses for place markers. Coordinates are rounded
# to 0.1 unit (0.036°), as relative moves; repeated points are dropped. Rings crossing the
# antimeridian are unwrapped and drawn twice, one map width apart (the view box clips them).
#
# Usage: scripts/map/gen_world.sh   (needs node and npm; run from anywhere)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../crates/rasd-server/assets/world.svg"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
node "$here/world_to_svg.mjs" "$work/node_modules/world-atlas/countries-110m.json" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -c < "$out") bytes)" >&2
