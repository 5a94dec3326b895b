#!/usr/bin/env bash
# Date benchmark: rasd-text's date::find against PyPI dateparser, on the same lines.
# Needs ../shared/data/saudinewsnet (or RASD_SHARED). Figures go to BENCHMARKS.md, "Dates".
set -euo pipefail
cd "$(dirname "$0")/.."
N_FILES="${1:-3}"   # SaudiNewsNet day files to read
K="${2:-10}"        # the peer reads every K-th line (it is slow)
python3 bench/dates_lines.py "$N_FILES"
if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv
    bench/.venv/bin/pip install -q dateparser
fi
cargo bench -p rasd-text --bench dates 2>&1 | grep -Ev '^\s+(Compiling|Running)'
bench/.venv/bin/python bench/dates_peer.py "$K"
cargo test -p rasd-text --test dates -- --nocapture 2>&1 | grep 'date accuracy'
bench/.venv/bin/python bench/dates_table_peer.py | head -1
