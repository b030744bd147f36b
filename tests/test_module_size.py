"""Small modules: none under src/ grows past 900 lines, so each still reads as one thing."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dedans_dehors_desktop"
MAX_LINES = 900
# Known exceptions, relative to the package, each naming the work that removes it: none left.
ALLOWED: set[str] = set()


def line_counts() -> dict[str, int]:
    return {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_no_module_over_the_limit() -> None:
    counts = line_counts()
    assert len(counts) > 50  # the walk really found the package
    too_long = {name: n for name, n in counts.items() if n > MAX_LINES and name not in ALLOWED}
    assert too_long == {}, f"split these modules (over {MAX_LINES} lines): {too_long}"


def test_allow_list_names_only_modules_still_over_the_limit() -> None:
    # A stale entry would silently allow a module of that name to grow again.
    counts = line_counts()
    assert sorted(n for n in ALLOWED if counts.get(n, 0) <= MAX_LINES) == []
