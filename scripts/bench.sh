#!/usr/bin/env bash
# Runs every benchmark; each prints its figures, goals and ratios against same-run baselines.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/setup-env.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
for bench in bench_store bench_gui bench_summary bench_sync bench_report; do
    echo "=== $bench"
    .venv/bin/python -m "benchmarks.$bench"
done
