"""The one write path: versions (dots), field history, access log, tombstones, rollbacks, drafts."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.core.errors import NotFound, ValidationError
from dedans_dehors_desktop.core.hlc import hlc_to_datetime
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.storage.versions import VersionMap

NewYouth = Callable[..., dict[str, Any]]


def dots(record: dict[str, Any]) -> list[list[Any]]:
    return list(json.loads(record["_v"]))


def log_lines(store: Store, record_id: str | None = None) -> list[tuple[str, str, str, str]]:
    sql = "SELECT user, action, tbl, record_id FROM access_log"
    params: tuple[str, ...] = ()
    if record_id:
        sql += " WHERE record_id = ?"
        params = (record_id,)
    return [tuple(r) for r in store.db.conn.execute(sql + " ORDER BY seq", params)]


def counter(store: Store) -> int:
    return int(store.db.meta("counter") or 0)


def row_counts(store: Store) -> dict[str, int]:
    tables = [*ENTITIES, "history", "access_log", "jeune_liste", "actualite_fts"]
    return {t: store.db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def full_case(store: Store, new_youth: NewYouth) -> dict[str, str]:
    """A youth with one record in every table that belongs to a youth."""
    repo = store.repo
    ids: dict[str, str] = {}
    with store.db.transaction():
        etab = repo.create("etablissement", {"nom": "Maison d'arrêt de Test", "type": "MA"})
        part = repo.create("partenaire", {"nom": "FJT du Centre", "type": "fjt"})
        disp = repo.create("dispositif", {"nom": "Dedans-Dehors", "regles": []})
        jid = ids["jeune"] = repo.create("jeune", new_youth())
        ids["profil"] = repo.create("profil", {"jeune_id": jid, "date": "01/01/2025", "rqth": True})
        ids["suivi_judiciaire"] = repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jid,
                "milieu": "ferme",
                "etablissement_id": etab,
                "date_ecrou": "01/12/2024",
                "date_liberation_prev": "01/12/2025",
            },
        )
        ids["positionnement"] = repo.create(
            "positionnement", {"jeune_id": jid, "date": "02/01/2025", "origine": "spip"}
        )
        ids["accompagnement"] = repo.create(
            "accompagnement",
            {
                "jeune_id": jid,
                "dispositif_id": disp,
                "date_entree": "03/01/2025",
                "financeurs": ["PLIE", "FSE", "FSE"],
            },
        )
        ids["eligibilite"] = repo.create(
            "eligibilite",
            {
                "jeune_id": jid,
                "dispositif_id": disp,
                "date": "03/01/2025",
                "resultat": "eligible",
                "reponses": {"peine_3_24": True},
            },
        )
        ids["actualite"] = repo.create(
            "actualite",
            {"jeune_id": jid, "date": "04/01/2025", "type": "entretien", "note": "Note privée"},
        )
        ids["frein"] = repo.create("frein", {"jeune_id": jid, "theme": "logement"})
        obj = ids["objectif"] = repo.create(
            "objectif", {"jeune_id": jid, "libelle": "Trouver un logement"}
        )
        ids["action"] = repo.create(
            "action",
            {
                "jeune_id": jid,
                "objectif_id": obj,
                "libelle": "Appeler le FJT",
                "partenaire_id": part,
            },
        )
        ids["orientation"] = repo.create("orientation", {"jeune_id": jid, "partenaire_id": part})
        ids["situation"] = repo.create(
            "situation", {"jeune_id": jid, "categorie": "emploi", "detail": "cdd"}
        )
        ids["amenagement"] = repo.create("amenagement", {"jeune_id": jid, "type": "semi_liberte"})
        ids["consentement"] = repo.create(
            "consentement", {"jeune_id": jid, "portee": "spip", "date": "04/01/2025"}
        )
        ids["piece_identite"] = repo.create(
            "piece_identite", {"jeune_id": jid, "type": "cni", "date_expiration": "01/06/2027"}
        )
        creneau = repo.create(
            "creneau",
            {
                "etablissement_id": etab,
                "jour": "2",
                "heure_debut": "09:00",
                "heure_fin": "12:00",
                "date_debut": "07/01/2025",
            },
        )
        ids["inscription"] = repo.create(
            "inscription", {"jeune_id": jid, "creneau_id": creneau, "date": "14/01/2025"}
        )
        ids["accord_partage"] = repo.create(
            "accord_partage",
            {
                "jeune_id": jid,
                "element_table": "action",
                "element_id": ids["action"],
                "date": "04/01/2025",
            },
        )
        commission = repo.create("commission", {"date": "20/01/2025"})
        ids["passage_commission"] = repo.create(
            "passage_commission", {"jeune_id": jid, "commission_id": commission}
        )
    return ids


def test_full_case_covers_every_youth_table(store: Store, new_youth: NewYouth) -> None:
    ids = full_case(store, new_youth)
    owned = {t for t, e in ENTITIES.items() if e.owned_by_youth}
    assert owned <= set(ids)


# --- create ------------------------------------------------------------------------------------


def test_create_records_one_dot_and_a_creation_line(store: Store, new_youth: NewYouth) -> None:
    start = counter(store)
    jid = store.repo.create("jeune", new_youth(telephone="06 12 34 56 78", refuse_sms=True))
    record = store.repo.require("jeune", jid)
    (dot,) = dots(record)
    replica, count, hlc, author, fields = dot
    assert (replica, count, author) == (store.db.replica_id, start + 1, store.db.user)
    assert set(fields) == {
        "nom_naissance",
        "prenoms",
        "sexe",
        "date_naissance",
        "telephone",
        "refuse_sms",
        "_deleted",
    }
    assert abs(hlc_to_datetime(hlc) - datetime.now(UTC)) < timedelta(minutes=1)
    assert record["date_naissance"] == "2004-03-14" and record["refuse_sms"] == 1
    assert record["_deleted"] == 0 and record["_seq"] == store.db.current_seq
    assert counter(store) == start + 1
    assert log_lines(store, jid) == [(store.db.user, "creation", "jeune", jid)]
    assert store.repo.history("jeune", jid) == []  # creation is in the access log


def test_stored_forms(store: Store, new_youth: NewYouth) -> None:
    ids = full_case(store, new_youth)
    acc = store.repo.require("accompagnement", ids["accompagnement"])
    assert acc["financeurs"] == '["FSE", "PLIE"]' and acc["date_entree"] == "2025-01-03"
    assert store.repo.require("profil", ids["profil"])["rqth"] == 1
    assert json.loads(store.repo.require("eligibilite", ids["eligibilite"])["reponses"]) == {
        "peine_3_24": True
    }


def test_dots_are_contiguous_across_writes(store: Store, new_youth: NewYouth) -> None:
    start = counter(store)
    jid = store.repo.create("jeune", new_youth())
    store.repo.update("jeune", jid, {"commune": "Rennes"})
    store.repo.update("jeune", jid, {"commune": "Bruz", "telephone": "0611223344"})
    store.repo.delete("jeune", jid)
    record = store.repo.get("jeune", jid, include_deleted=True)
    assert record is not None
    assert counter(store) == start + 4
    assert (
        store.db.conn.execute(
            "SELECT counter FROM version_vector WHERE replica = ?", (store.db.replica_id,)
        ).fetchone()[0]
        == start + 4
    )


# --- update ------------------------------------------------------------------------------------


def test_update_adds_a_dot_for_the_changed_fields_and_history(
    store: Store, new_youth: NewYouth
) -> None:
    jid = store.repo.create("jeune", new_youth(commune="Rennes"))
    created = counter(store)
    assert store.repo.update("jeune", jid, {"commune": "Saint-Malo", "prenoms": "Lucas"}) is True
    record = store.repo.require("jeune", jid)
    versions = VersionMap.parse(record["_v"])
    update_dot = versions.dot_of("commune")
    assert update_dot is not None and update_dot.counter == created + 1
    assert versions.dot_of("prenoms").counter == created  # unchanged value: no new version
    assert len(dots(record)) == 2
    (change,) = store.repo.history("jeune", jid)
    assert change["field"] == "commune" and (change["old"], change["new"]) == (
        "Rennes",
        "Saint-Malo",
    )
    assert change["author"] == store.db.user and change["replica"] == store.db.replica_id
    assert change["origin"] == "saisie" and change["hlc"] == update_dot.hlc
    assert log_lines(store, jid)[-1] == (store.db.user, "modification", "jeune", jid)


def test_update_without_change_writes_nothing(store: Store, new_youth: NewYouth) -> None:
    jid = store.repo.create("jeune", new_youth(commune="Rennes"))
    before = row_counts(store), counter(store), store.repo.require("jeune", jid)
    assert store.repo.update("jeune", jid, {"commune": " Rennes ", "sexe": "homme"}) is False
    assert (row_counts(store), counter(store), store.repo.require("jeune", jid)) == before


def test_update_clearing_a_field_is_recorded(store: Store, new_youth: NewYouth) -> None:
    jid = store.repo.create("jeune", new_youth(commune="Rennes"))
    store.repo.update("jeune", jid, {"commune": ""})
    assert store.repo.require("jeune", jid)["commune"] is None
    (change,) = store.repo.history("jeune", jid)
    assert (change["old"], change["new"]) == ("Rennes", None)


def test_update_breaking_a_rule_changes_nothing(store: Store, new_youth: NewYouth) -> None:
    jid = store.repo.create("jeune", new_youth())
    sid = store.repo.create(
        "suivi_judiciaire", {"jeune_id": jid, "milieu": "ferme", "date_ecrou": "01/06/2024"}
    )
    before = row_counts(store), counter(store), store.repo.require("suivi_judiciaire", sid)
    with pytest.raises(ValidationError) as info:
        store.repo.update("suivi_judiciaire", sid, {"date_liberation_prev": "01/01/2024"})
    assert "précède" in str(info.value)
    with pytest.raises(ValidationError):
        store.repo.update("jeune", jid, {"prenoms": None})  # required
    assert (
        row_counts(store),
        counter(store),
        store.repo.require("suivi_judiciaire", sid),
    ) == before


def test_unknown_field_and_dangling_reference_refused(store: Store, new_youth: NewYouth) -> None:
    with pytest.raises(ValidationError) as info:
        store.repo.create("jeune", new_youth(infraction="vol"))
    assert info.value.field == "infraction" and "inconnu" in str(info.value)
    with pytest.raises(ValidationError) as info:
        store.repo.create(
            "actualite",
            {
                "jeune_id": "0b5a8f2e-0000-4000-8000-000000000000",
                "date": "01/01/2025",
                "type": "entretien",
            },
        )
    assert info.value.field == "jeune_id" and "n'existe pas" in str(info.value)
    jid = store.repo.create("jeune", new_youth())
    store.repo.delete("jeune", jid)
    with pytest.raises(ValidationError):  # a deleted youth cannot get new records
        store.repo.create("frein", {"jeune_id": jid, "theme": "emploi"})
    with pytest.raises(NotFound):
        store.repo.update("jeune", jid, {"commune": "Rennes"})
    with pytest.raises(NotFound):
        store.repo.delete("jeune", jid)


# --- delete ------------------------------------------------------------------------------------


def test_delete_is_a_versioned_tombstone(store: Store, new_youth: NewYouth) -> None:
    jid = store.repo.create("jeune", new_youth(commune="Rennes"))
    before = counter(store)
    store.repo.delete("jeune", jid)
    assert store.repo.get("jeune", jid) is None
    assert jid not in {r["id"] for r in store.repo.list("jeune")}
    tomb = store.repo.get("jeune", jid, include_deleted=True)
    assert tomb is not None and tomb["_deleted"] == 1
    assert all(tomb[f.name] is None for f in ENTITIES["jeune"].fields)
    versions = VersionMap.parse(tomb["_v"])
    assert versions.dot_of("_deleted").counter == before + 1
    assert versions.dot_of("nom_naissance").counter == before + 1
    assert (
        store.db.conn.execute("SELECT _search FROM jeune WHERE id = ?", (jid,)).fetchone()[0] == ""
    )
    history = {(h["field"], h["old"], h["new"]) for h in store.repo.history("jeune", jid)}
    assert ("commune", "Rennes", None) in history
    assert log_lines(store, jid)[-1] == (store.db.user, "suppression", "jeune", jid)


def test_deleting_a_youth_tombstones_the_whole_case_file(store: Store, new_youth: NewYouth) -> None:
    ids = full_case(store, new_youth)
    other = store.repo.create("jeune", new_youth(nom_naissance="Autre"))
    store.repo.create("frein", {"jeune_id": other, "theme": "mobilite"})
    store.repo.delete("jeune", ids["jeune"])
    for table, record_id in ids.items():
        assert store.repo.get(table, record_id) is None, table
        tomb = store.repo.get(table, record_id, include_deleted=True)
        assert tomb is not None and tomb["_deleted"] == 1
        if table != "jeune":
            assert tomb["jeune_id"] == ids["jeune"]  # the tombstone still says whose it was
        assert (store.db.user, "suppression", table, record_id) in log_lines(store, record_id)
    assert len(store.repo.list("frein", jeune_id=other)) == 1  # another youth's file untouched
    assert (
        store.db.conn.execute(
            "SELECT count(*) FROM jeune_liste WHERE jeune_id = ?", (ids["jeune"],)
        ).fetchone()[0]
        == 0
    )
    assert store.check() == []


def test_erasure_also_purges_the_history(store: Store, new_youth: NewYouth) -> None:
    ids = full_case(store, new_youth)
    store.repo.update("jeune", ids["jeune"], {"commune": "Rennes"})
    store.repo.update("actualite", ids["actualite"], {"note": "Autre note"})
    store.repo.delete("jeune", ids["jeune"], erase=True)
    for table, record_id in ids.items():
        assert store.repo.history(table, record_id) == []
        assert store.repo.get(table, record_id, include_deleted=True)["_deleted"] == 1


def test_erasure_discards_the_youths_drafts(store: Store, new_youth: NewYouth) -> None:
    """A draft typed for a youth holds content about them: legal erasure removes it too."""
    jid = store.repo.create("jeune", new_youth())
    other = store.repo.create("jeune", new_youth(nom_naissance="Autre"))
    store.repo.save_draft("d1", "actualite", jid, {"note": "à propos de ce jeune"})
    store.repo.save_draft("d2", "actualite", other, {"note": "un autre jeune"})
    store.repo.delete("jeune", jid, erase=True)
    assert store.repo.load_draft("d1") is None
    assert store.repo.load_draft("d2") is not None


def test_parent_deleted_earlier_in_the_same_transaction(store: Store, new_youth: NewYouth) -> None:
    with pytest.raises(ValidationError), store.db.transaction():
        jid = store.repo.create("jeune", new_youth())
        store.repo.create("frein", {"jeune_id": jid, "theme": "emploi"})
        store.repo.delete("jeune", jid)
        store.repo.create("frein", {"jeune_id": jid, "theme": "logement"})


# --- transactions ------------------------------------------------------------------------------


def test_validation_error_inside_a_transaction_rolls_back_everything(
    store: Store, new_youth: NewYouth
) -> None:
    existing = store.repo.create("jeune", new_youth())
    before_counts, before_counter = row_counts(store), counter(store)
    before_seq, before_log = store.db.current_seq, store.db.meta("log_seq")
    with pytest.raises(ValidationError), store.db.transaction():
        jid = store.repo.create("jeune", new_youth(nom_naissance="Fantôme"))
        store.repo.create(
            "actualite",
            {"jeune_id": jid, "date": "01/01/2025", "type": "entretien", "note": "fantôme"},
        )
        store.repo.update("jeune", existing, {"commune": "Rennes"})
        store.repo.create("jeune", new_youth(date_naissance="31/02/2004"))  # invalid date
    assert row_counts(store) == before_counts
    assert counter(store) == before_counter and store.db.current_seq == before_seq
    assert store.db.meta("log_seq") == before_log
    assert store.repo.require("jeune", existing)["commune"] is None
    # The next write works and its dot follows the last committed one.
    jid = store.repo.create("jeune", new_youth(nom_naissance="Suivant"))
    (dot,) = dots(store.repo.require("jeune", jid))
    assert dot[1] == before_counter + 1
    assert store.check() == []


def test_any_exception_rolls_back(store: Store, new_youth: NewYouth) -> None:
    before = row_counts(store), counter(store)
    with pytest.raises(KeyError), store.db.transaction():
        store.repo.create("jeune", new_youth())
        raise KeyError("interrompu")
    assert (row_counts(store), counter(store)) == before


def test_nested_transactions_join_the_outer_one(store: Store, new_youth: NewYouth) -> None:
    before = row_counts(store)
    with pytest.raises(RuntimeError), store.db.transaction():
        with store.db.transaction():
            store.repo.create("jeune", new_youth())
        assert store.db.conn.in_transaction  # inner exit did not commit
        raise RuntimeError("annulé")
    assert row_counts(store) == before


def test_writes_outside_a_transaction_refused(store: Store) -> None:
    with pytest.raises(RuntimeError):
        store.db.next_dot()
    with pytest.raises(RuntimeError):
        store.db.next_seq()


def test_two_connections_to_one_store(
    store: Store, new_youth: NewYouth, user_name: str, passphrase: str
) -> None:
    """The command line used while the application has the store open: writes from both
    connections interleave without reusing a dot or breaking the access-log chain."""
    other = Store.open(store.paths.root, user=user_name, passphrase=passphrase)
    try:
        ids = []
        for i in range(3):
            ids.append(store.repo.create("jeune", new_youth(nom_naissance=f"Appli{i}")))
            ids.append(other.repo.create("jeune", new_youth(nom_naissance=f"Ligne{i}")))
        other.repo.update("jeune", ids[0], {"commune": "Rennes"})
        store.repo.update("jeune", ids[1], {"commune": "Bruz"})
        counters = [dots(store.repo.require("jeune", i))[0][1] for i in ids]
        assert len(set(counters)) == len(counters), "a dot was issued twice"
        assert int(store.db.meta("counter") or 0) == max(counters) + 2
        assert store.check() == [] and other.check() == []
    finally:
        other.close()


# --- reading and the access log ----------------------------------------------------------------


def test_open_record_logs_a_consultation(store: Store, new_youth: NewYouth) -> None:
    jid = store.repo.create("jeune", new_youth())
    record = store.repo.open_record("jeune", jid)
    assert record["nom_naissance"] == "Martin"
    assert log_lines(store, jid)[-1] == (store.db.user, "consultation", "jeune", jid)
    assert store.repo.get("jeune", jid) is not None
    assert log_lines(store, jid)[-1][1] == "consultation"  # get() is not a consultation
    assert len(log_lines(store, jid)) == 2


def test_access_log_holds_no_content(store: Store, new_youth: NewYouth) -> None:
    ids = full_case(store, new_youth)
    store.repo.update("jeune", ids["jeune"], {"commune": "Zanzibarville"})
    store.repo.open_record("jeune", ids["jeune"])
    text = json.dumps(store.db.conn.execute("SELECT * FROM access_log").fetchall())
    for secret in ("Martin", "Lucas", "Zanzibarville", "Note privée", "2004"):
        assert secret not in text
    assert {line[1] for line in log_lines(store)} >= {
        "ouverture",
        "creation",
        "modification",
        "consultation",
    }


def test_list_filters_and_orders(store: Store, new_youth: NewYouth) -> None:
    a = store.repo.create("jeune", new_youth(nom_naissance="Zola"))
    b = store.repo.create("jeune", new_youth(nom_naissance="Abel"))
    for when in ("03/01/2025", "01/01/2025", "02/01/2025"):
        store.repo.create("actualite", {"jeune_id": a, "date": when, "type": "appel"})
    store.repo.create("actualite", {"jeune_id": b, "date": "05/01/2025", "type": "appel"})
    dates = [r["date"] for r in store.repo.list("actualite", jeune_id=a, order_by="date")]
    assert dates == ["2025-01-01", "2025-01-02", "2025-01-03"]
    assert [r["nom_naissance"] for r in store.repo.list("jeune", order_by="nom_naissance")] == [
        "Abel",
        "Zola",
    ]
    with pytest.raises(ValueError):
        store.repo.list("jeune", order_by="nom_naissance; DROP TABLE jeune")


# --- drafts ------------------------------------------------------------------------------------


def test_drafts_save_load_discard(store: Store, new_youth: NewYouth) -> None:
    jid = store.repo.create("jeune", new_youth())
    assert store.repo.load_draft("d1") is None
    before = row_counts(store), counter(store)
    store.repo.save_draft("d1", "actualite", jid, {"note": "En cours de saisie…", "duree": 30})
    store.repo.save_draft("d2", "jeune", None, {"nom_naissance": "Brouillon"})
    assert store.repo.load_draft("d1") == {"note": "En cours de saisie…", "duree": 30}
    store.repo.save_draft("d1", "actualite", jid, {"note": "Version 2"})  # replaces
    assert store.repo.load_draft("d1") == {"note": "Version 2"}
    assert [d["id"] for d in store.repo.drafts("actualite")] == ["d1"]
    assert {d["id"] for d in store.repo.drafts()} == {"d1", "d2"}
    assert store.repo.drafts("actualite")[0]["jeune_id"] == jid
    # Drafts are local: no version, no case-table row, no access-log line.
    assert (row_counts(store), counter(store)) == before
    store.repo.discard_draft("d1")
    assert store.repo.load_draft("d1") is None
    store.repo.discard_draft("d1")  # discarding twice is harmless
    assert [d["id"] for d in store.repo.drafts()] == ["d2"]


def test_drafts_survive_reopening(
    store_factory: Callable[..., Store], user_name: str, passphrase: str
) -> None:
    store = store_factory()
    store.repo.save_draft("d1", "actualite", None, {"note": "à finir"})
    root = store.paths.root
    store.close()
    with Store.open(root, user=user_name, passphrase=passphrase) as reopened:
        assert reopened.repo.load_draft("d1") == {"note": "à finir"}
