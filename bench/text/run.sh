#!/usr/bin/env bash
# Text toolkit throughput: rasd-text normalization and tokenization against PyPI pyarabic
# (strip_tashkeel + normalize_hamza, and tokenize) on the `content` of SaudiNewsNet, one core.
#
# Usage: bench/text/run.sh [RUNS [PEER_RUNS]]   (default 7 and 3 runs; figures are medians)
# Each figure is MB of input per second of thread CPU time (one core; the machine is shared, so
# wall time also counts other processes), with wall-time MB/s beside it.
# Needs: cargo, python3 (venv + pip for pyarabic), unzip, ../shared/data/saudinewsnet.
set -euo pipefail
runs="${1:-7}"
peer_runs="${2:-3}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${RASD_SHARED:-$root/../shared}"
data="$shared/data/saudinewsnet/dataset"
[ -d "$data" ] || { echo "bench/text: $data not found (set RASD_SHARED)" >&2; exit 2; }
out="$root/bench/out/text"
mkdir -p "$out"
corpus="$out/saudinewsnet-content.txt"

# 1. The corpus: every article's `content`, one after another, separated by a blank line.
if [ ! -s "$corpus" ]; then
  for z in "$data"/*.zip; do unzip -p "$z"; printf '\n\x1e\n'; done | python3 -c '
import json, sys
raw = sys.stdin.read().split("\n\x1e\n")
n = 0
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for chunk in raw:
        chunk = chunk.strip()
        if not chunk:
            continue
        for art in json.loads(chunk):
            f.write(art.get("content") or "")
            f.write("\n\n")
            n += 1
print(f"corpus: {n} articles", file=sys.stderr)
' "$corpus"
fi
echo "corpus: $corpus ($(wc -c <"$corpus") bytes)"

# 2. rasd-text, release build, one thread.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --quiet --release -p rasd-text --example text_throughput
"$CARGO_TARGET_DIR/release/examples/text_throughput" "$corpus" "$runs" | tee "$out/rasd.txt"

# 3. pyarabic on the same text.
venv="$root/bench/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import pyarabic' 2>/dev/null || "$venv/bin/pip" install --quiet pyarabic
"$venv/bin/python" "$root/bench/text/pyarabic_peer.py" "$corpus" "$peer_runs" | tee "$out/pyarabic.txt"

# 4. Ratios.
python3 - "$out/rasd.txt" "$out/pyarabic.txt" <<'PY'
import sys
def read(p):
    d = {}
    for line in open(p, encoding="utf-8"):
        parts = line.split()
        if len(parts) >= 4 and parts[2] == "MB/s" and parts[3] == "cpu-time,":
            d[parts[0]] = float(parts[1])
    return d
r, p = read(sys.argv[1]), read(sys.argv[2])
for k in ("normalize", "tokenize"):
    if k in r and k in p:
        print(f"ratio {k}: rasd {r[k]:.1f} MB/s / pyarabic {p[k]:.2f} MB/s = {r[k] / p[k]:.0f}x (cpu time)")
PY
