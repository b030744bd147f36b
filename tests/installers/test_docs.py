"""The guides name only commands that exist: a renamed subcommand breaks this test, not a user."""

from __future__ import annotations

import re

import pytest

from dedans_dehors_desktop.cli import build_parser

from .paths import ROOT

DOCS = ("docs/guide-utilisateur.md", "docs/developpement.md", "README.md")
# "dedans-dehors", optional global options ("--user NAME", "--data-dir DIR"), then the command.
COMMAND = re.compile(r'dedans-dehors(?:\.exe)? +(?:--[\w-]+ +(?:"[^"]*"|[^\s"]+) +)*([a-z][\w-]*)')


def subcommands() -> set[str]:
    parser = build_parser()
    for action in parser._actions:  # argparse keeps its subparsers there
        if hasattr(action, "choices") and isinstance(action.choices, dict):
            return set(action.choices)
    raise AssertionError("no subcommands")


@pytest.mark.parametrize("doc", DOCS)
def test_documented_commands_exist(doc: str) -> None:
    path = ROOT / doc
    if not path.exists():
        pytest.skip(f"{doc} not written yet")
    named = set(COMMAND.findall(path.read_text("utf-8")))
    assert named, f"no command found in {doc}"
    assert named - subcommands() == set()


def test_guide_covers_the_first_hour() -> None:
    guide = (ROOT / "docs" / "guide-utilisateur.md").read_text("utf-8")
    for heading in (
        "## 1. Installation",
        "## 2. Première utilisation",
        "## 3. Une permanence type",
        "## 4. Sauvegarde",
        "## 5. Synchronisation par clé USB",
        "## 6. Que faire si la phrase de passe est perdue ?",
    ):
        assert heading in guide
    assert "--self-test" in guide
    assert "--demo" in guide
    assert "n'a pas encore été\n> construit" in guide  # honest about the Windows installer
