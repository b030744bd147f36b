"""The demo generator: deterministic, realistic, and entirely through the real write path."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from dedans_dehors_desktop.core import demo
from dedans_dehors_desktop.core.dates import age_at
from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.storage.store import Store

TODAY = date.today()


def content(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's values in creation order, without ids (UUIDs are random by design)."""
    out = {}
    for name, e in ENTITIES.items():
        cols = [f.name for f in e.fields if f.kind != "ref"]
        out[name] = [
            tuple(r)
            for r in store.db.conn.execute(f"SELECT {', '.join(cols)} FROM {name} ORDER BY rowid")
        ]
    return out


def generated(
    store_factory: Callable[..., Store], seed: int, youths: int = 8, today: date = TODAY
) -> tuple[Store, demo.DemoSummary]:
    store = store_factory()
    with store.db.transaction():
        summary = demo.generate(store.repo, youths, seed=seed, today=today, actualites_per_youth=4)
    return store, summary


def test_same_seed_same_case_files(store_factory: Callable[..., Store]) -> None:
    a, _ = generated(store_factory, seed=7)
    b, _ = generated(store_factory, seed=7)
    assert content(a) == content(b)
    c, _ = generated(store_factory, seed=8)
    assert content(c)["jeune"] != content(a)["jeune"]


def test_summary_matches_the_store(store_factory: Callable[..., Store]) -> None:
    store, summary = generated(store_factory, seed=3, youths=12)
    conn = store.db.conn

    def count(table: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    assert summary.youths == count("jeune") == 12
    assert summary.actualites == count("actualite")
    assert summary.records == sum(count(t) for t in ENTITIES)
    assert summary.reference is not None
    assert count("etablissement") == len(demo.ETABLISSEMENTS)
    assert count("partenaire") == len(demo.PARTENAIRES)
    # Written like real data: one creation line and one version per record, a valid store.
    assert (
        conn.execute("SELECT count(*) FROM access_log WHERE action = 'creation'").fetchone()[0]
        == summary.records
    )
    assert int(store.db.meta("counter") or 0) == summary.records
    assert store.check() == []


def test_every_youth_has_a_realistic_case_file(store_factory: Callable[..., Store]) -> None:
    store, _ = generated(store_factory, seed=11, youths=15)
    repo = store.repo
    for youth in repo.list("jeune"):
        jid = youth["id"]
        assert youth["prenoms"] in demo.PRENOMS_F + demo.PRENOMS_H
        assert youth["nom_naissance"] in demo.NOMS
        age = age_at(date.fromisoformat(youth["date_naissance"]), TODAY)
        assert 16 <= age <= 26
        assert (age < 18) == (youth["representant_legal"] is not None)
        (suivi,) = repo.list("suivi_judiciaire", jeune_id=jid)
        if suivi["milieu"] == "ferme":
            assert suivi["etablissement_id"] and suivi["date_ecrou"] <= TODAY.isoformat()
        if suivi["date_levee_ecrou"]:
            assert suivi["milieu"] == "ouvert" and suivi["type_sortie"]
        for table in ("profil", "positionnement", "accompagnement", "consentement", "objectif"):
            assert len(repo.list(table, jeune_id=jid)) == 1, table
        assert repo.list("frein", jeune_id=jid) and repo.list("action", jeune_id=jid)
        assert repo.list("actualite", jeune_id=jid)


def test_reference_data_reused(store_factory: Callable[..., Store]) -> None:
    store, first = generated(store_factory, seed=1, youths=3)
    with store.db.transaction():
        second = demo.generate(store.repo, 4, seed=2, reference=first.reference)
    assert second.reference == first.reference
    assert len(store.repo.list("etablissement")) == len(demo.ETABLISSEMENTS)
    assert len(store.repo.list("jeune")) == 7


def test_progress_reported(store: Store) -> None:
    seen: list[tuple[int, int]] = []
    with store.db.transaction():
        demo.generate(store.repo, 5, progress=lambda i, n: seen.append((i, n)))
    assert seen == [(i, 5) for i in range(1, 6)]


@pytest.mark.parametrize("today", [TODAY - timedelta(days=400), TODAY])
def test_reference_date_respected(store_factory: Callable[..., Store], today: date) -> None:
    store, _ = generated(store_factory, seed=5, youths=6, today=today)
    dates = [r["date"] for r in store.repo.list("actualite")]
    assert max(dates) <= (today + timedelta(days=30)).isoformat()


def test_no_actualites_when_asked(store: Store) -> None:
    with store.db.transaction():
        summary = demo.generate(store.repo, 3, actualites_per_youth=0)
    planned = [r for r in store.repo.list("actualite") if r["presence"] == "planifie"]
    assert summary.actualites == len(planned)


def test_a_demo_a_referent_recognises(store_factory: Callable[..., Store]) -> None:
    """Weekdays only; intra-muros meetings in person; no "absent" on a call; no action done
    before its deadline has come."""
    store = store_factory()
    today = date(2026, 3, 4)
    with store.db.transaction():
        demo.generate(store.repo, 40, seed=11, today=today, actualites_per_youth=6)
    conn = store.db.conn
    days = [date.fromisoformat(d) for (d,) in conn.execute("SELECT date FROM actualite")]
    assert days and all(d.weekday() < 5 for d in days)
    assert not conn.execute(
        "SELECT count(*) FROM actualite WHERE lieu = 'intra_muros' AND type IN ('appel', 'ecrit')"
    ).fetchone()[0]
    assert not conn.execute(
        "SELECT count(*) FROM actualite WHERE type = 'appel' AND presence = 'absent'"
    ).fetchone()[0]
    assert not conn.execute(
        "SELECT count(*) FROM action WHERE statut = 'realisee' AND echeance > ?",
        (today.isoformat(),),
    ).fetchone()[0]
    assert conn.execute("SELECT count(*) FROM actualite WHERE type = 'appel'").fetchone()[0]
