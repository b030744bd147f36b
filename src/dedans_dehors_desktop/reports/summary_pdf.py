"""The plain-language summary ("récapitulatif") handed to a young person after an interview.

The document may be read by prison staff and other detainees (SECURITY.md, "The printed summary
handed to a youth in detention"), so it is printed from an allow-list: ``SummaryContent`` holds
only what may appear on paper, and the renderer never receives the case file itself. Callers
build the content; this module only decides how it looks.

The PDF is generated in memory and returned as bytes: nothing touches the disk, where an
unencrypted copy would outlive the session.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable, HRFlowable

from dedans_dehors_desktop.core.dates import format_long_fr
from dedans_dehors_desktop.core.i18n import QT_TRANSLATE_NOOP, tr
from dedans_dehors_desktop.reports.document import Margins, render_a4
from dedans_dehors_desktop.reports.fonts import (
    BOLD,
    REGULAR,
    clean_text,
    escape_for_paragraph,
    register_fonts,
)
from dedans_dehors_desktop.reports.page_count import PageCountCanvas

__all__ = [
    "AddressForm",
    "SummaryAppointment",
    "SummaryContact",
    "SummaryContent",
    "SummaryStep",
    "format_date_fr",
    "format_time_fr",
    "render_summary",
]

_CTX = "Récapitulatif"

AddressForm = Literal["tu", "vous"]

NBSP = "\u00a0"


@dataclass(frozen=True)
class SummaryStep:
    """Something the youth will do, with an optional "pour le ..." date."""

    label: str
    due: date | None = None


@dataclass(frozen=True)
class SummaryAppointment:
    """A meeting the youth should attend.

    ``when`` may be ``None`` for a meeting planned "à ta sortie": the release date itself must
    never be printed.
    """

    when: datetime | date | None
    place: str
    with_whom: str = ""
    # Printed instead of a date near the release ("Le lendemain de ta sortie, à 10 h").
    when_text: str = ""


@dataclass(frozen=True)
class SummaryContact:
    """A useful contact: a neutral name, never a partner whose name reveals the judicial context."""

    name: str
    phone: str = ""
    address: str = ""
    hours: str = ""


@dataclass(frozen=True)
class SummaryContent:
    """Everything that may be printed, and nothing else.

    ``structure_*`` describe the Mission Locale (a neutral header, never a programme name).
    ``surname_initial`` is reduced to its first letter whatever the caller passes, so a full
    surname can never reach the paper.
    """

    structure_name: str
    structure_address: str
    structure_phone: str
    first_name: str
    surname_initial: str
    meeting_date: date | None  # None: the day itself is protected (release, decision)
    worked_on: tuple[str, ...] = ()
    next_steps: tuple[SummaryStep, ...] = ()
    appointments: tuple[SummaryAppointment, ...] = ()
    documents: tuple[str, ...] = ()
    contacts: tuple[SummaryContact, ...] = ()
    address_form: AddressForm = "tu"
    large_print: bool = False


# --- French dates -------------------------------------------------------------------------------


def format_date_fr(day: date) -> str:
    """``mardi 3 mars 2026`` (``1er`` for the first day), with no-break spaces inside the date."""
    return format_long_fr(day, no_break=True)


def format_time_fr(hour: int, minute: int) -> str:
    """``14 h 30``, ``9 h`` (French typography), never split across two lines."""
    if minute == 0:
        return f"{hour}{NBSP}h"
    return f"{hour}{NBSP}h{NBSP}{minute:02d}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- Static wording -----------------------------------------------------------------------------

# Everything addressed to the youth exists in both forms; the counsellor chooses.
_WORDING: dict[str, dict[AddressForm, str]] = {
    "worked_on": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Ce qu'on a fait ensemble"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Ce que nous avons fait ensemble"),
    },
    "next_steps": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Tes prochaines étapes"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Vos prochaines étapes"),
    },
    "next_steps_hint": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Coche la case quand c'est fait."),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Cochez la case quand c'est fait."),
    },
    "appointments": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Tes rendez-vous"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Vos rendez-vous"),
    },
    "at_release": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "À ta sortie"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "À votre sortie"),
    },
    "documents": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Documents à préparer"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Documents à préparer"),
    },
    "contacts": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Contacts utiles"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Contacts utiles"),
    },
    "keep_sheet": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Garde cette feuille : elle t'aide à ne rien oublier."),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Gardez cette feuille : elle vous aide à ne rien oublier."),
    },
    "question": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "Une question ? Appelle-nous au {phone}."),
        "vous": QT_TRANSLATE_NOOP(_CTX, "Une question ? Appelez-nous au {phone}."),
    },
}


def _say(key: str, form: AddressForm) -> str:
    return tr(_CTX, _WORDING[key][form])


# --- Limits -------------------------------------------------------------------------------------

# A summary is one or two pages of short sentences. Anything longer is a data-entry accident or
# hostile input; cutting it keeps every block smaller than a page (platypus cannot split a table
# row) and keeps rendering time bounded.
_MAX_NAME = 120
_MAX_LINE = 300
_MAX_ITEM = 600


def _limit(text: str, max_chars: int) -> str:
    # Pre-cut before cleaning so a megabyte of input costs no more than a few kilobytes.
    cleaned = clean_text(text[: max_chars * 4])
    if len(cleaned) <= max_chars:
        return cleaned
    return cleaned[: max_chars - 1].rstrip(" ") + "…"


def _initial(surname: str) -> str:
    composed = unicodedata.normalize("NFC", clean_text(surname[:_MAX_NAME]))
    for char in composed:
        if char.isalpha():
            return char.upper() + "."
    return ""


# French typography puts a space before ":;!?" and inside guillemets, and "14 h 30" is one unit:
# a no-break space there keeps a lone "?" or "30 à 17 h" from starting a line.
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[:;!?»])")
_SPACE_AFTER_GUILLEMET = re.compile(r"(?<=«) ")
_SPACE_BEFORE_H = re.compile(r"(?<=\d) (?=h\b)")
_SPACE_AFTER_H = re.compile(r"(?<=\d\u00a0h) (?=\d\d\b)")


def _french_spacing(text: str) -> str:
    for pattern in (
        _SPACE_BEFORE_PUNCTUATION,
        _SPACE_AFTER_GUILLEMET,
        _SPACE_BEFORE_H,
        _SPACE_AFTER_H,
    ):
        text = pattern.sub(NBSP, text)
    return text


def _markup(text: str) -> str:
    """Case-file or static text, made safe for paragraph markup and typeset in French."""
    return escape_for_paragraph(_french_spacing(text))


def _filled(source: str, translated: str, values: Mapping[str, str], *, markup: bool) -> str:
    template, fallback = (_markup(translated), _markup(source)) if markup else (translated, source)
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError, AttributeError):
        # A translation that lost or mangled a placeholder must not stop a print: fall back to
        # the French source, whose placeholders are known to match.
        return fallback.format_map(values)


def _fill(source: str, **values: str) -> str:
    """Translate ``source`` and fill its ``{placeholders}``; plain text."""
    return _filled(source, tr(_CTX, source), values, markup=False)


def _fill_markup(source: str, **values: str) -> str:
    """Translate ``source`` as paragraph markup; ``values`` must already be markup."""
    return _filled(source, tr(_CTX, source), values, markup=True)


def _nobreak(text: str) -> str:
    """Phone numbers stay on one line: "01 23 45 67 89" split over two lines is misdialled."""
    return text.replace(" ", NBSP)


# --- Look ---------------------------------------------------------------------------------------

_INK = HexColor("#1A1A1A")  # near-black: 17:1 on white
_ACCENT = HexColor("#0B5563")  # deep teal: 8:1 on white, readable as text too
_TINT = HexColor("#E8F2F3")  # card background; ink on it still exceeds 15:1
_WARM = HexColor("#C2410C")  # a touch of warmth for the top band only, never for text

_PAGE_WIDTH, _PAGE_HEIGHT = A4
_MARGIN_X = 20 * mm
_MARGIN_TOP = 16 * mm
_MARGIN_BOTTOM = 28 * mm
_FRAME_WIDTH = _PAGE_WIDTH - 2 * _MARGIN_X
_FRAME_HEIGHT = _PAGE_HEIGHT - _MARGIN_TOP - _MARGIN_BOTTOM
_FOOTER_RULE_Y = _MARGIN_BOTTOM - 7 * mm


@dataclass(frozen=True)
class _Styles:
    body_size: float
    header_name: ParagraphStyle
    header: ParagraphStyle
    title: ParagraphStyle
    greeting: ParagraphStyle
    intro: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    hint: ParagraphStyle
    bullet: ParagraphStyle
    card_title: ParagraphStyle
    closing: ParagraphStyle
    footer_size: float


def _styles(large_print: bool) -> _Styles:
    size = 16.0 if large_print else 12.0
    leading = size * 1.45

    def style(name: str, **overrides: Any) -> ParagraphStyle:
        values: dict[str, Any] = {
            "fontName": REGULAR,
            "fontSize": size,
            "leading": leading,
            "textColor": _INK,
            "bulletFontName": REGULAR,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        values.update(overrides)
        return ParagraphStyle(name, **values)

    return _Styles(
        body_size=size,
        header_name=style(
            "header_name",
            fontName=BOLD,
            fontSize=size + 3,
            leading=(size + 3) * 1.3,
            textColor=_ACCENT,
        ),
        header=style("header", leading=size * 1.35),
        title=style(
            "title",
            fontName=BOLD,
            fontSize=size * 2,
            leading=size * 2.4,
            spaceBefore=size * 1.2,
            spaceAfter=size * 0.5,
        ),
        greeting=style(
            "greeting",
            fontName=BOLD,
            fontSize=size * 1.25,
            leading=size * 1.7,
            spaceAfter=size * 0.2,
        ),
        intro=style("intro", spaceAfter=size * 0.1),
        heading=style(
            "heading",
            fontName=BOLD,
            fontSize=size * 1.4,
            leading=size * 1.8,
            textColor=_ACCENT,
            spaceBefore=size * 1.5,
            spaceAfter=0,
        ),
        body=style("body"),
        hint=style("hint", spaceAfter=size * 0.5),
        bullet=style(
            "bullet",
            leftIndent=size * 1.5,
            bulletIndent=size * 0.25,
            spaceAfter=size * 0.35,
            bulletFontName=BOLD,
            bulletFontSize=size,
            bulletColor=_ACCENT,
        ),
        card_title=style("card_title", fontName=BOLD, spaceAfter=size * 0.15),
        closing=style("closing", fontName=BOLD, fontSize=size * 1.1, leading=size * 1.6),
        footer_size=size - 1 if size > 12 else size,
    )


# --- Building blocks ----------------------------------------------------------------------------


def _para(markup: str, style: ParagraphStyle) -> Flowable:
    return Paragraph(markup, style)


class _Checkbox(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """An empty box to tick, drawn with vector lines: Noto Sans has no ballot-box glyph."""

    def __init__(self, font_size: float, leading: float) -> None:
        super().__init__()
        self._side = font_size * 0.95
        self._height = leading
        # Sit the box on the baseline of the first line beside it: platypus draws a paragraph's
        # first baseline one font size below the top of its cell.
        self._bottom = leading - font_size - font_size * 0.03

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self._side + 2, self._height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(_ACCENT)
        canvas.setFillColor(white)
        canvas.setLineWidth(1.4)
        canvas.roundRect(
            1, self._bottom, self._side, self._side, self._side * 0.18, stroke=1, fill=1
        )
        canvas.restoreState()


def _fits_on_a_page(flowable: Flowable) -> bool:
    _, height = flowable.wrap(_FRAME_WIDTH, _FRAME_HEIGHT)
    return bool(height < _FRAME_HEIGHT * 0.9)


def _unsplittable_or_plain(block: Flowable, plain: Sequence[Flowable]) -> list[Flowable]:
    """A table row cannot be split across pages; if one ever grows taller than a page, fall back
    to plain paragraphs rather than fail to print."""
    if _fits_on_a_page(block):
        return [block]
    return list(plain)


# Tables select their cell font even when every cell holds flowables; left at its Helvetica
# default it would add an unembedded font to every page.
_TABLE_FONT: tuple[tuple[Any, ...], ...] = (("FONTNAME", (0, 0), (-1, -1), REGULAR),)


def _checkbox_row(lines: Sequence[Flowable], styles: _Styles) -> list[Flowable]:
    box_column = styles.body_size * 2
    table = Table(
        [[_Checkbox(styles.body_size, styles.body.leading), list(lines)]],
        colWidths=[box_column, _FRAME_WIDTH - box_column],
    )
    table.setStyle(
        TableStyle(
            [
                *_TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body_size * 0.55),
            ]
        )
    )
    return _unsplittable_or_plain(table, lines)


def _card(lines: Sequence[Flowable], styles: _Styles, *, tinted: bool) -> list[Flowable]:
    pad = styles.body_size * 0.8
    table = Table([[list(lines)]], colWidths=[_FRAME_WIDTH])
    commands: list[tuple[Any, ...]] = [
        *_TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.2),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("LINEBEFORE", (0, 0), (0, -1), 4, _ACCENT),
    ]
    if tinted:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), _TINT))
    table.setStyle(TableStyle(commands))
    spacer = Spacer(1, styles.body_size * 0.7)
    return [*_unsplittable_or_plain(table, lines), spacer]


def _section(
    title: str, blocks: Sequence[Flowable], styles: _Styles, hint: str = ""
) -> list[Flowable]:
    head: list[Flowable] = [
        _para(_markup(title), styles.heading),
        HRFlowable(
            width="100%",
            thickness=1.2,
            color=_ACCENT,
            spaceBefore=2,
            spaceAfter=styles.body_size * 0.6,
        ),
    ]
    if hint:
        head.append(_para(_markup(hint), styles.hint))
    # A heading alone at the foot of a page, its items on the next, reads as an empty section.
    first = list(blocks[:1])
    return [KeepTogether([*head, *first]), *blocks[1:]]


def _labelled(label: str, value: str, style: ParagraphStyle) -> Flowable:
    return _para(f"<b>{_markup(label)}</b> {_markup(value)}", style)


def _when_text(when: datetime | date | None, form: AddressForm, relative: str = "") -> str:
    if when is None:
        return _capitalise(relative) if relative else _say("at_release", form)
    day = _capitalise(format_date_fr(when if not isinstance(when, datetime) else when.date()))
    if isinstance(when, datetime):
        return _fill("{date} à {time}", date=day, time=format_time_fr(when.hour, when.minute))
    return day


def _appointment_key(appointment: SummaryAppointment) -> tuple[int, date, int]:
    when = appointment.when
    if when is None:
        # Undated "à ta sortie" meetings come last: they follow whatever is dated.
        return (1, date.max, 0)
    if isinstance(when, datetime):
        return (0, when.date(), when.hour * 60 + when.minute)
    return (0, when, -1)


# --- The document -------------------------------------------------------------------------------


def _story(content: SummaryContent, styles: _Styles) -> list[Flowable]:
    form = content.address_form
    story: list[Flowable] = []

    structure_name = _limit(content.structure_name, _MAX_NAME)
    structure_address = _limit(content.structure_address, _MAX_LINE)
    structure_phone = _nobreak(_limit(content.structure_phone, _MAX_NAME))

    if structure_name:
        story.append(_para(_markup(structure_name), styles.header_name))
    if structure_address:
        story.append(_para(_markup(structure_address), styles.header))
    if structure_phone:
        story.append(_labelled(tr(_CTX, "Téléphone :"), structure_phone, styles.header))

    story.append(_para(_markup(tr(_CTX, "Récapitulatif")), styles.title))

    name = " ".join(
        part
        for part in (_limit(content.first_name, _MAX_NAME), _initial(content.surname_initial))
        if part
    )
    if name:
        greeting = _fill_markup("Bonjour {name},", name=_markup(name))
    else:
        greeting = _markup(tr(_CTX, "Bonjour,"))
    story.append(_para(greeting, styles.greeting))
    if content.meeting_date is None:
        intro = _markup(tr(_CTX, "Voici le résumé de notre rencontre."))
    else:
        intro = _fill_markup(
            "Voici le résumé de notre rencontre du {date}.",
            date=f"<b>{_markup(format_date_fr(content.meeting_date))}</b>",
        )
    story.append(_para(intro, styles.intro))
    story.append(_para(_markup(_say("keep_sheet", form)), styles.intro))

    worked_on = [_limit(theme, _MAX_ITEM) for theme in content.worked_on]
    worked_on = [theme for theme in worked_on if theme]
    if worked_on:
        bullets: list[Flowable] = [
            Paragraph(_markup(theme), styles.bullet, bulletText="•") for theme in worked_on
        ]
        story.extend(_section(_say("worked_on", form), bullets, styles))

    story.extend(_next_steps(content, styles))
    story.extend(_appointments(content, styles))
    story.extend(_documents(content, styles))
    story.extend(_contacts(content, styles))

    closing: list[Flowable] = [Spacer(1, styles.body_size * 1.6)]
    if structure_phone:
        question = _filled(
            _WORDING["question"][form],
            _say("question", form),
            {"phone": _markup(structure_phone)},
            markup=True,
        )
        closing.append(_para(question, styles.closing))
    closing.append(_para(_markup(tr(_CTX, "À bientôt !")), styles.closing))
    story.append(KeepTogether(closing))
    return story


def _empty(text: str, styles: _Styles) -> list[Flowable]:
    return [_para(_markup(text), styles.body)]


def _next_steps(content: SummaryContent, styles: _Styles) -> list[Flowable]:
    form = content.address_form
    blocks: list[Flowable] = []
    for step in content.next_steps:
        label = _limit(step.label, _MAX_ITEM)
        if not label:
            continue
        lines = [_para(_markup(label), styles.body)]
        if step.due is not None:
            when = f"<b>{_markup(format_date_fr(step.due))}</b>"
            lines.append(_para(_fill_markup("Pour le {date}", date=when), styles.body))
        blocks.extend(_checkbox_row(lines, styles))
    if not blocks:
        return _section(
            _say("next_steps", form),
            _empty(tr(_CTX, "Rien à faire pour l'instant."), styles),
            styles,
        )
    return _section(_say("next_steps", form), blocks, styles, _say("next_steps_hint", form))


def _appointments(content: SummaryContent, styles: _Styles) -> list[Flowable]:
    form = content.address_form
    blocks: list[Flowable] = []
    for appointment in sorted(content.appointments, key=_appointment_key):
        place = _limit(appointment.place, _MAX_LINE)
        with_whom = _limit(appointment.with_whom, _MAX_NAME)
        when = _when_text(appointment.when, form, appointment.when_text)
        lines = [_para(_markup(when), styles.card_title)]
        if place:
            lines.append(_labelled(tr(_CTX, "Où :"), place, styles.body))
        if with_whom:
            lines.append(_labelled(tr(_CTX, "Avec :"), with_whom, styles.body))
        blocks.extend(_card(lines, styles, tinted=True))
    if not blocks:
        blocks = _empty(tr(_CTX, "Pas de rendez-vous prévu pour l'instant."), styles)
    return _section(_say("appointments", form), blocks, styles)


def _documents(content: SummaryContent, styles: _Styles) -> list[Flowable]:
    form = content.address_form
    blocks: list[Flowable] = []
    for document in content.documents:
        label = _limit(document, _MAX_ITEM)
        if label:
            blocks.extend(_checkbox_row([_para(_markup(label), styles.body)], styles))
    if not blocks:
        blocks = _empty(tr(_CTX, "Rien à préparer pour l'instant."), styles)
    return _section(_say("documents", form), blocks, styles)


def _contacts(content: SummaryContent, styles: _Styles) -> list[Flowable]:
    blocks: list[Flowable] = []
    for contact in content.contacts:
        name = _limit(contact.name, _MAX_NAME)
        phone = _nobreak(_limit(contact.phone, _MAX_NAME))
        address = _limit(contact.address, _MAX_LINE)
        hours = _limit(contact.hours, _MAX_LINE)
        lines: list[Flowable] = []
        if name:
            lines.append(_para(_markup(name), styles.card_title))
        if phone:
            lines.append(_labelled(tr(_CTX, "Téléphone :"), phone, styles.body))
        if address:
            lines.append(_labelled(tr(_CTX, "Adresse :"), address, styles.body))
        if hours:
            lines.append(_labelled(tr(_CTX, "Horaires :"), hours, styles.body))
        if lines:
            blocks.extend(_card(lines, styles, tinted=False))
    if not blocks:
        # The switchboard is in the header and the footer already: no empty section.
        return []
    return _section(_say("contacts", content.address_form), blocks, styles)


# --- Page furniture -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Footer:
    name: str
    phone: str
    font_size: float


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits on one line of ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip(" ") + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip(" ") + "…"


class _NumberedCanvas(PageCountCanvas):
    """The warm band at the top and the footer with the switchboard and "Page 1 sur 2"."""

    def __init__(self, *args: Any, footer: _Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer

    def decorate(self, total: int) -> None:
        size = self._footer.font_size
        self.saveState()
        self.setFillColor(_WARM)
        self.rect(0, _PAGE_HEIGHT - 2.2 * mm, _PAGE_WIDTH, 2.2 * mm, stroke=0, fill=1)
        self.setStrokeColor(_ACCENT)
        self.setLineWidth(0.8)
        self.line(_MARGIN_X, _FOOTER_RULE_Y, _PAGE_WIDTH - _MARGIN_X, _FOOTER_RULE_Y)
        self.setFillColor(_INK)
        page_label = _fill("Page {page} sur {total}", page=str(self._pageNumber), total=str(total))
        first_line = _FOOTER_RULE_Y - size * 1.5
        second_line = first_line - size * 1.35
        self.setFont(BOLD, size)
        self.drawRightString(_PAGE_WIDTH - _MARGIN_X, first_line, page_label)
        room = _FRAME_WIDTH - stringWidth(page_label, BOLD, size) - 8 * mm
        self.setFont(REGULAR, size)
        footer = self._footer
        lines = [_fit(footer.name, REGULAR, size, room)] if footer.name else []
        if footer.phone:
            phone_line = _fill("Téléphone : {phone}", phone=footer.phone)
            lines.append(_fit(phone_line, REGULAR, size, room))
        for line, y in zip(lines, (first_line, second_line), strict=False):
            self.drawString(_MARGIN_X, y, line)
        self.restoreState()


def render_summary(content: SummaryContent) -> bytes:
    """Render the summary as an A4 PDF, in memory.

    The output is deterministic for a given content (reportlab's invariant mode: fixed dates and
    document id), so a reprint is byte-identical and nothing in the file dates the print.
    """
    register_fonts()
    styles = _styles(content.large_print)
    footer = _Footer(
        name=_limit(content.structure_name, _MAX_NAME),
        phone=_nobreak(_limit(content.structure_phone, _MAX_NAME)),
        font_size=styles.footer_size,
    )
    canvas_maker: Callable[..., Canvas] = functools.partial(_NumberedCanvas, footer=footer)
    # Metadata travels with the file and is shown by every viewer: only neutral words and the
    # Mission Locale's name, nothing from the case file.
    return render_a4(
        _story(content, styles),
        margins=Margins(side=_MARGIN_X, top=_MARGIN_TOP, bottom=_MARGIN_BOTTOM),
        title=tr(_CTX, "Récapitulatif"),
        author=_limit(content.structure_name, _MAX_NAME),
        canvasmaker=canvas_maker,
        initial_font_size=styles.body_size,
    )
