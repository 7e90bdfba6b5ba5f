#!/usr/bin/env bash
# `make bench`: every benchmark of a `bench` build, on the curated database and
# on synthetic ones of 10,000, 100,000 and 1,000,000 events, then one table.
#
#   scripts/run-benchmarks.sh [BUILD_DIR]        (default build/bench)
#
# 1. Generates the synthetic databases into BUILD_DIR/data/ with
#    `ictimeline-db synth --seed 1`, only those that are missing (1M events:
#    about 30 s and 1 GB). Delete a file to have it made again.
# 2. Runs each Google Benchmark binary (BUILD_DIR/bin/*_bench: layout, load,
#    filter, search) with JSON output in BUILD_DIR/results/.
# 3. Runs `ictimeline-bench measure` on each database, on Qt's offscreen
#    platform: start-up, load against a bare SQLite scan, frames while zooming
#    and panning at 1600x900, a filter change, a search, peak memory; JSON in
#    BUILD_DIR/results/app-<label>.json.
# 4. `ictimeline-bench report` prints the table and writes it into
#    docs/PERFORMANCE.md between its generated-section markers.
#
# Environment:
#   ICT_BENCH_SIZES   synthetic sizes, default "10000 100000 1000000"
#   ICT_BENCH_DOC     the document to update, default docs/PERFORMANCE.md;
#                     empty: print the table only
#   BENCHMARK_ARGS    extra Google Benchmark flags, default
#                     --benchmark_min_time=0.3 (seconds per benchmark)
#   ICT_BENCH_ROUNDS  rounds of the app's scripted session and of the load
#                     comparison, default 3
#
# Figures vary between machines and runs (the reference machine is a shared
# 2-core VM): compare ratios within one run, and rerun before trusting a
# change of a few percent.
set -euo pipefail

build_dir="${1:-build/bench}"
out_dir="$build_dir/results"
data_dir="$build_dir/data"
sizes="${ICT_BENCH_SIZES:-10000 100000 1000000}"
doc="${ICT_BENCH_DOC-docs/PERFORMANCE.md}"
rounds="${ICT_BENCH_ROUNDS:-3}"
bin="$build_dir/bin"

for tool in ictimeline-db ictimeline-bench ictimeline; do
  if [ ! -x "$bin/$tool" ]; then
    echo "run-benchmarks: $bin/$tool is missing (configure and build the bench preset: make bench)" >&2
    exit 1
  fi
done
mkdir -p "$out_dir" "$data_dir"
rm -f "$out_dir"/*.json # this run's results only: the report reads them all

export QT_QPA_PLATFORM=offscreen
export ICT_BENCH_DATA_DIR="$data_dir"
export ICT_BENCH_SIZES="$sizes"

started=$(date +%s)

# 1. Data
for n in $sizes; do
  db="$data_dir/synth-$n.sqlite"
  if [ ! -f "$db" ]; then
    echo "== generating $db ($n events)"
    "$bin/ictimeline-db" synth --events "$n" --seed 1 "$db"
  fi
done

# 2. Core
shopt -s nullglob
benches=("$bin"/*_bench)
for bench in "${benches[@]}"; do
  name=$(basename "$bench")
  echo "== $name"
  # shellcheck disable=SC2086 # BENCHMARK_ARGS is a list of flags
  "$bench" --benchmark_out="$out_dir/$name.json" --benchmark_out_format=json \
    --benchmark_counters_tabular=true ${BENCHMARK_ARGS:---benchmark_min_time=0.3} 2>&1 \
    | grep -v '^\*\*\*WARNING\*\*\* Library was built as DEBUG'
done

# 3. The app
measure() { # label database startup-runs
  echo "== ictimeline-bench: $1"
  "$bin/ictimeline-bench" measure --db "$2" --label "$1" --out "$out_dir/app-$1.json" \
    --startup-runs "$3" --rounds "$rounds"
}
measure curated "$build_dir/share/ictimeline/ictimeline.sqlite" 10
for n in $sizes; do
  label=$(awk -v n="$n" 'BEGIN { if (n % 1000000 == 0) print n / 1000000 "M"; else if (n % 1000 == 0) print n / 1000 "k"; else print n }')
  measure "$label" "$data_dir/synth-$n.sqlite" 3
done

# 4. The table
echo
echo "== results ($(($(date +%s) - started)) s; JSON in $out_dir)"
if [ -n "$doc" ]; then
  "$bin/ictimeline-bench" report --results "$out_dir" --doc "$doc"
else
  "$bin/ictimeline-bench" report --results "$out_dir"
fi
