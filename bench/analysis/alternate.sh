#!/bin/sh
# Full analysis (entities, quotes, events) speed of several builds, alternated so that they see
# the same machine load: each round runs every build once on the first 3,000 SaudiNewsNet
# articles and prints the build's articles per CPU-second of the analysis thread.
# Build each binary with:
#   cargo build --release -p rasd-analyze --example eval_quotes_events
#   cp target/release/examples/eval_quotes_events /tmp/eq-NAME
# Usage: bench/analysis/alternate.sh ROUNDS BIN...   (report medians and paired ratios)
set -eu
rounds=$1
shift
dataset="${RASD_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/../shared}/data/saudinewsnet/dataset"
for i in $(seq 1 "$rounds"); do
  for b in "$@"; do
    out=$("$b" "$dataset" 3000)
    full=$(echo "$out" | grep 'per CPU' | sed 's/.*full analysis \([0-9]*\).*/\1/')
    counts=$(echo "$out" | head -1)
    echo "$i $(basename "$b") $full | $counts"
  done
done
