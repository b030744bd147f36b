"""Cumulative figures since a date the office chooses (the start of the programme, say)."""

from __future__ import annotations

from datetime import date

from ...core.dates import format_fr
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...storage.database import Database
from .build import SECTION_OBJECTIVES, TOTAL, t
from .model import ActivityReport, CountRow, Table
from .period import Period

_CTX = "Rapport d'activité"

# (line, label, table of the report over the longer period, line there)
_LINES = (
    ("file_active", N(_CTX, "Jeunes suivis"), "populations", "file_active"),
    ("jeunes_entres", N(_CTX, "Nouveaux entrants"), "populations", "jeunes_entres"),
    ("contacts", N(_CTX, "Contacts"), "populations", "contacts"),
    ("situations", N(_CTX, "Entrées en situation"), "situations", TOTAL),
    ("amenagements", N(_CTX, "Aménagements accordés"), "amenagements_accordes", TOTAL),
    ("levees", N(_CTX, "Levées d'écrou"), "populations", "levees"),
)


def cumulative_table(db: Database, report: ActivityReport, start: date) -> Table:
    """The report's main figures from ``start`` to the end of its period (same definitions)."""
    from .tables import compute_report

    whole = compute_report(db, Period(start, report.period.end), report.split)
    ncols = len(report.columns)
    rows = tuple(
        CountRow(
            key,
            t(label),
            tuple(whole.table(table).count(line, c) for c in range(ncols)),
        )
        for key, label, table, line in _LINES
    )
    return Table(
        "cumul",
        SECTION_OBJECTIVES,
        t("Chiffres cumulés du {debut} au {fin}").format(
            debut=format_fr(start), fin=format_fr(report.period.end)
        ),
        t("effectifs"),
        rows,
        base=None,
        note=t(
            "Mêmes définitions que pour la période du rapport, appliquées à toute la durée : "
            "un jeune suivi plusieurs années compte une fois."
        ),
    )
