#!/usr/bin/env bash
# Tagger accuracy and speed of one build, in one run:
# - entity-level P/R/F1 of the shipped model on ANERcorp test (CAMeL split);
# - tagging throughput (tokens/s, one thread, median of 5 runs) on SaudiNewsNet articles, tokens
#   split beforehand (whitespace + punctuation), one paragraph per `tag` call.
# Usage: bench/ner/run.sh [N_DAYS]   (default 3 daily dumps, about 2.3M tokens)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${RASD_SHARED:-$root/../shared}"
days="${1:-3}"
target="${CARGO_TARGET_DIR:-$root/target}"
cargo build -q --release -p rasd-ner --example ner_bench
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for z in $(ls "$shared"/data/saudinewsnet/dataset/*.zip | head -n "$days"); do
  unzip -q -o "$z" -d "$tmp"
done
"$target/release/examples/ner_bench" --test "$shared/data/anercorp/test.txt" --runs 5 "$tmp"/*.json
