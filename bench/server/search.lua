-- wrk script for bench/server/run.sh: cycles through the queries of bench/store/queries.txt
-- (URL-encoded by run.sh into the file named by $RASD_QUERIES, one per line) against /api/search,
-- and fails the run on any non-200 answer.
local queries = {}
local path = os.getenv("RASD_QUERIES")
for line in io.lines(path) do
  if #line > 0 then queries[#queries + 1] = line end
end
local extra = os.getenv("RASD_SEARCH_PARAMS") or ""
local counter = 0
local bad = 0

function init(args)
  -- Threads start at different places in the list.
  counter = math.random(#queries)
end

function request()
  counter = counter % #queries + 1
  return wrk.format("GET", "/api/search?q=" .. queries[counter] .. extra)
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    if bad <= 3 then io.stderr:write("status " .. status .. ": " .. body:sub(1, 200) .. "\n") end
  end
end

function done(summary, latency, requests)
  local us = function(p) return latency:percentile(p) / 1000 end
  io.write(string.format(
    "RESULT requests=%d errors_status=%d errors_socket=%d req_per_s=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), us(50), us(90), us(99), latency.max / 1000))
end
