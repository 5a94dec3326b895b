#!/usr/bin/env python3
"""Pool frozen.sh output: per set/mode rows, and sums over heldout6..14.
usage: pool.py FROZEN.txt [FROZEN2.txt]  (two files: start -> end)"""
import re, sys
def parse(p):
    rows = {}; cur = None
    for line in open(p):
        m = re.match(r"== (\S+) (\S+)", line)
        if m: cur = (m.group(1), m.group(2)); rows[cur] = {}; continue
        m = re.match(r"(quotes|events|events \(by country\))\s+P .*matched (\d+), found (\d+), gold (\d+)", line.strip())
        if m and cur: rows[cur][m.group(1)] = tuple(int(x) for x in m.groups()[1:])
    return rows
def fmt(t):
    m, f, g = t
    return f"{m/f if f else 0:.3f}/{m/g if g else 0:.3f} ({m}/{f} of {g})"
files = [parse(p) for p in sys.argv[1:]]
sets = [k for k in files[0]]
for k in sets:
    print(k[0], k[1], " | ".join(" -> ".join(fmt(fl[k][kind]) for fl in files) for kind in ("quotes", "events")))
for mode in ("gold", "analyzer"):
    out = []
    for kind in ("quotes", "events", "events (by country)"):
        sums = []
        for fl in files:
            s = [0, 0, 0]
            for k, v in fl.items():
                if k[1] == mode and re.fullmatch(r"heldout([6-9]|1[0-4])", k[0]):
                    for i in range(3): s[i] += v[kind][i]
            sums.append(fmt(tuple(s)))
        out.append(f"{kind}: " + " -> ".join(sums))
    print("POOL heldout6-14", mode, " | ".join(out))
