#!/usr/bin/env bash
# Runs every Google Benchmark binary of a build (make bench) and keeps the
# results as JSON in build/bench/results/, one file per binary, next to the
# table each prints. Figures vary between machines and runs: compare ratios
# within one run, not absolute times across runs.
set -euo pipefail
build_dir="${1:-build/bench}"
out_dir="$build_dir/results"
mkdir -p "$out_dir"
shopt -s nullglob
benches=("$build_dir"/bin/*_bench)
if [ ${#benches[@]} -eq 0 ]; then
  echo "run-benchmarks: no benchmark binaries in $build_dir/bin (configure with the bench preset)" >&2
  exit 1
fi
for bench in "${benches[@]}"; do
  name=$(basename "$bench")
  echo "== $name"
  "$bench" --benchmark_out="$out_dir/$name.json" --benchmark_out_format=json \
    --benchmark_counters_tabular=true ${BENCHMARK_ARGS:-}
done
echo "results: $out_dir"
