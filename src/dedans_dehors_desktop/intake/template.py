"""The template the application writes for a Mission Locale: the columns it reads, ready to fill.

A workbook (.xlsx) with a "Jeunes" sheet and one sheet per kind of history, each holding only
its header row (a template imported untouched is refused: no rows), and a "Lisez-moi" sheet
listing every column with what it expects. The CSV template holds the youths' header only.
"""

from __future__ import annotations

import io

from ..core.i18n import tr
from .catalogue import ColumnSpec, documented_columns
from .history import HISTORY_KINDS

__all__ = ["csv_template", "template_sheets", "xlsx_template"]

_CTX = "CsvImport"


def template_sheets() -> list[tuple[str, tuple[ColumnSpec, ...]]]:
    """(sheet name, columns) in the order of the workbook."""
    youths = tuple(documented_columns())
    return [(tr(_CTX, "Jeunes"), youths)] + [
        (tr(_CTX, kind.title), kind.columns) for kind in HISTORY_KINDS
    ]


def csv_template() -> bytes:
    """The youths' header, separated by semicolons, UTF-8 with BOM (what Excel opens right)."""
    return ("\ufeff" + ";".join(c.key for c in documented_columns()) + "\r\n").encode("utf-8")


def xlsx_template() -> bytes:
    import xlsxwriter  # type: ignore[import-untyped]

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = book.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1})
    required = book.add_format({"bold": True, "bg_color": "#F6D9A8", "border": 1})
    text = book.add_format({"num_format": "@"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for name, columns in template_sheets():
        sheet = book.add_worksheet(name[:31])
        for index, column in enumerate(columns):
            sheet.write(0, index, column.key, required if column.required else bold)
            sheet.write_comment(0, index, tr(_CTX, column.content) + "\n" + column.example)
            # Text cells: Excel keeps leading zeros of phone numbers and identifiers.
            sheet.set_column(index, index, max(14, len(column.key) + 4), text)
        sheet.freeze_panes(1, 0)
    readme = book.add_worksheet(tr(_CTX, "Lisez-moi"))
    readme.set_column(0, 0, 18)
    readme.set_column(1, 1, 22)
    readme.set_column(2, 2, 12)
    readme.set_column(3, 3, 70)
    readme.set_column(4, 4, 26)
    intro = tr(
        _CTX,
        "Remplissez une ligne par jeune sur la feuille Jeunes, puis son historique sur les "
        "autres feuilles (le jeune y est désigné par ses nom, prénom et date de naissance). "
        "Les colonnes orange sont obligatoires. Supprimez les feuilles dont vous n'avez pas "
        "besoin. Une feuille laissée vide est ignorée.",
    )
    readme.merge_range(0, 0, 0, 4, intro, wrap)
    readme.set_row(0, 60)
    headers = (
        tr(_CTX, "Feuille"),
        tr(_CTX, "Colonne"),
        tr(_CTX, "Obligatoire"),
        tr(_CTX, "Contenu attendu"),
        tr(_CTX, "Exemple"),
    )
    for index, title in enumerate(headers):
        readme.write(2, index, title, bold)
    row = 3
    for name, columns in template_sheets():
        for column in columns:
            readme.write_row(
                row,
                0,
                (
                    name,
                    column.key,
                    tr(_CTX, "oui") if column.required else tr(_CTX, "non"),
                    tr(_CTX, column.content),
                    column.example,
                ),
                wrap,
            )
            row += 1
    book.close()
    return buffer.getvalue()
