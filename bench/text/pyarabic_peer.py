"""pyarabic peer for bench/text/run.sh: times normalization (strip_tashkeel, strip_tatweel,
normalize_hamza) and tokenization (araby.tokenize) over a corpus file; prints median MB/s of
thread CPU time (the machine is shared) and of wall time."""
import statistics
import sys
import time

from pyarabic import araby

path, runs = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
mb = len(text.encode("utf-8")) / 1e6
# pyarabic works on whole strings; feed it paragraph by paragraph, as rasd's CLI does lines.
paras = text.split("\n")


def normalize():
    n = 0
    for p in paras:
        n += len(araby.normalize_hamza(araby.strip_tatweel(araby.strip_tashkeel(p))))
    return n


def tokenize():
    n = 0
    for p in paras:
        n += len(araby.tokenize(p))
    return n


for name, fn in (("normalize", normalize), ("tokenize", tokenize)):
    wall, cpu = [], []
    for _ in range(runs):
        c, t = time.thread_time(), time.perf_counter()
        count = fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
        assert count > 0
    print(
        f"{name} {mb / statistics.median(cpu):.2f} MB/s cpu-time, "
        f"{mb / statistics.median(wall):.2f} MB/s wall  (pyarabic, median of {runs}, {mb:.1f} MB, {count} out)"
    )
