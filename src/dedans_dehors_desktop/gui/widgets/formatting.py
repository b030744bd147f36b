"""Stored values → French display text (dates jj/mm/aaaa, labels of codes, oui/non)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QCoreApplication

from ...core.dates import age_at, format_fr
from ...core.entities import Field
from ...core.enums import Choices
from ...core.hlc import hlc_to_datetime
from ...core.i18n import tr
from .text import multi_line, one_line


@cache
def label(choices: Choices, code: str | None) -> str:
    """``choices.label(code)``, memoised: translating is slow and labels are painted often.
    Cleared when the interface language changes (``translations.install``)."""
    return choices.label(code)


def _t(text: str) -> str:
    return QCoreApplication.translate("Affichage", text)


def parse_iso(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_fr(value: object) -> str:
    d = parse_iso(value)
    return format_fr(d) if d else ""


def age_text(birth: object, today: date | None = None) -> str:
    d = parse_iso(birth)
    if d is None:
        return ""
    return _t("{n} ans").format(n=age_at(d, today or date.today()))


def appointment_text(value: object, today: date | None = None) -> str:
    """ "2026-03-03 14:30" → "03/03/2026 à 14:30", "aujourd'hui à 14:30" for today."""
    if not isinstance(value, str) or not value:
        return ""
    d = parse_iso(value)
    if d is None:
        return ""
    hour = value[11:16] if len(value) >= 16 else ""
    day = _t("aujourd'hui") if d == (today or date.today()) else format_fr(d)
    return _t("{jour} à {heure}").format(jour=day, heure=hour) if hour else day


def when_text(stamp: int) -> str:
    local = hlc_to_datetime(int(stamp)).astimezone()
    return local.strftime("%d/%m/%Y %H:%M")


def iso_to_local(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return ""


def yes_no(value: object) -> str:
    return _t("Oui") if value in (1, True, "1") else _t("Non")


def field_label(f: Field) -> str:
    return tr("Champs", f.label)


def format_value(
    f: Field,
    value: object,
    ref_names: Mapping[str, Mapping[str, str]] | None = None,
    *,
    multiline: bool = False,
) -> str:
    """Display text of one stored value of field ``f`` (empty string when unset)."""
    if value is None or value == "":
        return ""
    kind = f.kind
    if kind == "date":
        return date_fr(value)
    if kind == "bool":
        return yes_no(value)
    if kind == "enum" and f.choices is not None:
        return one_line(label(f.choices, str(value)))
    if kind == "enumset" and f.choices is not None:
        try:
            codes = json.loads(str(value))
        except ValueError:
            return ""
        if not isinstance(codes, list):
            return ""
        return one_line(", ".join(label(f.choices, str(c)) for c in codes))
    if kind == "ref":
        names = (ref_names or {}).get(f.ref or "", {})
        return one_line(names.get(str(value), _t("(fiche supprimée ou inconnue)")))
    if kind == "json":
        return _t("(données structurées)")
    if kind == "note" or multiline:
        return multi_line(value)
    return one_line(value)


def enumset_codes(value: object) -> list[str]:
    if not value:
        return []
    try:
        codes = json.loads(str(value))
    except ValueError:
        return []
    return [str(c) for c in codes] if isinstance(codes, list) else []
