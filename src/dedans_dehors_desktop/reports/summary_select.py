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

from ..core import enums as E
from ..core.enums import THEME
from ..core.errors import NotFound, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.paper_check import PROTECTED_JUSTICE, PROTECTED_RELEASE, Reason, date_reason
from ..storage.database import Database
from ..storage.repository import Repository, Row
from ..storage.settings import get_setting, set_settings
from .summary_pdf import (
    AddressForm,
    SummaryAppointment,
    SummaryContact,
    SummaryContent,
    SummaryStep,
    format_date_fr,
    format_time_fr,
)
from .summary_review import (
    ReviewLine,
    SummaryReview,
    paper_check_for,
    relative_to_release,
    release_days,
    section_title,
)

__all__ = [
    "STRUCTURE_ADDRESS_KEY",
    "STRUCTURE_PHONE_KEY",
    "StructureIdentity",
    "SummaryOptions",
    "default_documents",
    "log_printed",
    "review_summary",
    "select_summary",
    "set_structure_identity",
    "structure_identity",
]

_CTX = "Récapitulatif"
_RCTX = "Relecture"

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
    # Keys of held lines (``ReviewLine.key``) the referent confirmed for this print.
    confirmed: frozenset[str] = frozenset()


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


def _printable_kind(partner: Row) -> bool:
    return partner.get("type") not in _REVEALING_PARTNER_TYPES


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


class _Review:
    """Builds the lines of one summary: each printed, or held back with its reasons."""

    def __init__(
        self,
        repo: Repository,
        jeune: Row,
        options: SummaryOptions,
        today: date,
    ) -> None:
        self.repo = repo
        self.jeune_id = str(jeune["id"])
        self.form: AddressForm = options.address_form
        self.today = today
        self.confirmed = options.confirmed
        self.check = paper_check_for(repo, jeune)
        self.releases = release_days(repo, self.jeune_id)
        self.lines: list[ReviewLine] = []
        self._partners: dict[str, ReviewLine | None] = {}

    def add(
        self,
        key: str,
        section: str,
        text: str,
        reasons: Iterable[Reason] = (),
        *,
        table: str | None = None,
        record_id: str | None = None,
        wording_field: str | None = None,
    ) -> ReviewLine:
        reasons = tuple(reasons)
        line = ReviewLine(
            key,
            section_title(section),
            text,
            reasons,
            confirmed=bool(reasons) and key in self.confirmed and _confirmable(reasons),
            table=table,
            record_id=record_id,
            wording_field=wording_field,
        )
        self.lines.append(line)
        return line

    def date_reasons(self, day: date) -> tuple[Reason, ...]:
        kind = self.check.day_reason(day)
        if kind is None:
            return ()
        return (Reason("date", f"{date_reason(kind)} : {format_date_fr(day)}"),)

    # --- partners

    def partner(self, partner_id: Any) -> tuple[Row, ReviewLine] | None:
        """The partner and its contact line (computed once), or None if it does not exist."""
        if not isinstance(partner_id, str):
            return None
        partner = self.repo.get("partenaire", partner_id)
        if partner is None:
            return None
        if partner_id not in self._partners:
            self._partners[partner_id] = self._partner_line(partner)
        line = self._partners[partner_id]
        return (partner, line) if line is not None else None

    def _partner_line(self, partner: Row) -> ReviewLine | None:
        wording = _text(partner.get("nom_jeune"))
        name = wording or _text(partner.get("nom"))
        if not name:
            return None
        reasons: list[Reason] = []
        if not _printable_kind(partner):
            kind = E.TYPE_PARTENAIRE.label(partner.get("type"))
            reasons.append(
                Reason(
                    "partenaire",
                    tr(_RCTX, "partenaire de type « {type} » : jamais imprimé").format(type=kind),
                    confirmable=False,
                )
            )
        elif partner.get("sensible") and not wording:
            reasons.append(
                Reason(
                    "partenaire",
                    tr(_RCTX, "partenaire au nom sensible : écrivez le nom pour le jeune"),
                    confirmable=False,
                )
            )
        else:
            reasons += self.check.reasons(name)
        return self.add(
            f"partenaire:{partner['id']}",
            "contact",
            name,
            reasons,
            table="partenaire",
            record_id=str(partner["id"]),
            wording_field=None if not _printable_kind(partner) else "nom_jeune",
        )

    # --- sections

    def worked_on(self, meeting: Row | None) -> tuple[str, ...]:
        phrases = _worked_on(meeting, self.form)
        for index, phrase in enumerate(phrases):
            self.add(f"theme:{index}", "theme", phrase)
        return phrases

    def meeting_date(self, day: date) -> date | None:
        reasons = self.date_reasons(day)
        if not reasons:
            return day
        line = self.add("rencontre:date", "rencontre", format_date_fr(day), reasons)
        return None if line.held else day

    def next_steps(self) -> tuple[SummaryStep, ...]:
        steps: list[tuple[date, str, SummaryStep]] = []
        # Steps towards a health or justice objective are never printed, whatever their wording.
        hidden_objectives = {
            o["id"]
            for o in self.repo.list("objectif", jeune_id=self.jeune_id)
            if o.get("theme") in _NEVER_PRINTED_THEMES
        }
        for action in self.repo.list("action", jeune_id=self.jeune_id):
            if action.get("acteur") != "jeune" or action.get("statut") not in _OPEN_ACTION:
                continue
            key = f"action:{action['id']}"
            wording = _text(action.get("libelle_jeune")) or _text(action.get("libelle"))
            if not wording:
                continue
            if action.get("objectif_id") in hidden_objectives:
                self.add(
                    key,
                    "etape",
                    wording,
                    (
                        Reason(
                            "objectif",
                            tr(_RCTX, "étape d'un objectif santé ou justice : jamais imprimée"),
                            confirmable=False,
                        ),
                    ),
                )
                continue
            label = wording
            # A partner that may not be named is left out; the step itself stays.
            found = self.partner(action.get("partenaire_id"))
            if found is not None and not found[1].held:
                label = tr(_CTX, "{action} (avec {partenaire})").format(
                    action=label, partenaire=found[1].text
                )
            due = _iso_date(action.get("echeance"))
            if due is not None and due < self.today:
                # Still to do, but "pour le" a past day reads as a reproach and helps nobody.
                due = None
            if due is not None:
                date_line = self._due_line(key, str(action["id"]), due)
                if date_line is not None and date_line.held:
                    if self.check.day_reason(due) == PROTECTED_RELEASE:
                        label = f"{label} — {relative_to_release(due, self.releases, self.form)}"
                    due = None
            line = self.add(
                key,
                "etape",
                label,
                self.check.reasons(wording),
                table="action",
                record_id=str(action["id"]),
                wording_field="libelle_jeune",
            )
            if not line.held:
                steps.append((due or date.max, label, SummaryStep(label, due)))
        steps.sort(key=lambda item: (item[0], item[1]))
        return tuple(step for _, _, step in steps)

    def _due_line(self, key: str, record_id: str, due: date) -> ReviewLine | None:
        reasons = self.date_reasons(due)
        if not reasons:
            return None
        return self.add(
            f"{key}:date",
            "etape",
            tr(_RCTX, "Échéance : {date}").format(date=format_date_fr(due)),
            reasons,
            table="action",
            record_id=record_id,
        )

    def appointments(
        self, structure: StructureIdentity, exclude: str | None
    ) -> tuple[SummaryAppointment, ...]:
        found: list[tuple[date, int, SummaryAppointment]] = []
        for actualite in self.repo.list("actualite", jeune_id=self.jeune_id):
            if actualite.get("presence") != "planifie" or actualite["id"] == exclude:
                continue
            day = _iso_date(actualite.get("date"))
            if day is None or day < self.today:
                continue
            key = f"rdv:{actualite['id']}"
            record_id = str(actualite["id"])
            lieu = actualite.get("lieu")
            wording = _text(actualite.get("lieu_jeune"))
            reasons: list[Reason] = []
            if wording:
                place = wording
                reasons += self.check.reasons(wording)
            elif lieu == "spip":  # the probation service reveals the context
                place = E.LIEU.label("spip")
                reasons.append(
                    Reason(
                        "lieu",
                        tr(_RCTX, "lieu : {lieu} — écrivez le lieu pour le jeune").format(
                            lieu=place
                        ),
                        confirmable=False,
                    )
                )
            else:
                place = tr(_CTX, _PLACES[lieu]) if isinstance(lieu, str) and lieu in _PLACES else ""
                if lieu == "mission_locale" and structure.address:
                    place = f"{place}, {structure.address}"
            heure = actualite.get("heure")
            minutes = -1
            when: datetime | date | None = day
            if isinstance(heure, str) and re.fullmatch(r"\d\d:\d\d", heure):
                when = datetime(day.year, day.month, day.day, int(heure[:2]), int(heure[3:]))
                minutes = when.hour * 60 + when.minute
            relative = ""
            kind = self.check.day_reason(day)
            if kind == PROTECTED_RELEASE:
                date_line = self.add(
                    f"{key}:date",
                    "rdv",
                    format_date_fr(day),
                    self.date_reasons(day),
                    table="actualite",
                    record_id=record_id,
                )
                if date_line.held:
                    relative = relative_to_release(day, self.releases, self.form)
                    if isinstance(when, datetime):
                        relative = tr(_RCTX, "{quand}, à {heure}").format(
                            quand=relative, heure=format_time_fr(when.hour, when.minute)
                        )
                    when = None
            elif kind == PROTECTED_JUSTICE:
                reasons += self.date_reasons(day)
            shown = _capitalise(relative) if when is None else _when_label(when)
            line = self.add(
                key,
                "rdv",
                f"{shown} — {place}" if place else shown,
                reasons,
                table="actualite",
                record_id=record_id,
                wording_field="lieu_jeune",
            )
            if not line.held:
                found.append((day, minutes, SummaryAppointment(when, place, when_text=relative)))
        found.sort(key=lambda item: (item[0], item[1]))
        return tuple(appointment for _, _, appointment in found)

    def documents(self, lines: Sequence[str]) -> tuple[str, ...]:
        kept: list[str] = []
        for index, line in enumerate(lines):
            added = self.add(f"document:{index}", "document", line, self.check.reasons(line))
            if not added.held:
                kept.append(line)
        return tuple(kept)

    def contacts(self) -> tuple[SummaryContact, ...]:
        """Partners the youth will deal with. The Mission Locale itself is not repeated here:
        its name, address and switchboard head the sheet and close every page."""
        contacts: list[SummaryContact] = []
        partner_ids: list[str] = []
        linked: Iterable[Row] = [
            *(
                a
                for a in self.repo.list("action", jeune_id=self.jeune_id)
                if a.get("statut") in _OPEN_ACTION
            ),
            *(
                o
                for o in self.repo.list("orientation", jeune_id=self.jeune_id)
                if o.get("statut") in _OPEN_ORIENTATION
            ),
        ]
        for record in linked:
            partner_id = record.get("partenaire_id")
            if isinstance(partner_id, str) and partner_id not in partner_ids:
                partner_ids.append(partner_id)
        for partner_id in partner_ids:
            found = self.partner(partner_id)
            if found is None or found[1].held:
                continue
            partner, line = found
            address = _text(partner.get("adresse"))
            if address:
                address_line = self.add(
                    f"partenaire:{partner_id}:adresse",
                    "contact",
                    address,
                    self.check.reasons(address),
                    table="partenaire",
                    record_id=partner_id,
                )
                if address_line.held:
                    address = ""
            contacts.append(SummaryContact(line.text, _text(partner.get("telephone")), address))
        return tuple(c for c in contacts if c.name or c.phone or c.address)


def _confirmable(reasons: Iterable[Reason]) -> bool:
    return all(r.confirmable for r in reasons)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _when_label(when: datetime | date) -> str:
    if isinstance(when, datetime):
        return tr(_RCTX, "{date} à {heure}").format(
            date=_capitalise(format_date_fr(when.date())),
            heure=format_time_fr(when.hour, when.minute),
        )
    return _capitalise(format_date_fr(when))


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


# --- The summary --------------------------------------------------------------------------------


def _clean_documents(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(line.strip() for line in lines if line.strip())


def review_summary(
    db: Database, jeune_id: str, options: SummaryOptions | None = None
) -> SummaryReview:
    """Every line of one case file's summary, printed or held back, and the content that prints
    (raises ``NotFound``)."""
    options = options or SummaryOptions()
    today = options.today or date.today()
    form = options.address_form
    repo = Repository(db, today)
    with db.lock:
        jeune = repo.get("jeune", jeune_id)
        if jeune is None:
            raise NotFound(tr("Erreurs", "Aucun jeune avec cet identifiant."))
        structure = structure_identity(db)
        review = _Review(repo, jeune, options, today)
        meeting = _meeting(repo, jeune_id, options.actualite_id)
        meeting_date = _iso_date(meeting.get("date")) if meeting is not None else None
        documents = (
            _clean_documents(options.documents)
            if options.documents is not None
            else default_documents(repo, jeune_id, form)
        )
        first_name = _first_name(jeune.get("prenoms"))
        initial = _surname_initial(jeune)
        review.add("salutation", "salutation", f"{first_name} {initial}.".strip())
        worked_on = review.worked_on(meeting)
        next_steps = review.next_steps()
        appointments = review.appointments(
            structure, meeting["id"] if meeting is not None else None
        )
        content = SummaryContent(
            structure_name=structure.name,
            structure_address=structure.address,
            structure_phone=structure.phone,
            first_name=first_name,
            surname_initial=initial,
            meeting_date=review.meeting_date(meeting_date or today),
            worked_on=worked_on,
            next_steps=next_steps,
            appointments=appointments,
            documents=review.documents(documents),
            contacts=review.contacts(),
            address_form=form,
            large_print=options.large_print,
        )
        return SummaryReview(content, tuple(review.lines))


def select_summary(
    db: Database, jeune_id: str, options: SummaryOptions | None = None
) -> SummaryContent:
    """Pick the allowed items of one case file for the summary (raises ``NotFound``)."""
    return review_summary(db, jeune_id, options).content


def log_printed(db: Database, jeune_id: str) -> None:
    """One access-log line per summary printed or saved (never its content)."""
    db.log("impression", "jeune", jeune_id)
