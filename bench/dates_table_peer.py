#!/usr/bin/env python3
"""Peer accuracy on rasd's own date table: PyPI `dateparser`.parse on the POSITIVE and NEGATIVE
cases of crates/rasd-text/tests/dates.rs (read from that file, so both run the same strings).

A positive case is right when dateparser gives the expected local date (and time, when the
expected value has one; offsets are not compared). A negative case is right when it gives None.
rasd's figure on the same table: `cargo test -p rasd-text --test dates -- --nocapture`.

usage: bench/.venv/bin/python bench/dates_table_peer.py
"""
import os
import re
import warnings
from datetime import datetime

import dateparser

warnings.filterwarnings("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = datetime(2025, 7, 15, 12, 16, 0)


def table(src, name):
    body = src.split(f"const {name}")[1].split("];")[0]
    return re.findall(r'\(\s*"((?:[^"\\]|\\.)*)",\s*(true|false)(?:,\s*"([^"]*)")?\s*,?\s*\)', body)


def main():
    with open(os.path.join(ROOT, "crates/rasd-text/tests/dates.rs"), encoding="utf-8") as f:
        src = f.read()
    pos, neg = table(src, "POSITIVE"), table(src, "NEGATIVE")
    right, wrong = 0, []
    for text, with_now, want in pos + [(t, n, None) for t, n, _ in neg]:
        settings = {"DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
        if with_now == "true":
            settings["RELATIVE_BASE"] = NOW
        got = dateparser.parse(text, languages=["ar", "en", "fr"], settings=settings)
        if want is None:
            ok = got is None
        elif got is None:
            ok = False
        elif "T" in want:
            ok = got.strftime("%Y-%m-%dT%H:%M:%S") == want[:19]
        else:
            ok = got.strftime("%Y-%m-%d") == want
        right += ok
        if not ok:
            wrong.append(f"  {text!r}: {got} (want {want})")
    total = len(pos) + len(neg)
    print(f"dateparser {dateparser.__version__} on rasd's date table: {right}/{total} "
          f"({100 * right / total:.1f}%) over {len(pos)} dates and {len(neg)} non-dates")
    for w in wrong[:15]:
        print(w)


if __name__ == "__main__":
    main()
