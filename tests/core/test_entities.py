"""The entity specifications: consistent, minimal (no offence, sentence or record field)."""

from __future__ import annotations

import re

import pytest

from dedans_dehors_desktop.core import enums
from dedans_dehors_desktop.core.entities import (
    ENTITIES,
    FORBIDDEN_FIELD_WORDS,
    Entity,
    Field,
    entity,
)
from dedans_dehors_desktop.core.textnorm import fold

ALL_FIELDS = [(e, f) for e in ENTITIES.values() for f in e.fields]
IDENT = re.compile(r"^[a-z][a-z0-9_]*$")


def test_no_field_names_an_offence_a_sentence_or_a_record() -> None:
    offending = [
        f"{e.table}.{f.name}"
        for e, f in ALL_FIELDS
        if any(word in fold(f.name) for word in FORBIDDEN_FIELD_WORDS)
    ]
    offending += [
        e.table
        for e in ENTITIES.values()
        if any(word in fold(e.table) for word in FORBIDDEN_FIELD_WORDS)
    ]
    assert offending == []


def test_no_label_asks_for_an_offence_or_a_sentence() -> None:
    words = (
        "infraction",
        "delit",
        "casier",
        "condamnation",
        "quantum",
        "motif d'incarceration",
        "numero d'ecrou",
        "parquet",
        "duree de la peine",
    )
    labels = [fold(f.label) for _, f in ALL_FIELDS] + [fold(e.label) for e in ENTITIES.values()]
    assert [label for label in labels if any(w in label for w in words)] == []


def test_the_forbidden_list_covers_the_obvious_words() -> None:
    assert {"infraction", "delit", "casier", "condamnation", "quantum"} <= set(
        FORBIDDEN_FIELD_WORDS
    )


def test_names_are_sql_identifiers_and_unique() -> None:
    for e in ENTITIES.values():
        assert IDENT.match(e.table)
        names = [f.name for f in e.fields]
        assert len(names) == len(set(names)), e.table
        assert all(IDENT.match(n) and not n.startswith("_") for n in names), e.table
        assert "id" not in names


def test_entity_lookup() -> None:
    assert entity("jeune") is ENTITIES["jeune"]
    with pytest.raises(KeyError):
        entity("jeune; DROP TABLE jeune")


@pytest.mark.parametrize("item", ALL_FIELDS, ids=lambda i: f"{i[0].table}.{i[1].name}")
def test_field_specification_consistent(item: tuple[Entity, Field]) -> None:
    f = item[1]
    assert f.label.strip()
    assert (f.choices is not None) == (f.kind in ("enum", "enumset")), f.name
    if f.choices is not None:
        codes = f.choices.codes()
        assert codes and len(codes) == len(set(codes))
        assert all(label.strip() for _, label in f.choices.labelled())
    if f.kind == "ref":
        assert f.ref in ENTITIES, f.name
    else:
        assert f.ref is None
    if f.kind == "int":
        assert f.min_value is not None and f.max_value is not None
        assert f.min_value <= f.max_value
    assert f.max_len > 0


def test_youth_owned_entities_start_with_their_youth() -> None:
    for e in ENTITIES.values():
        if e.owned_by_youth:
            first = e.fields[0]
            assert (first.name, first.kind, first.ref, first.required) == (
                "jeune_id",
                "ref",
                "jeune",
                True,
            ), e.table
        else:
            assert not e.has_field("jeune_id"), e.table


def test_full_text_fields_exist() -> None:
    for e in ENTITIES.values():
        for name in e.fts:
            assert e.has_field(name) and e.field(name).kind in ("text", "note")


def test_justice_and_sensitive_flags() -> None:
    """Fields that reveal the judicial context are flagged (hidden in "mode parloir", never
    printed for the youth); notes and health-like text are sensitive."""
    suivi = ENTITIES["suivi_judiciaire"]
    for name in (
        "statut",
        "date_ecrou",
        "date_liberation_prev",
        "date_levee_ecrou",
        "type_sortie",
        "cpip_nom",
    ):
        assert suivi.field(name).justice, name
    assert all(f.justice for f in ENTITIES["amenagement"].fields if f.name != "jeune_id")
    assert ENTITIES["actualite"].field("note").sensitive
    assert ENTITIES["frein"].field("situation").sensitive
    assert ENTITIES["eligibilite"].field("reponses").justice
    assert not ENTITIES["jeune"].field("prenoms").justice


def test_situation_details_map_to_categories() -> None:
    details = set(enums.DETAIL_SITUATION.codes())
    assert set(enums.CATEGORIE_OF_DETAIL) == details
    assert set(enums.CATEGORIE_OF_DETAIL.values()) <= set(enums.CATEGORIE_SITUATION.codes())


def test_choices_labels() -> None:
    assert enums.SEXE.label("femme") == "Femme"
    assert enums.SEXE.label(None) == ""
    assert enums.SEXE.label("inconnu") == "inconnu"
    assert "femme" in enums.SEXE and "Femme" not in enums.SEXE
    assert list(enums.MILIEU) == ["ferme", "ouvert"]
