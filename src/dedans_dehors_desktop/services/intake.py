"""Bringing in what a Mission Locale has today: youths and their history from a spreadsheet.

``prepare`` reads the file (``intake.parse_file``), links each history row to its youth (on the
youths sheet or already in the store), applies the age rule at the date of each record and
looks for duplicates in the store. Nothing is written until ``apply``, which writes everything
in one transaction through the repository, or nothing. A youth already in the store (same
names and birth date, or same identifier) is not created again and a history record already on
their file is not added again: importing the same file twice changes nothing. A *possible*
duplicate (see ``core.duplicates``) waits for the user's decision: merge, skip or homonym.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..core.errors import InputRejected, ValidationError
from ..core.i18n import tr
from ..core.textnorm import fold
from ..core.validation import age_problem
from ..intake.history import HISTORY_KINDS, HistoryRow
from ..intake.rows import CsvRow, RejectedRow
from ..intake.spreadsheet import ParsedFile, SheetSummary, kind_columns, parse_file
from ..intake.template import csv_template, xlsx_template
from ..storage.store import Store
from .duplicates import Candidate, YouthIndex

__all__ = [
    "DECISIONS",
    "ImportOutcome",
    "ImportPlan",
    "YouthPlan",
    "apply",
    "outcome_text",
    "plan_text",
    "prepare",
    "template",
]

_CTX = "Import"
MERGE, SKIP, CREATE = "fusionner", "ignorer", "creer"
DECISIONS = (MERGE, SKIP, CREATE)
_KINDS = {kind.key: kind for kind in HISTORY_KINDS}


def template(fmt: str) -> bytes:
    """The import template: ``"xlsx"`` (youths and history) or ``"csv"`` (youths)."""
    return xlsx_template() if fmt == "xlsx" else csv_template()


@dataclass
class YouthPlan:
    """A youths-sheet row: new, already in the store (``present``) or a possible duplicate."""

    row: CsvRow
    sheet: str
    candidates: list[Candidate]
    history: list[HistoryRow] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.row.line

    @property
    def present(self) -> str | None:
        """The youth of the store this row is, when certain."""
        exact = [c for c in self.candidates if c.exact]
        return exact[0].jeune_id if len(exact) == 1 else None

    @property
    def doubtful(self) -> bool:
        return self.present is None and bool(self.candidates)

    @property
    def name(self) -> str:
        j = self.row.jeune
        return f"{j.get('nom_naissance') or ''} {j.get('prenoms') or ''}".strip()


@dataclass
class ImportPlan:
    parsed: ParsedFile
    youths: list[YouthPlan]
    existing_history: dict[str, list[HistoryRow]]  # youth of the store -> their rows
    rejected: list[RejectedRow]
    today: date

    @property
    def sheets(self) -> list[SheetSummary]:
        return self.parsed.sheets

    @property
    def doubtful(self) -> list[YouthPlan]:
        return [y for y in self.youths if y.doubtful]


def _person(nom: object, prenom: object, born: object) -> tuple[str, str, str]:
    return (fold(str(nom or "")), fold(str(prenom or "")), str(born or ""))


def _record_date(row: HistoryRow) -> str | None:
    value = row.values.get(_KINDS[row.kind].date_key)
    return value if isinstance(value, str) else None


def prepare(store: Store, data: bytes, filename: str, today: date | None = None) -> ImportPlan:
    """Read and check ``data``; raises ``InputRejected`` for a file that cannot be read."""
    today = today or date.today()
    parsed = parse_file(data, filename, today)
    index = YouthIndex.of_store(store)
    rejected = list(parsed.rejected)
    youth_sheet = next((s.name for s in parsed.sheets if s.kind == "jeunes"), "")
    sheet = youth_sheet if parsed.workbook else ""
    youths = [YouthPlan(row, sheet, index.candidates(row.jeune)) for row in parsed.youths.rows]
    by_person: dict[tuple[str, str, str], YouthPlan] = {}
    for plan in youths:
        j = plan.row.jeune
        for nom in (j.get("nom_naissance"), j.get("nom_usage")):
            if nom:
                by_person.setdefault(_person(nom, j.get("prenoms"), j["date_naissance"]), plan)
    existing: dict[str, list[HistoryRow]] = {}
    births: dict[str, str] = {}
    for row in parsed.history:
        owner = by_person.get(row.person)
        if owner is not None:
            owner.history.append(row)
            continue
        probe = {
            "nom_naissance": row.nom,
            "prenoms": row.prenom,
            "date_naissance": row.date_naissance,
        }
        exact = [c for c in index.candidates(probe) if c.likeness.kind == "identique"]
        if len(exact) == 1:
            existing.setdefault(exact[0].jeune_id, []).append(row)
            births[exact[0].jeune_id] = exact[0].date_naissance
            continue
        reason = (
            tr(_CTX, "plusieurs jeunes de la base ont ces nom, prénom et date de naissance")
            if exact
            else tr(
                _CTX,
                "jeune introuvable (ni sur la feuille des jeunes ni dans la base) : vérifiez "
                "nom, prénom et date de naissance",
            )
        )
        rejected.append(RejectedRow(row.line, [reason], row.line, row.sheet))

    # One age rule, at the date of each record (core.validation).
    def age_checked(rows: list[HistoryRow], born: str) -> list[HistoryRow]:
        kept = []
        for row in rows:
            when = _record_date(row)
            problem = (
                age_problem(date.fromisoformat(born), date.fromisoformat(when)) if when else None
            )
            if problem:
                rejected.append(RejectedRow(row.line, [problem], row.line, row.sheet))
            else:
                kept.append(row)
        return kept

    for plan in youths:
        born = str(plan.row.jeune["date_naissance"])
        plan.history = age_checked(plan.history, born)
        if not any(_record_date(r) for r in plan.history):
            problem = age_problem(date.fromisoformat(born), today)
            if problem:
                rejected.append(RejectedRow(plan.line, [problem], plan.row.text_line, plan.sheet))
    for jeune_id, rows in existing.items():
        existing[jeune_id] = age_checked(rows, births[jeune_id])
    rejected.sort(key=lambda r: (r.sheet, r.line))
    return ImportPlan(parsed, youths, existing, rejected, today)


@dataclass
class ImportOutcome:
    created: int = 0
    present: int = 0
    merged: int = 0
    skipped: int = 0
    history_created: int = 0
    history_present: int = 0
    establishments_created: int = 0
    dispositifs_created: int = 0
    youth_ids: list[str] = field(default_factory=list)


def _where(sheet: str, line: int) -> str:
    if sheet:
        return tr(_CTX, "Feuille « {sheet} », ligne {line}").format(sheet=sheet, line=line)
    return tr(_CTX, "Ligne {line}").format(line=line)


class _Writer:
    """The writes of one import, inside one transaction."""

    def __init__(self, store: Store, outcome: ImportOutcome) -> None:
        self.store = store
        self.repo = store.repo
        self.outcome = outcome
        self.etabs = {fold(r["nom"] or ""): r["id"] for r in self.repo.list("etablissement")}
        self.dispositifs = {fold(r["nom"] or ""): r["id"] for r in self.repo.list("dispositif")}

    def _reference(self, table: str, known: dict[str, str], name: str) -> str:
        key = fold(name)
        if key not in known:
            known[key] = self.repo.create(table, {"nom": name}, action="import")
            if table == "etablissement":
                self.outcome.establishments_created += 1
            else:
                self.outcome.dispositifs_created += 1
        return known[key]

    def youth(self, plan: YouthPlan) -> str:
        row = plan.row
        dates = [d for r in plan.history if (d := _record_date(r))]
        as_of = date.fromisoformat(min(dates)) if dates else None
        jeune_id = self.repo.create(
            "jeune", {k: v for k, v in row.jeune.items() if v}, action="import", as_of=as_of
        )
        self.suivi(jeune_id, row)
        return jeune_id

    def suivi(self, jeune_id: str, row: CsvRow) -> None:
        suivi: dict[str, Any] = {k: v for k, v in row.suivi.items() if v}
        name = suivi.pop("etablissement", None)
        if name:
            suivi["etablissement_id"] = self._reference("etablissement", self.etabs, name)
        if suivi and not self.repo.list("suivi_judiciaire", jeune_id=jeune_id):
            # An establishment, a date d'écrou or a planned release all mean detention.
            suivi.setdefault("milieu", "ferme")
            self.repo.create("suivi_judiciaire", {"jeune_id": jeune_id, **suivi}, action="import")

    def merge(self, jeune_id: str, row: CsvRow) -> None:
        """Fill what the store's record leaves empty; never overwrite what it holds."""
        current = self.repo.require("jeune", jeune_id)
        missing = {k: v for k, v in row.jeune.items() if v and not current.get(k)}
        if missing:
            self.repo.update("jeune", jeune_id, missing, origin="import")
        self.suivi(jeune_id, row)

    def history(self, jeune_id: str, rows: list[HistoryRow]) -> None:
        known: dict[str, set[tuple[Any, ...]]] = {}
        for row in rows:
            kind = _KINDS[row.kind]
            values: dict[str, Any] = dict(row.values)
            if row.dispositif:
                values["dispositif_id"] = self._reference(
                    "dispositif", self.dispositifs, row.dispositif
                )
            if kind.table not in known:
                known[kind.table] = {
                    tuple(r.get(k) for k in kind.identity)
                    for r in self.repo.list(kind.table, jeune_id=jeune_id)
                }
            key = tuple(values.get(k) for k in kind.identity)
            if key in known[kind.table]:
                self.outcome.history_present += 1
                continue
            try:
                self.repo.create(kind.table, {**values, "jeune_id": jeune_id}, action="import")
            except ValidationError as exc:
                raise InputRejected(
                    tr(_CTX, "{where} : {error} Rien n'a été importé.").format(
                        where=_where(row.sheet, row.line), error=exc.message
                    )
                ) from None
            known[kind.table].add(key)
            self.outcome.history_created += 1


def apply(
    store: Store,
    plan: ImportPlan,
    decisions: Mapping[int, str] | None = None,
    *,
    merge_with: Mapping[int, str] | None = None,
) -> ImportOutcome:
    """Write the plan in one transaction, or nothing.

    ``decisions`` gives, per line of the youths sheet, what to do with a possible duplicate
    (``fusionner``: the row is that youth of the store, ``merge_with`` may name which one;
    ``ignorer``: the row and its history are left out; ``creer``: a homonym, created).
    """
    decisions = decisions or {}
    merge_with = merge_with or {}
    if plan.rejected:
        raise InputRejected(
            (
                tr(
                    _CTX,
                    "{n} ligne refusée : rien n'a été importé. Corrigez le fichier et recommencez.",
                )
                if len(plan.rejected) == 1
                else tr(
                    _CTX,
                    "{n} lignes refusées : rien n'a été importé. Corrigez le fichier et "
                    "recommencez.",
                )
            ).format(n=len(plan.rejected))
        )
    undecided = [y for y in plan.doubtful if decisions.get(y.line) not in DECISIONS]
    if undecided:
        raise InputRejected(
            tr(
                _CTX,
                "Doublons possibles à trancher (fusionner, ignorer ou créer) : {lines}. Rien "
                "n'a été importé.",
            ).format(lines=", ".join(_where(y.sheet, y.line) for y in undecided))
        )
    outcome = ImportOutcome()
    with store.db.lock, store.db.transaction():
        writer = _Writer(store, outcome)
        for youth in plan.youths:
            try:
                jeune_id = _write_youth(writer, youth, decisions, merge_with, outcome)
            except ValidationError as exc:
                raise InputRejected(
                    tr(_CTX, "{where} : {error} Rien n'a été importé.").format(
                        where=_where(youth.sheet, youth.line), error=exc.message
                    )
                ) from None
            if jeune_id is not None:
                writer.history(jeune_id, youth.history)
                outcome.youth_ids.append(jeune_id)
        for jeune_id, rows in plan.existing_history.items():
            writer.history(jeune_id, rows)
    return outcome


def _write_youth(
    writer: _Writer,
    youth: YouthPlan,
    decisions: Mapping[int, str],
    merge_with: Mapping[int, str],
    outcome: ImportOutcome,
) -> str | None:
    if youth.present is not None:
        outcome.present += 1
        return youth.present
    if not youth.candidates:
        outcome.created += 1
        return writer.youth(youth)
    decision = decisions[youth.line]
    if decision == SKIP:
        outcome.skipped += 1
        return None
    if decision == CREATE:
        outcome.created += 1
        return writer.youth(youth)
    target = merge_with.get(youth.line) or youth.candidates[0].jeune_id
    if target not in {c.jeune_id for c in youth.candidates}:
        raise ValueError(target)
    writer.merge(target, youth.row)
    outcome.merged += 1
    return target


def _plural(n: int, one: str, many: str) -> str:
    # French: 0 and 1 take the singular ("0 jeune créé").
    return (tr(_CTX, one) if n <= 1 else tr(_CTX, many)).format(n=n)


def plan_text(plan: ImportPlan) -> str:
    """What the file holds, in French: sheets and columns, counts, refused lines, duplicates."""
    lines: list[str] = []
    for sheet in plan.sheets:
        if not sheet.kind:
            lines.append(
                tr(_CTX, "Feuille « {name} » ignorée (colonnes non reconnues).").format(
                    name=sheet.name
                )
            )
            continue
        columns = kind_columns(sheet.kind)
        recognised = ", ".join(
            f"{sheet.recognised[c.key]} → {c.key}" for c in columns if c.key in sheet.recognised
        )
        lines.append(
            tr(_CTX, "« {name} » lu comme {kind} : {rows}.").format(
                name=sheet.name,
                kind=tr("CsvImport", "Jeunes")
                if sheet.kind == "jeunes"
                else tr("CsvImport", _KINDS[sheet.kind].title),
                rows=_plural(sheet.rows, "{n} ligne", "{n} lignes"),
            )
        )
        lines.append("  " + tr(_CTX, "Colonnes reconnues : {columns}.").format(columns=recognised))
        if sheet.ignored:
            lines.append(
                "  "
                + tr(_CTX, "Colonnes ignorées : {columns}.").format(
                    columns=", ".join(f"« {c} »" for c in sheet.ignored)
                )
            )
    new = sum(1 for y in plan.youths if not y.candidates)
    present = sum(1 for y in plan.youths if y.present)
    history = sum(len(y.history) for y in plan.youths) + sum(
        len(r) for r in plan.existing_history.values()
    )
    lines.append("")
    lines.append(_plural(new, "{n} nouveau jeune.", "{n} nouveaux jeunes."))
    if present:
        lines.append(
            _plural(
                present,
                "{n} jeune déjà dans la base (ne sera pas créé à nouveau).",
                "{n} jeunes déjà dans la base (ne seront pas créés à nouveau).",
            )
        )
    lines.append(
        _plural(
            history,
            "{n} ligne d'historique (celles déjà au dossier ne sont pas ajoutées).",
            "{n} lignes d'historique (celles déjà au dossier ne sont pas ajoutées).",
        )
    )
    if plan.doubtful:
        lines.append("")
        lines.append(tr(_CTX, "Doublons possibles, à trancher :"))
        for youth in plan.doubtful:
            best = youth.candidates[0]
            lines.append(
                tr(_CTX, "{where} : {name} ressemble à {other} ({reason}).").format(
                    where=_where(youth.sheet, youth.line),
                    name=youth.name,
                    other=f"{best.nom} {best.prenoms}",
                    reason=best.likeness.reason,
                )
            )
    if plan.rejected:
        lines.append("")
        lines.append(
            tr(_CTX, "Lignes refusées (corrigez-les dans le tableur puis relancez l'import) :")
        )
        for row in plan.rejected:
            lines.append(
                tr(_CTX, "{where} : {reasons}.").format(
                    where=_where(row.sheet, row.line), reasons=" ; ".join(row.reasons)
                )
            )
    return "\n".join(lines)


def outcome_text(outcome: ImportOutcome) -> str:
    parts = [
        _plural(outcome.created, "{n} jeune créé", "{n} jeunes créés"),
        _plural(outcome.present, "{n} déjà présent", "{n} déjà présents"),
    ]
    if outcome.merged:
        parts.append(_plural(outcome.merged, "{n} fusionné", "{n} fusionnés"))
    if outcome.skipped:
        parts.append(_plural(outcome.skipped, "{n} ignoré", "{n} ignorés"))
    parts.append(
        _plural(
            outcome.history_created,
            "{n} fiche d'historique ajoutée",
            "{n} fiches d'historique ajoutées",
        )
    )
    if outcome.history_present:
        parts.append(_plural(outcome.history_present, "{n} déjà au dossier", "{n} déjà au dossier"))
    text = ", ".join(parts) + "."
    added = outcome.establishments_created + outcome.dispositifs_created
    if added:
        text += " " + _plural(
            added,
            "{n} entrée ajoutée aux annuaires (établissements, dispositifs).",
            "{n} entrées ajoutées aux annuaires (établissements, dispositifs).",
        )
    return text
