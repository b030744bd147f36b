"""Resolving a deletion in conflict goes through the write path: the record as restored is checked
like any edit (validation rules, references), and a refusal changes nothing at all."""

from __future__ import annotations

import re

import pytest

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.sync.conflicts import (
    choose,
    confirm_deletion,
    count_conflicts,
    list_conflicts,
    restore,
)

from .world import World, case_state, dump, youth


def _last_logged(world: World) -> tuple[str, str, str]:
    row = world.office.db.conn.execute(
        "SELECT action, tbl, record_id FROM access_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return (str(row[0]), str(row[1]), str(row[2]))


def _follow_up(world: World) -> str:
    """A follow-up deleted at the office while the laptop sets its end date."""
    y = world.office.repo.create("jeune", youth())
    d = world.office.repo.create("dispositif", {"nom": "Contrat d'engagement jeune"})
    acc = world.office.repo.create(
        "accompagnement", {"jeune_id": y, "dispositif_id": d, "date_entree": "01/03/2026"}
    )
    world.sync("office", "a")
    world.office.repo.delete("accompagnement", acc)
    world.a.repo.update("accompagnement", acc, {"date_fin": "01/06/2026"})
    world.sync("a", "office")
    return acc


def test_a_restore_that_breaks_a_validation_rule_is_refused(world: World) -> None:
    acc = _follow_up(world)
    [conflict] = list_conflicts(world.office.db)
    assert conflict.record_deleted and conflict.field == "date_fin"
    before = dump(world.office)
    refused = re.escape("La date de fin précède la date d'entrée.")
    with pytest.raises(ValidationError, match=refused):
        choose(world.office, conflict, "01/02/2026")
    assert dump(world.office) == before
    assert world.office.repo.get("accompagnement", acc) is None


def test_a_valid_restore_is_an_ordinary_write(world: World) -> None:
    acc = _follow_up(world)
    [conflict] = list_conflicts(world.office.db)
    choose(world.office, conflict, "01/07/2026")
    record = world.office.repo.get("accompagnement", acc)
    assert record is not None
    assert (record["date_entree"], record["date_fin"]) == ("2026-03-01", "2026-07-01")
    assert count_conflicts(world.office.db) == 0
    history = world.office.repo.history("accompagnement", acc)
    assert {h["field"] for h in history if h["origin"] == "résolution"} >= {
        "date_entree",
        "date_fin",
    }
    assert _last_logged(world) == ("resolution", "accompagnement", acc)
    world.sync("office", "a")
    assert case_state(world.office) == case_state(world.a)


def test_a_restore_that_would_leave_a_dangling_reference_is_refused(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    o = world.office.repo.create("objectif", {"jeune_id": y, "libelle": "Trouver un logement"})
    act = world.office.repo.create(
        "action", {"jeune_id": y, "objectif_id": o, "libelle": "Appeler le SIAO"}
    )
    world.sync("office", "a")
    world.office.repo.delete("action", act)
    world.a.repo.update("action", act, {"libelle": "Appeler le 115"})
    world.sync("a", "office")
    world.office.repo.delete("objectif", o)  # the objective goes meanwhile
    [conflict] = list_conflicts(world.office.db)
    assert conflict.record_deleted and conflict.table == "action"
    before = dump(world.office)
    refused = re.escape("« Objectif » : la fiche liée n'existe pas.")
    with pytest.raises(ValidationError, match=refused):
        restore(world.office, conflict)
    assert dump(world.office) == before
    # The other way out stays open: the deletion is confirmed through the write path.
    confirm_deletion(world.office, conflict)
    assert count_conflicts(world.office.db) == 0
    assert world.office.repo.history("action", act)[-1]["origin"] == "résolution"
    assert _last_logged(world) == ("resolution", "action", act)


def test_a_case_file_comes_back_with_records_that_refer_to_each_other(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    o = world.office.repo.create("objectif", {"jeune_id": y, "libelle": "Trouver un logement"})
    act = world.office.repo.create(
        "action", {"jeune_id": y, "objectif_id": o, "libelle": "Appeler le SIAO"}
    )
    world.sync("office", "a")
    world.office.repo.delete("jeune", y)
    world.a.repo.create("actualite", {"jeune_id": y, "date": "02/03/2026", "type": "entretien"})
    world.sync("a", "office")
    [conflict] = list_conflicts(world.office.db)
    assert conflict.kind == "orphans"
    restore(world.office, conflict)
    action = world.office.repo.get("action", act)
    assert action is not None and action["objectif_id"] == o
    assert world.office.repo.get("objectif", o) is not None
    assert world.office.repo.get("jeune", y) is not None
    assert count_conflicts(world.office.db) == 0
