"""Retention: how long a case file is kept, as rules the office can read and edit.

Defaults (decree on i-milo, Carnet de bord):
- i-milo: until the maximum age of the Missions Locales' public (26) plus two years, except
  while a programme is still running, then only in anonymised form;
- CEJ: ten years after the end of a contrat d'engagement jeune, then anonymised;
- Carnet de bord: two years after the last activity, then anonymised.

Each rule says what it erases (identity, notes, free text) or whether it erases the whole case
file, and what stays: the coded values the activity reports count (sex, birth date, dates,
programmes, types and themes of contacts, situations), so the reports of past years give the
same figures after anonymisation. A preview lists, before anything happens, the case files and
the number of records each rule touches; the run is one transaction, logged, irreversible,
and synced: the values blanked travel like any edit, and erasure orders make every installation
erase the history of the erased fields, the conflicts' old values, the drafts and the index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any, Final

from ..core.entities import ENTITIES, JEUNE
from ..core.errors import ValidationError
from ..core.i18n import tr
from ..core.textnorm import fold
from ..storage import retention_rules
from ..storage.store import Store

ANONYMISE: Final = "anonymiser"
ERASE: Final = "effacer"
TRIGGERS: Final = ("age", "apres_dispositif", "inactivite")

# What a rule can erase, by category: (table, field) pairs.
CATEGORY_FIELDS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "identite": (
        ("jeune", "nom_naissance"),
        ("jeune", "nom_usage"),
        ("jeune", "prenoms"),
        ("jeune", "telephone"),
        ("jeune", "email"),
        ("jeune", "adresse"),
        ("jeune", "representant_legal"),
        ("jeune", "id_imilo"),
        ("jeune", "id_france_travail"),
        ("suivi_judiciaire", "cpip_nom"),
        ("suivi_judiciaire", "cpip_contact"),
    ),
    "notes": (("actualite", "note"), ("frein", "situation")),
    "texte_libre": (
        ("objectif", "libelle"),
        ("action", "libelle"),
        ("orientation", "motif"),
        ("situation", "employeur"),
        ("positionnement", "prescripteur"),
        ("eligibilite", "reponses"),
    ),
}
CATEGORIES: Final = tuple(CATEGORY_FIELDS)


def _t(text: str) -> str:
    return tr("Conservation", text)


def placeholder() -> str:
    """What a required text field holds once anonymised."""
    return _t("(anonymisé)")


def category_label(name: str) -> str:
    return {
        "identite": _t("l'identité (noms, prénoms, coordonnées, identifiants, CPIP)"),
        "notes": _t("les notes"),
        "texte_libre": _t("le texte libre (objectifs, actions, motifs, employeurs)"),
    }.get(name, name)


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    trigger: str  # age | apres_dispositif | inactivite
    years: int
    age: int = 26  # for "age": the maximum age of the public
    dispositif: str = "CEJ"  # for "apres_dispositif": a word of the programme's name
    action: str = ANONYMISE
    erases: tuple[str, ...] = CATEGORIES
    except_running: bool = True  # not while a programme is running
    unless_dispositif: str = ""  # not for youths who had this programme (its own rule applies)
    enabled: bool = True

    def check(self) -> Rule:
        ok = (
            re.fullmatch(r"[a-z0-9_-]{1,40}", self.id)
            and self.label.strip()
            and self.trigger in TRIGGERS
            and 0 <= self.years <= 100
            and 14 <= self.age <= 99
            and self.action in (ANONYMISE, ERASE)
            and set(self.erases) <= set(CATEGORIES)
            and (self.action == ERASE or self.erases)
            and (self.trigger != "apres_dispositif" or fold(self.dispositif))
        )
        if not ok:
            raise ValidationError(
                _t("Règle de conservation invalide : « {nom} ».").format(nom=self.label[:60])
            )
        return self

    def describe(self) -> str:
        when = {
            "age": _t("{years} ans après le {age}e anniversaire").format(
                years=self.years, age=self.age
            ),
            "apres_dispositif": _t("{years} ans après la fin du dispositif « {d} »").format(
                years=self.years, d=self.dispositif
            ),
            "inactivite": _t("{years} ans après la dernière activité").format(years=self.years),
        }[self.trigger]
        if self.except_running:
            when += _t(", sauf accompagnement en cours")
        if self.unless_dispositif:
            when += _t(", sauf jeunes passés par « {d} »").format(d=self.unless_dispositif)
        return when

    def erases_text(self) -> str:
        if self.action == ERASE:
            return _t("Efface tout le dossier.")
        return _t("Anonymise : efface {what}.").format(
            what=", ".join(category_label(c) for c in self.erases)
        )

    def keeps_text(self) -> str:
        if self.action == ERASE:
            return _t("Rien ne reste : les rapports des années passées perdent ce dossier.")
        return _t(
            "Restent : sexe, date de naissance, commune, dates, dispositifs, types et thèmes "
            "des contacts, situations — les effectifs des rapports ne changent pas."
        )

    def as_json(self) -> dict[str, Any]:
        body = asdict(self)
        body["erases"] = list(self.erases)
        return body

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> Rule:
        try:
            values = {k: body[k] for k in cls.__dataclass_fields__ if k in body}
            values["erases"] = tuple(str(c) for c in values.get("erases", CATEGORIES))
            return cls(**values).check()
        except (TypeError, KeyError) as exc:
            raise ValidationError(_t("Règle de conservation illisible.")) from exc


DEFAULT_RULES: Final = (
    Rule(
        "imilo",
        "i-milo : âge maximal du public (26 ans) + 2 ans",
        "age",
        2,
        age=26,
        unless_dispositif="CEJ",
    ),
    Rule("cej", "CEJ : 10 ans après le contrat d'engagement jeune", "apres_dispositif", 10),
    Rule(
        "carnet",
        "Carnet de bord : 2 ans après la dernière activité",
        "inactivite",
        2,
        unless_dispositif="CEJ",
    ),
)


def rules(store: Store) -> list[Rule]:
    stored = retention_rules.load(store.db)
    if stored is None:
        return list(DEFAULT_RULES)
    return [Rule.from_json(body) for body in stored]


def save_rules(store: Store, new_rules: Sequence[Rule]) -> None:
    checked = [r.check() for r in new_rules]
    if len({r.id for r in checked}) != len(checked):
        raise ValidationError(_t("Deux règles de conservation portent le même identifiant."))
    retention_rules.save(store.db, [r.as_json() for r in checked])


def reset_rules(store: Store) -> None:
    save_rules(store, DEFAULT_RULES)


def set_rule(store: Store, rule_id: str, **changes: Any) -> Rule:
    """Change one rule (``years``, ``enabled``, ``action``, ``erases``…) and save them all."""
    current = rules(store)
    for i, r in enumerate(current):
        if r.id == rule_id:
            if "erases" in changes:
                changes["erases"] = tuple(changes["erases"])
            current[i] = replace(r, **changes).check()
            save_rules(store, current)
            return current[i]
    raise ValidationError(_t("Règle de conservation inconnue : « {id} ».").format(id=rule_id))


# --- which case files a rule touches -----------------------------------------------------------


def _years_after(day: str | None, years: int) -> str | None:
    if not day:
        return None
    d = date.fromisoformat(day[:10])
    try:
        return d.replace(year=d.year + years).isoformat()
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28).isoformat()


@dataclass
class _Facts:
    birth: str | None
    running: bool
    last_activity: str | None
    programme_ends: dict[str, list[str | None]] = field(default_factory=dict)  # folded name


def _facts(store: Store, today: date) -> dict[str, _Facts]:
    conn = store.db.conn
    iso = today.isoformat()
    names = {str(i): fold(str(n or "")) for i, n in conn.execute("SELECT id, nom FROM dispositif")}
    facts = {
        str(j): _Facts(b, False, None)
        for j, b in conn.execute("SELECT id, date_naissance FROM jeune WHERE _deleted = 0")
    }

    def activity(jid: str, day: Any) -> None:
        f = facts.get(jid)
        if f is not None and isinstance(day, str) and day:
            f.last_activity = max(f.last_activity or "", day[:10])

    for jid, disp, start, end in conn.execute(
        "SELECT jeune_id, dispositif_id, date_entree, date_fin FROM accompagnement "
        "WHERE _deleted = 0"
    ):
        f = facts.get(jid)
        if f is None:
            continue
        if (start or "") <= iso and (end is None or end >= iso):
            f.running = True
        f.programme_ends.setdefault(names.get(str(disp), ""), []).append(end)
        activity(jid, start)
        activity(jid, end)
    for table, column in (("actualite", "date"), ("positionnement", "date"), ("profil", "date")):
        for jid, day in conn.execute(
            f"SELECT jeune_id, max({column}) FROM {table} WHERE _deleted = 0 GROUP BY jeune_id"
        ):
            activity(jid, day)
    return facts


def _had(f: _Facts, word: str) -> list[list[str | None]]:
    w = fold(word)
    return [
        ends
        for name, ends in f.programme_ends.items()
        if w and (w in name.replace("(", " ").replace(")", " ").split() or w == name)
    ]


def _applies(rule: Rule, f: _Facts, today: str) -> bool:
    if rule.except_running and f.running:
        return False
    if rule.unless_dispositif and _had(f, rule.unless_dispositif):
        return False
    if rule.trigger == "age":
        if not f.birth:
            return False
        until = _years_after(f.birth, rule.age + rule.years)
        return until is not None and until <= today
    if rule.trigger == "apres_dispositif":
        ends = [e for group in _had(f, rule.dispositif) for e in group]
        if not ends or any(e is None for e in ends):
            return False
        until = _years_after(max(e for e in ends if e), rule.years)
        return until is not None and until <= today
    until = _years_after(f.last_activity, rule.years)
    return until is not None and until <= today


def _fields(rule: Rule) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in rule.erases:
        for table, name in CATEGORY_FIELDS[c]:
            out.setdefault(table, []).append(name)
    return out


def _changes(store: Store, rule: Rule, jeune_id: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(table, record id, new values) of every record the rule changes in a case file."""
    out: list[tuple[str, str, dict[str, Any]]] = []
    for table, names in _fields(rule).items():
        e = ENTITIES[table]
        rows = (
            [store.repo.require("jeune", jeune_id)]
            if e is JEUNE
            else store.repo.list(table, jeune_id=jeune_id)
        )
        for row in rows:
            new: dict[str, Any] = {}
            for name in names:
                blank = placeholder() if e.field(name).required else None
                if row[name] not in (None, "", blank):
                    new[name] = blank
            if new:
                out.append((table, row["id"], new))
    return out


def _count_all(store: Store, jeune_id: str) -> int:
    return 1 + sum(
        len(store.repo.list(e.table, jeune_id=jeune_id))
        for e in ENTITIES.values()
        if e.owned_by_youth
    )


@dataclass
class CaseFileEffect:
    jeune_id: str
    label: str
    records: int


@dataclass
class RuleEffect:
    rule: Rule
    case_files: list[CaseFileEffect] = field(default_factory=list)

    @property
    def records(self) -> int:
        return sum(c.records for c in self.case_files)


def _label(row: Mapping[str, Any]) -> str:
    name = " ".join(str(row[k]) for k in ("prenoms", "nom_naissance") if row.get(k))
    return f"{name} ({row.get('date_naissance') or '?'})"


def preview(store: Store, today: date | None = None) -> list[RuleEffect]:
    """What a run would do today: per rule, the case files and records it touches. A case
    file goes to the first rule that applies to it; nothing is written."""
    day = today or date.today()
    facts = _facts(store, day)
    effects = [RuleEffect(r) for r in rules(store) if r.enabled]
    for jeune_id, f in facts.items():
        for effect in effects:
            if not _applies(effect.rule, f, day.isoformat()):
                continue
            if effect.rule.action == ERASE:
                n = _count_all(store, jeune_id)
            else:
                n = len(_changes(store, effect.rule, jeune_id))
            if n:
                row = store.repo.require("jeune", jeune_id)
                effect.case_files.append(CaseFileEffect(jeune_id, _label(row), n))
            break
    for effect in effects:
        effect.case_files.sort(key=lambda c: c.label)
    return effects


@dataclass
class RunResult:
    effects: list[RuleEffect]

    @property
    def case_files(self) -> int:
        return sum(len(e.case_files) for e in self.effects)

    @property
    def records(self) -> int:
        return sum(e.records for e in self.effects)

    @property
    def message(self) -> str:
        return _t("{n} dossier(s) traité(s), {m} fiche(s) effacée(s) ou anonymisée(s).").format(
            n=self.case_files, m=self.records
        )


def run(store: Store, today: date | None = None) -> RunResult:
    """Apply the rules, in one transaction: irreversible. Logged with counts only."""
    day = today or date.today()
    db = store.db
    with db.lock, db.transaction():
        effects = preview(store, day)
        for effect in effects:
            for case in effect.case_files:
                if effect.rule.action == ERASE:
                    store.repo.delete("jeune", case.jeune_id, erase=True)
                    continue
                _anonymise(store, effect.rule, case.jeune_id)
        retention_rules.log_run(
            db,
            {e.rule.id: {"case_files": len(e.case_files), "records": e.records} for e in effects},
        )
    return RunResult(effects)


def _anonymise(store: Store, rule: Rule, jeune_id: str) -> None:
    repo = store.repo
    for table, record_id, new in _changes(store, rule, jeune_id):
        repo.update(table, record_id, new, origin="anonymisation")
        # The old values are in the history just written, and maybe in a conflict: erased,
        # here and on every installation that holds the record.
        repo.erase_traces(table, record_id, list(new))
        store.db.log("anonymisation", table, record_id)
    repo.erase_traces("jeune", jeune_id, _erased_jeune_fields(rule))


def _erased_jeune_fields(rule: Rule) -> list[str]:
    return [n for t, n in _all_pairs(rule) if t == "jeune"] or ["nom_naissance"]


def _all_pairs(rule: Rule) -> Iterable[tuple[str, str]]:
    for c in rule.erases:
        yield from CATEGORY_FIELDS[c]


def runs(store: Store) -> list[tuple[str, str, dict[str, Any]]]:
    return retention_rules.runs(store.db)
