"""Printing benchmark figures: percentiles, milliseconds, one line per figure, goal, ratio.

Every measured figure is printed through ``figure`` (or ``report``, which calls it), so that
the runner (``python -m benchmarks NAME``, used by ``scripts/bench.sh``) can tell a benchmark
that ran from one that printed nothing.
"""

from __future__ import annotations

_printed = 0


def printed() -> int:
    """How many figures this process has printed."""
    return _printed


def figure(text: str) -> None:
    """Print one line that carries a measured figure."""
    global _printed
    _printed += 1
    print(text, flush=True)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def report(
    name: str,
    value: float,
    goal: float | None = None,
    baseline: float | None = None,
    baseline_name: str = "",
) -> None:
    line = f"{name:<52} {ms(value):>10}"
    if goal is not None:
        line += f"   objectif ≤ {ms(goal):<9} {'OK' if value <= goal else 'DÉPASSÉ'}"
    if baseline:
        line += f"   ×{value / baseline:.2f} vs {baseline_name}"
    figure(line)
