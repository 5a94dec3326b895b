#!/usr/bin/env bash
# Regenerates crates/rasd-ner/data/cues.tsv (how often each word stands next to a title, a verb
# of saying, a place or organization head or a name particle; tagger features) from the
# SaudiNewsNet daily dumps (CC BY-NC-SA 4.0). Deterministic. Retrain the model afterwards
# (`rasd train-ner`): the model records a fingerprint of this table.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${RASD_SHARED:-$root/../shared}"
cargo build -q --release -p rasd-ner --example gen_cues
target="${CARGO_TARGET_DIR:-$root/target}"
for z in "$shared"/data/saudinewsnet/dataset/*.zip; do unzip -p "$z"; done |
  "$target/release/examples/gen_cues" "$root/crates/rasd-ner/data/cues.tsv"
