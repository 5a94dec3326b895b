#!/usr/bin/env python3
"""Write SaudiNewsNet articles LO..HI-1 (numbered as event_dump numbers them) as JSON lines:
{"article": n, "headline": ..., "body": [paragraphs]}.  usage: articles.py LO HI > out.jsonl"""
import json, os, sys, zipfile
D = os.environ.get("SAUDINEWSNET", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/data/saudinewsnet/dataset"))
lo, hi = int(sys.argv[1]), int(sys.argv[2])
n = 0
for z in sorted(f for f in os.listdir(D) if f.endswith(".zip")):
    with zipfile.ZipFile(os.path.join(D, z)) as zf:
        for info in zf.infolist():
            for r in json.loads(zf.read(info).decode("utf-8")):
                if n >= hi:
                    sys.exit(0)
                if n >= lo:
                    body = [l.strip() for l in (r.get("content") or "").split("\n") if l.strip()]
                    print(json.dumps({"article": n, "headline": r.get("title") or "", "body": body}, ensure_ascii=False))
                n += 1
