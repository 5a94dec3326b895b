#!/usr/bin/env python3
"""Split OUTDIR/items-{events,quotes}.txt into chunks of N items: OUTDIR/chunk-K.txt."""
import sys, re
out, n = sys.argv[1], int(sys.argv[2])
chunks = []
for kind in ("events", "quotes"):
    items = re.split(r"(?m)^(?=### )", open(f"{out}/items-{kind}.txt").read())
    items = [i for i in items if i.strip()]
    for k in range(0, len(items), n):
        chunks.append(items[k:k + n])
for k, c in enumerate(chunks):
    open(f"{out}/chunk-{k}.txt", "w").write("".join(c))
    print(f"{out}/chunk-{k}.txt {len(c)} items")
