"""PostgreSQL `arabic` full-text search over the rasd store's articles, and the comparison.

Usage: compare.py ARTICLES.jsonl QUERIES.txt RASD_SEARCH.json ROUNDS
Loads the articles into PostgreSQL (127.0.0.1:54329, started by run.sh), builds a GIN index on a
stored tsvector, times the queries (top 10 by ts_rank + count, ROUNDS rounds after a warm-up),
collects full result sets, and prints latency percentiles and variant recall for both engines.
"""
import json
import statistics
import sys
import time

import psycopg2


def groups(path):
    """[(base, [variants])] from the queries file: a '# group' line starts a group."""
    out, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("# group"):
                cur = None
            continue
        if cur is None:
            cur = (line, [])
            out.append(cur)
        else:
            cur[1].append(line)
    return out


def pct(values, p):
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def main():
    articles, queries_path, rasd_path, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    conn = psycopg2.connect(host="127.0.0.1", port=54329, user="postgres", dbname="postgres")
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("DROP TABLE IF EXISTS docs")
    cur.execute(
        "CREATE TABLE docs (id text PRIMARY KEY, headline text, body text, tsv tsvector "
        "GENERATED ALWAYS AS (to_tsvector('arabic', coalesce(headline, '') || ' ' || coalesce(body, ''))) STORED)"
    )
    rows = []
    for line in open(articles, encoding="utf-8"):
        a = json.loads(line)
        rows.append((a["id"], a.get("headline", ""), "\n".join(a.get("body", []))))
    t0 = time.perf_counter()
    from psycopg2.extras import execute_values

    execute_values(cur, "INSERT INTO docs (id, headline, body) VALUES %s", rows, page_size=1000)
    cur.execute("CREATE INDEX docs_tsv ON docs USING GIN (tsv)")
    cur.execute("ANALYZE docs")
    load_s = time.perf_counter() - t0
    print(f"PostgreSQL: loaded and indexed {len(rows)} articles in {load_s:.1f} s")

    gs = groups(queries_path)
    queries = [q for base, vs in gs for q in [base] + vs]
    top = "SELECT id FROM docs WHERE tsv @@ plainto_tsquery('arabic', %s) ORDER BY ts_rank(tsv, plainto_tsquery('arabic', %s)) DESC LIMIT 10"
    count = "SELECT count(*) FROM docs WHERE tsv @@ plainto_tsquery('arabic', %s)"
    for q in queries:
        cur.execute(top, (q, q)); cur.fetchall()
    lat = []
    for _ in range(rounds):
        for q in queries:
            t = time.perf_counter()
            cur.execute(top, (q, q)); cur.fetchall()
            cur.execute(count, (q,)); cur.fetchone()
            lat.append((time.perf_counter() - t) * 1000)
    pg_sets = {}
    for q in queries:
        cur.execute("SELECT id FROM docs WHERE tsv @@ plainto_tsquery('arabic', %s)", (q,))
        pg_sets[q] = {r[0] for r in cur.fetchall()}

    rasd = json.load(open(rasd_path, encoding="utf-8"))
    rasd_lat = rasd["latencies_ms"]
    rasd_sets = {q["query"]: set(q["ids"]) for q in rasd["queries"]}

    print(f"\n{len(queries)} queries x {rounds} rounds")
    print("| engine | p50 ms | p99 ms | mean ms |")
    print("| --- | ---: | ---: | ---: |")
    for name, l in (("rasd (tantivy, ar + ar_exact)", rasd_lat), ("PostgreSQL 15 `arabic` + GIN", lat)):
        print(f"| {name} | {pct(l, 50):.2f} | {pct(l, 99):.2f} | {statistics.mean(l):.2f} |")
    print(f"p50 ratio PostgreSQL / rasd: {pct(lat, 50) / pct(rasd_lat, 50):.1f}x")

    print("\nVariant recall (variant's results ∩ base's results / base's results, same engine):")
    print("| base | variant | rasd hits | rasd recall | pg hits | pg recall |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    rr, pr = [], []
    for base, variants in gs:
        rb, pb = rasd_sets.get(base, set()), pg_sets.get(base, set())
        for v in variants:
            rv, pv = rasd_sets.get(v, set()), pg_sets.get(v, set())
            r = len(rv & rb) / len(rb) if rb else 0.0
            p = len(pv & pb) / len(pb) if pb else 0.0
            rr.append(r); pr.append(p)
            print(f"| {base} ({len(rb)}/{len(pb)}) | {v} | {len(rv)} | {r:.2f} | {len(pv)} | {p:.2f} |")
    print(f"\nmean variant recall: rasd {statistics.mean(rr):.3f}, PostgreSQL {statistics.mean(pr):.3f} over {len(rr)} variants")
    mali = "مالي"
    if mali in rasd_sets:
        print(f"'{mali}': rasd {len(rasd_sets[mali])} hits, PostgreSQL {len(pg_sets[mali])} hits")


if __name__ == "__main__":
    main()
