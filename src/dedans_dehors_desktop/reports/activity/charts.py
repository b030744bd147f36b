"""Charts of the PDF report (reportlab.graphics), drawn from the cells as shown.

A masked cell is never drawn: a bar of height 3 would reveal what "< 5" hides. Its category is
named under the chart instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from ...core.i18n import tr
from ..fonts import BOLD, REGULAR, clean_text
from .masking import ShownTable

_CTX = "Rapport d'activité"

INK = HexColor("#1A1A1A")
ACCENT = HexColor("#0B5563")
ACCENT_LIGHT = HexColor("#5B9AA5")
GRID = HexColor("#C9D6D8")
PALETTE = (
    HexColor("#0B5563"),
    HexColor("#C2410C"),
    HexColor("#6B8E23"),
    HexColor("#7C5BA6"),
    HexColor("#B08900"),
    HexColor("#5B9AA5"),
    HexColor("#8A8A8A"),
)
_MAX_LABEL = 46


@dataclass(frozen=True)
class ChartData:
    labels: list[str]
    values: list[float]
    hidden: list[str]  # categories whose value is masked


def chart_data(
    shown: ShownTable,
    column: int = 0,
    keys: tuple[str, ...] | None = None,
    *,
    skip_zero: bool = False,
) -> ChartData:
    """Item lines of ``shown`` (not totals, subtotals or stats), as shown in ``column``."""
    labels: list[str] = []
    values: list[float] = []
    hidden: list[str] = []
    for row in shown.rows:
        if keys is not None:
            if row.key not in keys:
                continue
        elif row.kind != "item" or row.indent or row.key == "jeunes":
            continue
        cell = row.counts[column]
        if cell.number is None:
            if cell.text:
                hidden.append(row.label)
            continue
        if skip_zero and not cell.number:
            continue
        labels.append(_short(row.label))
        values.append(float(cell.number))
    return ChartData(labels, values, hidden)


def _short(label: str) -> str:
    text = clean_text(label)
    return text if len(text) <= _MAX_LABEL else text[: _MAX_LABEL - 1].rstrip() + "…"


def _caption(drawing: Drawing, data: ChartData, width: float) -> None:
    if data.hidden:
        text = tr(_CTX, "Non représentés (effectifs masqués) : {liste}").format(
            liste=", ".join(_short(h) for h in data.hidden)
        )
        if len(text) > 150:
            text = text[:149] + "…"
        drawing.add(String(0, 2, text, fontName=REGULAR, fontSize=7, fillColor=INK))


def _empty(width: float, data: ChartData) -> Drawing:
    drawing = Drawing(width, 18)
    text = (
        tr(_CTX, "Graphique omis : ses valeurs sont masquées (secret statistique).")
        if data.hidden
        else tr(_CTX, "Aucune donnée à représenter.")
    )
    drawing.add(String(0, 6, text, fontName=REGULAR, fontSize=8, fillColor=INK))
    return drawing


def hbar(data: ChartData, width: float) -> Drawing:
    """Horizontal bars, one per category, the value written at the end of each bar."""
    if not any(data.values):  # nothing, or only zeros beside masked values
        return _empty(width, data)
    bar_h = 11.0
    caption_h = 12.0 if data.hidden else 0.0
    plot_h = bar_h * len(data.values)
    drawing = Drawing(width, plot_h + 14 + caption_h)
    chart = HorizontalBarChart()
    label_w = min(190.0, width * 0.42)
    chart.x, chart.y = label_w, caption_h + 8
    chart.width, chart.height = width - label_w - 40, plot_h
    # Top to bottom in table order: reportlab draws the first category at the bottom.
    chart.data = [list(reversed(data.values))]
    chart.categoryAxis.categoryNames = list(reversed(data.labels))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = GRID
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(data.values) * 1.05 or 1
    chart.barWidth = bar_h * 0.7
    chart.groupSpacing = bar_h * 0.3
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = _int_label
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = INK
    drawing.add(chart)
    _caption(drawing, data, width)
    return drawing


def vbar(data: ChartData, width: float, height: float = 120) -> Drawing:
    """Vertical bars (months, age bands, years)."""
    if not any(data.values):  # nothing, or only zeros beside masked values
        return _empty(width, data)
    caption_h = 12.0 if data.hidden else 0.0
    drawing = Drawing(width, height + caption_h)
    chart = VerticalBarChart()
    chart.x, chart.y = 10, caption_h + 28
    chart.width, chart.height = width - 20, height - 40
    chart.data = [data.values]
    chart.categoryAxis.categoryNames = data.labels
    size = 7 if len(data.labels) > 8 else 7.5
    # Slanted only when a label would not fit under its bar: twelve months fit upright.
    widest = max((stringWidth(label, REGULAR, size) for label in data.labels), default=0.0)
    slanted = widest + 4 > chart.width / max(len(data.labels), 1)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.angle = 30 if slanted else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if slanted else "n"
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(data.values) * 1.15 or 1
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 6
    chart.barLabelFormat = _int_label
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.barLabels.fillColor = INK
    drawing.add(chart)
    _caption(drawing, data, width)
    return drawing


def pie(data: ChartData, width: float, height: float = 110) -> Drawing:
    """A pie with a legend on its right; shares of the visible categories only."""
    visible = [
        (label, value) for label, value in zip(data.labels, data.values, strict=True) if value > 0
    ]
    if not visible:
        return _empty(width, data)
    caption_h = 12.0 if data.hidden else 0.0
    drawing = Drawing(width, height + caption_h)
    size = height - 16
    chart = Pie()
    chart.x, chart.y = 10, caption_h + 8
    chart.width = chart.height = size
    chart.data = [v for _, v in visible]
    chart.labels = None
    chart.simpleLabels = 1
    chart.slices.strokeColor = white
    chart.slices.strokeWidth = 1
    total = sum(v for _, v in visible)
    for i in range(len(visible)):
        chart.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(chart)
    y = caption_h + 8 + size - 10
    for i, (label, value) in enumerate(visible):
        colour: Color = PALETTE[i % len(PALETTE)]
        drawing.add(Rect(size + 26, y - 1, 8, 8, fillColor=colour, strokeColor=None))
        share = f"{100 * value / total:.0f}".replace(".", ",")
        drawing.add(
            String(
                size + 40,
                y,
                f"{_short(label)} — {share}\u00a0%",
                fontName=REGULAR,
                fontSize=8,
                fillColor=INK,
            )
        )
        y -= 13
    _caption(drawing, data, width)
    return drawing


def _int_label(value: float) -> str:
    return f"{round(value):,}".replace(",", "\u202f")
