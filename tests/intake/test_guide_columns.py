"""The user guide lists every column of the import template, as the catalogue says."""

from __future__ import annotations

from pathlib import Path

from dedans_dehors_desktop.intake.history import HISTORY_KINDS
from dedans_dehors_desktop.intake.report import guide_markdown
from dedans_dehors_desktop.intake.template import template_sheets

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide-utilisateur.md"
START, END = "<!-- colonnes-import:debut -->\n", "<!-- colonnes-import:fin -->"


def test_guide_and_catalogue_agree() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    block = text[text.index(START) + len(START) : text.index(END)]
    assert block == guide_markdown(), "regenerate the guide's table from guide_markdown()"


def test_every_column_of_every_sheet_is_in_the_guide() -> None:
    block = guide_markdown()
    sheets = template_sheets()
    assert len(sheets) == 1 + len(HISTORY_KINDS)
    for name, columns in sheets:
        assert f"Feuille « {name} »" in block
        for column in columns:
            assert f"| {column.key} | {'oui' if column.required else 'non'} |" in block
