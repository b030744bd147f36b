"""Printing benchmark figures: percentiles, milliseconds, one line per figure, goal, ratio."""

from __future__ import annotations


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
    print(line, flush=True)
