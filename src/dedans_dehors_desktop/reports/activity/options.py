"""What the office adds to the report: the masking threshold, the year's objectives, the whole
Mission Locale's figures for comparison, a short text per section, the start of the cumulative
figures, and whether empty tables are left out.

Stored as settings of this installation (``storage.settings``: local, never synced, not case
data), as JSON per year for what changes every year. No migration: the ``setting`` table holds
them all.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...core.i18n import tr
from ...storage.database import Database
from ...storage.settings import get_setting, set_settings
from .build import SECTION_OBJECTIVES, TOTAL, t
from .masking import MAX_THRESHOLD, MIN_THRESHOLD, THRESHOLD
from .model import ActivityReport, CountRow, Table
from .period import Period

_CTX = "Rapport d'activité"

KEY_THRESHOLD = "rapport.seuil"
KEY_OMIT_EMPTY = "rapport.sans_tableaux_vides"
KEY_CUMULATIVE = "rapport.debut_cumul"
TEXT_LIMIT = 1200


def key_of_year(year: int) -> str:
    return f"rapport.annee.{year}"


# The objectives a Mission Locale can set, and the figure of the report that measures each:
# (code, label, table, line).
OBJECTIVES = (
    ("jeunes_suivis", N(_CTX, "Jeunes suivis"), "populations", "file_active"),
    ("nouveaux_entrants", N(_CTX, "Nouveaux entrants"), "populations", "jeunes_entres"),
    ("entrants_femmes", N(_CTX, "Femmes parmi les jeunes suivis"), "sexe", "femme"),
    ("entrants_qpv", N(_CTX, "Résidents QPV parmi les jeunes suivis"), "qpv", "oui"),
    ("contacts", N(_CTX, "Contacts"), "populations", "contacts"),
    ("entrees_situation", N(_CTX, "Entrées en situation"), "situations", TOTAL),
    ("jeunes_situation", N(_CTX, "Jeunes entrés en situation"), "situations", "jeunes"),
    ("amenagements", N(_CTX, "Aménagements accordés"), "amenagements_accordes", TOTAL),
)


@dataclass(frozen=True)
class ReportOptions:
    threshold: int = THRESHOLD
    omit_empty: bool = False
    cumulative_from: date | None = None
    objectives: dict[str, int] = field(default_factory=dict)  # code → target
    references: dict[str, int] = field(default_factory=dict)  # table key → whole ML figure
    texts: dict[str, str] = field(default_factory=dict)  # section key → free text


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def load_options(db: Database, period: Period | None = None) -> ReportOptions:
    """The options stored for the year the period starts in (defaults for anything unreadable)."""
    threshold = THRESHOLD
    raw = get_setting(db, KEY_THRESHOLD)
    if raw and raw.isdigit() and MIN_THRESHOLD <= int(raw) <= MAX_THRESHOLD:
        threshold = int(raw)
    start: date | None = None
    raw = get_setting(db, KEY_CUMULATIVE)
    if raw:
        try:
            start = date.fromisoformat(raw)
        except ValueError:
            start = None
    year: dict[str, Any] = {}
    if period is not None:
        try:
            loaded = json.loads(get_setting(db, key_of_year(period.start.year)) or "{}")
        except ValueError:
            loaded = {}
        year = loaded if isinstance(loaded, dict) else {}

    def numbers(name: str) -> dict[str, int]:
        values = year.get(name)
        if not isinstance(values, dict):
            return {}
        return {str(k): n for k, v in values.items() if (n := _int(v)) is not None}

    texts = year.get("textes")
    return ReportOptions(
        threshold,
        get_setting(db, KEY_OMIT_EMPTY) == "1",
        start,
        numbers("objectifs"),
        numbers("mission_locale"),
        {str(k): v for k, v in texts.items() if isinstance(v, str)}
        if isinstance(texts, dict)
        else {},
    )


def save_options(db: Database, year: int, options: ReportOptions) -> None:
    """Check, then write every option in one transaction (a bad value changes nothing)."""
    if not MIN_THRESHOLD <= options.threshold <= MAX_THRESHOLD:
        raise ValidationError(
            tr(_CTX, "Le seuil de masquage doit être compris entre {min} et {max}.").format(
                min=MIN_THRESHOLD, max=MAX_THRESHOLD
            )
        )
    codes = {code for code, *_ in OBJECTIVES}
    if any(k not in codes for k in options.objectives):
        raise ValidationError(tr(_CTX, "Objectif inconnu."))
    if any(v < 0 for v in (*options.objectives.values(), *options.references.values())):
        raise ValidationError(tr(_CTX, "Les objectifs et les chiffres sont des nombres positifs."))
    if any(len(v) > TEXT_LIMIT for v in options.texts.values()):
        raise ValidationError(
            tr(_CTX, "Un texte de section dépasse {n} caractères.").format(n=TEXT_LIMIT)
        )
    year_value = {
        "objectifs": options.objectives,
        "mission_locale": options.references,
        "textes": {k: v.strip() for k, v in options.texts.items() if v.strip()},
    }
    set_settings(
        db,
        {
            KEY_THRESHOLD: str(options.threshold),
            KEY_OMIT_EMPTY: "1" if options.omit_empty else None,
            KEY_CUMULATIVE: options.cumulative_from.isoformat()
            if options.cumulative_from
            else None,
            key_of_year(year): json.dumps(year_value, ensure_ascii=False, sort_keys=True),
        },
    )


def is_empty(table: Table) -> bool:
    return all(not any(r.counts) for r in table.count_rows)


def objectives_table(report: ActivityReport, objectives: dict[str, int]) -> Table | None:
    """The year's objectives and what was achieved, with the report's own figures."""
    rows = []
    for code, label, table_key, line in OBJECTIVES:
        if code not in objectives:
            continue
        try:
            counts = (
                report.table(table_key).count(line),
                *(report.table(table_key).count(line, c) for c in range(1, len(report.columns))),
            )
        except KeyError:
            continue
        rows.append(CountRow(code, tr(_CTX, label), tuple(counts), target=objectives[code]))
    if not rows:
        return None
    return Table(
        "objectifs",
        SECTION_OBJECTIVES,
        t("Objectifs de l'année et réalisation"),
        t("réalisé"),
        tuple(rows),
        base=None,
        # The same numbers as the tables they come from: one number for the reader.
        links=tuple((code, f"objectif:{code}") for code, *_ in OBJECTIVES if code in objectives),
        note=t(
            "Objectifs fixés pour l'année et saisis à la Mission Locale ; le taux de réalisation "
            "rapporte le réalisé (colonne « Ensemble ») à l'objectif."
        ),
    )


def apply_options(db: Database, report: ActivityReport, options: ReportOptions) -> ActivityReport:
    """The report with what the office added: objectives, comparisons, cumulative figures,
    texts, and without its empty tables when so chosen."""
    from .cumulative import cumulative_table

    tables = list(report.tables)
    objectives = objectives_table(report, options.objectives)
    extra: list[Table] = [objectives] if objectives else []
    if options.cumulative_from and options.cumulative_from < report.period.start:
        extra.append(cumulative_table(db, report, options.cumulative_from))
    tables = extra + tables
    if objectives:
        # Each objective's figure is a line of another table too: one number for the reader.
        sources = {
            (tk, line): code for code, _, tk, line in OBJECTIVES if code in options.objectives
        }
        tables = [
            dataclasses.replace(
                tb,
                links=tb.links
                + tuple(
                    (line, f"objectif:{code}")
                    for (tk, line), code in sources.items()
                    if tk == tb.key
                ),
            )
            for tb in tables
        ]
    tables = [
        dataclasses.replace(tb, reference=options.references[tb.key])
        if tb.key in options.references
        else tb
        for tb in tables
    ]
    if options.omit_empty:
        tables = [tb for tb in tables if not is_empty(tb)]
    return dataclasses.replace(report, tables=tuple(tables), texts=dict(options.texts))
