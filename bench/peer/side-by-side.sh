#!/usr/bin/env bash
# CqoDocs and the Lucene peer on the same workload in one session, size after size, each side's build and
# queries in processes of their own (as the peer runs them), JSON lines into OUT/<units>.jsonl; then the table.
#   bench/peer/side-by-side.sh [UNITS ...]        default: 5000 50000 200000
# Env: SHARED_BENCH  the shared bench folder (corpus/, lucene-peer/); default ../shared/bench beside the repository
#      CORPUS        the benchmark text (default /tmp/bench_corpus.txt; made by SHARED_BENCH/corpus/make_corpus.sh)
#      CHUNK (300), RUNS (5 timed unfiltered passes), FRUNS (1 per filter), OUT (default /tmp/cqodocs-peer)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED_BENCH="${SHARED_BENCH:-$ROOT/../shared/bench}"
CORPUS="${CORPUS:-/tmp/bench_corpus.txt}"; CHUNK="${CHUNK:-300}"; OUT="${OUT:-/tmp/cqodocs-peer}"
QUERIES="$SHARED_BENCH/lucene-peer/queries.txt"
[ -f "$QUERIES" ] || { echo "side-by-side.sh: $QUERIES: 没有这个文件（用 SHARED_BENCH 指明 shared bench 目录）" >&2; exit 1; }
[ -s "$CORPUS" ] || "$SHARED_BENCH/corpus/make_corpus.sh" "$CORPUS" >&2
dotnet build -c Release "$ROOT/bench/CqoDocs.Bench" -v q -nologo >&2
BENCH="$ROOT/bench/CqoDocs.Bench/bin/Release/net10.0/CqoDocs.Bench.dll"
mkdir -p "$OUT"
export CQODOCS_HOME="$(mktemp -d)"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(5000 50000 200000)
for units in "${sizes[@]}"; do
    idx="$OUT/cqodocs-$units.sqlite"
    {
      dotnet "$BENCH" peer "$CORPUS" "$units" "$CHUNK" --keep "$idx"
      dotnet "$BENCH" peer --index "$idx" --queries "$QUERIES" --runs "${RUNS:-5}" --fruns "${FRUNS:-1}"
      rm -f "$idx"
      RUNS="${RUNS:-5}" FRUNS="${FRUNS:-1}" IDX="$OUT/lucene-$units" "$SHARED_BENCH/lucene-peer/run.sh" "$CORPUS" "$units" "$CHUNK"
      rm -rf "$OUT/lucene-$units"
    } | tee "$OUT/$units.jsonl"
done
python3 "$HERE/table.py" "$OUT"/*.jsonl
