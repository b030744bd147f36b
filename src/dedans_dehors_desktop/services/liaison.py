"""The SPIP liaison sheet (fiche de liaison): the parcours items the youth agreed to share with
their CPIP, one consent per item (dated, recorded, withdrawable), printed in a minute from the
case file and logged in the access log. An interview note is printed only when its item's
consent allows it and the referent chose that note, one by one."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..core import enums as E
from ..core.dates import format_fr
from ..core.errors import NotFound, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP as N
from ..core.i18n import tr
from ..reports.print_checks import HeldBack, printable_text
from ..reports.sheet_pdf import Grid, Heading, Para, Sheet, render_sheet
from ..storage.store import Store

_CTX = "Fiche de liaison"
# Parcours items that may be shared, in the order of the sheet, with their section titles.
SHAREABLE: dict[str, str] = {
    "situation": N("Fiche de liaison", "Situations"),
    "accompagnement": N("Fiche de liaison", "Accompagnements"),
    "objectif": N("Fiche de liaison", "Objectifs"),
    "action": N("Fiche de liaison", "Actions"),
    "orientation": N("Fiche de liaison", "Orientations"),
    "frein": N("Fiche de liaison", "Freins"),
    "actualite": N("Fiche de liaison", "Entretiens et démarches"),
}
# Health is never shared through this sheet, whatever the consent.
_NEVER_SHARED_THEMES = frozenset({"sante", "addictions"})


def _t(text: str) -> str:
    return tr(_CTX, text)


def _d(value: Any) -> str:
    return format_fr(date.fromisoformat(value)) if isinstance(value, str) and value else ""


@dataclass(frozen=True)
class Consent:
    id: str
    date: str
    avec_note: bool
    date_retrait: str | None


@dataclass(frozen=True)
class ShareableItem:
    table: str
    record_id: str
    label: str
    note: str | None  # the interview's note (actualités only), never printed unless chosen
    consent: Consent | None  # the consent in force, if any

    @property
    def shared(self) -> bool:
        return self.consent is not None


def _names(store: Store, table: str) -> dict[str, tuple[str, bool]]:
    return {
        r["id"]: (str(r.get("nom") or ""), bool(r.get("sensible"))) for r in store.repo.list(table)
    }


def _label(table: str, r: dict[str, Any], refs: dict[str, dict[str, tuple[str, bool]]]) -> str:
    if table == "situation":
        text = E.DETAIL_SITUATION.label(r.get("detail"))
        if r.get("etat"):
            text += f" ({E.ETAT_SITUATION.label(r['etat']).lower()})"
        if r.get("employeur"):
            text += f" — {r['employeur']}"
        if r.get("date_debut"):
            text += " — " + _t("depuis le {date}").format(date=_d(r["date_debut"]))
        return text
    if table == "accompagnement":
        name = refs["dispositif"].get(str(r.get("dispositif_id")), ("", False))[0]
        return _t("{dispositif}, depuis le {date}").format(
            dispositif=name or _t("Accompagnement"), date=_d(r.get("date_entree"))
        )
    if table == "objectif":
        return str(r.get("libelle") or "")
    if table == "action":
        text = str(r.get("libelle") or "")
        if r.get("statut"):
            text += f" ({E.STATUT_ACTION.label(r['statut']).lower()})"
        if r.get("echeance"):
            text += " — " + _t("échéance le {date}").format(date=_d(r["echeance"]))
        return text
    if table == "orientation":
        name, sensitive = refs["partenaire"].get(str(r.get("partenaire_id")), ("", False))
        text = _t("Orientation vers {partenaire}").format(
            partenaire=_t("un partenaire") if sensitive or not name else name
        )
        if r.get("statut"):
            text += f" ({E.STATUT_ORIENTATION.label(r['statut']).lower()})"
        return text
    if table == "frein":
        text = E.THEME_FREIN.label(r.get("theme"))
        if r.get("statut"):
            text += f" ({E.STATUT_FREIN.label(r['statut']).lower()})"
        return text
    # actualite: the date, the kind and the printable themes; the note stays apart.
    themes = [
        E.THEME.label(t)
        for t in _codes(r.get("themes"))
        if t not in _NEVER_SHARED_THEMES and t != "justice"
    ]
    text = f"{_d(r.get('date'))} — {E.TYPE_ACTUALITE.label(r.get('type'))}"
    return text + (f" ({', '.join(themes)})" if themes else "")


def _codes(value: Any) -> list[str]:
    try:
        parsed = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return []
    return [c for c in parsed if isinstance(c, str)] if isinstance(parsed, list) else []


def _shareable(table: str, r: dict[str, Any]) -> bool:
    if table == "frein" and r.get("theme") in _NEVER_SHARED_THEMES:
        return False
    if table == "objectif" and r.get("theme") in ("sante", "justice"):
        return False
    return not (table == "actualite" and r.get("presence") not in ("present", None))


def consents(store: Store, jeune_id: str) -> dict[tuple[str, str], Consent]:
    """(table, record id) → the consent in force (not withdrawn), the latest one."""
    found: dict[tuple[str, str], Consent] = {}
    for r in store.repo.list("accord_partage", jeune_id=jeune_id, order_by="date"):
        if r.get("date_retrait"):
            continue
        found[(str(r["element_table"]), str(r["element_id"]))] = Consent(
            r["id"], r["date"], bool(r.get("avec_note")), r.get("date_retrait")
        )
    return found


def shareable_items(store: Store, jeune_id: str) -> list[ShareableItem]:
    if store.repo.get("jeune", jeune_id) is None:
        raise NotFound(_t("Aucun jeune avec cet identifiant."))
    refs = {"dispositif": _names(store, "dispositif"), "partenaire": _names(store, "partenaire")}
    given = consents(store, jeune_id)
    items: list[ShareableItem] = []
    for table in SHAREABLE:
        for r in store.repo.list(table, jeune_id=jeune_id):
            if not _shareable(table, r):
                continue
            note = r.get("note") if table == "actualite" else None
            items.append(
                ShareableItem(
                    table,
                    r["id"],
                    _label(table, r, refs),
                    str(note) if note else None,
                    given.get((table, r["id"])),
                )
            )
    return items


def record_consent(
    store: Store,
    jeune_id: str,
    table: str,
    record_id: str,
    day: date,
    *,
    methode: str | None = None,
    avec_note: bool = False,
) -> str:
    """The youth agrees to share this item (a new dated record; the history keeps it all)."""
    if table not in SHAREABLE:
        raise ValidationError(_t("Cet élément ne peut pas être partagé."), "element_table")
    record = store.repo.get(table, record_id)
    if record is None or record.get("jeune_id") != jeune_id or not _shareable(table, record):
        raise ValidationError(_t("Cet élément ne peut pas être partagé."), "element_id")
    return store.repo.create(
        "accord_partage",
        {
            "jeune_id": jeune_id,
            "element_table": table,
            "element_id": record_id,
            "date": day,
            "methode": methode,
            "avec_note": avec_note and table == "actualite",
        },
    )


def withdraw_consent(store: Store, consent_id: str, day: date) -> None:
    store.repo.update("accord_partage", consent_id, {"date_retrait": day})


def set_consents(
    store: Store, jeune_id: str, wanted: dict[tuple[str, str], bool | None], day: date
) -> int:
    """Bring the consents in line with ``wanted`` ((table, id) → None: not shared, or whether
    the note may be shared), in one transaction; a change of the note's permission is a new
    consent (the old one withdrawn), so each stays dated. Returns how many records changed."""
    current = consents(store, jeune_id)
    changed = 0
    with store.db.transaction():
        for key, note in wanted.items():
            given = current.get(key)
            if given is not None and (note is None or note != given.avec_note):
                withdraw_consent(store, given.id, day)
                changed += 1
                given = None
            if given is None and note is not None:
                record_consent(store, jeune_id, key[0], key[1], day, avec_note=note)
                changed += 1
    return changed


@dataclass(frozen=True)
class LiaisonSheet:
    sheet: Sheet
    items: tuple[ShareableItem, ...]
    held_back: tuple[HeldBack, ...]


def liaison_sheet(
    store: Store, jeune_id: str, *, notes: Collection[str] = (), today: date | None = None
) -> LiaisonSheet:
    """The sheet's content: only items with a consent in force; the note of an actualité only
    when its id is in ``notes`` and its consent allows notes. Every text goes through the
    summary's privacy checks; what they hold back is listed, never printed."""
    today = today or date.today()
    items = [i for i in shareable_items(store, jeune_id) if i.shared]
    jeune = store.repo.require("jeune", jeune_id)
    suivi = max(
        store.repo.list("suivi_judiciaire", jeune_id=jeune_id),
        key=lambda s: (str(s.get("date_ecrou") or ""), int(s.get("_seq") or 0)),
        default=None,
    )
    held: list[HeldBack] = []
    printed: list[ShareableItem] = []
    blocks: list[Heading | Para | Grid] = []
    for table, title in SHAREABLE.items():
        rows: list[tuple[str, str]] = []
        for item in (i for i in items if i.table == table):
            check = printable_text(store.db, item.label)
            if check is not None:
                held.append(check)
                continue
            assert item.consent is not None
            text = item.label
            if item.note and item.record_id in notes and item.consent.avec_note:
                note_check = printable_text(store.db, item.note)
                if note_check is None:
                    text += "\n" + _t("Note : {note}").format(note=item.note)
                else:
                    held.append(note_check)
            rows.append((text, _t("le {date}").format(date=_d(item.consent.date))))
            printed.append(item)
        if rows:
            blocks.append(Heading(tr(_CTX, title)))
            blocks.append(Grid((_t("Élément"), _t("Accord du jeune")), tuple(rows), (0.78, 0.22)))
    if not printed:
        blocks.append(Para(_t("Aucun élément n'est partagé pour le moment.")))
    blocks.append(
        Para(
            _t(
                "Chaque élément est transmis avec l'accord du jeune, recueilli pour cet élément "
                "à la date indiquée. Aucune note d'entretien n'est transmise sans un choix "
                "explicite, note par note."
            ),
            small=True,
        )
    )
    nom = str(jeune.get("nom_usage") or jeune.get("nom_naissance") or "").upper()
    subtitle = [
        _t("{prenoms} {nom}, né·e le {date}").format(
            prenoms=jeune.get("prenoms") or "", nom=nom, date=_d(jeune.get("date_naissance"))
        )
    ]
    if suivi and suivi.get("cpip_nom"):
        subtitle.append(_t("À l'attention de {cpip}, CPIP").format(cpip=suivi["cpip_nom"]))
    subtitle.append(
        _t("Établie le {date} par {auteur}").format(date=format_fr(today), auteur=store.db.user)
    )
    sheet = Sheet(
        structure_name=store.db.structure_name,
        title=_t("Fiche de liaison Mission Locale – SPIP"),
        subtitle=tuple(subtitle),
        blocks=tuple(blocks),
    )
    return LiaisonSheet(sheet, tuple(printed), tuple(held))


def render_liaison(
    store: Store, jeune_id: str, *, notes: Collection[str] = (), today: date | None = None
) -> tuple[bytes, LiaisonSheet]:
    """The PDF in memory, logged: one "impression" line for the youth and one per item shared
    (the consent it was shared under)."""
    content = liaison_sheet(store, jeune_id, notes=notes, today=today)
    pdf = render_sheet(content.sheet)
    with store.db.transaction():
        store.db.log("impression", "jeune", jeune_id)
        for item in content.items:
            assert item.consent is not None
            store.db.log("impression", "accord_partage", item.consent.id)
    return pdf, content
