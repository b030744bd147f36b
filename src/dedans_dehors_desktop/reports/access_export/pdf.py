"""The readable PDF of the access export: the reportlab story, page footer and document."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable, HRFlowable

from ...core.i18n import tr
from ..document import Margins, render_a4
from ..fonts import (
    BOLD,
    REGULAR,
    UNPRINTABLE_MARKER,
    clean_text,
    escape_for_paragraph,
    font_runs,
    printable_text,
    register_fonts,
)
from ..page_count import PageCountCanvas
from .layout import HISTORY_LEADING, HISTORY_SIZE, INK, MAX_VALUE, MUTED, Entry, LineBlock

__all__ = ["render_access_pdf"]

_CTX = "Droit d'accès"

_ACCENT = HexColor("#0B5563")
_RULE = HexColor("#B8CDD1")
_TINT = HexColor("#E8F2F3")

_PAGE_WIDTH, _PAGE_HEIGHT = A4
_MARGIN = 18 * mm
_FRAME_WIDTH = _PAGE_WIDTH - 2 * _MARGIN


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
            "textColor": INK,
            "splitLongWords": 1,
        }
        values.update(overrides)
        return ParagraphStyle(name, **values)

    return _Styles(
        title=style("title", fontName=BOLD, fontSize=20, leading=26, spaceAfter=6),
        body=style("body", spaceAfter=5),
        small=style("small", fontSize=9.5, leading=12.5, textColor=MUTED),
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


def _esc(text: str) -> str:
    return escape_for_paragraph(text[:MAX_VALUE])


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


def _field_entries(record: Mapping[str, Any]) -> list[Entry]:
    entries = []
    for item in record["champs"]:
        if item["champ"] == "jeune_id" or not item["texte"]:
            continue
        entries.append(Entry(f"{item['libelle']} :", str(item["texte"])))
    extra = record.get("champs_supplementaires")
    if extra:
        text = json.dumps(extra, ensure_ascii=False, sort_keys=True)
        entries.append(Entry(tr(_CTX, "Autres informations :"), text))
    return entries


def _history_entries(record: Mapping[str, Any]) -> list[Entry]:
    def small(label: str, value: str) -> Entry:
        return Entry(label, value, size=HISTORY_SIZE, leading=HISTORY_LEADING, color=MUTED)

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
    heading = Entry(title, reference, size=11, leading=15, indent=0)
    entries = [heading, *_field_entries(record), *_history_entries(record)]
    return [LineBlock(entries, space_before=7)]


_MAX_CELL = 40


_CELL_STYLE = ParagraphStyle(
    "cell", fontName=REGULAR, fontSize=8.5, leading=10.5, textColor=INK, splitLongWords=1
)


def _cell(text: str) -> str | Paragraph:
    """A table cell through the same printable-text path as the rest of the document: an emoji
    or another script shows a visible marker, never an empty cell. Text the regular font draws
    is a plain string (drawn as is, never parsed as markup), cut to fit its column; Arabic needs
    the fallback font, so that cell is an escaped paragraph."""
    printed = printable_text(text)
    if not printed and text.strip():
        printed = tr("Impression", UNPRINTABLE_MARKER)  # only invisible characters
    if all(font == REGULAR for font, _ in font_runs(printed)):
        return printed if len(printed) <= _MAX_CELL else printed[: _MAX_CELL - 1] + "…"
    return Paragraph(escape_for_paragraph(clean_text(text)[: _MAX_CELL * 2]), _CELL_STYLE)


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
    rows: list[list[str | Paragraph]] = [[_cell(h) for h in head]]
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
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
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
            Entry(
                _local_time(str(draft["modifie_le"])) + " :",
                json.dumps(draft["contenu"], ensure_ascii=False, sort_keys=True),
            )
            for draft in data["brouillons"]
        ]
        story.append(LineBlock(drafts, space_before=4))
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
        self.setFillColor(MUTED)
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
    # Neutral metadata: a file name or a viewer's title bar should not name the person.
    return render_a4(
        _story(data, _styles()),
        margins=Margins(side=_MARGIN, top=_MARGIN, bottom=_MARGIN),
        title=tr(_CTX, "Droit d'accès — données personnelles"),
        author=str(data["responsable"]["nom"]),
        canvasmaker=_FooterCanvas,
        creator="Dedans-Dehors",
    )
