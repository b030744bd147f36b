"""Benchmarks cannot rot unseen: every one imports against the current code, and the runner
that ``scripts/bench.sh`` (and CI, at the small size) uses fails a benchmark that prints no
figure. Running them is CI's job (``.ci/run``), not the test suite's."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = sorted(p.stem for p in (ROOT / "benchmarks").glob("bench_*.py"))


@pytest.fixture
def on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT))


def test_there_are_benchmarks() -> None:
    assert {"bench_store", "bench_gui", "bench_summary", "bench_sync", "bench_report"} <= set(
        BENCHMARKS
    )


@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_imports_against_current_code(name: str, on_path: None) -> None:
    module = importlib.import_module(f"benchmarks.{name}")
    assert callable(module.main)


def _fake_benchmark(monkeypatch: pytest.MonkeyPatch, name: str, text: str | None) -> None:
    from benchmarks.figures import figure

    module = types.ModuleType(f"benchmarks.{name}")

    def main() -> None:
        print("Jeu de données : rien de mesuré")
        if text is not None:
            figure(text)

    module.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)


def test_runner_fails_a_benchmark_that_prints_no_figure(
    on_path: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.__main__ import main

    _fake_benchmark(monkeypatch, "bench_silent", None)
    _fake_benchmark(monkeypatch, "bench_measures", "Ouverture   12.0 ms")
    assert main(["benchmarks", "bench_measures"]) == 0
    assert main(["benchmarks", "bench_silent"]) == 1
    assert "bench_silent n'a imprimé aucun chiffre" in capsys.readouterr().err
    assert main(["benchmarks", "store"]) == 2


def _dataset_settings(size: str | None, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DD_BENCH_SIZE"}
    env["DEDANS_DEHORS_BENCH_CACHE"] = str(cache)
    if size is not None:
        env["DD_BENCH_SIZE"] = size
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    code = (
        "from benchmarks import dataset as d; "
        "print(d.YOUTHS, d.SYNC_YOUTHS, d.runs(200), d.runs(5, 2), d.CACHE)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )


def test_small_size_shrinks_the_data_set_into_its_own_cache(tmp_path: Path) -> None:
    cache = tmp_path / "bench"
    full = _dataset_settings(None, cache)
    small = _dataset_settings("small", cache)
    assert full.stdout.split() == ["10000", "1000", "200", "5", str(cache)], full.stderr
    assert small.stdout.split() == ["200", "100", "20", "2", f"{cache}-small"], small.stderr
    wrong = _dataset_settings("tiny", cache)
    assert wrong.returncode != 0
    assert "DD_BENCH_SIZE='tiny'" in wrong.stderr
