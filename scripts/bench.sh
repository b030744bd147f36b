#!/usr/bin/env bash
# Runs every benchmark (each benchmarks/bench_*.py, found here, never listed by hand); each prints
# its figures, goals and ratios against same-run baselines. Exits non-zero if any benchmark fails
# or prints no figure; a missed goal is a verdict in the output, not a failure.
# DD_BENCH_SIZE=small: small data set and few runs (what CI runs; see benchmarks/dataset.py).
# Arguments: names of benchmarks to run (e.g. scripts/bench.sh bench_sync); default all.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/setup-env.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
if [ "$#" -gt 0 ]; then
    benches=("$@")
else
    benches=()
    for file in benchmarks/bench_*.py; do
        benches+=("$(basename "$file" .py)")
    done
fi
if [ "${#benches[@]}" -eq 0 ]; then
    echo "Aucun benchmark trouvé dans benchmarks/." >&2
    exit 1
fi
failed=()
start=$SECONDS
for bench in "${benches[@]}"; do
    echo "=== $bench"
    if ! .venv/bin/python -m benchmarks "$bench"; then
        failed+=("$bench")
    fi
done
echo "=== ${#benches[@]} benchmarks en $((SECONDS - start)) s"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "En échec ou sans chiffres : ${failed[*]}" >&2
    exit 1
fi
