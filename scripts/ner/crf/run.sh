#!/usr/bin/env bash
# The session-13 learner experiment (see BENCHMARKS.md "Session 13 (E4 ...): the learner"):
# dumps the perceptron's first-stage features for the three dev splits of the session-4
# protocol, then trains crfsuite's L-BFGS CRF (all feature x label pairs, L2 0.3, 200
# iterations) on each and prints dev micro PERS/LOC/ORG F1 beside the perceptron's (seed 0).
# Needs `pip install python-crfsuite` and the split label tables
# (scripts/ner/gen_labeldist.sh /tmp/ld90.tsv --train-frac 0.9; ... /tmp/ld_s0.tsv --exclude 0,0.1;
# ... /tmp/ld_s45.tsv --exclude 0.45,0.55). Python prototype only: nothing of it is shipped.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/scripts/ner/crf"
out="${1:-/tmp/ner-crf}"
target="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$out"
(cd "$root" && cargo build -q --release -p rasd-ner --example dump_features)
dump="$target/release/examples/dump_features"
"$dump" --out "$out/tail" --label-table /tmp/ld90.tsv
"$dump" --out "$out/s0" --dev-start 0 --label-table /tmp/ld_s0.tsv
"$dump" --out "$out/s45" --dev-start 0.45 --label-table /tmp/ld_s45.tsv
for split in tail s0 s45; do
  python3 "$here/crf.py" "$out/$split" lbfgs c2=0.3 max_iterations=200 feature.possible_states=1
done
