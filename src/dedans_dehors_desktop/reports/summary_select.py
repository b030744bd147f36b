"""What of a case file may go on the summary handed to the youth: the allow-list.

SECURITY.md ("The printed summary handed to a youth in detention"): the sheet can be read by
prison staff and other detainees, so it is built by picking allowed items, never by hiding
fields of the full record. Each section below reads only the fields it names; everything else
(notes, justice fields, health, eligibility, dispositif names, contact details of the youth or
their family, ids) is never read into a ``SummaryContent`` at all.

Reading here logs nothing: previews re-render as options change. Whoever prints or saves the
result logs one ``impression`` (see ``log_printed``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..core.entities import ENTITIES
from ..core.enums import THEME
from ..core.errors import NotFound, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.sensitive_words import DEFAULT_WORDS, SETTING_KEY, NoteChecker
from ..storage.database import Database
from ..storage.repository import Repository, Row
from ..storage.settings import get_setting, set_settings
from .summary_pdf import (
    AddressForm,
    SummaryAppointment,
    SummaryContact,
    SummaryContent,
    SummaryStep,
)

__all__ = [
    "STRUCTURE_ADDRESS_KEY",
    "STRUCTURE_PHONE_KEY",
    "StructureIdentity",
    "SummaryOptions",
    "default_documents",
    "log_printed",
    "select_summary",
    "set_structure_identity",
    "structure_identity",
]

_CTX = "Récapitulatif"

STRUCTURE_ADDRESS_KEY = "structure_address"
STRUCTURE_PHONE_KEY = "structure_phone"
_MAX_ADDRESS = 300
_MAX_PHONE = 40

_OPEN_ACTION = ("en_projet", "en_cours", "en_attente")
_OPEN_ORIENTATION = ("en_cours", "validee")

# Partner types whose very name tells the reader why the youth is followed (probation service,
# addiction care): left out even when nobody ticked "nom sensible" on the partner.
_REVEALING_PARTNER_TYPES = frozenset({"spip", "csapa"})


# --- The Mission Locale's identity (the neutral header) ------------------------------------------


@dataclass(frozen=True)
class StructureIdentity:
    name: str
    address: str
    phone: str


def structure_identity(db: Database) -> StructureIdentity:
    address = get_setting(db, STRUCTURE_ADDRESS_KEY) or ""
    phone = get_setting(db, STRUCTURE_PHONE_KEY) or ""
    return StructureIdentity(db.structure_name, address, phone)


def _one_line(value: str, max_len: int, what: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in text):
        raise ValidationError(
            tr("Validation", "« {champ} » contient des caractères invisibles.").format(champ=what)
        )
    if len(text) > max_len:
        raise ValidationError(
            tr("Validation", "« {champ} » est trop long ({n} caractères, {max} au plus).").format(
                champ=what, n=len(text), max=max_len
            )
        )
    return text


def set_structure_identity(
    db: Database, *, address: str | None = None, phone: str | None = None
) -> StructureIdentity:
    """Store the address and switchboard printed in the header (``None`` leaves a value as is).

    These are preferences of the installation, not case data: they live in ``setting`` and are
    written here rather than through the case-data repository.
    """
    changes: list[tuple[str, str]] = []
    if address is not None:
        changes.append(
            (STRUCTURE_ADDRESS_KEY, _one_line(address, _MAX_ADDRESS, tr("Champs", "Adresse")))
        )
    if phone is not None:
        changes.append(
            (STRUCTURE_PHONE_KEY, _one_line(phone, _MAX_PHONE, tr("Champs", "Téléphone")))
        )
    set_settings(db, dict(changes))
    return structure_identity(db)


# --- Options ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryOptions:
    """Choices of the counsellor for one print.

    ``documents`` replaces the derived "Documents à préparer" list when given (the preview lets
    the counsellor edit it; the edit is not stored). ``today`` is for tests and reprints.
    """

    actualite_id: str | None = None
    address_form: AddressForm = "tu"
    large_print: bool = False
    documents: tuple[str, ...] | None = None
    today: date | None = None


# --- Wording ------------------------------------------------------------------------------------

# Meeting themes in plain words. "sante" and "justice" have no entry on purpose: they are never
# printed, and a theme code unknown to this version is skipped rather than shown raw.
_THEMES: dict[str, dict[AddressForm, str]] = {
    "projet_pro": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Ton projet professionnel"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Votre projet professionnel"),
    },
    "emploi": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Ta recherche d'emploi"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Votre recherche d'emploi"),
    },
    "formation": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Les formations qui peuvent t'intéresser"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Les formations qui peuvent vous intéresser"),
    },
    "logement": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Ton logement"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Votre logement"),
    },
    "droits": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Tes papiers et tes droits"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Vos papiers et vos droits"),
    },
    "loisirs": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Tes loisirs : sport, culture"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Vos loisirs : sport, culture"),
    },
}
_NEVER_PRINTED_THEMES = frozenset({"sante", "justice"})
assert not _NEVER_PRINTED_THEMES & _THEMES.keys()

# Generic documents by open barrier. Health, addiction, family, language and justice barriers
# have no entry: a document list must not hint at them.
_DOCUMENTS: dict[str, tuple[dict[AddressForm, str], ...]] = {
    "administratif": (
        {
            "tu": QT_TRANSLATE_NOOP(_CTX, "Ta pièce d'identité ou sa copie"),
            "vous": QT_TRANSLATE_NOOP(_CTX, "Votre pièce d'identité ou sa copie"),
        },
        {
            "tu": QT_TRANSLATE_NOOP(_CTX, "Ta carte Vitale ou ton attestation de droits"),
            "vous": QT_TRANSLATE_NOOP(_CTX, "Votre carte Vitale ou votre attestation de droits"),
        },
    ),
    "logement": (
        {
            "tu": QT_TRANSLATE_NOOP(_CTX, "Un justificatif de ressources"),
            "vous": QT_TRANSLATE_NOOP(_CTX, "Un justificatif de ressources"),
        },
    ),
    "financier": (
        {
            "tu": QT_TRANSLATE_NOOP(
                _CTX, "Un relevé d'identité bancaire (RIB), si tu as un compte"
            ),
            "vous": QT_TRANSLATE_NOOP(
                _CTX, "Un relevé d'identité bancaire (RIB), si vous avez un compte"
            ),
        },
    ),
    "emploi": (
        {"tu": QT_TRANSLATE_NOOP(_CTX, "Ton CV"), "vous": QT_TRANSLATE_NOOP(_CTX, "Votre CV")},
    ),
    "formation": (
        {"tu": QT_TRANSLATE_NOOP(_CTX, "Ton CV"), "vous": QT_TRANSLATE_NOOP(_CTX, "Votre CV")},
        {
            "tu": QT_TRANSLATE_NOOP(_CTX, "Tes diplômes ou attestations de formation"),
            "vous": QT_TRANSLATE_NOOP(_CTX, "Vos diplômes ou attestations de formation"),
        },
    ),
}
_DOCUMENT_ORDER = ("administratif", "logement", "financier", "emploi", "formation")

_PLACES = {
    "mission_locale": QT_TRANSLATE_NOOP(_CTX, "À la Mission Locale"),
    "intra_muros": QT_TRANSLATE_NOOP(_CTX, "Lors de la permanence"),
    "partenaire": QT_TRANSLATE_NOOP(_CTX, "Chez un partenaire de la Mission Locale"),
}

_AT_RELEASE: dict[AddressForm, str] = {
    "tu": QT_TRANSLATE_NOOP(_CTX, "à ta sortie"),
    "vous": QT_TRANSLATE_NOOP(_CTX, "à votre sortie"),
}


# --- Reading helpers ----------------------------------------------------------------------------


def _iso_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _codes(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    try:
        codes = json.loads(value)
    except ValueError:
        return []
    return [c for c in codes if isinstance(c, str)] if isinstance(codes, list) else []


_NAME_SEPARATORS = re.compile(r"[\s,]+")


def _first_name(prenoms: Any) -> str:
    if not isinstance(prenoms, str):
        return ""
    parts = [p for p in _NAME_SEPARATORS.split(prenoms.strip()) if p]
    return parts[0] if parts else ""


def _surname_initial(jeune: Row) -> str:
    """Only the first letter leaves this function: the full surname never reaches the content."""
    for key in ("nom_usage", "nom_naissance"):
        value = jeune.get(key)
        if isinstance(value, str):
            for char in unicodedata.normalize("NFC", value):
                if char.isalpha():
                    return char.upper()
    return ""


_RELEASE_FIELDS = ("date_liberation_prev", "date_levee_ecrou")


def _release_dates(repo: Repository, jeune_id: str) -> set[date]:
    """Release dates: never printed, even as an appointment or a deadline ("à ta sortie")."""
    return _dates_of(repo, jeune_id, "suivi_judiciaire", _RELEASE_FIELDS)


def _justice_dates(repo: Repository, jeune_id: str) -> set[date]:
    """Every other date of the judicial follow-up and of the aménagements (écrou, request,
    decision, end): a deadline on such a day is printed without its date."""
    found: set[date] = set()
    for entity in (ENTITIES["suivi_judiciaire"], ENTITIES["amenagement"]):
        names = tuple(
            f.name
            for f in entity.fields
            if f.kind == "date" and f.justice and f.name not in _RELEASE_FIELDS
        )
        found |= _dates_of(repo, jeune_id, entity.table, names)
    return found


def _sensitive_words(db: Database) -> NoteChecker:
    """The store's word list (the one the interview note warns with), or the default one."""
    try:
        entries = json.loads(get_setting(db, SETTING_KEY) or "null")
    except ValueError:
        entries = None
    if isinstance(entries, list) and entries and all(isinstance(e, str) for e in entries):
        return NoteChecker(entries)
    return NoteChecker(DEFAULT_WORDS)


def _dates_of(repo: Repository, jeune_id: str, table: str, names: Iterable[str]) -> set[date]:
    found: set[date] = set()
    for row in repo.list(table, jeune_id=jeune_id):
        for key in names:
            day = _iso_date(row.get(key))
            if day is not None:
                found.add(day)
    return found


def _printable_partner(repo: Repository, partner_id: Any) -> Row | None:
    if not isinstance(partner_id, str):
        return None
    partner = repo.get("partenaire", partner_id)
    if partner is None or partner.get("sensible"):
        return None
    if partner.get("type") in _REVEALING_PARTNER_TYPES:
        return None
    return partner


def _meeting(repo: Repository, jeune_id: str, actualite_id: str | None) -> Row | None:
    if actualite_id is not None:
        actualite = repo.get("actualite", actualite_id)
        if actualite is None or actualite.get("jeune_id") != jeune_id:
            raise NotFound(tr("Erreurs", "Cette actualité n'existe pas dans ce dossier."))
        return actualite
    present = [
        a for a in repo.list("actualite", jeune_id=jeune_id) if a.get("presence") == "present"
    ]
    if not present:
        return None
    return max(present, key=lambda a: (str(a.get("date") or ""), str(a.get("heure") or "")))


# --- Sections -----------------------------------------------------------------------------------


def _worked_on(meeting: Row | None, form: AddressForm) -> tuple[str, ...]:
    if meeting is None:
        return ()
    phrases: list[str] = []
    chosen = set(_codes(meeting.get("themes")))
    # The enumeration's order (project first), not the stored alphabetical one.
    for code in (code for code in THEME.codes() if code in chosen):
        wording = _THEMES.get(code)
        if wording is not None and code not in _NEVER_PRINTED_THEMES:
            phrase = tr(_CTX, wording[form])
            if phrase not in phrases:
                phrases.append(phrase)
    return tuple(phrases)


def _next_steps(
    repo: Repository, jeune_id: str, today: date, release: set[date], form: AddressForm
) -> tuple[SummaryStep, ...]:
    steps: list[tuple[date, str, SummaryStep]] = []
    # Steps towards a health or justice objective are never printed, whatever their wording.
    hidden_objectives = {
        o["id"]
        for o in repo.list("objectif", jeune_id=jeune_id)
        if o.get("theme") in _NEVER_PRINTED_THEMES
    }
    justice_days = _justice_dates(repo, jeune_id)
    words = _sensitive_words(repo.db)
    for action in repo.list("action", jeune_id=jeune_id):
        if action.get("acteur") != "jeune" or action.get("statut") not in _OPEN_ACTION:
            continue
        if action.get("objectif_id") in hidden_objectives:
            continue
        label = action.get("libelle")
        if not isinstance(label, str) or not label.strip():
            continue
        if words.matches(label):  # free text about the offence or health: not for the sheet
            continue
        # A partner that may not be named is left out; the step itself stays (the youth needs it).
        partner = _printable_partner(repo, action.get("partenaire_id"))
        if partner is not None and isinstance(partner.get("nom"), str):
            label = tr(_CTX, "{action} (avec {partenaire})").format(
                action=label, partenaire=partner["nom"]
            )
        due = _iso_date(action.get("echeance"))
        if due is not None and due in release:
            label = f"{label} — {tr(_CTX, _AT_RELEASE[form])}"
            due = None
        elif due is not None and due in justice_days:
            due = None  # the day of a hearing or a decision: the step, never the date
        elif due is not None and due < today:
            # Still to do, but "pour le" a past day reads as a reproach and helps nobody.
            due = None
        steps.append((due or date.max, label, SummaryStep(label, due)))
    steps.sort(key=lambda item: (item[0], item[1]))
    return tuple(step for _, _, step in steps)


def _appointments(
    repo: Repository,
    jeune_id: str,
    today: date,
    release: set[date],
    structure: StructureIdentity,
    exclude: str | None,
) -> tuple[SummaryAppointment, ...]:
    found: list[SummaryAppointment] = []
    for actualite in repo.list("actualite", jeune_id=jeune_id):
        if actualite.get("presence") != "planifie" or actualite["id"] == exclude:
            continue
        day = _iso_date(actualite.get("date"))
        if day is None or day < today:
            continue
        lieu = actualite.get("lieu")
        if lieu == "spip":  # an appointment at the probation service reveals the context
            continue
        place = tr(_CTX, _PLACES[lieu]) if isinstance(lieu, str) and lieu in _PLACES else ""
        if lieu == "mission_locale" and structure.address:
            place = f"{place}, {structure.address}"
        when: datetime | date | None = day
        heure = actualite.get("heure")
        if isinstance(heure, str) and re.fullmatch(r"\d\d:\d\d", heure):
            when = datetime(day.year, day.month, day.day, int(heure[:2]), int(heure[3:]))
        if day in release:
            when = None  # "À ta sortie": the release date itself is never printed
        found.append(SummaryAppointment(when, place))
    return tuple(found)


def default_documents(repo: Repository, jeune_id: str, form: AddressForm = "tu") -> tuple[str, ...]:
    """A short generic list derived from the youth's open barriers (never stored)."""
    open_themes = {
        f.get("theme") for f in repo.list("frein", jeune_id=jeune_id) if f.get("statut") != "leve"
    }
    documents: list[str] = []
    for theme in _DOCUMENT_ORDER:
        if theme in open_themes:
            for wording in _DOCUMENTS[theme]:
                line = tr(_CTX, wording[form])
                if line not in documents:
                    documents.append(line)
    return tuple(documents)


def _contacts(repo: Repository, jeune_id: str) -> tuple[SummaryContact, ...]:
    """Partners the youth will deal with. The Mission Locale itself is not repeated here: its
    name, address and switchboard head the sheet and close every page, and a second copy would
    push the summary onto a second sheet for nothing."""
    contacts: list[SummaryContact] = []
    partner_ids: list[str] = []
    linked: Iterable[Row] = [
        *(a for a in repo.list("action", jeune_id=jeune_id) if a.get("statut") in _OPEN_ACTION),
        *(
            o
            for o in repo.list("orientation", jeune_id=jeune_id)
            if o.get("statut") in _OPEN_ORIENTATION
        ),
    ]
    for record in linked:
        partner_id = record.get("partenaire_id")
        if isinstance(partner_id, str) and partner_id not in partner_ids:
            partner_ids.append(partner_id)
    for partner_id in partner_ids:
        partner = _printable_partner(repo, partner_id)
        if partner is None:
            continue
        contacts.append(
            SummaryContact(
                str(partner.get("nom") or ""),
                str(partner.get("telephone") or ""),
                str(partner.get("adresse") or ""),
            )
        )
    return tuple(c for c in contacts if c.name or c.phone or c.address)


# --- The summary --------------------------------------------------------------------------------


def _clean_documents(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(line.strip() for line in lines if line.strip())


def select_summary(
    db: Database, jeune_id: str, options: SummaryOptions | None = None
) -> SummaryContent:
    """Pick the allowed items of one case file for the summary (raises ``NotFound``)."""
    options = options or SummaryOptions()
    today = options.today or date.today()
    form = options.address_form
    repo = Repository(db, today)
    with db.lock:
        jeune = repo.get("jeune", jeune_id)
        if jeune is None:
            raise NotFound(tr("Erreurs", "Aucun jeune avec cet identifiant."))
        structure = structure_identity(db)
        meeting = _meeting(repo, jeune_id, options.actualite_id)
        meeting_date = _iso_date(meeting.get("date")) if meeting is not None else None
        release = _release_dates(repo, jeune_id)
        documents = (
            _clean_documents(options.documents)
            if options.documents is not None
            else default_documents(repo, jeune_id, form)
        )
        return SummaryContent(
            structure_name=structure.name,
            structure_address=structure.address,
            structure_phone=structure.phone,
            first_name=_first_name(jeune.get("prenoms")),
            surname_initial=_surname_initial(jeune),
            meeting_date=meeting_date or today,
            worked_on=_worked_on(meeting, form),
            next_steps=_next_steps(repo, jeune_id, today, release, form),
            appointments=_appointments(
                repo,
                jeune_id,
                today,
                release,
                structure,
                meeting["id"] if meeting is not None else None,
            ),
            documents=documents,
            contacts=_contacts(repo, jeune_id),
            address_form=form,
            large_print=options.large_print,
        )


def log_printed(db: Database, jeune_id: str) -> None:
    """One access-log line per summary printed or saved (never its content)."""
    db.log("impression", "jeune", jeune_id)
