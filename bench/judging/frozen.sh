#!/bin/sh
# Totals of `rasd eval-events` on annotated sets, both entity modes (the lead's frozen-set
# score; prints no item). Usage, from the workspace root: bench/judging/frozen.sh BIN SET...
# (SET: heldout6 ... heldout14, dev23, ...; BIN: a release `rasd` built from a git archive).
BIN=$1; shift
for set in "$@"; do for m in gold analyzer; do
  echo "== $set $m"
  "$BIN" eval-events "crates/rasd-analyze/eval/quotes_events_$set.jsonl" --entities "$m" 2>&1 | grep -v '^  \['
done; done
