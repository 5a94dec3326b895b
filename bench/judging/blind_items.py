#!/usr/bin/env python3
"""Blind-judging items from two builds' --full dumps on articles [LO, HI).

usage: blind_items.py START_FULL END_FULL LO HI NRANDOM NCHANGED OUTDIR

Writes OUTDIR/items-events.txt, items-quotes.txt (what judges read: no build named) and
OUTDIR/key.json (item id -> kind, build(s), change). Random: NRANDOM events and NRANDOM quotes
drawn from each build (an item emitted by both builds is one item, keyed 'both').
Changed: multiset differences (events by article, paragraph, code, source, target, negated;
quotes by article, paragraph, text, speaker), up to NCHANGED removed and NCHANGED added each.
"""
import json, random, sys, os
from collections import Counter
start_p, end_p, lo, hi, nr, nc, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
os.makedirs(out, exist_ok=True)
def load(p):
    evs, qs, bodies = [], [], {}
    for line in open(p):
        r = json.loads(line)
        n = r["article"]
        if not (lo <= n < hi):
            continue
        a = r["analysis"]
        names = {e["id"]: e["name"] for e in a["entities"]}
        bodies[n] = (a.get("headline") or "", a["body"])
        for e in a["events"]:
            evs.append((n, e["paragraph"], e["code"], e.get("label", ""), names.get(e["source"], e["source"]) if e["source"] else None,
                        names.get(e["target"], e["target"]) if e["target"] else None, e["negated"], e["sentence"]))
        for q in a["quotes"]:
            qs.append((n, q["paragraph"], q["text"], names.get(q["speaker"], q["speaker"]) if q["speaker"] else None, q.get("speaker_text")))
    return evs, qs, bodies
se, sq, bodies = load(start_p)
ee, eq, bodies2 = load(end_p)
bodies.update(bodies2)
rng = random.Random(2121)
items = {"events": [], "quotes": []}
def add(kind, item, key):
    items[kind].append((item, key))
# random samples
for kind, s, e in (("events", se, ee), ("quotes", sq, eq)):
    cs, ce = Counter(s), Counter(e)
    seen = {}
    for build, pool in (("start", s), ("end", e)):
        for it in rng.sample(pool, min(nr, len(pool))):
            if it in seen:
                seen[it]["drawn_from"].append(build)
                continue
            both = cs[it] > 0 and ce[it] > 0
            k = {"sample": "random", "drawn_from": [build], "in": "both" if both else build}
            seen[it] = k
            add(kind, it, k)
    # changes
    removed = list((cs - ce).elements()); added = list((ce - cs).elements())
    print(f"{kind}: start {len(s)} end {len(e)} removed {len(removed)} added {len(added)}", file=sys.stderr)
    for ch, pool in (("removed", removed), ("added", added)):
        for it in rng.sample(pool, min(nc, len(pool))):
            if it in seen:
                continue
            seen[it] = True
            add(kind, it, {"sample": "changed", "change": ch})
key = {}
for kind in items:
    rng.shuffle(items[kind])
    with open(os.path.join(out, f"items-{kind}.txt"), "w") as f:
        for i, (it, k) in enumerate(items[kind]):
            iid = f"{kind[0].upper()}{i:03d}"
            key[iid] = dict(k, kind=kind, item=list(it))
            n, p = it[0], it[1]
            head, body = bodies[n]
            para = body[p] if p < len(body) else ""
            prev = body[p - 1] if 0 < p <= len(body) else ""
            f.write(f"### {iid}  (article {n}, paragraph {p})\n")
            f.write(f"headline: {head}\n")
            if prev:
                f.write(f"previous paragraph: {prev}\n")
            f.write(f"paragraph: {para}\n")
            if kind == "events":
                f.write(f"sentence: {it[7]}\n")
                f.write(f"EVENT: code {it[2]} ({it[3]}); source = {it[4]}; target = {it[5]}; negated = {it[6]}\n\n")
            else:
                f.write(f"QUOTE text: {it[2]}\n")
                f.write(f"QUOTE speaker: {it[3]}  (words naming the speaker: {it[4]})\n\n")
json.dump(key, open(os.path.join(out, "key.json"), "w"), ensure_ascii=False, indent=0)
print(f"{len(items['events'])} event items, {len(items['quotes'])} quote items", file=sys.stderr)
