"""Validation of field values (property-based): a stored value or a French ValidationError,
never a crash, never case data in the message."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core.dates import MAX_DATE, MIN_DATE, age_at
from dedans_dehors_desktop.core.entities import ENTITIES, Field
from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.core.validation import (
    MAX_AGE,
    MIN_AGE,
    check_record,
    normalise_changes,
    normalise_value,
)

TODAY = date(2026, 3, 15)
FIELDS: list[tuple[str, Field]] = [(e.table, f) for e in ENTITIES.values() for f in e.fields]
TEXT_FIELDS = [(t, f) for t, f in FIELDS if f.kind in ("text", "note")]
DATE_FIELDS = [(t, f) for t, f in FIELDS if f.kind == "date" and f.name != "date_naissance"]
ENUM_FIELDS = [(t, f) for t, f in FIELDS if f.kind == "enum"]
ENUMSET_FIELDS = [(t, f) for t, f in FIELDS if f.kind == "enumset"]
BIRTH = ENTITIES["jeune"].field("date_naissance")
# Control characters that never belong in a stored one-line text (bidi overrides included).
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
CONTROL_NOTE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def field_id(item: tuple[str, Field]) -> str:
    return f"{item[0]}.{item[1].name}"


def assert_french_error(err: ValidationError, f: Field) -> None:
    message = str(err)
    assert message and err.message == message
    assert err.field == f.name
    assert "Traceback" not in message and "Error" not in message
    assert re.search(r"[«»]|obligatoire|invalide|inconnu|doit|trop|date|valeur", message), message


def normalised_or_refused(f: Field, value: Any) -> Any:
    try:
        stored = normalise_value(f, value, TODAY)
    except ValidationError as err:
        assert_french_error(err, f)
        return err
    assert stored is None or (isinstance(stored, str | int) and not isinstance(stored, bool))
    return stored


# --- any value in any field ---------------------------------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.dates()
    | st.binary(max_size=10)
)
anything = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=600, deadline=None)
@given(item=st.sampled_from(FIELDS), value=anything)
@example(item=("accompagnement", ENTITIES["accompagnement"].field("financeurs")), value="[FSE")
@example(item=("accompagnement", ENTITIES["accompagnement"].field("financeurs")), value=[["FSE"]])
def test_any_value_in_any_field_gives_a_value_or_a_french_error(
    item: tuple[str, Field], value: Any
) -> None:
    normalised_or_refused(item[1], value)


ENUMSET = ENTITIES["accompagnement"].field("financeurs")
JSON_FIELD = ENTITIES["dispositif"].field("regles")


@pytest.mark.parametrize(
    "f,value",
    [
        (ENUMSET, "[FSE"),
        (ENUMSET, "[1, 2"),
        (ENUMSET, '[["FSE"]]'),
        (ENUMSET, "[{}]"),
        (ENUMSET, [["FSE"]]),
        (ENUMSET, [{"a": 1}]),
        (ENUMSET, [1, "FSE"]),
        (JSON_FIELD, {"règles": {1, 2}}),
        (JSON_FIELD, [date(2025, 1, 1)]),
        (JSON_FIELD, "[" * 5000 + "]" * 5000),
    ],
    ids=[
        "enumset-json-cut",
        "enumset-json-cut-2",
        "enumset-nested-json",
        "enumset-dict-json",
        "enumset-nested-list",
        "enumset-dict",
        "enumset-mixed-types",
        "json-set",
        "json-date",
        "json-deep",
    ],
)
def test_malformed_structured_values_are_validation_errors(f: Field, value: Any) -> None:
    """Values a form, a CSV or a received bundle could carry: refused in French, no crash."""
    with pytest.raises(ValidationError) as info:
        normalise_value(f, value, TODAY)
    assert_french_error(info.value, f)


# --- text ---------------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(item=st.sampled_from(TEXT_FIELDS), text=st.text(max_size=400))
@example(
    item=("jeune", ENTITIES["jeune"].field("nom_naissance")),
    text="Du\u202eTNOP\x00\x1b[31m\r\nLe\tGoff",
)
@example(
    item=("actualite", ENTITIES["actualite"].field("note")),
    text="ligne 1\r\nligne 2\x00\x07\u200b\u2066fin",
)
def test_text_fields(item: tuple[str, Field], text: str) -> None:
    _, f = item
    stored = normalised_or_refused(f, text)
    if isinstance(stored, ValidationError):
        return
    if stored is None:
        assert not f.required
        return
    assert isinstance(stored, str) and stored == stored.strip() and len(stored) <= f.max_len
    assert not (CONTROL if f.kind == "text" else CONTROL_NOTE).search(stored)
    assert normalise_value(f, stored, TODAY) == stored  # idempotent


@pytest.mark.parametrize(
    "text,expected",
    [
        ("  Le   Goff ", "Le Goff"),
        ("Le\tGoff", "Le Goff"),
        ("Du\x00pont", "Du pont"),
        ("A\u202eB", "A B"),
        ("e\u0301", "é"),  # NFC
    ],
)
def test_one_line_text_cleaned(text: str, expected: str) -> None:
    assert normalise_value(ENTITIES["jeune"].field("nom_usage"), text, TODAY) == expected


def test_notes_keep_lines_and_tabs() -> None:
    note = ENTITIES["actualite"].field("note")
    assert normalise_value(note, " a\r\nb\rc\td\x00\x1b ", TODAY) == "a\nb\nc\td"


def test_too_long_text_refused_with_counts() -> None:
    f = ENTITIES["jeune"].field("nom_naissance")
    with pytest.raises(ValidationError) as info:
        normalise_value(f, "x" * (f.max_len + 1), TODAY)
    assert f"{f.max_len + 1} caractères, {f.max_len} au plus" in str(info.value)
    assert normalise_value(f, "x" * f.max_len, TODAY) == "x" * f.max_len


def test_required_fields() -> None:
    f = ENTITIES["jeune"].field("prenoms")
    for empty in (None, "", "   ", "\x00\x01"):
        with pytest.raises(ValidationError) as info:
            normalise_value(f, empty, TODAY)
        assert "obligatoire" in str(info.value)


def test_messages_never_quote_the_value() -> None:
    """Error messages may end up in logs: they name the field, never repeat what was typed."""
    secret = "Zorglubsecret"
    for _, f in FIELDS:
        for value in (secret, secret * 400, f"{secret}@", [secret], {"x": secret}):
            outcome = normalised_or_refused(f, value)
            if isinstance(outcome, ValidationError):
                assert secret not in str(outcome), (f.name, str(outcome))


def test_email() -> None:
    f = ENTITIES["jeune"].field("email")
    assert normalise_value(f, " eloise.dupont@exemple.fr ", TODAY) == "eloise.dupont@exemple.fr"
    for bad in ("eloise", "eloise@", "@exemple.fr", "a b@exemple.fr", "a@b"):
        with pytest.raises(ValidationError):
            normalise_value(f, bad, TODAY)


# --- dates --------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    item=st.sampled_from(DATE_FIELDS),
    d=st.dates(min_value=MIN_DATE, max_value=MAX_DATE),
    form=st.sampled_from(["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "obj", " %d/%m/%Y "]),
)
def test_dates_round_trip(item: tuple[str, Field], d: date, form: str) -> None:
    value: Any = d if form == "obj" else d.strftime(form)
    stored = normalise_value(item[1], value, TODAY)
    assert stored == d.isoformat()
    assert normalise_value(item[1], stored, TODAY) == stored


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2024",
        "00/01/2024",
        "01/13/2024",
        "2024-02-30",
        "1/1/24",
        "01/01/1899",
        "01/01/2101",
        "demain",
        "2024/01/01",
        "",
        "01/01/0000",
    ],
)
def test_invalid_dates_refused(text: str) -> None:
    f = ENTITIES["actualite"].field("date")
    with pytest.raises(ValidationError) as info:
        normalise_value(f, text, TODAY)
    assert_french_error(info.value, f)


@settings(max_examples=300, deadline=None)
@given(d=st.dates(min_value=MIN_DATE, max_value=MAX_DATE))
def test_birth_date_age_window(d: date) -> None:
    age = age_at(d, TODAY)
    try:
        stored = normalise_value(BIRTH, d.strftime("%d/%m/%Y"), TODAY)
    except ValidationError as err:
        assert not MIN_AGE <= age <= MAX_AGE
        assert f"({age} ans)" in str(err) and "entre 13 et 35 ans" in str(err)
        return
    assert MIN_AGE <= age <= MAX_AGE and stored == d.isoformat()


def test_age_window_boundaries() -> None:
    def born(years: int, days: int = 0) -> date:
        return TODAY.replace(year=TODAY.year - years) + timedelta(days=days)

    assert normalise_value(BIRTH, born(MIN_AGE), TODAY)  # 13 today
    assert normalise_value(BIRTH, born(MAX_AGE + 1, 1), TODAY)  # 35, 36 tomorrow
    for refused in (born(MIN_AGE, 1), born(MAX_AGE + 1), TODAY, TODAY + timedelta(days=1)):
        with pytest.raises(ValidationError):
            normalise_value(BIRTH, refused, TODAY)


# --- enumerations, booleans, numbers, times, references -----------------------------------------


@settings(max_examples=300, deadline=None)
@given(item=st.sampled_from(ENUM_FIELDS), text=st.text(max_size=30))
def test_enums_accept_only_their_codes(item: tuple[str, Field], text: str) -> None:
    _, f = item
    assert f.choices is not None
    try:
        stored = normalise_value(f, text, TODAY)
    except ValidationError as err:
        assert_french_error(err, f)
        assert text not in f.choices
        return
    assert (stored is None and not text.strip()) or (stored == text and text in f.choices)


@pytest.mark.parametrize("item", ENUM_FIELDS, ids=field_id)
def test_every_code_accepted_and_labels_refused(item: tuple[str, Field]) -> None:
    _, f = item
    assert f.choices is not None
    for code, label in f.choices.labelled():
        assert normalise_value(f, code, TODAY) == code
        if label != code:
            with pytest.raises(ValidationError):
                normalise_value(f, label, TODAY)
        if code.upper() != code:
            with pytest.raises(ValidationError):
                normalise_value(f, code.upper(), TODAY)


@pytest.mark.parametrize("item", ENUMSET_FIELDS, ids=field_id)
def test_enumsets(item: tuple[str, Field]) -> None:
    _, f = item
    assert f.choices is not None
    codes = f.choices.codes()
    stored = normalise_value(f, list(reversed(codes)) + codes[:1], TODAY)
    assert json.loads(str(stored)) == sorted(codes)
    assert normalise_value(f, codes[0], TODAY) == json.dumps([codes[0]])
    assert normalise_value(f, json.dumps(codes[:1]), TODAY) == json.dumps(codes[:1])
    assert normalise_value(f, [], TODAY) is None
    for bad in (["inconnu"], [*codes[:1], "inconnu"], "inconnu", 3, {"a": 1}):
        with pytest.raises(ValidationError):
            normalise_value(f, bad, TODAY)


def test_booleans() -> None:
    f = ENTITIES["jeune"].field("refuse_sms")
    assert [normalise_value(f, v, TODAY) for v in (True, False, 1, 0, None)] == [1, 0, 1, 0, None]
    for bad in ("oui", "1", "", 2, -1, "true", [True]):
        with pytest.raises(ValidationError):
            normalise_value(f, bad, TODAY)


def test_integers() -> None:
    duree = ENTITIES["actualite"].field("duree")
    assert normalise_value(duree, "45", TODAY) == 45
    assert normalise_value(duree, 0, TODAY) == 0 and normalise_value(duree, 1440, TODAY) == 1440
    for bad in (-1, 1441, "45 min", 4.5, True, "9" * 5000, [45]):
        with pytest.raises(ValidationError):
            normalise_value(duree, bad, TODAY)
    annee = ENTITIES["profil"].field("qpv_annee")
    with pytest.raises(ValidationError) as info:
        normalise_value(annee, 2013, TODAY)
    assert "entre 2014 et 2100" in str(info.value)


def test_times() -> None:
    f = ENTITIES["actualite"].field("heure")
    assert normalise_value(f, " 09:30 ", TODAY) == "09:30"
    assert normalise_value(f, "23:59", TODAY) == "23:59"
    for bad in ("24:00", "9:30", "09h30", "09:60", "0930", 930):
        with pytest.raises(ValidationError):
            normalise_value(f, bad, TODAY)


def test_references() -> None:
    f = ENTITIES["actualite"].field("jeune_id")
    u = uuid.uuid4()
    assert normalise_value(f, str(u).upper(), TODAY) == str(u)
    assert normalise_value(f, u, TODAY) == str(u)
    for bad in ("abc", "123", "'; DROP TABLE jeune; --", 12):
        with pytest.raises(ValidationError):
            normalise_value(f, bad, TODAY)


def test_json_field() -> None:
    assert (
        normalise_value(JSON_FIELD, [{"id": "a", "type": "age"}], TODAY)
        == '[{"id": "a", "type": "age"}]'
    )
    assert normalise_value(JSON_FIELD, '{"a": 1}', TODAY) == '{"a": 1}'
    for bad in ("{", "pas du json", "x" * 30000):
        with pytest.raises(ValidationError):
            normalise_value(JSON_FIELD, bad, TODAY)


# --- whole changes and whole records --------------------------------------------------------------


def test_unknown_field_named() -> None:
    with pytest.raises(ValidationError) as info:
        normalise_changes(ENTITIES["jeune"], {"nom_naissance": "A", "casier": "x"}, TODAY)
    assert info.value.field == "casier" and "Champ inconnu" in str(info.value)


def record(table: str, **values: Any) -> dict[str, Any]:
    e = ENTITIES[table]
    base = {f.name: None for f in e.fields}
    base.update(normalise_changes(e, values, TODAY))
    return base


@pytest.mark.parametrize(
    "table,values,field",
    [
        ("accompagnement", {"date_entree": "2025-02-01", "date_fin": "2025-01-01"}, "date_fin"),
        ("situation", {"categorie": "emploi", "detail": "qualification"}, "detail"),
        (
            "situation",
            {
                "categorie": "emploi",
                "detail": "cdd",
                "date_debut": "2025-02-01",
                "date_fin": "2025-01-31",
            },
            "date_fin",
        ),
        (
            "suivi_judiciaire",
            {"milieu": "ferme", "date_ecrou": "2025-02-01", "date_liberation_prev": "2025-01-01"},
            "date_liberation_prev",
        ),
        (
            "suivi_judiciaire",
            {"milieu": "ferme", "date_ecrou": "2025-02-01", "date_levee_ecrou": "2025-01-01"},
            "date_levee_ecrou",
        ),
        ("suivi_judiciaire", {"milieu": "ferme", "date_ecrou": "2026-03-16"}, "date_ecrou"),
        (
            "consentement",
            {"portee": "spip", "date": "2025-02-01", "date_retrait": "2025-01-01"},
            "date_retrait",
        ),
        (
            "amenagement",
            {"type": "ddse", "date_requete": "2025-02-01", "date_decision": "2025-01-01"},
            "date_decision",
        ),
        (
            "jeune",
            {"nom_naissance": "A", "sexe": "femme", "date_naissance": "2005-01-01"},
            "prenoms",
        ),
    ],
)
def test_record_rules(table: str, values: dict[str, Any], field: str) -> None:
    rec = (
        record(table, jeune_id=str(uuid.uuid4()), **values)
        if table != "jeune"
        else record(table, **values)
    )
    if table == "accompagnement":
        rec["dispositif_id"] = str(uuid.uuid4())
    with pytest.raises(ValidationError) as info:
        check_record(ENTITIES[table], rec, TODAY)
    assert info.value.field == field


def test_consistent_records_pass() -> None:
    jid = str(uuid.uuid4())
    check_record(
        ENTITIES["situation"],
        record("situation", jeune_id=jid, categorie="formation", detail="qualification"),
        TODAY,
    )
    check_record(
        ENTITIES["suivi_judiciaire"],
        record(
            "suivi_judiciaire",
            jeune_id=jid,
            milieu="ferme",
            date_ecrou="2025-01-01",
            date_liberation_prev="2025-01-01",
            date_levee_ecrou="2026-03-15",
        ),
        TODAY,
    )
