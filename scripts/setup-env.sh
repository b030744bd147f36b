#!/usr/bin/env bash
# Creates (or refreshes) the project's own virtual environment in .venv and installs the
# project into it with its test extra. Idempotent: a second run only checks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Python 3.11 ou plus est nécessaire (« $python » : $("$python" --version 2>&1))." >&2
    echo "Installez-le, ou indiquez-le : PYTHON=python3.12 $0" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
    echo "Installation de l'environnement du projet dans .venv (une seule fois)…" >&2
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    rm -f .venv/.installed-*
    touch "$stamp"
fi
# Quick when nothing changed: only out-of-date translations are compiled.
.venv/bin/python scripts/build_translations.py
