#!/usr/bin/env bash
# Copies the dashboard's Arabic web fonts into crates/rasd-server/assets/fonts/, where the server
# embeds them (include_bytes!) and serves them itself: no font CDN, works offline.
#
# Source: Noto Sans Arabic and Noto Naskh Arabic (Google; SIL Open Font License 1.1), the
# "arabic" unicode-range subsets as packaged in the npm packages @fontsource/noto-sans-arabic
# 5.3.0 and @fontsource/noto-naskh-arabic 5.3.0 (OFL-1.1). The licence text is copied beside them.
# Installed with npm into a temporary directory; nothing is left behind.
#
# Usage: scripts/ui/gen_fonts.sh   (needs npm; run from anywhere)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../crates/rasd-server/assets/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund \
    @fontsource/noto-sans-arabic@5.3.0 @fontsource/noto-naskh-arabic@5.3.0 >/dev/null
mkdir -p "$out"
for family in noto-sans-arabic noto-naskh-arabic; do
    for weight in 400 700; do
        cp "node_modules/@fontsource/$family/files/$family-arabic-$weight-normal.woff2" \
            "$out/$family-$weight.woff2"
    done
done
cp node_modules/@fontsource/noto-sans-arabic/LICENSE "$out/OFL.txt"
ls -l "$out" >&2
