#!/usr/bin/env python3
"""Peer for the date benchmark: PyPI `dateparser` (search_dates) on bench/out/date_lines.txt.

Reports, like the Rust bench: date lines read right (first date found == expected ISO), running-
text lines where a date is found, and lines per CPU-second (process_time, so a loaded machine
does not change it much). dateparser is slow, so it reads an evenly spaced sample of the lines
(every k-th line, k from the command line; default 10).

usage: bench/.venv/bin/python bench/dates_peer.py [K]
"""
import os
import sys
import time
import warnings

from dateparser.search import search_dates

warnings.filterwarnings("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
SETTINGS = {"DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}


def first_iso(line):
    found = search_dates(line, languages=["ar", "en"], settings=SETTINGS)
    if not found:
        return None
    _, dt = found[0]
    return dt


def main():
    k = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with open(os.path.join(OUT, "date_lines.txt"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    expected = {}
    with open(os.path.join(OUT, "date_lines.expected"), encoding="utf-8") as f:
        for row in f.read().splitlines():
            n, iso = row.split("\t")
            expected[int(n)] = iso
    sample = list(range(0, len(lines), k))
    right = wrong = body_hits = 0
    start = time.process_time()
    for n in sample:
        dt = first_iso(lines[n])
        if n in expected:
            want = expected[n]
            got = None
            if dt is not None:
                got = dt.strftime("%Y-%m-%dT%H:%M:%S") if "T" in want else dt.strftime("%Y-%m-%d")
            right += got == want
            wrong += got != want
        elif dt is not None:
            body_hits += 1
    cpu = time.process_time() - start
    print(
        f"dateparser {sys.modules['dateparser'].__version__ if 'dateparser' in sys.modules else ''}: "
        f"{len(sample)} lines (every {k}th) in {cpu:.1f} CPU s = {len(sample) / cpu:.0f} lines/s; "
        f"date lines right: {right}/{right + wrong}; running-text lines with a date: {body_hits}/"
        f"{len(sample) - right - wrong}"
    )


if __name__ == "__main__":
    import dateparser  # noqa: F401  (for the version above)

    main()
