#!/usr/bin/env bash
# Sets up the project's environment if needed, then runs lint, type checks and the test suite.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/storage -x).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/setup-env.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
.venv/bin/ruff check src tests benchmarks scripts installers
.venv/bin/ruff format --check src tests benchmarks scripts installers
.venv/bin/mypy
.venv/bin/pytest -p no:cacheprovider "$@"
