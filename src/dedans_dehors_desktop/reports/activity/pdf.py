"""The activity report as a PDF (reportlab): first page of key figures, the tables by section
with their charts, the annex of definitions and, only on explicit request, the named list.

Generated in memory and returned as bytes; the caller decides where it goes. Every string that
may come from the case file (establishment and dispositif names, the named list) is escaped
before it reaches paragraph markup.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ...core.dates import format_fr
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...core.i18n import tr
from ..fonts import BOLD, REGULAR, clean_text, escape_for_paragraph, register_fonts
from ..page_count import PageCountCanvas
from . import charts
from .annex import definitions
from .build import SECTION_KEYS, SECTIONS
from .keyfigures import key_figures
from .masking import ShownReport, ShownTable, legend, restricted_banner

_CTX = "Rapport d'activité"

INK = HexColor("#1A1A1A")
MUTED = HexColor("#4A5557")
ACCENT = HexColor("#0B5563")
TINT = HexColor("#E8F2F3")
SUBTOTAL = HexColor("#F2F6F7")
RULE = HexColor("#9FB5B9")
WARM = HexColor("#C2410C")

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X


def _style(name: str, **kw: Any) -> ParagraphStyle:
    values: dict[str, Any] = {
        "fontName": REGULAR,
        "fontSize": 9,
        "leading": 11.5,
        "textColor": INK,
        "splitLongWords": 1,
    }
    values.update(kw)
    return ParagraphStyle(name, **values)


class _Styles:
    def __init__(self) -> None:
        self.title = _style("title", fontName=BOLD, fontSize=24, leading=29, textColor=ACCENT)
        self.subtitle = _style("subtitle", fontSize=13, leading=17)
        self.meta = _style("meta", fontSize=9, leading=12, textColor=MUTED)
        self.section = _style(
            "section",
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=6,
        )
        self.table_title = _style(
            "table_title", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=10, spaceAfter=4
        )
        self.cell = _style("cell", fontSize=8.5, leading=10.5)
        self.cell_bold = _style("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.5)
        self.num = _style("num", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
        self.num_bold = _style(
            "num_bold", fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        )
        self.head = _style(
            "head", fontName=BOLD, fontSize=8, leading=10, textColor=white, alignment=TA_RIGHT
        )
        self.head_left = _style("head_left", fontName=BOLD, fontSize=8, leading=10, textColor=white)
        self.note = _style("note", fontSize=7.5, leading=9.5, textColor=MUTED, spaceBefore=2)
        self.body = _style("body", fontSize=9, leading=12.5, spaceAfter=5)
        self.annex_title = _style(
            "annex_title", fontName=BOLD, fontSize=9.5, leading=12, textColor=ACCENT, spaceBefore=5
        )
        self.figure_value = _style(
            "figure_value", fontName=BOLD, fontSize=19, leading=23, textColor=ACCENT
        )
        self.figure_label = _style("figure_label", fontSize=8, leading=10)
        self.figure_detail = _style("figure_detail", fontSize=7, leading=9, textColor=MUTED)
        self.warning = _style("warning", fontName=BOLD, fontSize=9, leading=12, textColor=WARM)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: it may come from the case file)."""
    return Paragraph(escape_for_paragraph(text), style)


class _NumberedCanvas(PageCountCanvas):
    """The running header (from page 2) and the footer with "page n sur N"."""

    header = ""
    footer = ""
    banner = ""  # "diffusion restreinte": on every page of an unmasked report

    def decorate(self, total: int) -> None:
        self.saveState()
        if self.banner:
            self.setFont(BOLD, 8)
            self.setFillColor(WARM)
            self.drawCentredString(PAGE_W / 2, PAGE_H - 8 * mm, self.banner)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        if self._pageNumber > 1:
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, PAGE_H - 12 * mm, self.header)
            self.line(MARGIN_X, PAGE_H - 13.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 13.5 * mm)
        self.line(MARGIN_X, 12 * mm, PAGE_W - MARGIN_X, 12 * mm)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, 8 * mm, self.footer)
        self.drawRightString(
            PAGE_W - MARGIN_X,
            8 * mm,
            tr(_CTX, "Page {n} sur {total}").format(n=self._pageNumber, total=total),
        )
        self.restoreState()


def _column_widths(ncols: int, has_percent: bool) -> list[float]:
    per_col = 2 if has_percent else 1
    number_w = 15 * mm if has_percent else 22 * mm
    label_w = FRAME_W - ncols * per_col * number_w
    return [label_w] + [number_w] * (ncols * per_col)


def _table(shown: ShownTable, columns: Sequence[str], st: _Styles) -> Table:
    ncols = len(columns)
    pct = shown.has_percent
    per_col = 2 if pct else 1
    header: list[list[Any]] = []
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    unit = shown.table.unit
    if ncols > 1 or pct:
        top: list[Any] = [_p("", st.head_left)]
        for i, name in enumerate(columns):
            top.append(_p(name, st.head))
            if pct:
                top.append("")
                spans.append(("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)))
        header.append(top)
    sub: list[Any] = [_p(unit.capitalize(), st.head_left)]
    for c in range(ncols):
        sub.append(_p(tr(_CTX, "Nombre"), st.head))
        if pct and shown.has_target:
            # The rate of achievement is of the whole column only: the objectives are set
            # for the whole; an empty "%" under each split column read as missing figures.
            sub.append(_p(tr(_CTX, "Taux") if c == 0 else "", st.head))
        elif pct:
            sub.append(_p("%", st.head))
    header.append(sub)
    body: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, len(header) - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, len(header)), (-1, -1), 0.25, RULE),
        *spans,
    ]
    if ncols > 1:
        for i in range(1, ncols):
            x = 1 + i * per_col
            commands.append(("LINEBEFORE", (x, 0), (x, -1), 0.6, RULE))
    for row in shown.rows:
        strong = row.kind in ("subtotal", "total")
        label_style = ParagraphStyle(
            f"lbl{row.indent}",
            parent=st.cell_bold if strong else st.cell,
            leftIndent=10 * row.indent,
        )
        label = row.label
        if row.target:
            label = tr(_CTX, "{libelle} (objectif : {n})").format(libelle=label, n=row.target)
        line: list[Any] = [_p(label, label_style)]
        for c in range(ncols):
            line.append(_p(row.counts[c].text, st.num_bold if strong else st.num))
            if pct:
                line.append(_p(row.percents[c].text, st.num))
        y = len(header) + len(body)
        body.append(line)
        if row.kind == "subtotal":
            commands.append(("BACKGROUND", (0, y), (-1, y), SUBTOTAL))
        elif row.kind == "total":
            commands.append(("BACKGROUND", (0, y), (-1, y), TINT))
            commands.append(("LINEABOVE", (0, y), (-1, y), 0.8, ACCENT))
        elif row.kind == "stat":
            commands.append(("BACKGROUND", (0, y), (-1, y), HexColor("#FAFAF7")))
    table = Table(
        header + body, colWidths=_column_widths(ncols, pct), repeatRows=len(header), hAlign="LEFT"
    )
    table.setStyle(TableStyle(commands))
    return table


def _chart(shown: ShownTable) -> Flowable | None:
    kind = shown.table.chart
    if kind is None:
        return None
    width = FRAME_W
    if kind == "hbar":
        if shown.table.key == "situations":  # one bar per category
            categories = tuple(r.key for r in shown.rows if r.kind == "subtotal")
            return charts.hbar(charts.chart_data(shown, keys=categories), width)
        return charts.hbar(charts.chart_data(shown, skip_zero=True), width)
    if kind == "pie":
        parts = ("intra_muros", "hors_murs") if shown.table.key == "contacts_lieu" else None
        return charts.pie(charts.chart_data(shown, keys=parts), width)
    data = charts.chart_data(shown)
    if kind == "month":
        months = [r.key for r in shown.rows if r.kind == "item" and r.counts[0].number is not None]
        several_years = len({k[:4] for k in months}) > 1
        data = charts.ChartData(
            [_month_abbr(k, several_years) for k in months], data.values, data.hidden
        )
    return charts.vbar(data, width)


_MONTH_ABBR = (
    N(_CTX, "janv."),
    N(_CTX, "févr."),
    N(_CTX, "mars"),
    N(_CTX, "avr."),
    N(_CTX, "mai"),
    N(_CTX, "juin"),
    N(_CTX, "juil."),
    N(_CTX, "août"),
    N(_CTX, "sept."),
    N(_CTX, "oct."),
    N(_CTX, "nov."),
    N(_CTX, "déc."),
)


def _month_abbr(key: str, with_year: bool) -> str:
    if len(key) != 7:  # a year (periods longer than two years are counted by year)
        return key
    month = tr(_CTX, _MONTH_ABBR[int(key[5:]) - 1])
    return f"{month} {key[2:4]}" if with_year else month


def _key_figures(shown: ShownReport, st: _Styles) -> Table:
    figures = key_figures(shown)
    cells = [
        [_p(f.value, st.figure_value), _p(f.label, st.figure_label), _p(f.detail, st.figure_detail)]
        for f in figures
    ]
    per_row = 4
    width = FRAME_W / per_row
    rows = []
    for start in range(0, len(cells), per_row):
        chunk = cells[start : start + per_row]
        rows.append(
            [
                Table(
                    [[c[0]], [c[1]], [c[2]]],
                    colWidths=[width - 8],
                    style=TableStyle(
                        [
                            ("LEFTPADDING", (0, 0), (-1, -1), 6),
                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ]
                    ),
                )
                for c in chunk
            ]
        )
    grid = Table(rows, colWidths=[width] * per_row, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEAFTER", (0, 0), (-2, -1), 2, white),
                ("LINEBELOW", (0, 0), (-1, -2), 2, white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return grid


def _named_list(shown: ShownReport, st: _Styles) -> list[Flowable]:
    report = shown.report
    named = report.named
    out: list[Flowable] = [
        PageBreak(),
        _p(tr(_CTX, "Liste nominative"), st.section),
        _p(
            tr(
                _CTX,
                "Demandée explicitement par l'utilisateur et inscrite au "
                "journal d'accès. Document confidentiel : il ne doit "
                "pas sortir de la Mission Locale.",
            ),
            st.warning,
        ),
        Spacer(1, 4),
    ]
    head = [
        tr(_CTX, "Nom"),
        tr(_CTX, "Prénoms"),
        tr(_CTX, "Né(e) le"),
        tr(_CTX, "Suivi"),
        tr(_CTX, "Entrée"),
        tr(_CTX, "Sortie"),
    ]
    if report.split:
        head.append(tr(_CTX, "Colonne"))
    yes = tr(_CTX, "oui")
    rows: list[list[Any]] = [[_p(h, st.head_left) for h in head]]
    for n in named:
        line = [
            n.nom,
            n.prenoms,
            n.date_naissance or "",
            yes if n.file_active else "",
            yes if n.entree else "",
            yes if n.sortie else "",
        ]
        if report.split:
            line.append(report.columns[n.groupe] if n.groupe else "")
        rows.append([_p(v, st.cell) for v in line])
    widths = [40 * mm, 38 * mm, 22 * mm, 14 * mm, 14 * mm, 14 * mm]
    if report.split:
        widths.append(FRAME_W - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    out.append(table)
    if not named:
        out.append(_p(tr(_CTX, "Aucun jeune concerné."), st.body))
    return out


def render_pdf(shown: ShownReport) -> bytes:
    register_fonts()
    st = _Styles()
    report = shown.report
    buffer = io.BytesIO()
    title = tr(_CTX, "Rapport d'activité")
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=report.structure_name,
        subject=report.period.label(),
        creator="Dedans-Dehors Desktop",
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_W,
        PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    story: list[Flowable] = [
        _p(title, st.title),
        _p(report.structure_name, st.subtitle),
        _p(report.period.label(), st.subtitle),
        Spacer(1, 3),
    ]
    if report.split:
        story.append(
            _p(
                tr(_CTX, "Répartition : {a} / {b}, à côté de l'ensemble.").format(
                    a=report.columns[1], b=report.columns[2]
                ),
                st.meta,
            )
        )
    story.append(
        _p(
            tr(_CTX, "Produit le {date}. Définitions en annexe.").format(
                date=format_fr(report.generated_on)
            ),
            st.meta,
        )
    )
    story.append(_p(legend(shown), st.meta if shown.masked else st.warning))
    story += [Spacer(1, 8), _key_figures(shown, st), Spacer(1, 6)]

    by_section: dict[str, list[ShownTable]] = {}
    for t in shown.tables:
        by_section.setdefault(t.table.section, []).append(t)
    for section in SECTIONS:
        tables = by_section.get(section, [])
        if not tables:
            continue
        story.append(CondPageBreak(60 * mm))
        for i, t in enumerate(tables):
            # The heading travels with the first table: never alone at the foot of a page.
            block: list[Flowable] = [_p(tr(_CTX, section), st.section)] if i == 0 else []
            text = report.texts.get(SECTION_KEYS[section], "") if i == 0 else ""
            if text:  # written at the office: context, partners
                block.append(_p(text, st.body))
            block += [_p(t.table.title, st.table_title), _table(t, report.columns, st)]
            if t.table.note:
                block.append(_p(t.table.note, st.note))
            if t.comparison:
                block.append(_p(t.comparison, st.note))
            chart = _chart(t)
            if chart is not None:
                block += [Spacer(1, 4), chart]
            story.append(KeepTogether(block))

    story += [PageBreak(), _p(tr(_CTX, "Annexe : définitions et méthode"), st.section)]
    split_name = report.columns[1] if report.split else ""
    for heading, text in definitions(report.split, split_name, shown.threshold):
        story.append(_p(heading, st.annex_title))
        story.append(_p(text, st.body))
    if report.named:
        story += _named_list(shown, st)

    canvas_cls = type(
        "_Canvas",
        (_NumberedCanvas,),
        {
            "header": f"{clean_text(report.structure_name)[:80]} — {title} — "
            f"{report.period.label()}",
            "footer": tr(_CTX, "Produit le {date} avec Dedans-Dehors Desktop").format(
                date=format_fr(report.generated_on)
            )
            + ("" if shown.masked else " — " + tr(_CTX, "DIFFUSION RESTREINTE")),
            "banner": restricted_banner(shown.mode),
        },
    )
    doc.build(story, canvasmaker=canvas_cls)
    return buffer.getvalue()
