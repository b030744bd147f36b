"""The activity report as a spreadsheet: XLSX (XlsxWriter, opens in LibreOffice and Excel) and
CSV (semicolon-separated, UTF-8 with a byte-order mark, as French spreadsheets expect).

Counts are written as numbers and percentages as fractions with a percent format, so that
funders can recompute; masked cells are text ("< 5", "s"). No cell is ever a formula: text that
starts with "=" (an establishment named by a user, a name in the named list) is written as text
in XLSX and prefixed with an apostrophe in CSV, where spreadsheets would otherwise evaluate it.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]  # ships no type information

from ...core.dates import format_fr
from ...core.i18n import tr
from ..fonts import clean_text
from .annex import definitions
from .build import SECTION_KEYS
from .masking import Shown, ShownReport, ShownRow, legend, restricted_banner

_CTX = "Rapport d'activité"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_csv(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _headers(shown: ShownReport) -> list[str]:
    out = []
    for name in shown.report.columns:
        out += [
            tr(_CTX, "{colonne} — nombre").format(colonne=name),
            tr(_CTX, "{colonne} — %").format(colonne=name),
        ]
    return out


def _named_header(shown: ShownReport) -> list[str]:
    head = [
        tr(_CTX, "Nom"),
        tr(_CTX, "Prénoms"),
        tr(_CTX, "Né(e) le"),
        tr(_CTX, "Suivi"),
        tr(_CTX, "Entrée"),
        tr(_CTX, "Sortie"),
    ]
    if shown.report.split:
        head.append(tr(_CTX, "Colonne"))
    return head


def _named_rows(shown: ShownReport) -> list[list[str]]:
    report = shown.report
    yes = tr(_CTX, "oui")
    rows = []
    for n in report.named:
        line = [
            clean_text(n.nom),
            clean_text(n.prenoms),
            n.date_naissance or "",
            yes if n.file_active else "",
            yes if n.entree else "",
            yes if n.sortie else "",
        ]
        if report.split:
            line.append(report.columns[n.groupe] if n.groupe else "")
        rows.append(line)
    return rows


def _label(row: ShownRow) -> str:
    if not row.target:
        return row.label
    return tr(_CTX, "{libelle} (objectif : {n})").format(libelle=row.label, n=row.target)


def _title_lines(shown: ShownReport) -> list[str]:
    report = shown.report
    banner = restricted_banner(shown.mode)
    lines = [banner] if banner else []
    lines += [
        tr(_CTX, "Rapport d'activité"),
        clean_text(report.structure_name),
        report.period.label(),
        tr(_CTX, "Produit le {date}").format(date=format_fr(report.generated_on)),
    ]
    if report.split:
        lines.append(
            tr(_CTX, "Répartition : {a} / {b}, à côté de l'ensemble.").format(
                a=clean_text(report.columns[1]), b=clean_text(report.columns[2])
            )
        )
    lines.append(legend(shown))
    return lines


# --- CSV ------------------------------------------------------------------------------------------


def _csv_cell(cell: Shown, *, percent: bool = False) -> str:
    """Plain digits (no thousands separator) and a decimal comma, as LibreOffice in French
    reads them."""
    if cell.number is None:
        return cell.text
    if percent:
        return f"{100 * cell.number:.1f}".replace(".", ",")
    if isinstance(cell.number, int):
        return str(cell.number)
    return f"{cell.number:.1f}".replace(".", ",")


def render_csv(shown: ShownReport) -> bytes:
    """One line per table line: table, line, then number and percentage of each column."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for line in _title_lines(shown):
        writer.writerow([_safe_csv(line)])
    writer.writerow([])
    writer.writerow(
        [
            tr(_CTX, "Code tableau"),
            tr(_CTX, "Tableau"),
            tr(_CTX, "Code ligne"),
            tr(_CTX, "Ligne"),
            *_headers(shown),
        ]
    )
    for table in shown.tables:
        for row in table.rows:
            cells: list[str] = []
            for count, pct in zip(row.counts, row.percents, strict=True):
                cells += [_csv_cell(count), _csv_cell(pct, percent=True)]
            writer.writerow(
                [
                    table.table.key,
                    _safe_csv(clean_text(table.table.title)),
                    row.key,
                    _safe_csv(clean_text(_label(row))),
                    *cells,
                ]
            )
    if shown.report.named:
        writer.writerow([])
        writer.writerow([tr(_CTX, "Liste nominative (confidentiel)")])
        writer.writerow(_named_header(shown))
        for person in _named_rows(shown):
            writer.writerow([_safe_csv(v) for v in person])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# --- XLSX -----------------------------------------------------------------------------------------


def render_xlsx(shown: ShownReport) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    report = shown.report
    book.set_properties(
        {
            "title": tr(_CTX, "Rapport d'activité"),
            "subject": report.period.label(),
            "company": clean_text(report.structure_name)[:200],
            "comments": "Dedans-Dehors Desktop",
        }
    )
    f = _Formats(book)
    sheet = book.add_worksheet(tr(_CTX, "Rapport")[:31])
    ncols = len(report.columns)
    sheet.set_column(0, 0, 58)
    sheet.set_column(1, 2 * ncols, 11)
    sheet.hide_gridlines(2)
    row = 0
    for i, line in enumerate(_title_lines(shown)):
        sheet.write_string(row, 0, line, f.title if i == 0 else f.meta)
        row += 1
    row += 1
    section = ""
    for table in shown.tables:
        if table.table.section != section:
            section = table.table.section
            sheet.write_string(row, 0, tr(_CTX, section), f.section)
            row += 2
            text = report.texts.get(SECTION_KEYS[section], "")
            if text:
                sheet.write_string(row, 0, clean_text(text), f.wrap)
                row += 2
        sheet.write_string(row, 0, clean_text(table.table.title), f.table_title)
        row += 1
        sheet.write_string(row, 0, clean_text(table.table.unit).capitalize(), f.head_left)
        for c, name in enumerate(report.columns):
            sheet.write_string(
                row, 1 + 2 * c, clean_text(name) + " — " + tr(_CTX, "nombre"), f.head
            )
            if table.has_target:  # the rate of achievement, of the whole column only
                head = tr(_CTX, "taux de réalisation") if c == 0 else ""
            else:
                head = "%" if table.has_percent else ""
            _text(sheet, row, 2 + 2 * c, head, f.head)
        row += 1
        for r in table.rows:
            strong = r.kind in ("subtotal", "total")
            label = ("    " * r.indent) + clean_text(_label(r))
            sheet.write_string(row, 0, label, f.label_bold if strong else f.label)
            for c in range(ncols):
                count, pct = r.counts[c], r.percents[c]
                if count.number is None:
                    _text(sheet, row, 1 + 2 * c, count.text, f.masked)
                elif r.kind == "stat":
                    sheet.write_number(row, 1 + 2 * c, count.number, f.decimal)
                else:
                    sheet.write_number(
                        row, 1 + 2 * c, count.number, f.count_bold if strong else f.count
                    )
                if pct.number is None:
                    _text(sheet, row, 2 + 2 * c, pct.text, f.masked)
                else:
                    sheet.write_number(row, 2 + 2 * c, pct.number, f.percent)
            row += 1
        for line in (table.table.note, table.comparison):
            if line:
                sheet.write_string(row, 0, clean_text(line), f.note)
                row += 1
        row += 1

    annex = book.add_worksheet(tr(_CTX, "Définitions")[:31])
    annex.set_column(0, 0, 34)
    annex.set_column(1, 1, 110)
    banner = restricted_banner(shown.mode)
    first = 0
    if banner:
        annex.write_string(0, 0, banner, f.warning)
        first = 2
    split_name = report.columns[1] if report.split else ""
    for i, (heading, text) in enumerate(
        definitions(report.split, split_name, shown.threshold), start=first
    ):
        annex.write_string(i, 0, heading, f.label_bold)
        annex.write_string(i, 1, text, f.wrap)

    if report.named:
        named = book.add_worksheet(tr(_CTX, "Liste nominative")[:31])
        named.set_column(0, 1, 24)
        named.set_column(2, 6, 12)
        named.write_string(1, 0, banner, f.warning)
        named.write_string(
            0,
            0,
            tr(
                _CTX,
                "Liste nominative demandée explicitement et inscrite "
                "au journal d'accès : confidentiel.",
            ),
            f.warning,
        )
        for c, head in enumerate(_named_header(shown)):
            named.write_string(2, c, head, f.head_left)
        for r_i, person in enumerate(_named_rows(shown), start=3):
            for c, value in enumerate(person):
                _text(named, r_i, c, value, f.label)
    if banner:  # printed at the top of every page of every sheet too
        for each in book.worksheets():
            each.set_header("&C&B" + banner.replace("&", "&&"))
    book.close()
    return buffer.getvalue()


def _text(sheet: Any, row: int, col: int, text: str, fmt: Any) -> None:
    # An empty cell stays empty (not an empty string) but keeps its borders.
    if text:
        sheet.write_string(row, col, text, fmt)
    else:
        sheet.write_blank(row, col, None, fmt)


class _Formats:
    def __init__(self, book: Any) -> None:
        base = {"font_name": "Calibri", "font_size": 10}

        def fmt(**kw: Any) -> Any:
            return book.add_format({**base, **kw})

        accent = "#0B5563"
        self.title = fmt(bold=True, font_size=16, font_color=accent)
        self.meta = fmt(font_color="#4A5557")
        self.section = fmt(bold=True, font_size=13, font_color=accent)
        self.table_title = fmt(bold=True, font_size=11)
        self.head = fmt(bold=True, font_color="#FFFFFF", bg_color=accent, align="right")
        self.head_left = fmt(bold=True, font_color="#FFFFFF", bg_color=accent)
        self.label = fmt(bottom=1, bottom_color="#C9D6D8")
        self.label_bold = fmt(bold=True, bottom=1, bottom_color="#C9D6D8")
        self.count = fmt(num_format="#,##0", bottom=1, bottom_color="#C9D6D8")
        self.count_bold = fmt(num_format="#,##0", bold=True, bottom=1, bottom_color="#C9D6D8")
        self.decimal = fmt(num_format="0.0", bottom=1, bottom_color="#C9D6D8")
        self.percent = fmt(num_format="0.0%", bottom=1, bottom_color="#C9D6D8")
        self.masked = fmt(align="right", font_color="#4A5557", bottom=1, bottom_color="#C9D6D8")
        self.note = fmt(italic=True, font_size=9, font_color="#4A5557")
        self.wrap = fmt(text_wrap=True, valign="top")
        self.warning = fmt(bold=True, font_color="#C2410C")
