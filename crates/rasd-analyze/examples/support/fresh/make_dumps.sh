#!/bin/sh
# Writes data/event-ranker/fresh-COMMIT.jsonl: the events that the rule engine of COMMIT (the
# rules of the time a set was written, before anyone read it) finds in that set, with gold
# entities, each event's label carrying its trigger (trace_label.py). The learned event scorer
# trains on these: the errors an engine makes on text it has not seen.
#
#   sh crates/rasd-analyze/examples/support/fresh/make_dumps.sh [COMMIT…]   (from the workspace root)
#
# With COMMITs, only their dumps are remade. A commit that ships the learned scorer gets an empty
# model (data/event-ranker.tsv), so that its dump holds the rule engine's own events.
#
# The pairs below are the FRESH table of examples/train_event_ranker.rs.
set -eu
root=$(git rev-parse --show-toplevel)
here="$root/crates/rasd-analyze/examples/support/fresh"
out="$root/crates/rasd-analyze/data/event-ranker"
eval="$root/crates/rasd-analyze/eval"
work=$(mktemp -d)
target="${CARGO_TARGET_DIR:-$work/target}"
mkdir -p "$out"
only="$*"
dump() {
  commit=$1; shift
  if [ -n "$only" ] && ! echo " $only " | grep -q " $commit "; then return 0; fi
  mkdir -p "$work/$commit"
  git -C "$root" archive "$commit" | tar -x -C "$work/$commit"
  # Newer than any earlier build in the shared target directory: cargo tells the exports' own
  # crates apart by file times only, and tar gives them the commit's time.
  find "$work/$commit" -type f -exec touch {} +
  python3 "$here/trace_label.py" "$work/$commit/crates/rasd-analyze/src/events/engine.rs"
  model="$work/$commit/crates/rasd-analyze/data/event-ranker.tsv"
  if [ -f "$model" ]; then : > "$model"; fi
  cp "$here/dump_fresh.rs" "$work/$commit/crates/rasd-analyze/examples/dump_fresh.rs"
  # One target directory for every commit: the registry crates are built once (the touch above
  # makes cargo rebuild each export's own crates).
  (cd "$work/$commit" && CARGO_TARGET_DIR="$target/fresh" cargo build -q -p rasd-analyze --example dump_fresh)
  files=""
  for s in "$@"; do files="$files $eval/$s"; done
  # shellcheck disable=SC2086
  "$target/fresh/debug/examples/dump_fresh" $files > "$out/fresh-$commit.jsonl"
  echo "fresh-$commit.jsonl: $(wc -l < "$out/fresh-$commit.jsonl") records"
}
dump be82efe quotes_events_dev2.jsonl
dump f59a0ca quotes_events_dev3.jsonl
dump 67db918 quotes_events_dev4.jsonl
dump ec70b6a quotes_events_dev5.jsonl
dump 738d8d5 quotes_events_dev8.jsonl quotes_events_dev9.jsonl
dump c2bd791 quotes_events_heldout2.jsonl
dump 227ee71 quotes_events_dev6.jsonl
dump 3b48fa9 quotes_events_dev7.jsonl
dump 8f89d42 quotes_events_heldout3.jsonl
dump d61f028 quotes_events_heldout4.jsonl quotes_events_dev10.jsonl
dump eb71d14 quotes_events_dev11.jsonl
dump c7a8579 quotes_events_heldout5.jsonl quotes_events_dev12.jsonl quotes_events_dev13.jsonl
dump ead910f quotes_events_dev14.jsonl quotes_events_dev15.jsonl
dump 8840f8e quotes_events_dev16.jsonl quotes_events_dev17.jsonl quotes_events_dev18.jsonl quotes_events_dev19.jsonl blind/dev19_blind.jsonl
dump b7ae060 quotes_events_dev20.jsonl
dump af42094 quotes_events_dev21.jsonl
dump 0369897 quotes_events_dev22.jsonl
dump 5c10da6 quotes_events_dev24.jsonl
dump 01505f3 quotes_events_dev25.jsonl
dump 099b2f1 quotes_events_dev26.jsonl
rm -rf "$work"
