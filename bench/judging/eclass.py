#!/usr/bin/env python3
"""Count event error classes from `eq --eval --errors` output on stdin (counts only, nothing
printed of the items). usage: ... | eclass.py MODE   (MODE: Analyzer or 'gold entities')

Within a record, an extra event and a missed one of the same root (first two digits) pair up
and are classed by what differs: source, target, both (reversed when swapped), or negation.
What is left is a missed event (no extra of its root) or an extra event (no gold of its root);
an extra whose root the record's gold events have but all matched is "extra, root in gold"."""
import re, sys
from collections import defaultdict, Counter
mode = sys.argv[1]
missed, extra = defaultdict(list), defaultdict(list)
pat = re.compile(r"\s+\[(.+?)\] (\S+): (missed|extra) event (\d+) (None|Some\(\"(.*?)\"\))→(None|Some\(\"(.*?)\"\)) neg=(\w+)")
for line in sys.stdin:
    m = pat.match(line)
    if not m or m.group(1) != mode:
        continue
    ev = (m.group(4)[:2], m.group(6), m.group(8), m.group(9))
    (missed if m.group(3) == "missed" else extra)[m.group(2)].append(ev)
c = Counter()
def cls(g, e):
    if e[1] == g[1] and e[2] == g[2]:
        return "negation"
    if e[1] == g[2] and e[2] == g[1]:
        return "reversed"
    if e[2] == g[2]:
        return "null source" if e[1] is None else "wrong source"
    if e[1] == g[1]:
        return "null target" if e[2] is None else "wrong target"
    return "source and target wrong"
for rec in set(missed) | set(extra):
    ms, es = list(missed[rec]), list(extra[rec])
    for order in ("exact-one", "any"):
        for g in list(ms):
            cands = [e for e in es if e[0] == g[0]]
            if order == "exact-one":
                cands = [e for e in cands if (e[1] == g[1]) != (e[2] == g[2]) or (e[1], e[2]) == (g[1], g[2])]
            if cands:
                e = cands[0]; es.remove(e); ms.remove(g); c[cls(g, e)] += 1
    c["missed (no extra of its root)"] += len(ms)
    c["extra (no gold of its root left)"] += len(es)
for k, v in sorted(c.items(), key=lambda x: -x[1]):
    print(f"{v:4d} {k}")
