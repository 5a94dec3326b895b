#!/usr/bin/env bash
# HTTP API load benchmark (see BENCHMARKS.md, "HTTP API").
#
# 1. Needs `wrk` (Debian package; installed with apt-get when missing, and the script says so).
# 2. Uses the SaudiNewsNet store that bench/store/run.sh builds ($BENCH_STORE, default
#    /tmp/rasd-bench-store/data); when it is missing or unreadable, ingests the SaudiNewsNet zips
#    into $BENCH_WORK/data with `rasd ingest` (about 1.5 min on 2 quiet cores).
# 3. Starts `rasd serve` (release) on 127.0.0.1:$PORT, pinned to cores 0-1 with the load generator
#    on the same cores (loopback, one machine: the figures include wrk's own CPU use).
# 4. Runs `wrk -t2 -c50 -d20s --latency` over /api/search, cycling through the queries of
#    bench/store/queries.txt (URL-encoded), 10 hits with snippets, facets and counts per day:
#    with the server's result cache off (every request runs the query; 1 client, then 50), then
#    with it on (the default).
#    Prints p50/p90/p99 and requests per second; any non-200 answer fails the run.
#
# Usage: bench/server/run.sh        (env: BENCH_STORE, BENCH_WORK, PORT, DURATION, CONNECTIONS;
#        RASD_BIN=path/to/rasd benches that binary instead of building one, for A/B runs;
#        UNCACHED_ONLY=1 skips the cached run)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${RASD_SHARED:-$root/../shared}"
work="${BENCH_WORK:-/tmp/rasd-bench-server}"
store="${BENCH_STORE:-/tmp/rasd-bench-store/data}"
port="${PORT:-18181}"
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-50}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$work"

if ! command -v wrk > /dev/null; then
    echo "== wrk is missing: installing the Debian package (apt-get install -y wrk)" >&2
    apt-get install -y wrk > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 2; }
fi

if [ -n "${RASD_BIN:-}" ]; then
    rasd="$RASD_BIN"
else
    echo "== build (release)" >&2
    (cd "$root" && cargo build --release -q -p rasd)
    rasd="$CARGO_TARGET_DIR/release/rasd"
fi
echo "binary: $rasd"

if ! "$rasd" search --data "$store" --limit 1 الرئيس > /dev/null 2>&1; then
    echo "== no readable store at $store: ingesting SaudiNewsNet into $work/data" >&2
    store="$work/data"
    rm -rf "$store"
    "$rasd" ingest --data "$store" "$shared"/data/saudinewsnet/dataset/*.zip | head -2
fi
docs=$("$rasd" search --data "$store" --json --limit 1 "" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "store: $store ($docs articles)"

# The queries, URL-encoded, one per line (comments and blank lines left out).
python3 - "$root/bench/store/queries.txt" > "$work/queries.urlencoded" <<'PY'
import sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("#"):
        print(urllib.parse.quote(line))
PY
echo "queries: $(wc -l < "$work/queries.urlencoded") from bench/store/queries.txt"

server_pid=""
stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2> /dev/null; then
        kill -INT "$server_pid"
        wait "$server_pid" || true
    fi
    server_pid=""
}
trap stop_server EXIT

run() {
    local label="$1" conns="$2"; shift 2
    taskset -c 0,1 "$rasd" serve --data "$store" --addr "127.0.0.1:$port" "$@" > "$work/serve.out" 2> "$work/serve.err" &
    server_pid=$!
    for _ in $(seq 50); do
        grep -q "^http://" "$work/serve.out" 2> /dev/null && break
        sleep 0.1
    done
    grep "^http://" "$work/serve.out" || { cat "$work/serve.err" >&2; exit 2; }
    # Warm-up: every query once.
    while read -r q; do
        curl -sf -o /dev/null "http://127.0.0.1:$port/api/search?q=$q&limit=10"
    done < "$work/queries.urlencoded"
    local threads=2
    [ "$conns" -lt 2 ] && threads=1
    echo "== $label: wrk -t$threads -c$conns -d$duration --latency, /api/search?q=…&limit=10" >&2
    RASD_QUERIES="$work/queries.urlencoded" RASD_SEARCH_PARAMS="&limit=10" \
        taskset -c 0,1 wrk -t"$threads" -c"$conns" -d"$duration" --latency -s "$here/search.lua" \
        "http://127.0.0.1:$port" > "$work/wrk-$label.txt"
    sed -n '/Latency Distribution/,/Requests\/sec/p' "$work/wrk-$label.txt"
    local result
    result=$(grep '^RESULT' "$work/wrk-$label.txt")
    echo "$label: $result"
    stop_server
    case "$result" in
        *"errors_status=0 errors_socket=0"*) ;;
        *) echo "$label: some requests failed (see $work/wrk-$label.txt)" >&2; exit 1 ;;
    esac
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# One client without the cache: the time one search takes, with no queueing.
run uncached-c1 1 --cache 0
# 50 clients without the cache: throughput-bound (latency ≈ clients / throughput).
run uncached "$connections" --cache 0
# 50 clients with the cache of recent results (the default of `rasd serve`); UNCACHED_ONLY=1
# leaves it out (quicker A/B runs of the search itself).
[ -n "${UNCACHED_ONLY:-}" ] || run cached "$connections"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
