#!/usr/bin/env bash
# Regenerates crates/rasd-ner/data/clusters.tsv (distributional word clusters used as tagger
# features) from the SaudiNewsNet daily dumps (CC BY-NC-SA 4.0). Deterministic. Retrain the
# model afterwards (`rasd train-ner`): the model records a fingerprint of this table.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${RASD_SHARED:-$root/../shared}"
cargo build -q --release -p rasd-ner --example gen_clusters
target="${CARGO_TARGET_DIR:-$root/target}"
for z in "$shared"/data/saudinewsnet/dataset/*.zip; do unzip -p "$z"; done |
  "$target/release/examples/gen_clusters" "$root/crates/rasd-ner/data/clusters.tsv"
