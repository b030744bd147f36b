from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .world import World, build_template, open_world


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Office + laptops A and C, both enrolled with the caseload of referent "Alice"."""
    return build_template(tmp_path_factory.mktemp("world-template"))


@pytest.fixture(scope="session")
def split_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Office + laptop A (caseload of "Alice") and laptop C (caseload of "Zoé")."""
    return build_template(tmp_path_factory.mktemp("split-template"), scope_c="referent:Zoé")


@pytest.fixture
def world(world_template: Path, tmp_path: Path) -> Iterator[World]:
    w = open_world(world_template, tmp_path / "world")
    yield w
    w.close()


@pytest.fixture
def split_world(split_template: Path, tmp_path: Path) -> Iterator[World]:
    w = open_world(split_template, tmp_path / "world")
    yield w
    w.close()
