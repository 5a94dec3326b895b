#!/usr/bin/env bash
# Regenerates crates/rasd-ner/data/gazetteer.tsv from the ANERgazet lists shipped with ANERcorp
# (CAMeL Lab release, CC BY-SA 4.0) and the Arabic country and city names of world-cities.csv
# (from Wikidata, CC BY 4.0). After regenerating, retrain the model (`rasd train-ner`):
# the model records a fingerprint of the gazetteer and refuses to load with another one.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${RASD_SHARED:-$root/../shared}"
cargo run -q -p rasd-ner --example gen_gazetteer -- \
  "$shared/data/anercorp/gazetteers" "$root/crates/rasd-ner/data/gazetteer.tsv" \
  "$shared/data/world-cities/world-cities.csv"
