"""Retention rules at the office: defaults, editing, preview, the run (one transaction, logged),
the run reaching the laptops (also one back after months), and the activity reports of past
years unchanged by anonymisation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.reports.activity.period import Period, parse_split
from dedans_dehors_desktop.reports.activity.tables import compute_report
from dedans_dehors_desktop.services import retention
from dedans_dehors_desktop.storage.keyfile import KeyFile
from dedans_dehors_desktop.storage.repository import Repository
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.sync.errors import SyncRejected

from .world import PASSPHRASE, World, case_state, youth

TODAY = date(2026, 12, 1)
OLD_NAME = "Zorglubretenu"
OLD_NOTE = "Kangourouretenu au parloir"


def old_youth(
    store: Store,
    *,
    cej_end: str | None = None,
    running: bool = False,
    born: str = "1990-02-10",
    **overrides: object,
) -> str:
    """A case file written in 2012 (when the youth was young enough for the app)."""
    repo = Repository(store.db, today=date(2012, 6, 1))
    with store.db.transaction():
        jid = repo.create(
            "jeune",
            youth(
                **{
                    "nom_naissance": OLD_NAME,
                    "prenoms": "Lina",
                    "date_naissance": born,
                    "telephone": "0600000000",
                    **overrides,
                }
            ),
        )
        disp = (
            repo.create("dispositif", {"nom": "Contrat d'engagement jeune (CEJ)"})
            if (cej_end)
            else repo.create("dispositif", {"nom": "PPAE Justice"})
        )
        repo.create(
            "accompagnement",
            {
                "jeune_id": jid,
                "dispositif_id": disp,
                "date_entree": "2012-01-15",
                "date_fin": None if running else (cej_end or "2012-11-30"),
            },
        )
        repo.create("profil", {"jeune_id": jid, "date": "2012-01-15", "niveau_formation": "V"})
        repo.create(
            "actualite",
            {
                "jeune_id": jid,
                "date": "2012-03-01",
                "type": "entretien",
                "lieu": "intra_muros",
                "note": OLD_NOTE if "nom_naissance" not in overrides else "Note gardée",
            },
        )
        obj = repo.create("objectif", {"jeune_id": jid, "libelle": "Logement à Périgueux"})
        repo.create("action", {"jeune_id": jid, "objectif_id": obj, "libelle": "Appeler le FJT"})
    repo.update("jeune", jid, {"nom_usage": str(overrides.get("nom_naissance", OLD_NAME)) + "bis"})
    return jid


def test_default_rules_are_readable_and_editable(world: World) -> None:
    office = world.office
    rules = retention.rules(office)
    assert [r.id for r in rules] == ["imilo", "cej", "carnet"]
    assert "26e anniversaire" in rules[0].describe()
    assert "l'identité" in rules[0].erases_text() and "effectifs" in rules[0].keeps_text()
    changed = retention.set_rule(office, "carnet", years=3, enabled=False)
    assert changed.years == 3 and not retention.rules(office)[2].enabled
    with pytest.raises(ValidationError):
        retention.set_rule(office, "imilo", trigger="jamais")
    retention.reset_rules(office)
    assert retention.rules(office) == list(retention.DEFAULT_RULES)


def test_preview_then_run_then_laptops_converge(world: World) -> None:
    office = world.office
    over_age = old_youth(office)
    cej_done = old_youth(office, cej_end="2015-06-30", born="1995-01-01", prenoms="Cej")
    cej_recent = old_youth(
        office, cej_end="2020-06-30", born="1995-01-01", prenoms="Recent", nom_naissance="Durand"
    )
    running = old_youth(office, running=True, prenoms="Suivi", nom_naissance="Petit")
    with office.db.transaction():
        young = office.repo.create("jeune", youth(prenoms="Jeune"))
    world.settle()  # laptops A and C hold every case file (caseload of Alice)
    # Laptop A edits the case file, keeps a draft: its own history holds the old name.
    world.a.repo.update("jeune", over_age, {"email": "lina@example.org"})
    world.a.repo.save_draft("d1", "actualite", over_age, {"note": OLD_NOTE})
    world.sync("a", "office")
    lost = world.export("office", "c")  # laptop C's next bundle is lost: it comes back later

    report_before = compute_report(office.db, Period.year(2012), parse_split("plie"))
    effects = {e.rule.id: e for e in retention.preview(office, TODAY)}
    assert [c.jeune_id for c in effects["imilo"].case_files] == [over_age]
    assert [c.jeune_id for c in effects["cej"].case_files] == [cej_done]
    # name, birth name, phone, e-mail; the note; objective and action
    assert effects["imilo"].case_files[0].records == 4
    assert effects["carnet"].case_files == []
    assert office.repo.get("jeune", over_age)["nom_naissance"] == OLD_NAME  # preview wrote nothing

    result = retention.run(office, TODAY)
    assert result.case_files == 2 and result.records == 8
    for jid in (cej_recent, running, young):
        assert office.repo.require("jeune", jid)["nom_naissance"] != "(anonymisé)"
    anon = office.repo.require("jeune", over_age)
    assert anon["nom_naissance"] == anon["prenoms"] == "(anonymisé)"
    assert anon["telephone"] is None and anon["email"] is None and anon["nom_usage"] is None
    assert anon["sexe"] == "homme" and anon["date_naissance"] == "1990-02-10"
    [note] = office.repo.list("actualite", jeune_id=over_age)
    assert note["note"] is None and note["type"] == "entretien"
    [(_, user, summary)] = retention.runs(office)
    assert user == "bureau"
    assert summary["imilo"] == {"case_files": 1, "records": 4}
    # Nothing left to do: a second run touches nothing.
    assert retention.run(office, TODAY).records == 0

    # Past years' reports give the same figures.
    report_after = compute_report(office.db, Period.year(2012), parse_split("plie"))
    assert report_after.tables == report_before.tables

    # Laptop A erases the same records at its next import: values, history, drafts.
    world.sync("office", "a")
    for store in (office, world.a):
        assert no_trace(store), store.db.role
    # Laptop C comes back after months: the lost bundle, then newer ones, converge.
    with office.db.transaction():
        office.repo.create("jeune", youth(prenoms="Nouveau"))
    world.sync("office", "c")
    with pytest.raises(SyncRejected):  # the lost one, found months later: older, refused
        world.deliver(lost, "c")
    assert no_trace(world.c)
    world.settle()
    assert case_state(world.c) == case_state(office) == case_state(world.a)
    assert no_trace(world.c) and no_trace(world.a) and no_trace(office)
    # On the laptop's disk too, freed pages included (see tests/storage/test_retention_canary).
    root = world.a.paths.root
    _, key = KeyFile.load(world.a.paths.key).unlock(None, PASSPHRASE)
    world.a.close()
    plain = decrypted_pages(root / "store.db", key)
    assert b"Zorglubretenu" not in plain and b"Kangourouretenu" not in plain
    assert "Zorglubretenu".encode("utf-16-le") not in plain


def decrypted_pages(db_file: Path, key: bytes, page: int = 4096, reserve: int = 80) -> bytes:
    """Every page of a SQLCipher 4 file decrypted (AES-256-CBC, IV in the reserved bytes)."""
    data = db_file.read_bytes()
    out = bytearray()
    for n in range(len(data) // page):
        raw = data[n * page : (n + 1) * page]
        iv = raw[page - reserve : page - reserve + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = dec.update(raw[16 if n == 0 else 0 : page - reserve]) + dec.finalize()
        assert n or plain[0:2] == b"\x10\x00", "decryption failed"
        out += plain
    return bytes(out)


def no_trace(store: Store) -> bool:
    conn = store.db.conn
    for table, column in (
        ("jeune", "nom_naissance"),
        ("jeune", "nom_usage"),
        ("actualite", "note"),
        ("history", "old"),
        ("history", "new"),
        ("draft", "content"),
        ("conflict", "vals"),
    ):
        found = conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} LIKE ? OR {column} LIKE ?",
            ("%Zorglubretenu%", "%Kangourouretenu%"),
        ).fetchone()[0]
        if found:
            return False
    hits = conn.execute(
        "SELECT count(*) FROM actualite_fts WHERE actualite_fts MATCH 'kangourouretenu'"
    ).fetchone()[0]
    return hits == 0


def test_erase_rule_erases_the_whole_case_file(world: World) -> None:
    office = world.office
    jid = old_youth(office)
    retention.set_rule(office, "imilo", action=retention.ERASE)
    [effect] = [e for e in retention.preview(office, TODAY) if e.rule.id == "imilo"]
    assert effect.case_files[0].records == 6  # the youth and five records
    retention.run(office, TODAY)
    assert office.repo.get("jeune", jid) is None
    assert no_trace(office)
