"""Eligibility rules as data: each criterion type, unknown facts, malformed rules, the two example
programmes on hand-made cases."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core.eligibility import (
    EXAMPLE_RULES,
    KNOWN_TYPES,
    MAX_CRITERIA,
    Facts,
    answers_of,
    evaluate,
    parse_rules,
    record_answers,
)
from dedans_dehors_desktop.core.errors import ValidationError

AT = date(2026, 3, 15)


def born(age: int, *, days_before_birthday: int = 0) -> date:
    """Born so as to be ``age`` at AT (``days_before_birthday`` > 0: the birthday is soon)."""
    d = AT.replace(year=AT.year - age)
    return date.fromordinal(d.toordinal() + days_before_birthday)


def outcome(
    rules: list[dict[str, Any]], facts: Facts, answers: dict[str, bool] | None = None
) -> str:
    return evaluate(parse_rules(rules), facts, answers or {}, AT).outcome


# --- each criterion -----------------------------------------------------------------------------

AGE = [{"id": "age", "type": "age", "min": 18, "max": 25}]


@pytest.mark.parametrize(
    "birth,expected",
    [
        (born(18), "eligible"),  # 18 today
        (born(18, days_before_birthday=1), "non_eligible"),  # 18 tomorrow
        (born(25), "eligible"),
        (born(26, days_before_birthday=1), "eligible"),  # still 25 until tomorrow
        (born(26), "non_eligible"),
        (None, "incomplet"),
    ],
)
def test_age(birth: date | None, expected: str) -> None:
    ev = evaluate(parse_rules(AGE), Facts(date_naissance=birth), {}, AT)
    assert ev.outcome == expected
    (criterion,) = ev.criteria
    assert criterion.label == "Âge entre 18 et 25 ans"
    if birth is not None:
        assert criterion.detail.endswith("ans au 15/03/2026")
    else:
        assert criterion.passed is None and criterion.detail == "Date de naissance inconnue"


def test_age_born_29_february() -> None:
    birth = date(2008, 2, 29)
    assert outcome(AGE, Facts(date_naissance=birth)) == "eligible"  # 18 on 1 March 2026
    assert (
        evaluate(parse_rules(AGE), Facts(date_naissance=birth), {}, date(2026, 2, 28)).outcome
        == "non_eligible"
    )


@pytest.mark.parametrize(
    "kind,values,field,value,expected",
    [
        ("statut", ["condamne"], "statut", "condamne", "eligible"),
        ("statut", ["condamne"], "statut", "prevenu", "non_eligible"),
        ("statut", ["condamne", "prevenu"], "statut", "prevenu", "eligible"),
        ("statut", ["condamne"], "statut", None, "incomplet"),
        ("milieu", ["ferme"], "milieu", "ferme", "eligible"),
        ("milieu", ["ferme"], "milieu", "ouvert", "non_eligible"),
        ("milieu", ["ferme"], "milieu", None, "incomplet"),
    ],
)
def test_statut_and_milieu(
    kind: str, values: list[str], field: str, value: str | None, expected: str
) -> None:
    rules = [{"id": kind, "type": kind, "valeurs": values}]
    ev = evaluate(parse_rules(rules), Facts(**{field: value}), {}, AT)
    assert ev.outcome == expected
    if value is None:
        assert ev.criteria[0].detail == "Non renseigné"


def test_statut_label_in_french() -> None:
    ev = evaluate(
        parse_rules([{"id": "s", "type": "statut", "valeurs": ["condamne"]}]),
        Facts(statut="condamne"),
        {},
        AT,
    )
    assert ev.criteria[0].label == "Statut : Condamné"
    assert ev.criteria[0].detail == "Condamné"


RESIDENCE = [{"id": "t", "type": "residence", "communes": ["Rennes", "Cesson-Sévigné"]}]


@pytest.mark.parametrize(
    "commune,expected",
    [
        ("Rennes", "eligible"),
        ("RENNES", "eligible"),
        ("cesson-sevigne", "eligible"),
        ("Cesson-Sévigné ", "eligible"),
        ("Paris", "non_eligible"),
        ("Rennes-Sud", "non_eligible"),
        (None, "incomplet"),
        ("", "incomplet"),
    ],
)
def test_residence(commune: str | None, expected: str) -> None:
    assert outcome(RESIDENCE, Facts(commune=commune)) == expected


LIBERATION = [{"id": "l", "type": "liberation_dans", "mois": 4}]


@pytest.mark.parametrize(
    "release,expected",
    [
        (date(2026, 3, 15), "eligible"),  # today
        (date(2026, 7, 15), "eligible"),  # exactly 4 months
        (date(2026, 7, 16), "non_eligible"),
        (date(2026, 3, 14), "non_eligible"),  # already past
        (None, "incomplet"),
    ],
)
def test_liberation_dans(release: date | None, expected: str) -> None:
    assert outcome(LIBERATION, Facts(date_liberation_prev=release)) == expected


def test_liberation_month_arithmetic_at_month_ends() -> None:
    rules = parse_rules([{"id": "l", "type": "liberation_dans", "mois": 1}])
    facts = Facts(date_liberation_prev=date(2024, 2, 29))
    assert evaluate(rules, facts, {}, date(2024, 1, 31)).outcome == "eligible"
    facts = Facts(date_liberation_prev=date(2025, 3, 1))
    assert evaluate(rules, facts, {}, date(2025, 1, 31)).outcome == "non_eligible"


QUESTION = [{"id": "peine", "type": "question", "libelle": "La peine est-elle de 3 à 24 mois ?"}]


@pytest.mark.parametrize(
    "answers,expected,detail",
    [
        ({"peine": True}, "eligible", "Réponse du référent : oui"),
        ({"peine": False}, "non_eligible", "Réponse du référent : non"),
        ({}, "incomplet", "Question à poser"),
        ({"autre": True}, "incomplet", "Question à poser"),
    ],
)
def test_question(answers: dict[str, bool], expected: str, detail: str) -> None:
    ev = evaluate(parse_rules(QUESTION), Facts(), answers, AT)
    assert ev.outcome == expected
    assert ev.criteria[0].label == "La peine est-elle de 3 à 24 mois ?"
    assert ev.criteria[0].detail == detail


def test_no_criterion_is_eligible_and_a_failure_wins_over_unknowns() -> None:
    assert outcome([], Facts()) == "eligible"
    rules = [*AGE, *QUESTION]
    assert outcome(rules, Facts(date_naissance=born(30))) == "non_eligible"  # unknown answer
    assert outcome(rules, Facts(date_naissance=born(20))) == "incomplet"


# --- the two example programmes -----------------------------------------------------------------

DEDANS_DEHORS = EXAMPLE_RULES["Dedans-Dehors"]
PLATEFORME = EXAMPLE_RULES["Plateforme Dedans, Dehors"]


def test_examples_parse() -> None:
    for rules in EXAMPLE_RULES.values():
        assert parse_rules(rules) == rules
        assert parse_rules(json.dumps(rules, ensure_ascii=False)) == rules


@pytest.mark.parametrize(
    "facts,answers,expected",
    [
        (Facts(born(20), "condamne", "ferme", "Rennes"), {"peine_3_24": True}, "eligible"),
        (
            Facts(born(20), "condamne", "ouvert", "Saint-Jacques-de-la-Lande"),
            {"peine_3_24": True},
            "eligible",
        ),
        (Facts(born(20), "condamne", "ferme", "Rennes"), {"peine_3_24": False}, "non_eligible"),
        (Facts(born(20), "prevenu", "ferme", "Rennes"), {"peine_3_24": True}, "non_eligible"),
        (Facts(born(17), "condamne", "ferme", "Rennes"), {"peine_3_24": True}, "non_eligible"),
        (Facts(born(20), "condamne", "ferme", "Nantes"), {"peine_3_24": True}, "non_eligible"),
        (Facts(born(20), "condamne", "ferme", "Rennes"), {}, "incomplet"),
        (Facts(born(20), None, "ferme", "Rennes"), {"peine_3_24": True}, "incomplet"),
        (Facts(born(20), "condamne", "ferme", None), {"peine_3_24": True}, "incomplet"),
    ],
)
def test_dedans_dehors_programme(facts: Facts, answers: dict[str, bool], expected: str) -> None:
    assert evaluate(DEDANS_DEHORS, facts, answers, AT).outcome == expected


@pytest.mark.parametrize(
    "facts,expected",
    [
        (
            Facts(born(16), "prevenu", "ferme", None, date(2026, 6, 1)),
            "eligible",
        ),  # minor, pre-trial
        (Facts(born(26), "condamne", "ferme", None, date(2026, 4, 1)), "eligible"),
        (Facts(born(27), "condamne", "ferme", None, date(2026, 4, 1)), "non_eligible"),
        (Facts(born(15), "prevenu", "ferme", None, date(2026, 4, 1)), "non_eligible"),
        (Facts(born(20), "condamne", "ferme", None, date(2026, 9, 1)), "non_eligible"),
        (Facts(born(20), "condamne", "ouvert", None, date(2026, 4, 1)), "non_eligible"),
        (Facts(born(20), "condamne", "ferme", None, None), "incomplet"),
    ],
)
def test_plateforme_programme(facts: Facts, expected: str) -> None:
    assert evaluate(PLATEFORME, facts, {}, AT).outcome == expected


# --- malformed rules ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rules",
    [
        "pas du json",
        "{",
        '{"id": "a"}',
        "42",
        "null",
        '"age"',
        [{"id": "a", "type": "inconnu"}],
        [{"type": "age", "min": 1, "max": 2}],
        [{"id": "", "type": "age", "min": 1, "max": 2}],
        [{"id": 5, "type": "age", "min": 1, "max": 2}],
        [
            {"id": "a", "type": "age", "min": 1, "max": 2},
            {"id": "a", "type": "question", "libelle": "?"},
        ],
        [{"id": "a", "type": "age", "min": "18", "max": 25}],
        [{"id": "a", "type": "age", "max": 25}],
        [{"id": "l", "type": "liberation_dans"}],
        [{"id": "l", "type": "liberation_dans", "mois": "4"}],
        [{"id": "q", "type": "question"}],
        [{"id": "q", "type": "question", "libelle": 3}],
        [{"id": f"c{i}", "type": "question", "libelle": "?"} for i in range(MAX_CRITERIA + 1)],
    ],
    ids=lambda r: json.dumps(r, ensure_ascii=False)[:40],
)
def test_malformed_rules_refused(rules: Any) -> None:
    with pytest.raises(ValidationError) as info:
        parse_rules(rules)
    assert info.value.field == "regles" and str(info.value)


@pytest.mark.parametrize(
    "rules",
    [
        [{"id": "s", "type": "statut", "valeurs": 5}],
        [{"id": "s", "type": "statut", "valeurs": [1, None]}],
        [{"id": "m", "type": "milieu", "valeurs": {"ferme": True}}],
        [{"id": "r", "type": "residence", "communes": 35}],
        [{"id": "r", "type": "residence", "communes": [35000, True]}],
        [{"id": "r", "type": "residence", "communes": None}],
        [{"id": "l", "type": "liberation_dans", "mois": 1_000_000_000}],
        [5],
        "[" * 3000 + "]" * 3000,
    ],
    ids=[
        "valeurs-int",
        "valeurs-not-codes",
        "valeurs-dict",
        "communes-int",
        "communes-not-text",
        "communes-null",
        "mois-huge",
        "criterion-int",
        "deep-json",
    ],
)
def test_rules_that_would_crash_evaluation_refused(rules: Any) -> None:
    """parse_rules is the gate: what it accepts must evaluate on any facts without crashing."""
    with pytest.raises(ValidationError):
        parse_rules(rules)


@pytest.mark.parametrize(
    "rules",
    [
        [{"id": "s", "type": "statut"}],
        [{"id": "s", "type": "statut", "valeurs": ["condamnee"]}],
        [{"id": "l", "type": "liberation_dans", "mois": -4}],
        [{"id": "l", "type": "liberation_dans", "mois": True}],
        [{"id": "a", "type": "age", "min": 30, "max": 18}],
        [{"id": "a", "type": "age", "min": True, "max": 25}],
    ],
    ids=[
        "valeurs-missing",
        "valeurs-unknown-code",
        "mois-negative",
        "mois-bool",
        "age-inverted",
        "age-bool",
    ],
)
def test_rules_that_can_never_be_met_refused(rules: Any) -> None:
    """A criterion nobody can pass is a typing mistake in the programme's settings: say so
    when the rules are entered, not by declaring every youth ineligible."""
    with pytest.raises(ValidationError):
        parse_rules(rules)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=20,
)
criteria = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=4), "type": st.sampled_from(KNOWN_TYPES)},
    optional={
        k: json_values
        | st.integers(-50, 50)
        | st.lists(
            st.sampled_from(["condamne", "prevenu", "ferme", "ouvert", "Rennes"]), max_size=3
        )
        for k in ("min", "max", "mois", "valeurs", "communes", "libelle")
    },
)
facts = st.builds(
    Facts,
    date_naissance=st.none() | st.dates(),
    statut=st.none() | st.sampled_from(["condamne", "prevenu", "autre"]),
    milieu=st.none() | st.sampled_from(["ferme", "ouvert"]),
    commune=st.none() | st.text(max_size=10),
    date_liberation_prev=st.none() | st.dates(),
)


@settings(max_examples=500, deadline=None)
@given(
    doc=st.lists(criteria, max_size=5) | json_values,
    f=facts,
    at=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    answers=st.dictionaries(st.text(max_size=4), st.booleans(), max_size=3),
)
@example(doc=[{"id": "s", "type": "statut", "valeurs": 5}], f=Facts(), at=AT, answers={})
def test_arbitrary_json_never_crashes(
    doc: Any, f: Facts, at: date, answers: dict[str, bool]
) -> None:
    """Any JSON: refused with a French message, or accepted and then evaluable on any facts."""
    try:
        rules = parse_rules(json.dumps(doc))
    except ValidationError as err:
        assert err.field == "regles" and str(err)
        return
    ev = evaluate(rules, f, answers, at)
    assert ev.outcome in ("eligible", "non_eligible", "incomplet")
    assert len(ev.criteria) == len(rules)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        parse_rules(text)
    except ValidationError:
        pass


# --- answers stored with date and author --------------------------------------------------------


def test_answers_recorded_with_date_and_author_and_read_back() -> None:
    stored = record_answers({"peine_3_24": True, "autre": False}, AT, "Marie Le Goff")
    assert stored["peine_3_24"] == {
        "reponse": True,
        "date": "2026-03-15",
        "auteur": "Marie Le Goff",
    }
    assert answers_of(json.dumps(stored)) == {"peine_3_24": True, "autre": False}
    assert answers_of(stored) == {"peine_3_24": True, "autre": False}


@pytest.mark.parametrize(
    "stored", [None, "", "{", "[]", "42", '{"a": true}', '{"a": {}}', '{"a": {"reponse": "oui"}}']
)
def test_malformed_stored_answers_ignored(stored: str | None) -> None:
    assert answers_of(stored) == {}
