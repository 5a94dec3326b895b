#!/usr/bin/env bash
# Store and search benchmark (see BENCHMARKS.md, "Store and search").
#
# 1. Ingests all SaudiNewsNet articles (18 daily zips, 31,030 records) with full analysis,
#    pinned to 2 cores: wall time, peak RSS (/usr/bin/time -v), RSS when the store passes
#    10k and 20k articles and at the end.
# 2. Search latency (p50/p99) over bench/store/queries.txt, in process, as `rasd search` runs
#    a query (10 hits, snippets, facets, counts per day).
# 3. Peer: PostgreSQL's built-in `arabic` text search configuration (GIN index over a stored
#    tsvector) on the same articles, exported from the rasd store; the same queries through
#    plainto_tsquery, timed from a Python client (top 10 by ts_rank + count).
# 4. Recall of spelling variants for both: each variant's result set against the same engine's
#    set for the base spelling.
# 5. Parquet exports of every table, read back by DuckDB (row counts against the JSON Lines
#    exports, column types).
#
# Usage: bench/store/run.sh            (needs ../shared/data/saudinewsnet, PostgreSQL 15 binaries)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${RASD_SHARED:-$root/../shared}"
zips=("$shared"/data/saudinewsnet/dataset/*.zip)
work="${BENCH_WORK:-/tmp/rasd-bench-store}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
rm -rf "$work" && mkdir -p "$work"

echo "== build (release)" >&2
(cd "$root" && cargo build --release -q -p rasd && cargo build --release -q -p rasd-store --example search_latency)
rasd="$CARGO_TARGET_DIR/release/rasd"
latency="$CARGO_TARGET_DIR/release/examples/search_latency"

echo "== ingest ${#zips[@]} zips on 2 cores" >&2
data="$work/data"
taskset -c 0,1 /usr/bin/time -v "$rasd" ingest --data "$data" "${zips[@]}" \
    > "$work/ingest.out" 2> "$work/ingest.time" &
pid=$!
# Sample (documents, RSS) twice a second while it runs.
: > "$work/rss.tsv"
while kill -0 "$pid" 2>/dev/null; do
    child=$(pgrep -P "$pid" -x rasd || true)
    if [ -n "$child" ] && [ -f "$data/rasd.sqlite3" ]; then
        rss=$(awk '/VmRSS/ {print $2}' "/proc/$child/status" 2>/dev/null || echo 0)
        docs=$(python3 -c "import sqlite3,sys; c=sqlite3.connect('file:$data/rasd.sqlite3?mode=ro', uri=True, timeout=1); print(c.execute('select count(*) from documents').fetchone()[0])" 2>/dev/null || echo 0)
        echo -e "$docs\t$rss" >> "$work/rss.tsv"
    fi
    sleep 0.5
done
wait "$pid"
cat "$work/ingest.out" | head -3
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/ingest.time")
peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/ingest.time")
user=$(awk -F': ' '/User time/ {print $2}' "$work/ingest.time")
sys=$(awk -F': ' '/System time/ {print $2}' "$work/ingest.time")
echo "ingest wall: $wall; CPU user $user s + sys $sys s; peak RSS: $((peak / 1024)) MiB"
python3 - "$work/rss.tsv" <<'PY'
import sys
rows = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if l.strip()]
for mark in (10_000, 20_000):
    hit = [r for r in rows if r[0] >= mark]
    if hit:
        print(f"RSS at {hit[0][0]} docs: {hit[0][1] // 1024} MiB")
if rows:
    print(f"RSS at {rows[-1][0]} docs (last sample): {rows[-1][1] // 1024} MiB")
PY

echo "== rasd search latency" >&2
"$latency" "$data" "$here/queries.txt" 20 > "$work/rasd-search.json"
"$rasd" export --data "$data" --what articles --format jsonl > "$work/articles.jsonl"

echo "== PostgreSQL peer" >&2
pgbin=/usr/lib/postgresql/15/bin
pgdata="$work/pg"
mkdir -p "$pgdata" && chown postgres "$work" "$pgdata"
runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -A trust -E UTF8 --locale=C.UTF-8 > /dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -o "-p 54329 -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" -l "$work/pg.log" -w start > /dev/null
trap 'runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast stop > /dev/null 2>&1 || true' EXIT
if [ ! -x "$root/bench/.venv/bin/python" ]; then
    python3 -m venv "$root/bench/.venv"
fi
# The venv may already exist for other benches: install the client when it is missing.
if ! "$root/bench/.venv/bin/python" -c 'import psycopg2' 2>/dev/null; then
    "$root/bench/.venv/bin/pip" install -q psycopg2-binary
fi
"$root/bench/.venv/bin/python" "$here/compare.py" "$work/articles.jsonl" "$here/queries.txt" "$work/rasd-search.json" 20

echo "== Parquet exports, read back by DuckDB" >&2
if ! "$root/bench/.venv/bin/python" -c 'import duckdb' 2>/dev/null; then
    "$root/bench/.venv/bin/pip" install -q duckdb
fi
for what in articles entities quotes events mentions; do
    /usr/bin/time -f "$what: %e s" "$rasd" export --data "$data" --what "$what" --format parquet \
        --output "$work/$what.parquet"
    "$rasd" export --data "$data" --what "$what" --format jsonl | wc -l > "$work/$what.rows"
done
"$root/bench/.venv/bin/python" - "$work" <<'PY'
import sys, duckdb
work = sys.argv[1]
for what in ["articles", "entities", "quotes", "events", "mentions"]:
    rows = duckdb.sql(f"select count(*) from '{work}/{what}.parquet'").fetchall()[0][0]
    jsonl = int(open(f"{work}/{what}.rows").read())
    types = duckdb.sql(f"describe select * from '{work}/{what}.parquet'").fetchall()
    print(f"{what}: {rows} rows (jsonl {jsonl}) " + ", ".join(f"{t[0]} {t[1]}" for t in types[:6]) + " …")
    assert rows == jsonl, what
print(duckdb.sql(f"select EventRootCode, count(*) n, round(sum(GoldsteinScale), 1) g from '{work}/events.parquet' group by 1 order by n desc limit 5").fetchall())
PY
