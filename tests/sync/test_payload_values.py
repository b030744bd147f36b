"""Values in a bundle must have the shape the store keeps; what the write path stores always has."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.core.validation import is_stored_form, normalise_value
from dedans_dehors_desktop.sync.payload import PayloadError, parse_record

REPLICA = "0123456789abcdef"
TODAY = date(2026, 11, 22)


def _record(field: str, value: Any) -> dict[str, Any]:
    return {
        "k": "r",
        "t": "jeune",
        "id": str(uuid.uuid4()),
        "x": {REPLICA: 1},
        "d": [[REPLICA, 1, 0, "auteur"]],
        "f": {"_deleted": [[0, 0]], field: [[value, 0]]},
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sexe", "pas un code !"),
        ("date_naissance", "31/02/garbage"),
        ("date_naissance", "2026-02-31"),
        ("nom_naissance", "Dupont\x00\x1b[31m"),
        ("pas_de_telephone", 7),
    ],
)
def test_malformed_values_are_refused(field: str, value: Any) -> None:
    with pytest.raises(PayloadError):
        parse_record(_record(field, value))


def test_a_code_from_a_newer_version_is_kept() -> None:
    state = parse_record(_record("sexe", "code_ajoute_plus_tard"))
    assert state.registers["sexe"]


@settings(max_examples=200, deadline=None)
@given(
    table=st.sampled_from(sorted(ENTITIES)),
    data=st.data(),
)
def test_every_stored_value_has_the_stored_form(table: str, data: st.DataObject) -> None:
    f = data.draw(st.sampled_from(ENTITIES[table].fields))
    raw: Any
    if f.choices is not None:
        codes = f.choices.codes()
        raw = data.draw(
            st.lists(st.sampled_from(codes)) if f.kind == "enumset" else st.sampled_from(codes)
        )
    elif f.kind == "date":
        raw = data.draw(st.dates(date(1995, 1, 1), date(2012, 1, 1)))
    elif f.kind == "ref":
        raw = str(uuid.UUID(int=data.draw(st.integers(0, 2**128 - 1))))
    elif f.kind == "int":
        raw = data.draw(st.integers(f.min_value or 0, f.max_value or 10**6))
    elif f.kind == "bool":
        raw = data.draw(st.booleans())
    elif f.kind == "time":
        raw = f"{data.draw(st.integers(0, 23)):02d}:{data.draw(st.integers(0, 59)):02d}"
    elif f.kind == "json":
        raw = data.draw(st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))
    else:
        raw = data.draw(st.text(max_size=50))
    try:
        stored = normalise_value(f, raw, TODAY)
    except ValidationError:
        return
    assert is_stored_form(f, stored), (f.name, raw, stored)
