"""What the person importing reads: the import report, and the documentation of the columns."""

from __future__ import annotations

import textwrap

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .catalogue import documented_columns
from .rows import CsvImportResult

__all__ = ["columns_markdown", "format_report"]

_CTX = "CsvImport"

_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (avec BOM)",
    "cp1252": "Windows-1252",
    "utf-16": "UTF-16",
}
_DELIMITER_NAMES = {
    ";": QT_TRANSLATE_NOOP(_CTX, "point-virgule"),
    ",": QT_TRANSLATE_NOOP(_CTX, "virgule"),
    "\t": QT_TRANSLATE_NOOP(_CTX, "tabulation"),
}


def format_report(result: CsvImportResult) -> str:
    """The import report in French, one paragraph per topic, for the person importing."""
    lines = [
        tr(_CTX, "Fichier lu : encodage {encoding}, séparateur {delimiter}.").format(
            encoding=_ENCODING_NAMES.get(result.encoding, result.encoding),
            delimiter=tr(_CTX, _DELIMITER_NAMES.get(result.delimiter, result.delimiter)),
        )
    ]
    if result.header_line > 1:
        lines.append(
            tr(
                _CTX, "Noms de colonnes trouvés ligne {line} ; les lignes au-dessus sont ignorées."
            ).format(line=result.header_line)
        )
    accepted, refused = len(result.rows), len(result.rejected)
    lines.append(
        (
            tr(_CTX, "{n} ligne prête à importer")
            if accepted <= 1
            else tr(_CTX, "{n} lignes prêtes à importer")
        ).format(n=accepted)
        + ", "
        + (
            tr(_CTX, "{n} ligne refusée.") if refused <= 1 else tr(_CTX, "{n} lignes refusées.")
        ).format(n=refused)
    )
    if result.rejected:
        lines.append("")
        lines.append(
            tr(
                _CTX,
                "Lignes refusées (corrigez-les dans le tableur puis relancez l'import) :",
            )
        )
        for row in result.rejected:
            lines.append(
                tr(_CTX, "Ligne {line} : {reasons}.").format(
                    line=row.line, reasons=" ; ".join(row.reasons)
                )
            )
    if result.ignored_columns:
        lines.append("")
        lines.append(
            tr(_CTX, "Colonnes ignorées (non reconnues) : {columns}.").format(
                columns=", ".join(f"« {name} »" for name in result.ignored_columns)
            )
        )
    return "\n".join(lines)


def columns_markdown() -> str:
    """The column documentation in Markdown (also pasted in the ``intake`` package docstring).

    A table of the columns, then the example and accepted titles of each, wrapped so that
    every line stays under 100 characters.
    """
    columns = documented_columns()
    lines = ["| Colonne | Obligatoire | Contenu attendu |", "|---|---|---|"]
    for column in columns:
        required = "oui" if column.required else "non"
        lines.append(f"| {column.key} | {required} | {column.content} |")
    lines += ["", "Exemples et autres intitulés acceptés :", ""]
    for column in columns:
        item = f"- {column.key} (ex. {column.example}) : {', '.join(column.synonyms)}"
        lines += textwrap.wrap(item, width=96, subsequent_indent="  ", break_on_hyphens=False)
    return "\n".join(lines)


def guide_markdown() -> str:
    """Every column of every sheet of the template, for the user guide (a test keeps the guide
    and the catalogue in step)."""
    from .template import template_sheets

    lines: list[str] = []
    for name, columns in template_sheets():
        lines += [f"#### Feuille « {name} »", ""]
        lines += ["| Colonne | Obligatoire | Contenu attendu | Exemple |", "|---|---|---|---|"]
        for column in columns:
            required = "oui" if column.required else "non"
            content = tr(_CTX, column.content)
            lines.append(f"| {column.key} | {required} | {content} | {column.example} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
