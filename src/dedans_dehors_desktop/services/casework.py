"""Case work: recording an interview, registering a SPIP referral, editing the records of the
parcours, drafts, demonstration case files.

Each use case is one transaction through the one write path (``store.repo``: checks, versions,
history, access log): a refused value leaves the store as it was.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..core.demo import DemoSummary, generate
from ..core.eligibility import Evaluation, Facts, evaluate, parse_rules
from ..core.entities import ENTITIES
from ..core.errors import ValidationError
from ..core.i18n import tr
from ..core.validation import normalise_changes
from ..storage import reads
from ..storage.store import Store

# The planned appointments of the demo's permanence of the day.
PERMANENCE_SIZE = 8
_PERMANENCE_HOURS = ("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "14:00", "14:30")


# --- recording an interview ---------------------------------------------------------------------


@dataclass(frozen=True)
class NewBarrier:
    """A barrier (frein) found during the interview."""

    theme: str
    situation: str | None = None
    statut: str = "identifie"


@dataclass(frozen=True)
class AgreedAction:
    """An action agreed during the interview (always ``en_cours``)."""

    libelle: str
    echeance: date | str | None = None
    acteur: str | None = None


@dataclass(frozen=True)
class NextAppointment:
    """The next appointment, planned at the same place as the interview."""

    day: date | str
    heure: str | None = None


@dataclass(frozen=True)
class Interview:
    """What an interview records. ``actualite`` holds the actualité's fields (date, heure,
    duree, type, lieu, presence, etablissement_id, themes, note) in stored or typed form."""

    jeune_id: str
    actualite: Mapping[str, Any]
    barrier_statuts: Mapping[str, str | None] = field(default_factory=dict)  # frein id → statut
    new_barriers: Sequence[NewBarrier] = ()
    actions: Sequence[AgreedAction] = ()
    next_appointment: NextAppointment | None = None
    appointment_id: str | None = None  # the planned appointment this interview completes
    draft_id: str | None = None  # discarded once the interview is written


@dataclass(frozen=True)
class InterviewPlace:
    lieu: str
    etablissement_id: str | None


def usual_place(store: Store, jeune_id: str) -> InterviewPlace:
    """Where an interview takes place unless told: in prison at the youth's establishment while
    they are detained (their latest judicial period), at the Mission Locale otherwise."""
    with store.db.lock:
        suivis = store.repo.list("suivi_judiciaire", jeune_id=jeune_id)
    suivi = max(
        suivis, key=lambda s: (str(s.get("date_ecrou") or ""), int(s["_seq"])), default=None
    )
    if suivi is not None and suivi.get("milieu") == "ferme":
        etab = suivi.get("etablissement_id")
        return InterviewPlace("intra_muros", str(etab) if etab else None)
    return InterviewPlace("mission_locale", None)


def record_interview(store: Store, interview: Interview) -> str:
    """Write the interview in one transaction; returns the actualité's id.

    The actualité (or the planned appointment it completes), the barriers updated in place and
    the new ones, the actions agreed, the next appointment, and the draft discarded.
    """
    repo = store.repo
    jeune_id = interview.jeune_id
    values = {**interview.actualite, "jeune_id": jeune_id}
    with store.db.transaction():
        appointment = (
            repo.get("actualite", interview.appointment_id) if interview.appointment_id else None
        )
        if appointment is not None and appointment["jeune_id"] == jeune_id:
            repo.update("actualite", appointment["id"], values)
            actualite_id = str(appointment["id"])
        else:
            actualite_id = repo.create("actualite", values)
        for frein_id, statut in interview.barrier_statuts.items():
            repo.update("frein", frein_id, {"statut": statut})
        for barrier in interview.new_barriers:
            repo.create(
                "frein",
                {
                    "jeune_id": jeune_id,
                    "theme": barrier.theme,
                    "situation": barrier.situation,
                    "statut": barrier.statut,
                },
            )
        for action in interview.actions:
            repo.create(
                "action",
                {
                    "jeune_id": jeune_id,
                    "libelle": action.libelle,
                    "acteur": action.acteur,
                    "echeance": action.echeance,
                    "statut": "en_cours",
                },
            )
        rdv = interview.next_appointment
        if rdv is not None:
            repo.create(
                "actualite",
                {
                    "jeune_id": jeune_id,
                    "date": rdv.day,
                    "heure": rdv.heure,
                    "type": "entretien",
                    "lieu": values.get("lieu"),
                    "presence": "planifie",
                    "etablissement_id": values.get("etablissement_id"),
                },
            )
        if interview.draft_id:
            repo.discard_draft(interview.draft_id)
    return actualite_id


# --- registering a SPIP referral ----------------------------------------------------------------


@dataclass(frozen=True)
class Referral:
    """A new youth oriented by the SPIP: identity, justice minimum, positionnement, and the
    referent's answers to the dispositif's questions (criterion id → yes/no)."""

    jeune: Mapping[str, Any]
    suivi_judiciaire: Mapping[str, Any]
    positionnement: Mapping[str, Any]
    answers: Mapping[str, bool] = field(default_factory=dict)


def dispositif_rules(store: Store, dispositif_id: str | None) -> list[dict[str, Any]]:
    """The eligibility rules of a dispositif (none if it has none or they cannot be read)."""
    if not dispositif_id:
        return []
    with store.db.lock:
        record = store.repo.get("dispositif", dispositif_id)
    if not record or not record.get("regles"):
        return []
    try:
        return parse_rules(record["regles"])
    except ValidationError:
        return []


def referral_facts(referral: Referral, today: date) -> Facts:
    """The facts the eligibility rules look at, from the referral's values."""
    jeune = normalise_changes(ENTITIES["jeune"], referral.jeune, today)
    suivi = normalise_changes(ENTITIES["suivi_judiciaire"], referral.suivi_judiciaire, today)

    def day(value: object) -> date | None:
        return date.fromisoformat(value) if isinstance(value, str) else None

    return Facts(
        date_naissance=day(jeune.get("date_naissance")),
        statut=_text(suivi.get("statut")),
        milieu=_text(suivi.get("milieu")),
        commune=_text(jeune.get("commune")),
        date_liberation_prev=day(suivi.get("date_liberation_prev")),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def evaluate_referral(store: Store, referral: Referral, today: date) -> Evaluation:
    did = referral.positionnement.get("dispositif_id")
    rules = dispositif_rules(store, str(did) if did else None)
    return evaluate(rules, referral_facts(referral, today), referral.answers, today)


def register_referral(
    store: Store, referral: Referral, *, evaluation: Evaluation | None = None
) -> str:
    """Create the youth and their referral in one transaction; returns the youth's id.

    With a dispositif that has eligibility rules, the evaluation (the one shown to the referent,
    or else computed here from the referral) is recorded with the answers given.
    """
    repo = store.repo
    today = date.today()
    did_value = referral.positionnement.get("dispositif_id")
    did = str(did_value) if did_value else None
    rules = dispositif_rules(store, did)
    with store.db.transaction():
        jeune_id = repo.create("jeune", dict(referral.jeune))
        repo.create("suivi_judiciaire", {**referral.suivi_judiciaire, "jeune_id": jeune_id})
        repo.create("positionnement", {**referral.positionnement, "jeune_id": jeune_id})
        if did and rules:
            ev = evaluation or evaluate(
                rules, referral_facts(referral, today), referral.answers, today
            )
            repo.create(
                "eligibilite",
                {
                    "jeune_id": jeune_id,
                    "dispositif_id": did,
                    "date": today,
                    "auteur": store.db.user,
                    "resultat": ev.outcome,
                    "reponses": json.dumps(dict(referral.answers), sort_keys=True),
                },
            )
    return jeune_id


# --- the records of the parcours ----------------------------------------------------------------


def _case_table(table: str) -> None:
    """The youth's own record or a record of their case file (never a reference table)."""
    e = ENTITIES.get(table)
    if e is None or not (e.owned_by_youth or table == "jeune"):
        raise ValidationError(
            tr("Erreurs", "Type de fiche inconnu : « {table} ».").format(table=table), "table"
        )


def add_record(store: Store, table: str, values: Mapping[str, Any]) -> str:
    """Add a record (frein, action, objectif…) to a case file, or a youth; returns its id."""
    _case_table(table)
    with store.db.transaction():
        return store.repo.create(table, dict(values))


def edit_record(store: Store, table: str, record_id: str, changes: Mapping[str, Any]) -> None:
    """Change some fields of a record; unchanged values are not rewritten."""
    _case_table(table)
    with store.db.transaction():
        store.repo.update(table, record_id, dict(changes))


def delete_record(store: Store, table: str, record_id: str) -> None:
    _case_table(table)
    with store.db.transaction():
        store.repo.delete(table, record_id)


# --- drafts -------------------------------------------------------------------------------------


def save_draft(
    store: Store, draft_id: str, kind: str, jeune_id: str | None, content: Mapping[str, Any]
) -> None:
    with store.db.lock:
        store.repo.save_draft(draft_id, kind, jeune_id, content)


def load_draft(store: Store, draft_id: str) -> dict[str, Any] | None:
    with store.db.lock:
        return store.repo.load_draft(draft_id)


def discard_draft(store: Store, draft_id: str) -> None:
    with store.db.lock:
        store.repo.discard_draft(draft_id)


# --- demonstration case files -------------------------------------------------------------------


def add_demo(
    store: Store,
    youths: int,
    *,
    seed: int = 1,
    today: date | None = None,
    actualites_per_youth: int = 6,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fictitious case files, in one transaction."""
    with store.db.transaction():
        return generate(
            store.repo,
            youths,
            seed=seed,
            today=today,
            actualites_per_youth=actualites_per_youth,
            progress=progress,
        )


def seed_demo(
    store: Store,
    youths: int,
    *,
    seed: int,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """The demonstration's case files, and a full morning of appointments at the place where
    most youths are detained, so that the permanence of the day shows one."""
    with store.db.transaction():
        summary = add_demo(
            store, youths, seed=seed, today=today, actualites_per_youth=8, progress=progress
        )
        assert summary.reference is not None
        rng = random.Random(seed)
        etab = reads.busiest_detention_place(store) or summary.reference.etablissements[0]
        already = reads.planned_on(store, today)
        chosen = [j for j in reads.detained_at(store, etab) if j not in already]
        for jeune_id, hour in zip(chosen[:PERMANENCE_SIZE], _PERMANENCE_HOURS, strict=False):
            store.repo.create(
                "actualite",
                {
                    "jeune_id": jeune_id,
                    "date": today,
                    "heure": hour,
                    "type": "entretien",
                    "lieu": "intra_muros",
                    "presence": "planifie",
                    "etablissement_id": etab,
                    "duree": rng.choice((30, 45)),
                },
            )
    return summary
