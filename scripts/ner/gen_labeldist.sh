#!/usr/bin/env bash
# Regenerates crates/rasd-ner/data/labeldist.tsv (how often a context-only tagger, trained on
# ANERcorp train.txt, tags each SaudiNewsNet word as each kind of name) from the SaudiNewsNet
# daily dumps (CC BY-NC-SA 4.0) and ../shared/data/anercorp/train.txt. Deterministic. Run
# after gen_clusters.sh (the tagger reads the clusters); retrain the model afterwards
# (`rasd train-ner`): the model records a fingerprint of this table.
# Extra arguments go to the generator, e.g. `--train-frac 0.9 OUT` style runs for the dev split:
#   scripts/ner/gen_labeldist.sh /tmp/labeldist-dev.tsv --train-frac 0.9
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${RASD_SHARED:-$root/../shared}"
out="${1:-$root/crates/rasd-ner/data/labeldist.tsv}"
shift || true
cargo build -q --release -p rasd-ner --example gen_labeldist
target="${CARGO_TARGET_DIR:-$root/target}"
for z in "$shared"/data/saudinewsnet/dataset/*.zip; do unzip -p "$z"; done |
  "$target/release/examples/gen_labeldist" "$shared/data/anercorp/train.txt" "$out" "$@"
