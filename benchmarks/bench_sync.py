"""Sync benchmarks: the office's first bundle for a laptop, and a permanence's bundle.

Run: ``.venv/bin/python -m benchmarks.bench_sync`` from the project root (builds a 1,000-youth
office data set with about 20,000 actualités on first use, through the real write path;
``DD_BENCH_SIZE=small``: 100 youths, see ``dataset.py``).

Goals (the issue): first bundle for a laptop with 1,000 youths and 20,000 actualités: export
≤ 5 s, import ≤ 5 s, import ≤ 3× plain SQLCipher inserts of the same rows (measured in the same
run; wall and processor time, the latter meaningful on a machine other work shares), peak
memory growth ≤ 150 MB; a permanence's bundle (10 youths, about 50 field changes):
export ≤ 200 ms and ≤ 50 KB.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import psutil

from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.sync.apply import import_bundle
from dedans_dehors_desktop.sync.devices import office_device
from dedans_dehors_desktop.sync.enrolment import (
    approve_request,
    complete_enrolment,
    create_request,
    read_request,
)
from dedans_dehors_desktop.sync.export import export_bundle
from dedans_dehors_desktop.sync.scope import ScopeRule

from .dataset import SYNC_YOUTHS, bench_store, size_label
from .figures import figure

T = TypeVar("T")


class PeakRss:
    """Resident memory sampled every 5 ms while a block runs (SQLite's cache included)."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.base = self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.base) / 1e6


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    result, wall, _ = timed_cpu(fn)
    return result, wall


def timed_cpu(fn: Callable[[], T]) -> tuple[T, float, float]:
    """Wall time and this process's processor time (the figure that holds on a loaded machine:
    SQLCipher runs in this thread, so its work counts too)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - start, time.process_time() - cpu


def line(name: str, value: str, goal: str = "", ok: bool | None = None, extra: str = "") -> None:
    verdict = "" if ok is None else ("OK" if ok else "DÉPASSÉ")
    figure(f"{name:<50} {value:>12}   {goal:<16} {verdict:<8} {extra}")


def light_store(root: Path, role: str, user: str) -> Store:
    return Store.create(
        root,
        role=role,
        structure_name="Banc d'essai",
        user=user,
        passphrase="banc d'essai",
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )


def columns(store: Store, table: str) -> list[str]:
    """Every stored column of the table, bookkeeping included: the baseline inserts the rows
    exactly as the import left them (read from the schema, not from the write path's code)."""
    return [r[1] for r in store.db.conn.execute(f"PRAGMA table_info({table})")]


@dataclass(frozen=True)
class Baseline:
    """Plain inserts of the import's rows (wall, processor) and their full-text index."""

    inserts_s: float
    inserts_cpu: float
    fts_s: float
    fts_cpu: float


def plain_inserts(source: Store, target_root: Path) -> Baseline:
    """Baselines: the same rows inserted with executemany into an empty store in one
    transaction; then also their full-text index filled as the write path does at commit."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    cols = {e.table: columns(source, e.table) for e in ENTITIES.values()}
    for e in ENTITIES.values():
        rows[e.table] = source.db.conn.execute(
            f"SELECT {', '.join(cols[e.table])} FROM {e.table}"
        ).fetchall()
    target = light_store(target_root, "laptop", "baseline")
    try:

        def insert() -> None:
            with target.db.transaction():
                for e in ENTITIES.values():
                    names = cols[e.table]
                    marks = ", ".join("?" * len(names))
                    target.db.conn.executemany(
                        f"INSERT INTO {e.table} ({', '.join(names)}) VALUES ({marks})",
                        rows[e.table],
                    )

        def index() -> None:
            with target.db.transaction():
                for e in ENTITIES.values():
                    if e.fts:
                        names = ", ".join(e.fts)
                        target.db.conn.execute(
                            f"INSERT INTO {e.table}_fts(rowid, {names}) SELECT rowid, {names} "
                            f"FROM {e.table} WHERE _deleted = 0"
                        )

        _, inserts_s, inserts_cpu = timed_cpu(insert)
        _, fts_s, fts_cpu = timed_cpu(index)
        return Baseline(inserts_s, inserts_cpu, fts_s, fts_cpu)
    finally:
        target.close()


def main() -> None:
    ds = bench_store(youths=SYNC_YOUTHS)
    work = Path(tempfile.mkdtemp(prefix="dd-bench-sync-"))
    try:
        shutil.copytree(ds.root, work / "office")
        office = Store.open(work / "office", user=ds.user, passphrase=ds.passphrase)
        laptop = light_store(work / "laptop", "laptop", "referente")
        stick = work / "stick"
        stick.mkdir()
        referents = [
            r[0]
            for r in office.db.conn.execute(
                "SELECT DISTINCT referent FROM jeune WHERE referent IS NOT NULL"
            )
        ]
        counts = {
            t: office.db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("jeune", "actualite")
        }
        print(
            f"Bureau : {counts['jeune']} jeunes, {counts['actualite']} actualités ; "
            f"périmètre du portable : {len(referents)} référents (tout le jeu), {size_label()}"
        )

        request = read_request(create_request(laptop, stick).path)
        with PeakRss() as export_mem:
            approval, export_s = timed(
                lambda: approve_request(
                    office, request, tuple(ScopeRule("referent", r) for r in referents), stick
                )
            )
        size = approval.export.size
        line(
            "Premier paquet : export",
            f"{export_s:.2f} s",
            "objectif ≤ 5 s",
            export_s <= 5,
            f"{approval.export.records} fiches, {size / 1e6:.1f} Mo, "
            f"mémoire +{export_mem.growth_mb:.0f} Mo",
        )
        with PeakRss() as import_mem:
            result, import_s, import_cpu = timed_cpu(
                lambda: complete_enrolment(laptop, approval.export.path)
            )
        assert result.records == approval.export.records, result
        base = plain_inserts(laptop, work / "baseline")
        ratio = import_s / base.inserts_s
        cpu_ratio = import_cpu / base.inserts_cpu
        line(
            "Premier paquet : import",
            f"{import_s:.2f} s",
            "objectif ≤ 5 s",
            import_s <= 5,
            f"{result.records} fiches ; processeur {import_cpu:.2f} s",
        )
        line(
            "  ratio / insertions SQLCipher simples",
            f"×{ratio:.2f}",
            "objectif ≤ 3×",
            ratio <= 3,
            f"(insertions seules : {base.inserts_s:.2f} s)",
        )
        # On a machine other work shares, wall times stretch unevenly; processor times do not.
        line(
            "  ratio / insertions, temps processeur",
            f"×{cpu_ratio:.2f}",
            "objectif ≤ 3×",
            cpu_ratio <= 3,
            f"(import {import_cpu:.2f} s, insertions seules {base.inserts_cpu:.2f} s)",
        )
        line(
            "  ratio / insertions + index plein texte",
            f"×{import_s / (base.inserts_s + base.fts_s):.2f}",
            extra=f"(index des notes seul : {base.fts_s:.2f} s, que tout chemin d'écriture paie ;"
            f" processeur ×{import_cpu / (base.inserts_cpu + base.fts_cpu):.2f})",
        )
        growth = max(export_mem.growth_mb, import_mem.growth_mb)
        line(
            "  croissance de la mémoire (pic RSS)",
            f"{growth:.0f} Mo",
            "objectif ≤ 150 Mo",
            growth <= 150,
            f"(export {export_mem.growth_mb:.0f}, import {import_mem.growth_mb:.0f})",
        )

        # A permanence: 10 youths, 5 fields each, plus one interview note each.
        youths = [r[0] for r in laptop.db.conn.execute("SELECT id FROM jeune ORDER BY id LIMIT 10")]
        with laptop.db.transaction():
            for i, jeune_id in enumerate(youths):
                laptop.repo.update(
                    "jeune",
                    jeune_id,
                    {
                        "telephone": f"06{i:08d}",
                        "commune": "Rennes",
                        "ou_joindre": "detention",
                        "pas_de_telephone": False,
                        "refuse_sms": True,
                    },
                )
                laptop.repo.create(
                    "actualite",
                    {
                        "jeune_id": jeune_id,
                        "date": "03/03/2026",
                        "type": "entretien",
                        "lieu": "intra_muros",
                        "note": "Entretien au parloir : projet de formation "
                        "en cuisine, CV à reprendre, rendez-vous fixé avec le CPIP.",
                    },
                )
        office_id = office_device(laptop.db).device_id
        exported, perm_s = timed(lambda: export_bundle(laptop, office_id, stick))
        line(
            "Paquet d'une permanence : export",
            f"{perm_s * 1000:.0f} ms",
            "objectif ≤ 200 ms",
            perm_s <= 0.2,
            f"{exported.records} fiches",
        )
        line(
            "Paquet d'une permanence : taille",
            f"{exported.size / 1000:.1f} Ko",
            "objectif ≤ 50 Ko",
            exported.size <= 50_000,
        )
        imported, perm_import_s = timed(lambda: import_bundle(office, exported.path))
        line(
            "Paquet d'une permanence : import au bureau",
            f"{perm_import_s * 1000:.0f} ms",
            extra=imported.message,
        )
        office.close()
        laptop.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
