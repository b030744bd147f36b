"""The handful of figures a reader looks at first: the PDF's first page and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass

from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...core.i18n import tr
from .masking import ShownReport

_CTX = "Rapport d'activité"


@dataclass(frozen=True)
class KeyFigure:
    key: str
    label: str
    value: str  # already masked when the report is
    detail: str = ""


# (key, label, table, row, what to show: count, percent or stat, detail source)
_FIGURES = (
    ("file_active", N(_CTX, "Jeunes suivis"), "populations", "file_active", "count", ""),
    ("entrants", N(_CTX, "Nouveaux entrants"), "populations", "jeunes_entres", "count", ""),
    ("sorties", N(_CTX, "Sorties d'accompagnement"), "populations", "sorties", "count", ""),
    ("contacts", N(_CTX, "Contacts réalisés"), "populations", "contacts", "count", ""),
    ("intra", N(_CTX, "Contacts intra-muros"), "contacts_lieu", "intra_muros", "percent", "count"),
    ("delai", N(_CTX, "Délai médian jusqu'au 1er entretien"), "delai", "delai_mediane", "days", ""),
    (
        "continuite",
        N(_CTX, "Vus dehors sous 30 jours après la levée d'écrou"),
        "continuite",
        "vu_30",
        "percent",
        "count",
    ),
    ("seches", N(_CTX, "Sorties sèches"), "sorties_detention", "seche", "count", "percent"),
)


def key_figures(shown: ShownReport, column: int = 0) -> list[KeyFigure]:
    out = []
    present = {t.table.key for t in shown.tables}
    for key, label, table_key, row_key, what, detail in _FIGURES:
        if table_key not in present:  # an empty table left out of the report
            continue
        table = shown.table(table_key)
        row = next(r for r in table.rows if r.key == row_key)
        count, percent = row.counts[column], row.percents[column]
        if what == "percent":
            value = percent.text or count.text
        elif what == "days":
            value = count.text if count.number is None else tr(_CTX, "{n} j").format(n=count.text)
        else:
            value = count.text
        extra = ""
        if detail == "count" and percent.text:
            extra = tr(_CTX, "{n} sur {total}").format(
                n=count.text, total=_base_text(shown, table_key, column)
            )
        elif detail == "percent" and percent.text:
            extra = tr(_CTX, "{p} des levées d'écrou").format(p=percent.text)
        out.append(KeyFigure(key, tr(_CTX, label), value, extra))
    return out


def _base_text(shown: ShownReport, table_key: str, column: int) -> str:
    table = shown.table(table_key)
    base = table.table.base
    row = next(r for r in table.rows if r.key == base)
    return row.counts[column].text
