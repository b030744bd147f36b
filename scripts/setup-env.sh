#!/usr/bin/env bash
# Creates (or refreshes) the project's own virtual environment in .venv and installs the
# project into it with its test extra. Idempotent: a second run only checks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    if [ -f scripts/build_translations.py ]; then .venv/bin/python scripts/build_translations.py; fi
    rm -f .venv/.installed-*
    touch "$stamp"
fi
