"""Statistical confidentiality of the files that leave the office, and the cells they show.

Rule (written out in the annex), for a threshold T (a setting, 5 by default):

1. *Primary masking*: a count from 1 to T-1 is shown as "< T" (zero stays visible: it reveals no
   one).
2. *Secondary masking*: a masked cell must not be recoverable by subtraction. Every published
   sum — a table's total and its lines, a subtotal and its details, and across the columns of a
   split, "Ensemble" = first column + second column — must have either no masked cell or at least
   two. When a sum has exactly one, the smallest non-zero visible line of that sum is masked too
   (shown as "s", secret statistique), totals being kept visible whenever a line can be used;
   this repeats until every sum satisfies the rule.
   Then the audit (``audit``) computes what a reader can derive about each masked cell from all
   the published ones and masks further until none can be pinned down.
3. A percentage is hidden when its count or its denominator is masked.
4. A mean or a median computed over fewer than T observations is hidden.

With ``masked=False`` (the exact figures, or the named list: asked for explicitly and logged)
every value is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ...core.i18n import tr
from .audit import AuditResult, protect
from .model import ActivityReport, CountRow, StatRow, Table

_CTX = "Rapport d'activité"

THRESHOLD = 5
PRIMARY_TEXT = "< 5"
SECONDARY_TEXT = "s"
MIN_THRESHOLD, MAX_THRESHOLD = 3, 20

MaskKind = Literal["primary", "secondary"]
Mode = Literal["masque", "exact", "nominatif"]
MODES: tuple[Mode, ...] = ("masque", "exact", "nominatif")


def primary_text(threshold: int) -> str:
    return f"< {threshold}"


Cell = tuple[str, int]  # (row key, column)


@dataclass(frozen=True)
class _Group:
    """A published sum: ``total`` = sum of ``parts``."""

    total: Cell
    parts: tuple[Cell, ...]
    total_eligible: bool  # may the total itself be masked to protect a part?

    @property
    def cells(self) -> tuple[Cell, ...]:
        return (self.total, *self.parts)


def suppress(table: Table, ncols: int, threshold: int = THRESHOLD) -> dict[Cell, MaskKind]:
    """The masked count cells of ``table`` and why.

    A table's total line is published in other tables too (the youths followed, the contacts...),
    so it is never masked to protect a line of its own column: only through the sum across the
    split columns, where the same three numbers lead to the same choice in every table.
    """
    values = {(r.key, c): r.counts[c] for r in table.count_rows for c in range(ncols)}
    totals = {r.key for r in table.count_rows if r.role == "total"}
    masks: dict[Cell, MaskKind] = {
        cell: "primary" for cell, v in values.items() if 0 < v < threshold
    }
    groups = [
        _Group((total, c), tuple((p, c) for p in parts), total not in totals)
        for total, parts in table.sums
        for c in range(ncols)
    ]
    if ncols > 1:
        groups += [
            _Group((r.key, 0), tuple((r.key, c) for c in range(1, ncols)), True)
            for r in table.count_rows
        ]
    groups_of: dict[Cell, list[_Group]] = {}
    for g in groups:
        for cell in g.cells:
            groups_of.setdefault(cell, []).append(g)

    def candidates(g: _Group) -> list[Cell]:
        cells = [*g.parts, g.total] if g.total_eligible else list(g.parts)
        return [c for c in cells if c not in masks and values[c] > 0]

    def dead_end(cell: Cell, current: _Group) -> bool:
        """Masking ``cell`` would leave another sum with one masked cell and no way out."""
        for g in groups_of[cell]:
            if g is current or any(c in masks for c in g.cells):
                continue
            if not [c for c in candidates(g) if c != cell]:
                return True
        return False

    changed = bool(masks)
    while changed:
        changed = False
        for g in groups:
            if sum(cell in masks for cell in g.cells) != 1:
                continue
            options = candidates(g)
            if not options and g.total not in masks and values[g.total] > 0:
                options = [g.total]  # last resort: better a masked total than a disclosure
            if not options:
                continue
            safe = [c for c in options if not dead_end(c, g)] or options
            # The smallest line hides the masked one at the least cost of information.
            chosen = min(safe, key=lambda cell: values[cell])
            masks[chosen] = "secondary"
            changed = True
    return masks


@dataclass(frozen=True)
class Shown:
    """One printed cell: ``number`` for a spreadsheet (None when hidden or empty), ``text``."""

    number: float | None
    text: str


EMPTY = Shown(None, "")


def format_int(n: int) -> str:
    # French thousands separator: a narrow no-break space.
    return f"{n:,}".replace(",", "\u202f")


def format_decimal(x: float, decimals: int = 1) -> str:
    return f"{x:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def format_percent(x: float) -> str:
    return f"{format_decimal(100 * x)}\u00a0%"


@dataclass(frozen=True)
class ShownRow:
    key: str
    label: str
    kind: Literal["item", "subtotal", "total", "stat"]
    indent: int
    counts: tuple[Shown, ...]
    percents: tuple[Shown, ...]  # EMPTY for stats and for tables without percentages
    target: str = ""  # an objective: the percentage is then the rate of achievement


@dataclass(frozen=True)
class ShownTable:
    table: Table
    rows: tuple[ShownRow, ...]
    has_percent: bool
    masked_cells: int
    comparison: str = ""  # the whole Mission Locale's figure, when entered at the office

    @property
    def has_target(self) -> bool:
        return any(r.target for r in self.rows)


def show_table(
    table: Table,
    ncols: int,
    *,
    masked: bool,
    threshold: int = THRESHOLD,
    masks: dict[Cell, MaskKind] | None = None,
) -> ShownTable:
    """``masks``: the cells to hide (the audited ones); by default the per-sum rule alone."""
    if masks is None:
        masks = suppress(table, ncols, threshold) if masked else {}
    base = table.row(table.base) if table.base else None
    base_counts = base.counts if isinstance(base, CountRow) else None
    rows: list[ShownRow] = []
    for r in table.rows:
        if isinstance(r, StatRow):
            cells = tuple(_stat(r, c, masked, threshold) for c in range(ncols))
            rows.append(ShownRow(r.key, r.label, "stat", 0, cells, (EMPTY,) * ncols))
            continue
        counts, percents = [], []
        for c in range(ncols):
            mask = masks.get((r.key, c))
            if mask == "primary":
                counts.append(Shown(None, primary_text(threshold)))
            elif mask == "secondary":
                counts.append(Shown(None, SECONDARY_TEXT))
            else:
                counts.append(Shown(r.counts[c], format_int(r.counts[c])))
            if r.target is not None:
                percents.append(_achievement(r, c, masks))
            else:
                percents.append(_percent(r, c, base_counts, masks, table.base))
        target = "" if r.target is None else format_int(r.target)
        rows.append(
            ShownRow(r.key, r.label, r.role, r.indent, tuple(counts), tuple(percents), target)
        )
    has_percent = base_counts is not None or any(r.target for r in rows)
    return ShownTable(table, tuple(rows), has_percent, len(masks), _comparison(table, masks))


def _achievement(r: CountRow, c: int, masks: dict[Cell, MaskKind]) -> Shown:
    if c or not r.target or (r.key, c) in masks:
        return EMPTY
    share = r.counts[c] / r.target
    return Shown(round(share, 4), format_percent(share))


def _comparison(table: Table, masks: dict[Cell, MaskKind]) -> str:
    if table.reference is None:
        return ""
    text = tr(_CTX, "Pour comparaison, ensemble de la Mission Locale : {n} {unite}.").format(
        n=format_int(table.reference), unite=table.unit
    )
    try:
        row = table.row(table.reference_row)
    except KeyError:
        return text
    if isinstance(row, CountRow) and table.reference and (row.key, 0) not in masks:
        share = format_percent(row.counts[0] / table.reference)
        text += " " + tr(_CTX, "Part du dispositif : {p}.").format(p=share)
    return text


def _percent(
    r: CountRow,
    c: int,
    base: tuple[int, ...] | None,
    masks: dict[Cell, MaskKind],
    base_key: str | None,
) -> Shown:
    if base is None or base_key is None or not r.percent:
        return EMPTY
    if (r.key, c) in masks or (base_key, c) in masks:
        return Shown(None, "")
    if base[c] == 0:
        return Shown(None, "–")
    share = r.counts[c] / base[c]
    return Shown(round(share, 4), format_percent(share))


def _stat(r: StatRow, c: int, masked: bool, threshold: int) -> Shown:
    value = r.values[c]
    if value is None:
        return Shown(None, "–")
    if masked and r.n[c] < threshold:
        return Shown(None, primary_text(threshold) if r.n[c] else "–")
    return Shown(round(value, r.decimals), format_decimal(value, r.decimals))


@dataclass(frozen=True)
class ShownReport:
    report: ActivityReport
    masked: bool
    tables: tuple[ShownTable, ...]
    threshold: int = THRESHOLD
    audit: AuditResult | None = None

    @property
    def mode(self) -> Mode:
        """Masked for the funders; exact without names; or the named list."""
        if self.masked:
            return "masque"
        return "nominatif" if self.report.named else "exact"

    def table(self, key: str) -> ShownTable:
        for t in self.tables:
            if t.table.key == key:
                return t
        raise KeyError(key)

    @property
    def masked_cells(self) -> int:
        return sum(t.masked_cells for t in self.tables)


def show_report(report: ActivityReport, *, masked: bool, threshold: int = THRESHOLD) -> ShownReport:
    """The printed cells; masked: the per-sum rule, then the audit over all tables together
    (raises ``audit.DisclosureError`` when a masked cell cannot be protected)."""
    ncols = len(report.columns)
    if not masked:
        tables = tuple(show_table(t, ncols, masked=False) for t in report.tables)
        return ShownReport(report, False, tables, threshold)
    first = {t.key: suppress(t, ncols, threshold) for t in report.tables}
    result = protect(report.tables, ncols, first, threshold)
    tables = tuple(
        show_table(t, ncols, masked=True, threshold=threshold, masks=result.masks[t.key])
        for t in report.tables
    )
    return ShownReport(report, True, tables, threshold, result)


RESTRICTED = "DIFFUSION RESTREINTE"


def restricted_banner(mode: Mode) -> str:
    """The flag every page and sheet of an unmasked file carries ("" for the masked one)."""
    if mode == "exact":
        return tr(
            _CTX,
            "DIFFUSION RESTREINTE — effectifs exacts, sans noms : réservé à la Mission Locale "
            "et aux financeurs sous convention",
        )
    if mode == "nominatif":
        return tr(_CTX, "DIFFUSION RESTREINTE — CONFIDENTIEL : liste nominative")
    return ""


def legend(shown: ShownReport) -> str:
    if shown.mode == "nominatif":
        return tr(
            _CTX,
            "Liste nominative demandée : aucune valeur n'est masquée. Document "
            "confidentiel, à ne pas diffuser hors de la Mission Locale.",
        )
    if shown.mode == "exact":
        return tr(
            _CTX,
            "Effectifs exacts demandés (sans noms) : aucune valeur n'est masquée. Diffusion "
            "restreinte ; la demande est inscrite au journal d'accès.",
        )
    return tr(
        _CTX,
        "« < {seuil} » : effectif de 1 à {max}, masqué (secret statistique). « s » : valeur "
        "masquée pour qu'un effectif « < {seuil} » ne puisse pas être retrouvé ni encadré "
        "par différence. Les pourcentages correspondants sont masqués.",
    ).format(seuil=shown.threshold, max=shown.threshold - 1)
