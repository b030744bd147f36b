"""Runs one benchmark and fails if it did not print its figures.

    .venv/bin/python -m benchmarks bench_store

``scripts/bench.sh`` runs every ``benchmarks/bench_*.py`` this way. The exit status says
whether the benchmark ran and printed figures, never whether a goal was met: the goals'
verdicts are in the figures (OK / DÉPASSÉ), to be read on a quiet machine at real size.
"""

from __future__ import annotations

import importlib
import sys
import time

from .dataset import size_label
from .figures import printed


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].startswith("bench_"):
        print("usage : python -m benchmarks bench_NOM", file=sys.stderr)
        return 2
    name = argv[1]
    start, before = time.perf_counter(), printed()
    module = importlib.import_module(f"benchmarks.{name}")
    status = module.main() or 0
    count = printed() - before
    print(f"--- {name} : {count} chiffres, {size_label()}, {time.perf_counter() - start:.0f} s")
    if count == 0:
        print(f"{name} n'a imprimé aucun chiffre.", file=sys.stderr)
        return 1
    return int(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
