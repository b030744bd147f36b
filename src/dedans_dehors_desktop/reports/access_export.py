"""Right of access (GDPR art. 15): everything stored about one youth, as a PDF and a JSON file.

This is, by design, the one export of case data in clear: the person asked for it and is entitled
to all of it, justice fields and the counsellor's notes included. Callers must tell the user to
hand the files over securely and not leave them on the machine.

What "everything" means here: every field of the youth's record and of each record they own,
deleted records too (their tombstone and the history that still holds the old values), the field
history, unresolved conflicting values, local drafts about them, and the access-log lines for any
of these records. Derived caches (list row, full-text index) hold nothing that is not already here.
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable, HRFlowable

from ..core.dates import format_fr
from ..core.entities import ENTITIES, JEUNE, Entity, Field
from ..core.errors import NotFound, UserError
from ..core.hlc import hlc_to_datetime
from ..core.i18n import tr
from ..storage.access_log import ACTIONS
from ..storage.database import Database
from ..storage.files import atomic_write
from ..storage.repository import Row
from .fonts import (
    BOLD,
    REGULAR,
    clean_text,
    escape_for_paragraph,
    printable_text,
    register_fonts,
    text_out,
)
from .page_count import PageCountCanvas
from .summary_select import structure_identity

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "AccessExport",
    "collect_access_data",
    "export_access",
    "export_file_names",
    "render_access_pdf",
    "to_json_bytes",
]

_CTX = "Droit d'accès"

FORMAT = "dedans-dehors/droit-d-acces"
FORMAT_VERSION = 1

_OWNED = tuple(e for e in ENTITIES.values() if e.owned_by_youth)
_REFERENCE_NAME = {
    "etablissement": "nom",
    "partenaire": "nom",
    "dispositif": "nom",
    "objectif": "libelle",
    "jeune": "prenoms",
}


# --- Collecting ---------------------------------------------------------------------------------


def _stored_json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _machine_value(f: Field, value: Any) -> Any:
    """The stored value in JSON terms: lists and objects parsed, booleans as true/false."""
    if value is None:
        return None
    if f.kind in ("enumset", "json"):
        return _stored_json(value)
    if f.kind == "bool" and str(value) in ("0", "1"):
        return str(value) == "1"
    return value


class _Names:
    """Names of referenced records, read once each (a youth with 500 actualités names the same
    establishment 500 times)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, table: str, record_id: str) -> str:
        key = (table, record_id)
        if key not in self._cache:
            column = _REFERENCE_NAME.get(table)
            name = ""
            if column is not None and table in ENTITIES:
                row = self._db.conn.execute(
                    f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)
                ).fetchone()
                if row is not None and row[0] is not None:
                    name = str(row[0])
            self._cache[key] = name
        return self._cache[key]


def _yes_no(value: bool) -> str:
    return tr(_CTX, "oui") if value else tr(_CTX, "non")


def _display(f: Field, value: Any, names: _Names) -> str:
    """The value as a person reads it: French labels, jj/mm/aaaa dates, referenced names."""
    if value is None or value == "":
        return ""
    kind = f.kind
    if kind == "enum" and f.choices is not None:
        return f.choices.label(str(value))
    if kind == "enumset" and f.choices is not None:
        codes = _stored_json(value)
        if isinstance(codes, list):
            return ", ".join(f.choices.label(str(code)) for code in codes)
        return str(value)
    if kind == "bool":
        return _yes_no(str(value) in ("1", "True", "true"))
    if kind == "date":
        try:
            return format_fr(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if kind == "ref" and f.ref:
        name = names(f.ref, str(value))
        return name or str(value)
    if kind == "json":
        parsed = _stored_json(value)
        if isinstance(parsed, dict | list):
            return json.dumps(parsed, ensure_ascii=False, sort_keys=True)
        return str(value)
    return str(value)


def _exported_columns(e: Entity) -> list[str]:
    # Sync bookkeeping (_v, _seq, _ctx) says which replica wrote what, already in the history.
    return ["id", *e.column_names, "_deleted", "_extra"]


def _owned_rows(db: Database, e: Entity, jeune_id: str) -> list[Row]:
    columns = _exported_columns(e)
    # Deleted records included: their history still holds the values they had.
    cursor = db.conn.execute(
        f"SELECT {', '.join(columns)} FROM {e.table} WHERE jeune_id = ? ORDER BY rowid",
        (jeune_id,),
    )
    rows = [dict(zip(columns, row, strict=True)) for row in cursor]
    if e.has_field("date"):
        # Chronological, as the person lived it; creation order breaks ties.
        rows.sort(key=lambda r: (str(r.get("date") or ""), str(r.get("heure") or "")))
    return rows


def _history(db: Database, e: Entity, record_id: str, names: _Names) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for name, old, new, author, replica, hlc, origin in db.conn.execute(
        "SELECT field, old, new, author, replica, hlc, origin FROM history "
        "WHERE tbl = ? AND record_id = ? ORDER BY id",
        (e.table, record_id),
    ):
        f = e.field(name) if e.has_field(name) else None
        lines.append(
            {
                "champ": name,
                "libelle": tr("Champs", f.label) if f else name,
                "ancienne_valeur": old,
                "nouvelle_valeur": new,
                "ancien_texte": _display(f, old, names) if f else (old or ""),
                "nouveau_texte": _display(f, new, names) if f else (new or ""),
                "auteur": author,
                "poste": replica,
                "date": hlc_to_datetime(int(hlc)).isoformat(timespec="seconds"),
                "origine": origin,
            }
        )
    return lines


def _conflicts(db: Database, e: Entity, record_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name, vals in db.conn.execute(
        "SELECT field, vals FROM conflict WHERE tbl = ? AND record_id = ? ORDER BY field",
        (e.table, record_id),
    ):
        f = e.field(name) if e.has_field(name) else None
        found.append(
            {
                "champ": name,
                "libelle": tr("Champs", f.label) if f else name,
                "valeurs": _stored_json(vals),
            }
        )
    return found


def _record(db: Database, e: Entity, row: Row, number: int, names: _Names) -> dict[str, Any]:
    fields = []
    for f in e.fields:
        value = row.get(f.name)
        fields.append(
            {
                "champ": f.name,
                "libelle": tr("Champs", f.label),
                "valeur": _machine_value(f, value),
                "texte": _display(f, value, names),
            }
        )
    return {
        "id": row["id"],
        "numero": number,
        "supprime": bool(row.get("_deleted")),
        "champs": fields,
        "champs_supplementaires": _stored_json(row.get("_extra")),
        "historique": _history(db, e, row["id"], names),
        "conflits": _conflicts(db, e, row["id"]),
    }


def _entity_label(table: str) -> str:
    return tr("Entités", ENTITIES[table].label) if table in ENTITIES else table


def _access_lines(db: Database, described: Mapping[str, str]) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    ids = json.dumps(sorted(described))
    for seq, at, user, action, tbl, record_id in db.conn.execute(
        "SELECT seq, at, user, action, tbl, record_id FROM access_log "
        "WHERE record_id IN (SELECT value FROM json_each(?)) ORDER BY seq",
        (ids,),
    ):
        lines.append(
            {
                "numero": seq,
                "date": at,
                "utilisateur": user,
                "action": action,
                "action_libelle": tr("Journal", ACTIONS.get(action, action)),
                "table": tbl,
                "fiche": record_id,
                "fiche_libelle": described.get(record_id, _entity_label(tbl)),
            }
        )
    return lines


def _drafts(db: Database, jeune_id: str) -> list[dict[str, Any]]:
    return [
        {"id": draft_id, "type": kind, "contenu": _stored_json(content), "modifie_le": updated}
        for draft_id, kind, content, updated in db.conn.execute(
            "SELECT id, kind, content, updated_at FROM draft WHERE jeune_id = ? "
            "ORDER BY updated_at, id",
            (jeune_id,),
        )
    ]


def collect_access_data(
    db: Database, jeune_id: str, *, now: datetime | None = None
) -> dict[str, Any]:
    """Everything stored about one youth, in a JSON-ready structure with fixed key names."""
    now = now or datetime.now(UTC)
    names = _Names(db)
    with db.lock:
        jeune_rows = _select_jeune(db, jeune_id)
        structure = structure_identity(db)
        sections: list[dict[str, Any]] = []
        described: dict[str, str] = {}
        for e in (JEUNE, *_OWNED):
            rows = jeune_rows if e is JEUNE else _owned_rows(db, e, jeune_id)
            if not rows:
                continue
            records = []
            for number, row in enumerate(rows, start=1):
                records.append(_record(db, e, row, number, names))
                described[row["id"]] = _record_title(e, number, len(rows))
            sections.append(
                {"table": e.table, "libelle": tr("Entités", e.label), "enregistrements": records}
            )
        log_lines = _access_lines(db, described)
        drafts = _drafts(db, jeune_id)
        user = db.user
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "genere_le": now.isoformat(timespec="seconds"),
        "genere_par": user,
        "responsable": {
            "nom": structure.name,
            "adresse": structure.address,
            "telephone": structure.phone,
        },
        "jeune_id": jeune_id,
        "fiches": sections,
        "brouillons": drafts,
        "journal_acces": log_lines,
    }


def _select_jeune(db: Database, jeune_id: str) -> list[Row]:
    columns = _exported_columns(JEUNE)
    row = db.conn.execute(
        f"SELECT {', '.join(columns)} FROM jeune WHERE id = ? AND _deleted = 0", (jeune_id,)
    ).fetchone()
    if row is None:
        raise NotFound(tr("Erreurs", "Aucun jeune avec cet identifiant."))
    return [dict(zip(columns, row, strict=True))]


def _record_title(e: Entity, number: int, count: int) -> str:
    label = tr("Entités", e.label)
    if count == 1:
        return label
    return tr(_CTX, "{fiche} n° {numero}").format(fiche=label, numero=number)


def to_json_bytes(data: Mapping[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- The readable PDF ---------------------------------------------------------------------------

_INK = HexColor("#1A1A1A")
_ACCENT = HexColor("#0B5563")
_MUTED = HexColor("#4A4A4A")
_RULE = HexColor("#B8CDD1")
_TINT = HexColor("#E8F2F3")

_PAGE_WIDTH, _PAGE_HEIGHT = A4
_MARGIN = 18 * mm
_FRAME_WIDTH = _PAGE_WIDTH - 2 * _MARGIN

# Longer than any field allows: only hostile or corrupt data is cut.
_MAX_VALUE = 20_000


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    section: ParagraphStyle


def _styles() -> _Styles:
    def style(name: str, **overrides: Any) -> ParagraphStyle:
        values: dict[str, Any] = {
            "fontName": REGULAR,
            "fontSize": 10.5,
            "leading": 14,
            "textColor": _INK,
            "splitLongWords": 1,
        }
        values.update(overrides)
        return ParagraphStyle(name, **values)

    return _Styles(
        title=style("title", fontName=BOLD, fontSize=20, leading=26, spaceAfter=6),
        body=style("body", spaceAfter=5),
        small=style("small", fontSize=9.5, leading=12.5, textColor=_MUTED),
        section=style(
            "section",
            fontName=BOLD,
            fontSize=14,
            leading=19,
            textColor=_ACCENT,
            spaceBefore=14,
            spaceAfter=2,
        ),
    )


# --- Records as plain lines ---------------------------------------------------------------------

_FIELD_SIZE = 10.5
_FIELD_LEADING = 14.0
_HISTORY_SIZE = 9.5
_HISTORY_LEADING = 12.5
_INDENT = 12.0


@dataclass(frozen=True)
class _Entry:
    """One "Label : value" item; the value may hold line breaks (notes)."""

    label: str
    value: str
    size: float = _FIELD_SIZE
    leading: float = _FIELD_LEADING
    color: Color = _INK
    label_font: str = BOLD
    value_font: str = REGULAR
    indent: float = _INDENT


@dataclass(frozen=True)
class _Run:
    x: float
    font: str
    size: float
    color: Color
    text: str


@dataclass(frozen=True)
class _Line:
    leading: float
    runs: tuple[_Run, ...]


@functools.lru_cache(maxsize=65_536)
def _unit_width(font: str, word: str) -> float:
    """Width of ``word`` at 1 pt. Glyph widths add up (no kerning), so words can be summed."""
    return float(stringWidth(word, font, 1.0))


def _chunks(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line (a URL, a hostile string) cut into pieces that fit."""
    pieces, current, used = [], "", 0.0
    for char in word:
        char_width = _unit_width(font, char) * size
        if current and used + char_width > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += char_width
    if current:
        pieces.append(current)
    return pieces


def _wrap(text: str, font: str, size: float, first_width: float, width: float) -> list[str]:
    """Greedy line breaking; the first line may be narrower (it follows the label)."""
    space = _unit_width(font, " ") * size
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    limit = first_width
    for word in text.split(" "):
        if not word:
            continue
        word_width = _unit_width(font, word) * size
        pieces = [word] if word_width <= width else _chunks(word, font, size, width)
        for piece in pieces:
            piece_width = word_width if len(pieces) == 1 else _unit_width(font, piece) * size
            needed = piece_width if not current else used + space + piece_width
            if needed <= limit:
                current.append(piece)
                used = needed
                continue
            lines.append(" ".join(current))
            current, used, limit = [piece], piece_width, width
    lines.append(" ".join(current))
    return lines


# French typography: no line may start with "»", ":", "?", "€"... nor end with "«". Words are
# broken at plain spaces only, so a no-break space glues these to their neighbour.
_GLUED_SPACES = re.compile(r"(?<=«) | (?=[»:;!?€%])")


def _glue(text: str) -> str:
    return _GLUED_SPACES.sub("\u00a0", text)


def _lay_out(entries: Sequence[_Entry], width: float) -> list[_Line]:
    lines: list[_Line] = []
    for entry in entries:
        label = clean_text(entry.label[:_MAX_VALUE])
        label_text = f"{label} " if label else ""
        label_width = _unit_width(entry.label_font, label_text) * entry.size
        x = entry.indent
        hang = x + _INDENT if label else x
        paragraphs = [_glue(printable_text(p)) for p in entry.value[:_MAX_VALUE].split("\n")]
        for index, paragraph in enumerate(paragraphs):
            start = x + label_width if index == 0 else hang
            wrapped = _wrap(paragraph, entry.value_font, entry.size, width - start, width - hang)
            for number, text in enumerate(wrapped):
                runs: list[_Run] = []
                if index == 0 and number == 0:
                    if label_text:
                        runs.append(_Run(x, entry.label_font, entry.size, entry.color, label_text))
                    text_x = start
                else:
                    text_x = hang
                if text:
                    runs.append(_Run(text_x, entry.value_font, entry.size, entry.color, text))
                if runs or index:
                    lines.append(_Line(entry.leading, tuple(runs)))
    return lines


class _LineBlock(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """Lines of plain text drawn with canvas strings, split between lines across pages.

    Never parsed as paragraph markup, so case-file text cannot act on the layout; and a record
    costs a few string draws instead of a paragraph parse and line-breaking pass, which keeps a
    500-interview export quick.
    """

    def __init__(
        self,
        entries: Sequence[_Entry] = (),
        *,
        space_before: float = 0.0,
        lines: list[_Line] | None = None,
        width: float | None = None,
    ) -> None:
        super().__init__()
        self._entries = tuple(entries)
        self._lines = lines
        self._laid_width = width
        self.spaceBefore = space_before
        self.spaceAfter = 2

    def _ensure(self, width: float) -> list[_Line]:
        if self._lines is None or (self._entries and self._laid_width != width):
            self._lines = _lay_out(self._entries, width)
            self._laid_width = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self._ensure(available_width)
        self.width = available_width
        self.height = sum(line.leading for line in lines)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._ensure(available_width)
        fit, used = 0, 0.0
        while fit < len(lines) and used + lines[fit].leading <= available_height:
            used += lines[fit].leading
            fit += 1
        if len(lines) - fit == 1 and fit > 2:
            fit -= 1  # no single line left alone at the top of the next page
        if fit < min(2, len(lines)):
            return []  # a heading alone at the foot of a page: move the record
        return [
            _LineBlock(lines=lines[:fit], width=available_width, space_before=self.spaceBefore),
            _LineBlock(lines=lines[fit:], width=available_width),
        ]

    def draw(self) -> None:
        # One text object for the whole block: a drawString per run costs a text object each.
        text = self.canv.beginText()
        top = self.height
        font: tuple[str, float] | None = None
        color: Color | None = None
        for line in self._lines or ():
            baseline = top - line.leading * 0.78
            for run in line.runs:
                if font != (run.font, run.size):
                    font = (run.font, run.size)
                    text.setFont(run.font, run.size)
                if color is not run.color:
                    color = run.color
                    text.setFillColor(run.color)
                text.setTextOrigin(run.x, baseline)
                text_out(text, run.text, run.font, run.size)  # Arabic fallback font
            top -= line.leading
        self.canv.drawText(text)


def _esc(text: str) -> str:
    return escape_for_paragraph(text[:_MAX_VALUE])


def _local_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return tr(_CTX, "{date} à {heure}").format(
        date=moment.strftime("%d/%m/%Y"), heure=moment.strftime("%H:%M")
    )


def _field_entries(record: Mapping[str, Any]) -> list[_Entry]:
    entries = []
    for item in record["champs"]:
        if item["champ"] == "jeune_id" or not item["texte"]:
            continue
        entries.append(_Entry(f"{item['libelle']} :", str(item["texte"])))
    extra = record.get("champs_supplementaires")
    if extra:
        text = json.dumps(extra, ensure_ascii=False, sort_keys=True)
        entries.append(_Entry(tr(_CTX, "Autres informations :"), text))
    return entries


def _history_entries(record: Mapping[str, Any]) -> list[_Entry]:
    def small(label: str, value: str) -> _Entry:
        return _Entry(label, value, size=_HISTORY_SIZE, leading=_HISTORY_LEADING, color=_MUTED)

    entries = []
    for change in record["historique"]:
        old = change["ancien_texte"] or tr(_CTX, "(vide)")
        new = change["nouveau_texte"] or tr(_CTX, "(vide)")
        entries.append(
            small(
                "",
                tr(_CTX, "{quand}, {auteur} : {champ} « {avant} » → « {apres} »").format(
                    quand=_local_time(change["date"]),
                    auteur=change["auteur"],
                    champ=change["libelle"],
                    avant=old,
                    apres=new,
                ),
            )
        )
    for conflict in record["conflits"]:
        values = ", ".join(
            str(v[0]) if isinstance(v, list) and v else str(v) for v in conflict["valeurs"] or []
        )
        entries.append(
            small(
                "",
                tr(_CTX, "Valeurs en attente d'arbitrage pour {champ} : {valeurs}").format(
                    champ=conflict["libelle"], valeurs=values
                ),
            )
        )
    if entries:
        entries.insert(0, small(tr(_CTX, "Historique des modifications"), ""))
    return entries


def _record_flowables(section: Mapping[str, Any], record: Mapping[str, Any]) -> list[Flowable]:
    count = len(section["enregistrements"])
    title = (
        section["libelle"]
        if count == 1
        else tr(_CTX, "{fiche} n° {numero}").format(
            fiche=section["libelle"], numero=record["numero"]
        )
    )
    reference = tr(_CTX, "réf. {ref}").format(ref=str(record["id"])[:8])
    if record["supprime"]:
        reference += " — " + tr(_CTX, "fiche supprimée")
    heading = _Entry(title, reference, size=11, leading=15, indent=0)
    entries = [heading, *_field_entries(record), *_history_entries(record)]
    return [_LineBlock(entries, space_before=7)]


_MAX_CELL = 40


def _cell(text: str) -> str:
    """Plain table cell (drawn as is, never parsed as markup), cut to fit its column."""
    cleaned = clean_text(text)
    return cleaned if len(cleaned) <= _MAX_CELL else cleaned[: _MAX_CELL - 1] + "…"


def _access_table(lines: Sequence[Mapping[str, Any]]) -> list[Flowable]:
    head = [
        tr(_CTX, "N°"),
        tr(_CTX, "Date"),
        tr(_CTX, "Utilisateur"),
        tr(_CTX, "Action"),
        tr(_CTX, "Fiche"),
    ]
    # Plain strings, not paragraphs: hundreds of rows lay out ten times faster, and a string cell
    # is drawn literally, so case-file text cannot act as markup there.
    rows: list[list[str]] = [[_cell(h) for h in head]]
    for line in lines:
        rows.append(
            [
                str(line["numero"]),
                _local_time(str(line["date"])),
                _cell(str(line["utilisateur"])),
                _cell(str(line["action_libelle"])),
                _cell(str(line["fiche_libelle"])),
            ]
        )
    widths = [14 * mm, 33 * mm, 38 * mm, 38 * mm]
    widths.append(_FRAME_WIDTH - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("LEADING", (0, 0), (-1, -1), 10.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), _TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [table]


def _story(data: Mapping[str, Any], styles: _Styles) -> list[Flowable]:
    responsable = data["responsable"]
    jeune = data["fiches"][0]["enregistrements"][0] if data["fiches"] else None
    who = ""
    if jeune is not None:
        values = {item["champ"]: item["texte"] for item in jeune["champs"]}
        who = " ".join(
            part
            for part in (
                values.get("prenoms"),
                values.get("nom_usage") or values.get("nom_naissance"),
            )
            if part
        )
    story: list[Flowable] = [
        Paragraph(_esc(tr(_CTX, "Vos données personnelles")), styles.title),
        Paragraph(
            _esc(
                tr(
                    _CTX,
                    "Droit d'accès — article 15 du Règlement général sur la protection des "
                    "données (RGPD)",
                )
            ),
            styles.body,
        ),
    ]
    facts = [
        (tr(_CTX, "Personne concernée :"), who),
        (tr(_CTX, "Responsable du traitement :"), responsable["nom"]),
        (tr(_CTX, "Adresse :"), responsable["adresse"]),
        (tr(_CTX, "Téléphone :"), responsable["telephone"]),
        (tr(_CTX, "Document établi le :"), _local_time(str(data["genere_le"]))),
    ]
    story.append(
        Paragraph(
            "<br/>".join(f"<b>{_esc(label)}</b> {_esc(value)}" for label, value in facts if value),
            styles.body,
        )
    )
    story.append(
        Paragraph(
            _esc(
                tr(
                    _CTX,
                    "Ce document reprend toutes les informations enregistrées à votre sujet dans "
                    "l'application Dedans-Dehors de la Mission Locale : votre dossier, les "
                    "notes de "
                    "suivi, l'historique des modifications, vos consentements et la liste des "
                    "consultations et des modifications de votre dossier (journal des accès). Les "
                    "champs vides ne sont pas repris. Le fichier JSON remis avec ce "
                    "document contient "
                    "les mêmes informations, dans un format lisible par un ordinateur.",
                )
            ),
            styles.small,
        )
    )
    for section in data["fiches"]:
        story.append(Paragraph(_esc(section["libelle"]), styles.section))
        story.append(HRFlowable(width="100%", thickness=0.8, color=_ACCENT, spaceAfter=2))
        for record in section["enregistrements"]:
            story.extend(_record_flowables(section, record))
    if data["brouillons"]:
        story.append(Paragraph(_esc(tr(_CTX, "Brouillons non enregistrés")), styles.section))
        story.append(HRFlowable(width="100%", thickness=0.8, color=_ACCENT, spaceAfter=2))
        drafts = [
            _Entry(
                _local_time(str(draft["modifie_le"])) + " :",
                json.dumps(draft["contenu"], ensure_ascii=False, sort_keys=True),
            )
            for draft in data["brouillons"]
        ]
        story.append(_LineBlock(drafts, space_before=4))
    story.append(Paragraph(_esc(tr(_CTX, "Journal des accès à votre dossier")), styles.section))
    story.append(HRFlowable(width="100%", thickness=0.8, color=_ACCENT, spaceAfter=4))
    if data["journal_acces"]:
        story.extend(_access_table(data["journal_acces"]))
    else:
        story.append(Paragraph(_esc(tr(_CTX, "Aucune ligne.")), styles.body))
    story.append(Spacer(1, 6))
    return story


class _FooterCanvas(PageCountCanvas):
    def decorate(self, total: int) -> None:
        self.saveState()
        self.setFont(REGULAR, 8.5)
        self.setFillColor(_MUTED)
        self.drawString(
            _MARGIN, 10 * mm, tr(_CTX, "Droit d'accès (RGPD, article 15) — document personnel")
        )
        self.drawRightString(
            _PAGE_WIDTH - _MARGIN,
            10 * mm,
            tr(_CTX, "Page {page} sur {total}").format(page=self._pageNumber, total=total),
        )
        self.restoreState()


def render_access_pdf(data: Mapping[str, Any]) -> bytes:
    """A readable A4 PDF of ``collect_access_data``'s result, in memory."""
    register_fonts()
    buffer = io.BytesIO()
    title = tr(_CTX, "Droit d'accès — données personnelles")
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        # Neutral metadata: a file name or a viewer's title bar should not name the person.
        title=title,
        author=str(data["responsable"]["nom"]),
        subject=title,
        keywords="",
        creator="Dedans-Dehors",
        producer="ReportLab",
        invariant=1,
        pageCompression=1,
        lang="fr-FR",
        initialFontName=REGULAR,
    )
    frame = Frame(
        _MARGIN,
        _MARGIN,
        _FRAME_WIDTH,
        _PAGE_HEIGHT - 2 * _MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(_story(data, _styles()), canvasmaker=_FooterCanvas)
    return buffer.getvalue()


# --- Writing the files --------------------------------------------------------------------------


@dataclass(frozen=True)
class AccessExport:
    pdf: Path
    json: Path
    records: int
    log_lines: int


def export_file_names(jeune_id: str, day: date) -> tuple[str, str]:
    """Names chosen by the app, never from case data: no name of the person in a file listing."""
    short = "".join(ch for ch in jeune_id if ch.isalnum())[:8] or "jeune"
    stem = f"acces-{short}-{day.isoformat()}"
    return f"{stem}.pdf", f"{stem}.json"


def _count_records(data: Mapping[str, Any]) -> int:
    sections: Iterable[Mapping[str, Any]] = data["fiches"]
    return sum(len(section["enregistrements"]) for section in sections)


def export_access(
    db: Database, jeune_id: str, out_dir: Path, *, now: datetime | None = None
) -> AccessExport:
    """Write the PDF and the JSON into ``out_dir`` (created 0700 if missing), then log the export.

    Each file is written atomically with permissions 0600; an existing export of the same youth
    on the same day is replaced.
    """
    now = now or datetime.now(UTC)
    data = collect_access_data(db, jeune_id, now=now)
    pdf = render_access_pdf(data)
    payload = to_json_bytes(data)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(tr(_CTX, "La destination n'est pas un dossier."))
    try:
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        pdf_name, json_name = export_file_names(jeune_id, now.astimezone().date())
        pdf_path, json_path = out_dir / pdf_name, out_dir / json_name
        atomic_write(pdf_path, pdf)
        atomic_write(json_path, payload)
        if os.name == "posix":
            # atomic_write creates 0600 files; an older file it replaced kept nothing of its mode,
            # but say it explicitly: this is case data in clear.
            os.chmod(pdf_path, 0o600)
            os.chmod(json_path, 0o600)
    except OSError as exc:
        raise UserError(
            tr(_CTX, "Impossible d'écrire l'export dans ce dossier ({raison}).").format(
                raison=exc.strerror or type(exc).__name__
            )
        ) from None
    db.log("export", "jeune", jeune_id)
    return AccessExport(pdf_path, json_path, _count_records(data), len(data["journal_acces"]))
