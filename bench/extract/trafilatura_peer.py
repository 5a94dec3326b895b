#!/usr/bin/env python3
"""Runs trafilatura (PyPI) on the ScrapingHub pages, one thread, and writes its output as JSON.

Usage: trafilatura_peer.py DIR OUT.json [RUNS]

With RUNS > 1, every page is extracted RUNS times and the median run's speed is reported.

The output ({"<id>": {"articleBody": ..., "title": ...}}) is scored by the Rust example
(`scrapinghub --score-json OUT.json DIR`), so both extractors are measured with the same metric.
Prints pages per second (extraction only: gunzip and file reads happen before the clock starts),
by wall clock and by CPU time (the fair figure on a shared machine), and peak resident memory.
"""
import gzip
import json
import resource
import sys
import time
from pathlib import Path

import trafilatura


def main() -> int:
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) == 4 else 1
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    pages = {i: gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()) for i in ids}
    timings = []
    for _ in range(runs):
        results = {}
        start = time.perf_counter()
        cpu_start = time.process_time()
        for i in ids:
            # Bytes in, as rasd gets them: trafilatura decodes them itself. Body and metadata in
            # one pass, as rasd does; comments off (not article text).
            doc = trafilatura.bare_extraction(
                pages[i], url=truth[i].get("url"), with_metadata=True, include_comments=False
            )
            results[i] = {
                "articleBody": (doc.text if doc is not None else None) or "",
                "title": doc.title if doc is not None else None,
            }
        timings.append((time.process_time() - cpu_start, time.perf_counter() - start))
    timings.sort()
    cpu, secs = timings[len(timings) // 2]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    print(f"trafilatura {trafilatura.__version__}: {len(ids)} pages in {secs:.3f} s wall = "
          f"{len(ids) / secs:.1f} pages/s; {cpu:.3f} s CPU = {len(ids) / cpu:.1f} pages/s CPU; one thread; median of {runs} runs")
    print(f"trafilatura: peak RSS {peak_mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
