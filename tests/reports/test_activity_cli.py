"""``dedans-dehors report``: the period and split arguments (property-based), and full runs
against a real store."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from dedans_dehors_desktop.cli import main
from dedans_dehors_desktop.cli.common import CliError
from dedans_dehors_desktop.cli.report_cmds import period_from
from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.reports.activity.period import (
    Period,
    Split,
    parse_report_date,
    parse_split,
)

from .test_activity_dataset import PASSPHRASE, USER, open_dataset

DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(DATES)
def test_iso_and_french_dates_round_trip(d: date) -> None:
    assert parse_report_date(d.isoformat()) == d
    assert parse_report_date(f"  {d.isoformat()} ") == d
    assert parse_report_date(d.strftime("%d/%m/%Y")) == d


@given(st.text(max_size=30))
def test_any_text_is_a_date_or_a_french_error(text: str) -> None:
    try:
        value = parse_report_date(text)
    except ValidationError as exc:
        assert str(exc)  # a message for the terminal
    else:
        assert date(1900, 1, 1) <= value <= date(2100, 12, 31)


@given(st.integers(1, 9999), st.integers(0, 99), st.integers(0, 99))
def test_impossible_dates_are_refused(year: int, month: int, day: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        expected: date | None = date(year, month, day)
    except ValueError:
        expected = None
    if expected is None or not 1900 <= year <= 2100:
        with pytest.raises(ValidationError):
            parse_report_date(text)
    else:
        assert parse_report_date(text) == expected


@given(st.text(max_size=40))
def test_any_split_text_is_a_split_or_a_french_error(text: str) -> None:
    try:
        split = parse_split(text)
    except ValidationError as exc:
        assert "Répartition" in str(exc) or "dispositif" in str(exc)
    else:
        assert split.kind in ("plie", "financeur", "dispositif")


def test_split_spellings() -> None:
    assert parse_split("PLIE") == Split("plie")
    assert parse_split("fse") == Split("financeur", "FSE")
    assert parse_split("financeur:plie") == Split("financeur", "PLIE")
    assert parse_split("Ville") == Split("financeur", "Ville")
    assert parse_split("dispositif: Dedans-Dehors") == Split("dispositif", "Dedans-Dehors")
    with pytest.raises(ValidationError):
        parse_split("dispositif:")


def _args(**kw: object) -> argparse.Namespace:
    values: dict[str, object] = {"year": None, "start": None, "end": None}
    values.update(kw)
    return argparse.Namespace(**values)


def test_period_arguments() -> None:
    today = date(2026, 3, 4)
    assert period_from(_args(), today) == Period.year(2025)  # the last full year by default
    assert period_from(_args(year=2024), today) == Period.year(2024)
    assert period_from(_args(start=date(2025, 2, 1), end=date(2025, 2, 28)), today) == Period(
        date(2025, 2, 1), date(2025, 2, 28)
    )
    with pytest.raises(CliError):
        period_from(_args(start=date(2025, 2, 1)), today)
    with pytest.raises(CliError):
        period_from(_args(year=2025, end=date(2025, 2, 1)), today)
    with pytest.raises(CliError, match="précède"):
        period_from(_args(start=date(2025, 2, 1), end=date(2025, 1, 1)), today)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    for _ in open_dataset(root):
        pass  # built and closed: the command opens it itself
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)
    return root


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "--user", USER, "report", *args])


def test_report_command_writes_a_masked_pdf(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rapport.pdf"
    assert (
        run(
            data_dir,
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--split",
            "plie",
            "--out",
            str(out),
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "écrit dans" in printed and "masquée" in printed
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    # Six youths: the audit masks even the contacts, which would bound the small counts.
    assert "Contacts (entretiens et démarches réalisés) s s s" in text
    assert "Alphazed" not in text


def test_report_command_named_list_in_xlsx(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nominatif.xlsx"
    assert run(data_dir, "--year", "2025", "--named-list", "--out", str(out)) == 0
    assert "Liste nominative jointe (7 jeune(s))" in capsys.readouterr().out
    assert "Liste nominative" in openpyxl.load_workbook(out).sheetnames


def test_report_command_csv_by_format_option(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.txt"
    assert run(data_dir, "--year", "2025", "--format", "csv", "--out", str(out)) == 0
    assert out.read_bytes().startswith("\ufeff".encode())


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--from", "2025-02-30", "--to", "2025-03-01"], 2, "n'existe pas"),
        (["--from", "demain", "--to", "2025-03-01"], 2, "AAAA-MM-JJ"),
        (["--from", "2025-03-01"], 1, "--from et --to"),
        (["--from", "2025-03-01", "--to", "2025-01-01"], 1, "précède"),
        (["--year", "2025", "--split", "inconnu"], 2, "Répartition inconnue"),
        (["--year", "2025", "--split", "dispositif:Absent"], 1, "dispositif"),
    ],
)
def test_report_command_errors_are_french(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    status: int,
    message: str,
) -> None:
    if status == 2:
        with pytest.raises(SystemExit) as exit_info:
            run(data_dir, *args, "--out", str(tmp_path / "r.pdf"))
        assert exit_info.value.code == status
    else:
        assert run(data_dir, *args, "--out", str(tmp_path / "r.pdf")) == status
    assert message in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
