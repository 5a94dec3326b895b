#!/usr/bin/env bash
# ScrapingHub article-extraction benchmark: rasd against trafilatura (PyPI), same 181 pages,
# same metric (rasd's `score` module scores both), one thread each, in the same run.
#
#   bench/extract/run.sh [DIR]     DIR defaults to $RASD_SHARED/eval/scrapinghub or ../shared/…
#
# Creates bench/.venv (gitignored) and installs trafilatura from PyPI into it on first use.
# Speed is reported by wall clock and by CPU time; the ratio uses CPU time, which stays fair
# when other jobs share the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-${RASD_SHARED:-../shared}/eval/scrapinghub}"
if [ ! -f "$DATA/ground-truth.json" ]; then
    echo "run.sh: $DATA/ground-truth.json not found; pass the benchmark folder" >&2
    exit 2
fi
OUT=bench/out/extract
mkdir -p "$OUT"

cargo build --release -q -p rasd-extract --example scrapinghub
BIN="${CARGO_TARGET_DIR:-target}/release/examples/scrapinghub"

if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv
fi
if ! bench/.venv/bin/python -c 'import trafilatura, lxml_html_clean' 2>/dev/null; then
    bench/.venv/bin/pip install -q trafilatura lxml_html_clean
fi

echo "== rasd, HTML"
"$BIN" --runs 5 --dump "$OUT/rasd.json" "$DATA" | tee "$OUT/rasd.txt"
echo "== rasd, plain text (text/*.txt)"
"$BIN" --runs 5 --text "$DATA" | tee "$OUT/rasd-text.txt" || true
echo "== trafilatura (PyPI), HTML"
bench/.venv/bin/python bench/extract/trafilatura_peer.py "$DATA" "$OUT/trafilatura.json" 3 | tee "$OUT/trafilatura.txt"
"$BIN" --score-json "$OUT/trafilatura.json" "$DATA" | tee -a "$OUT/trafilatura.txt"

python3 - "$OUT" <<'PY'
import re, sys
out = sys.argv[1]
def grab(path):
    t = open(f"{out}/{path}", encoding="utf-8").read()
    num = lambda pat: (lambda m: float(m.group(1)) if m else float("nan"))(re.search(pat, t))
    return {
        "f1": num(r"F1 ([0-9.]+)"), "p": num(r"precision ([0-9.]+)"), "r": num(r"recall ([0-9.]+)"),
        "wall": num(r"= ([0-9.]+) pages/s[,;]"), "cpu": num(r"= ([0-9.]+) pages/s CPU"),
        "rss": num(r"peak RSS ([0-9.]+) MB"),
    }
rows = {"rasd": grab("rasd.txt"), "trafilatura (PyPI)": grab("trafilatura.txt")}
print()
print(f"| extractor | F1 | precision | recall | pages/s (CPU) | pages/s (wall) | peak RSS MB |")
print(f"| --- | --- | --- | --- | --- | --- | --- |")
for name, r in rows.items():
    print(f"| {name} | {r['f1']:.4f} | {r['p']:.4f} | {r['r']:.4f} | {r['cpu']:.1f} | {r['wall']:.1f} | {r['rss']:.1f} |")
a, b = rows["rasd"], rows["trafilatura (PyPI)"]
print()
print(f"speed ratio rasd/trafilatura: {a['cpu'] / b['cpu']:.1f}x by CPU time, {a['wall'] / b['wall']:.1f}x by wall clock")
print(f"F1 difference rasd - trafilatura: {a['f1'] - b['f1']:+.4f}")
PY
