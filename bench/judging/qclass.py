#!/usr/bin/env python3
"""Count quote error classes from `eq --eval --errors` output on stdin (counts only, nothing
printed of the items). usage: ... | qclass.py MODE   (MODE: Analyzer or 'gold entities')"""
import re, sys
from collections import defaultdict, Counter
mode = sys.argv[1]
missed, extra = defaultdict(list), defaultdict(list)
for line in sys.stdin:
    m = re.match(r"\s+\[(.+?)\] (\S+): (missed|extra) quote (None|Some\(\"(.*?)\"\))(?: \[.*?\])?: (.*)$", line)
    if not m or m.group(1) != mode:
        continue
    rec, kind, spk, text = m.group(2), m.group(3), m.group(5), m.group(6).strip()
    (missed if kind == "missed" else extra)[rec].append((spk, text))
c = Counter()
def overlap(a, b):
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) >= max(2, 0.5 * min(len(wa), len(wb)))
for rec in set(missed) | set(extra):
    ms, es = list(missed[rec]), list(extra[rec])
    for spk, text in list(ms):
        same = [e for e in es if e[1] == text]
        if same:
            e = same[0]; es.remove(e); ms.remove((spk, text))
            c["null speaker" if e[0] is None else "wrong speaker (same text)"] += 1
    for spk, text in list(ms):
        near = [e for e in es if overlap(e[1], text)]
        if near:
            e = near[0]; es.remove(e); ms.remove((spk, text))
            c["span (same speaker)" if e[0] == spk else "span + speaker"] += 1
    c["missed"] += len(ms); c["extra"] += len(es)
for k, v in sorted(c.items(), key=lambda x: -x[1]):
    print(f"{v:4d} {k}")
