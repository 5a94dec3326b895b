#!/usr/bin/env bash
# The session-5 neural tagger experiment end to end (see BENCHMARKS.md "Session 5: a non-linear
# tagger"): dumps cross-validated first-stage scores for the three dev splits, builds the
# SaudiNewsNet word2vec vectors, trains the prototype on each split. Python prototype only: the
# result was negative, nothing of it is shipped. Needs a venv with numpy, gensim and jax[cpu]
# (VENV, default /work/venv-ner) and the split label tables of the session-4 protocol
# (scripts/ner/gen_labeldist.sh /tmp/ld90.tsv --train-frac 0.9; ... /tmp/ld_s0.tsv --exclude 0,0.1;
# ... /tmp/ld_s45.tsv --exclude 0.45,0.55). One thread throughout.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/scripts/ner/neural"
py="${VENV:-/work/venv-ner}/bin/python"
out="${1:-/tmp/ner-neural}"
export OMP_NUM_THREADS=1
target="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$out"
cargo build -q --release -p rasd-ner --example dump_scores
"$target/release/examples/dump_scores" --out "$out/s_tail" --dev-start 0.9 --label-table /tmp/ld90.tsv
"$target/release/examples/dump_scores" --out "$out/s_0" --dev-start 0 --label-table /tmp/ld_s0.tsv
"$target/release/examples/dump_scores" --out "$out/s_45" --dev-start 0.45 --label-table /tmp/ld_s45.tsv
[ -f "$out/w2v64.txt" ] || { "$py" "$here/corpus.py" "$out/corpus.txt" && "$py" "$here/w2v.py" "$out/corpus.txt" "$out/w2v64.txt" 64; }
for seed in 0 1; do
  for s in s_tail s_0 s_45; do
    "$py" "$here/tagger.py" "$out/$s" --w2v "$out/w2v64.txt" --epochs 12 --lr 5e-3 --escale 5 --seed "$seed" | tee "$out/$s.$seed.log"
  done
done
# Test: cross-validated scores of all of train.txt, test scored by a first stage trained on all of it.
"$target/release/examples/dump_scores" --out "$out/s_full" --test "${RASD_SHARED:-$root/../shared}/data/anercorp/test.txt" \
  --label-table "$root/crates/rasd-ner/data/labeldist.tsv"
for seed in 0 1; do
  "$py" "$here/tagger.py" "$out/s_full" --heldname test.tsv --w2v "$out/w2v64.txt" --epochs 12 --lr 5e-3 --escale 5 --seed "$seed" | tee "$out/test.$seed.log"
done
