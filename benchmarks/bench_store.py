"""Foundation benchmarks: open, name search, note search, one interview, write-path cost.

Run: ``.venv/bin/python -m benchmarks.bench_store`` from the project root (builds the
10,000-youth data set on first use; ``DD_BENCH_SIZE=small``: 200 youths, see ``dataset.py``).
Prints each figure with its goal, and ratios against baselines measured in the same run.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from dedans_dehors_desktop.core.demo import NOMS, NOTES, PRENOMS_H
from dedans_dehors_desktop.core.textnorm import fold
from dedans_dehors_desktop.storage.search import search_names, search_notes
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.storage.versions import VersionMap

from .dataset import bench_store, copy_store, runs, size_label
from .figures import figure, pct, report


def main() -> None:
    ds = bench_store()
    print(
        f"Jeu de données : {ds.youths} jeunes, {ds.actualites} actualités, {size_label()} "
        f"({ds.root})"
    )
    work = Path(tempfile.mkdtemp(prefix="dd-bench-"))
    try:
        root = work / "store"
        copy_store(ds, root)

        # Opening: the KDF is reported apart, as it is a deliberate cost.
        opens, kdfs = [], []
        for _ in range(runs(3, 2)):
            start = time.perf_counter()
            store = Store.open(root, user=ds.user, passphrase=ds.passphrase)
            opens.append(time.perf_counter() - start)
            kdfs.append(store.kdf_seconds)
            store.close()
        kdf = statistics.median(kdfs)
        report("Ouverture totale (médiane)", statistics.median(opens))
        report("  dont dérivation Argon2id (KDF)", kdf)
        report("  ouverture hors KDF", statistics.median(opens) - kdf, goal=1.0)

        store = Store.open(root, user=ds.user, passphrase=ds.passphrase)
        conn = store.db.conn
        rng = random.Random(1)

        start = time.perf_counter()
        conn.execute("SELECT count(*) FROM jeune WHERE _search LIKE '%zzz%'").fetchone()
        scan = time.perf_counter() - start

        terms = [
            fold(rng.choice(NOMS + PRENOMS_H))[: rng.randint(2, 5)] for _ in range(runs(200, 50))
        ]
        timings = []
        for term in terms:
            start = time.perf_counter()
            search_names(conn, term)
            timings.append(time.perf_counter() - start)
        report(
            "Recherche par nom p95",
            pct(timings, 95),
            goal=0.020,
            baseline=scan,
            baseline_name="balayage de la table jeune",
        )

        words = [w for note in NOTES for w in fold(note).split() if len(w) > 4]
        timings = []
        for _ in range(runs(200, 50)):
            query = " ".join(rng.sample(words, rng.randint(1, 2)))
            start = time.perf_counter()
            search_notes(conn, query)
            timings.append(time.perf_counter() - start)
        report("Recherche plein texte dans les notes p95", pct(timings, 95), goal=0.050)

        # One interview: the actualité, a barrier updated, an action agreed, the next appointment.
        jeunes = [r[0] for r in conn.execute("SELECT id FROM jeune LIMIT 300")]
        freins = dict(conn.execute("SELECT jeune_id, id FROM frein GROUP BY jeune_id").fetchall())
        repo = store.repo
        timings = []
        for jeune_id in jeunes[: runs(200, 20)]:
            start = time.perf_counter()
            with store.db.transaction():
                repo.create(
                    "actualite",
                    {
                        "jeune_id": jeune_id,
                        "date": date.today(),
                        "type": "entretien",
                        "lieu": "intra_muros",
                        "presence": "present",
                        "themes": ["logement", "emploi"],
                        "duree": 45,
                        "note": "Point logement et emploi, dossier FJT en cours.",
                    },
                )
                if jeune_id in freins:
                    repo.update("frein", freins[jeune_id], {"statut": "en_cours"})
                repo.create(
                    "action",
                    {
                        "jeune_id": jeune_id,
                        "libelle": "Compléter le dossier FJT",
                        "acteur": "jeune",
                        "statut": "en_cours",
                        "echeance": date.today(),
                    },
                )
                repo.create(
                    "actualite",
                    {
                        "jeune_id": jeune_id,
                        "date": date.today(),
                        "heure": "10:00",
                        "type": "entretien",
                        "presence": "planifie",
                    },
                )
            timings.append(time.perf_counter() - start)
        report("Enregistrer un entretien complet (médiane)", statistics.median(timings), goal=0.010)

        # Write-path cost against plain executemany of the same rows, both in one transaction.
        n = runs(2000, 200)
        values = [
            {
                "jeune_id": jeunes[i % len(jeunes)],
                "date": "2026-03-02",
                "heure": "10:00",
                "duree": 30,
                "type": "entretien",
                "lieu": "intra_muros",
                "presence": "present",
                "themes": '["emploi"]',
                "note": NOTES[i % len(NOTES)],
            }
            for i in range(n)
        ]
        start = time.perf_counter()
        with store.db.transaction():
            for v in values:
                repo.create("actualite", v)
        write_path = time.perf_counter() - start
        cols = list(values[0])
        vm = VersionMap.parse(None).dump()
        rows = [(str(uuid.uuid4()), *[v[c] for c in cols], 0, vm, 0) for v in values]
        # The baseline fills the full-text index too, as a plain insert must for the notes to be
        # searchable: the ratio then measures versions, history, access log and validation.
        start = time.perf_counter()
        with store.db.transaction():
            conn.executemany(
                f"INSERT INTO actualite (id, {', '.join(cols)}, _deleted, _v, _seq) "
                f"VALUES ({', '.join('?' * (len(cols) + 4))})",
                rows,
            )
            conn.execute(
                "INSERT INTO actualite_fts(rowid, note) SELECT rowid, note FROM actualite "
                "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                (json.dumps([r[0] for r in rows]),),
            )
        plain = time.perf_counter() - start
        rows = [(str(uuid.uuid4()), *row[1:]) for row in rows]
        start = time.perf_counter()
        with store.db.transaction():
            conn.executemany(
                f"INSERT INTO actualite (id, {', '.join(cols)}, _deleted, _v, _seq) "
                f"VALUES ({', '.join('?' * (len(cols) + 4))})",
                rows,
            )
        bare = time.perf_counter() - start
        report(
            f"Chemin d'écriture, {n} actualités",
            write_path,
            baseline=plain,
            baseline_name="executemany + index plein texte",
        )
        report(f"executemany + index plein texte, {n} actualités", plain)
        report(f"executemany seul (sans index plein texte), {n} actualités", bare)
        figure(f"Rapport chemin d'écriture / executemany seul : ×{write_path / bare:.2f}")
        figure(
            f"Rapport chemin d'écriture / (executemany + index) : ×{write_path / plain:.2f} "
            f"(objectif ≤ ×2)"
        )
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
