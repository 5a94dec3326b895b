#!/usr/bin/env python3
"""Join judges' verdicts (TSV: id, RIGHT|WRONG, cause...) with key.json. usage: score_judged.py OUTDIR VERDICT.tsv..."""
import json, sys
from collections import Counter, defaultdict
key = json.load(open(sys.argv[1] + "/key.json"))
v = {}
for p in sys.argv[2:]:
    for line in open(p):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2 and parts[0] in key:
            v[parts[0]] = (parts[1].strip().upper(), parts[2].strip() if len(parts) > 2 else "")
tab = defaultdict(Counter); causes = defaultdict(Counter)
for iid, k in key.items():
    if iid not in v:
        continue
    verdict, cause = v[iid]
    if k["sample"] == "random":
        groups = [f"{k['kind']} random drawn from {b}" for b in k["drawn_from"]]
    else:
        groups = [f"{k['kind']} {k['change']}"]
    for g in groups:
        tab[g][verdict] += 1
        if verdict == "WRONG":
            causes[g][cause.split()[0] if cause else "?"] += 1
for g in sorted(tab):
    print(f"{g}: RIGHT {tab[g]['RIGHT']} of {sum(tab[g].values())}   wrong causes {dict(causes[g].most_common())}")
print(f"judged {len(v)} of {len(key)}")
