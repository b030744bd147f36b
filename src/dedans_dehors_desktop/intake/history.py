"""History sheets: what happened before the application, one sheet (or CSV file) per kind.

Accompaniments, contacts (actualités), situations and aménagements. Every row names its youth
by last name, first name and birth date (as on the "Jeunes" sheet, or a youth already in the
store); the other columns are the record's fields. The catalogue below drives header
recognition, row parsing, the template and the guide, like ``catalogue.COLUMNS`` for youths.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..core import enums as E
from ..core.entities import ENTITIES
from ..core.enums import CATEGORIE_OF_DETAIL, Choices
from ..core.errors import InputRejected, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP as N
from ..core.i18n import tr
from ..core.textnorm import clean_multiline, fold
from ..core.validation import check_record, normalise_changes
from . import cells
from .catalogue import ColumnSpec, Target
from .cells import CellError, CellParser
from .header import Header
from .reading import Record
from .rows import MAX_ROWS, RejectedRow

__all__ = ["HISTORY_KINDS", "IDENTITY_KEYS", "HistoryKind", "HistoryRow", "read_history"]

_CTX = "CsvImport"
IDENTITY_KEYS = ("nom", "prenom", "date_naissance")


def _required(parse: CellParser) -> CellParser:
    def read(raw: str, label: str, today: date) -> object:
        value = parse(raw, label, today)
        if value is None:
            raise CellError(tr(_CTX, "{label} manquant").format(label=label))
        return value

    return read


def _choice(choices: Choices) -> CellParser:
    """A code of ``choices`` written as its code or its French label (case, accents ignored)."""
    accepted = {}
    for code, text in choices.items:
        accepted[" ".join(cells.words(code))] = code
        accepted[" ".join(cells.words(text))] = code
        accepted[" ".join(cells.words(tr("Libellés", text)))] = code

    def read(raw: str, label: str, today: date) -> object:
        text = " ".join(cells.words(raw))
        if not text:
            return None
        code = accepted.get(text)
        if code is None:
            shown = ", ".join(lbl for _, lbl in choices.labelled()[:10])
            raise CellError(
                tr(_CTX, "{label} inconnu « {value} » (valeurs acceptées : {values})").format(
                    label=label, value=cells.show(raw), values=shown
                )
            )
        return code

    return read


_TIME = re.compile(r"([01]?[0-9]|2[0-3])\s*[:hH]\s*([0-5][0-9])?(?::[0-5][0-9])?")
_DURATION = re.compile(r"(?:([0-9]{1,2})\s*h\s*)?([0-9]{1,4})?\s*(?:min|mn|minutes?)?")


def _time(raw: str, label: str, today: date) -> object:
    text = raw.strip()
    if not text:
        return None
    match = _TIME.fullmatch(text)
    if match is None:
        raise CellError(
            tr(_CTX, "{label} invalide « {value} » : format attendu hh:mm").format(
                label=label, value=cells.show(raw)
            )
        )
    return f"{int(match[1]):02d}:{int(match[2] or 0):02d}"


def _duration(raw: str, label: str, today: date) -> object:
    text = raw.strip().lower()
    if not text:
        return None
    match = _DURATION.fullmatch(text)
    if match is None or not (match[1] or match[2]):
        raise CellError(
            tr(_CTX, "{label} invalide « {value} » : nombre de minutes attendu").format(
                label=label, value=cells.show(raw)
            )
        )
    minutes = int(match[1] or 0) * 60 + int(match[2] or 0)
    if minutes > 24 * 60:
        raise CellError(tr(_CTX, "{label} : plus de 24 heures").format(label=label))
    return minutes


def _note(raw: str, label: str, today: date) -> object:
    text = clean_multiline(raw)
    if len(text) > 5000:
        raise CellError(
            tr(_CTX, "{label} : {n} caractères, {max} au maximum").format(
                label=label, n=len(text), max=5000
            )
        )
    return text or None


def _text(limit: int) -> CellParser:
    def read(raw: str, label: str, today: date) -> object:
        text = cells._clean(label, raw)
        if len(text) > limit:
            raise CellError(
                tr(_CTX, "{label} : {n} caractères, {max} au maximum").format(
                    label=label, n=len(text), max=limit
                )
            )
        return text or None

    return read


def _column(
    key: str,
    required: bool,
    synonyms: tuple[str, ...],
    content: str,
    example: str,
    target: Target,
    parse: CellParser,
) -> ColumnSpec:
    return ColumnSpec(
        key,
        required,
        synonyms,
        content,
        example,
        label=key.replace("_", " "),
        target=target,
        parse=_required(parse) if required else parse,
    )


def _identity(table: str) -> tuple[ColumnSpec, ...]:
    return (
        _column(
            "nom",
            True,
            ("nom de naissance", "nom de famille"),
            N(_CTX, "Nom de naissance du jeune, comme sur la feuille Jeunes"),
            "DUPONT",
            Target("jeune", "nom_naissance"),
            cells.required_name,
        ),
        _column(
            "prenom",
            True,
            ("prénom", "prénoms"),
            N(_CTX, "Prénom(s) du jeune"),
            "Éloïse",
            Target("jeune", "prenoms"),
            cells.required_name,
        ),
        _column(
            "date_naissance",
            True,
            ("date de naissance", "né le", "née le", "né(e) le"),
            N(_CTX, "Date de naissance du jeune, jj/mm/aaaa"),
            "04/07/2005",
            Target("jeune", "date_naissance"),
            cells.optional_date,
        ),
    )


def _labels(choices: Choices) -> str:
    return ", ".join(label for _, label in choices.items)


@dataclass(frozen=True)
class HistoryKind:
    """One kind of history sheet: its name, the table it fills, its columns and the fields
    that tell two records of a youth apart (importing twice adds nothing)."""

    key: str
    title: str
    table: str
    sheet_names: tuple[str, ...]
    columns: tuple[ColumnSpec, ...]
    identity: tuple[str, ...]
    date_key: str


def _kind(
    key: str,
    title: str,
    table: str,
    sheet_names: tuple[str, ...],
    identity: tuple[str, ...],
    date_key: str,
    *columns: ColumnSpec,
) -> HistoryKind:
    return HistoryKind(
        key, title, table, sheet_names, (*_identity(table), *columns), identity, date_key
    )


def _t(table: str, field: str) -> Target:
    return Target(table, field)


HISTORY_KINDS: tuple[HistoryKind, ...] = (
    _kind(
        "accompagnements",
        N(_CTX, "Accompagnements"),
        "accompagnement",
        ("accompagnements", "accompagnement", "parcours"),
        ("dispositif_id", "date_entree"),
        "date_entree",
        _column(
            "dispositif",
            True,
            ("programme", "nom du dispositif"),
            N(_CTX, "Nom du dispositif (ajouté à l'annuaire s'il n'y est pas)"),
            "PACEA",
            _t("accompagnement", "dispositif"),
            _text(200),
        ),
        _column(
            "date_entree",
            True,
            ("date d'entrée", "entrée", "date de début", "début"),
            N(_CTX, "jj/mm/aaaa ; le jeune doit avoir de 13 à 35 ans à cette date"),
            "03/02/2020",
            _t("accompagnement", "date_entree"),
            cells.optional_date,
        ),
        _column(
            "date_fin",
            False,
            ("date de fin", "date de sortie", "sortie", "fin"),
            N(_CTX, "jj/mm/aaaa, vide si en cours"),
            "02/02/2021",
            _t("accompagnement", "date_fin"),
            cells.optional_date,
        ),
        _column(
            "motif_sortie",
            False,
            ("motif de sortie", "motif de fin"),
            _labels(E.MOTIF_SORTIE),
            "Emploi durable",
            _t("accompagnement", "motif_sortie"),
            _choice(E.MOTIF_SORTIE),
        ),
        _column(
            "referent",
            False,
            ("référent", "conseiller", "conseillère"),
            N(_CTX, "Nom du référent, texte libre"),
            "Alice Martin",
            _t("accompagnement", "referent"),
            _text(100),
        ),
    ),
    _kind(
        "contacts",
        N(_CTX, "Contacts"),
        "actualite",
        ("contacts", "contact", "actualités", "actualité", "entretiens", "rendez-vous"),
        ("date", "heure", "type"),
        "date",
        _column(
            "date",
            True,
            ("date du contact", "date de l'entretien", "jour"),
            N(_CTX, "jj/mm/aaaa ; le jeune doit avoir de 13 à 35 ans à cette date"),
            "14/03/2020",
            _t("actualite", "date"),
            cells.optional_date,
        ),
        _column(
            "heure",
            False,
            ("horaire",),
            N(_CTX, "hh:mm"),
            "10:30",
            _t("actualite", "heure"),
            _time,
        ),
        _column(
            "duree",
            False,
            ("durée", "durée (minutes)", "durée en minutes"),
            N(_CTX, "En minutes (45) ou en heures (1h30)"),
            "45",
            _t("actualite", "duree"),
            _duration,
        ),
        _column(
            "type",
            True,
            ("type de contact", "nature", "type d'actualité"),
            _labels(E.TYPE_ACTUALITE),
            "Entretien",
            _t("actualite", "type"),
            _choice(E.TYPE_ACTUALITE),
        ),
        _column(
            "lieu",
            False,
            (),
            _labels(E.LIEU),
            "Intra-muros",
            _t("actualite", "lieu"),
            _choice(E.LIEU),
        ),
        _column(
            "presence",
            False,
            ("présence",),
            _labels(E.PRESENCE),
            "Présent",
            _t("actualite", "presence"),
            _choice(E.PRESENCE),
        ),
        _column(
            "note",
            False,
            ("notes", "commentaire", "observations"),
            N(_CTX, "Texte libre, 5 000 caractères au plus (masqué en mode parloir)"),
            "Point sur le projet de formation",
            _t("actualite", "note"),
            _note,
        ),
    ),
    _kind(
        "situations",
        N(_CTX, "Situations"),
        "situation",
        ("situations", "situation", "sorties", "emplois et formations"),
        ("detail", "date_debut"),
        "date_debut",
        _column(
            "situation",
            True,
            ("détail", "type de situation", "nature de la situation"),
            _labels(E.DETAIL_SITUATION),
            "CDD",
            _t("situation", "detail"),
            _choice(E.DETAIL_SITUATION),
        ),
        _column(
            "etat",
            False,
            ("état", "statut"),
            _labels(E.ETAT_SITUATION),
            "Terminée",
            _t("situation", "etat"),
            _choice(E.ETAT_SITUATION),
        ),
        _column(
            "date_debut",
            False,
            ("date de début", "début"),
            N(_CTX, "jj/mm/aaaa ; le jeune doit avoir de 13 à 35 ans à cette date"),
            "01/06/2020",
            _t("situation", "date_debut"),
            cells.optional_date,
        ),
        _column(
            "date_fin",
            False,
            ("date de fin", "fin"),
            N(_CTX, "jj/mm/aaaa"),
            "30/11/2020",
            _t("situation", "date_fin"),
            cells.optional_date,
        ),
        _column(
            "employeur",
            False,
            ("organisme", "employeur ou organisme", "entreprise"),
            N(_CTX, "Employeur ou organisme, texte libre"),
            "Boulangerie du Centre",
            _t("situation", "employeur"),
            _text(200),
        ),
    ),
    _kind(
        "amenagements",
        N(_CTX, "Aménagements"),
        "amenagement",
        ("aménagements", "aménagement", "aménagements de peine"),
        ("type", "date_requete"),
        "date_requete",
        _column(
            "type",
            True,
            ("type d'aménagement", "aménagement"),
            _labels(E.TYPE_AMENAGEMENT),
            "Semi-liberté",
            _t("amenagement", "type"),
            _choice(E.TYPE_AMENAGEMENT),
        ),
        _column(
            "etape",
            False,
            ("étape",),
            _labels(E.ETAPE_AMENAGEMENT),
            "Accordé",
            _t("amenagement", "etape"),
            _choice(E.ETAPE_AMENAGEMENT),
        ),
        _column(
            "date_requete",
            False,
            ("date de la requête", "date de requête", "requête"),
            N(_CTX, "jj/mm/aaaa ; le jeune doit avoir de 13 à 35 ans à cette date"),
            "10/09/2020",
            _t("amenagement", "date_requete"),
            cells.optional_date,
        ),
        _column(
            "date_decision",
            False,
            ("date de la décision", "date de décision", "décision"),
            N(_CTX, "jj/mm/aaaa"),
            "15/10/2020",
            _t("amenagement", "date_decision"),
            cells.optional_date,
        ),
        _column(
            "date_fin",
            False,
            ("date de fin", "fin"),
            N(_CTX, "jj/mm/aaaa"),
            "15/04/2021",
            _t("amenagement", "date_fin"),
            cells.optional_date,
        ),
    ),
)

_PLACEHOLDER_ID = str(uuid.UUID(int=1))


@dataclass(frozen=True)
class HistoryRow:
    """A valid history row: its youth (folded names and ISO birth date, as given), the
    record's fields in stored form and, for an accompaniment, the dispositif's name."""

    kind: str
    table: str
    sheet: str
    line: int
    nom: str
    prenom: str
    date_naissance: str
    values: dict[str, str | int | None]
    dispositif: str | None = None

    @property
    def person(self) -> tuple[str, str, str]:
        return (fold(self.nom), fold(self.prenom), self.date_naissance)


def read_history(
    kind: HistoryKind,
    sheet: str,
    header: Header,
    records: Iterable[Record],
    today: date,
) -> tuple[list[HistoryRow], list[RejectedRow]]:
    """Parse a history sheet's rows; each is checked by the entity's own rules."""
    index_of = {key: index for index, key in header.columns.items()}
    e = ENTITIES[kind.table]
    rows: list[HistoryRow] = []
    rejected: list[RejectedRow] = []
    count = 0
    for record in records:
        if not any(cell.strip() for cell in record.cells):
            continue
        count += 1
        if count > MAX_ROWS:
            raise InputRejected(
                tr(_CTX, "La feuille « {sheet} » compte plus de {limit} lignes.").format(
                    sheet=sheet, limit=MAX_ROWS
                )
            )
        reasons: list[str] = []
        values: dict[str, object] = {}
        for column in kind.columns:
            index = index_of.get(column.key)
            if index is None:
                continue
            raw = record.cells[index] if index < len(record.cells) else ""
            try:
                values[column.key] = column.parse(raw, column.label, today)
            except CellError as error:
                reasons.append(str(error))
        if reasons:
            rejected.append(RejectedRow(record.line, reasons, record.text_line, sheet))
            continue
        born = values["date_naissance"]
        fields: dict[str, object] = {
            c.target.field: values[c.key]
            for c in kind.columns
            if c.target.table == kind.table and values.get(c.key) is not None
        }
        dispositif = fields.pop("dispositif", None)
        if kind.table == "situation" and isinstance(fields.get("detail"), str):
            fields["categorie"] = CATEGORIE_OF_DETAIL.get(str(fields["detail"]))
        if kind.table == "accompagnement":
            fields["dispositif_id"] = _PLACEHOLDER_ID
        try:
            stored = normalise_changes(e, {**fields, "jeune_id": _PLACEHOLDER_ID}, today)
            check_record(e, {f.name: None for f in e.fields} | stored, today)
        except ValidationError as error:
            rejected.append(RejectedRow(record.line, [error.message], record.text_line, sheet))
            continue
        stored.pop("jeune_id")
        if kind.table == "accompagnement":
            stored.pop("dispositif_id")
        assert isinstance(born, date)
        rows.append(
            HistoryRow(
                kind.key,
                kind.table,
                sheet,
                record.line,
                str(values["nom"]),
                str(values["prenom"]),
                born.isoformat(),
                stored,
                str(dispositif) if dispositif else None,
            )
        )
    return rows, rejected
