"""Benchmarks of the documents about one youth: the printed summary and the right-of-access export.

Run: ``.venv/bin/python -m benchmarks.bench_summary`` from the project root. Builds its own small
stores in a temporary folder (real SQLCipher files, light key derivation: the KDF is not what is
measured here). ``DD_BENCH_SIZE=small`` (see ``dataset.py``): fewer youths, actualités and runs.
Prints each figure with its goal, and ratios against baselines measured in the same run:
- one summary end to end (allow-list selection + render) ≤ 300 ms, against the render of a
  fixed ``SummaryContent`` alone;
- a right-of-access export for a youth with 500 actualités ≤ 2 s, against collecting the data
  alone.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from dedans_dehors_desktop.core.demo import NOTES, generate
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.reports.access_export import (
    collect_access_data,
    export_access,
    render_access_pdf,
    to_json_bytes,
)
from dedans_dehors_desktop.reports.summary_pdf import (
    SummaryAppointment,
    SummaryContact,
    SummaryContent,
    SummaryStep,
    render_summary,
)
from dedans_dehors_desktop.reports.summary_select import (
    SummaryOptions,
    select_summary,
    set_structure_identity,
)
from dedans_dehors_desktop.storage.files import atomic_write
from dedans_dehors_desktop.storage.store import Store

from .dataset import runs, size_label
from .figures import pct, report

TODAY = date(2026, 3, 3)
#: Actualités of the youth whose right-of-access export is measured (the goal is for 500).
ACTUALITES = runs(500, 100)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up: fonts registered, pages of the database in the cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def new_store(root: Path) -> Store:
    store = Store.create(
        root,
        role="laptop",
        structure_name="Mission Locale du Pays de Rennes",
        user="bench",
        passphrase="bench",
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )
    set_structure_identity(
        store.db, address="12 rue de la Parcheminerie, 35000 Rennes", phone="02 99 78 00 00"
    )
    return store


FIXED = SummaryContent(
    structure_name="Mission Locale du Pays de Rennes",
    structure_address="12 rue de la Parcheminerie, 35000 Rennes",
    structure_phone="02 99 78 00 00",
    first_name="Éloïse",
    surname_initial="D",
    meeting_date=TODAY,
    worked_on=("Ton projet professionnel", "Ton logement"),
    next_steps=(
        SummaryStep("Écrire ta lettre de motivation", date(2026, 3, 12)),
        SummaryStep("Compléter le dossier FJT", date(2026, 3, 20)),
    ),
    appointments=(SummaryAppointment(datetime(2026, 3, 17, 14, 30), "À la Mission Locale"),),
    documents=("Ta pièce d'identité ou sa copie", "Ton CV"),
    contacts=(SummaryContact("AFPA Rennes", "02 99 11 22 33"),),
)


def bench_summary(work: Path) -> None:
    store = new_store(work / "summary")
    with store.db.transaction():
        generate(store.repo, runs(60, 10), seed=11, today=TODAY, actualites_per_youth=12)
    youths = [row["id"] for row in store.repo.list("jeune")]
    rng = random.Random(3)

    baseline = timed(lambda: render_summary(FIXED), runs(40))
    report("Rendu seul d'un récapitulatif fixe (p50)", statistics.median(baseline))

    select_times = timed(
        lambda: select_summary(store.db, rng.choice(youths), SummaryOptions(today=TODAY)),
        runs(60),
    )
    report("Sélection (liste autorisée) seule (p50)", statistics.median(select_times))

    def one() -> bytes:
        content = select_summary(store.db, rng.choice(youths), SummaryOptions(today=TODAY))
        return render_summary(content)

    total = timed(one, runs(60))
    base = statistics.median(baseline)
    report(
        "Récapitulatif de bout en bout (p50)",
        statistics.median(total),
        goal=0.300,
        baseline=base,
        baseline_name="rendu seul",
    )
    report(
        "Récapitulatif de bout en bout (p95)",
        pct(total, 95),
        goal=0.300,
        baseline=base,
        baseline_name="rendu seul",
    )

    large = timed(
        lambda: render_summary(
            select_summary(
                store.db, rng.choice(youths), SummaryOptions(today=TODAY, large_print=True)
            )
        ),
        runs(20),
    )
    report("  en gros caractères (p95)", pct(large, 95), goal=0.300)
    store.close()


def bench_access_export(work: Path) -> None:
    store = new_store(work / "access")
    with store.db.transaction():
        generate(store.repo, 5, seed=5, today=TODAY, actualites_per_youth=4)
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": "Durand",
                "prenoms": "Inès",
                "sexe": "femme",
                "date_naissance": "2003-06-01",
            },
        )
        rng = random.Random(7)
        ids = []
        for number in range(ACTUALITES):
            ids.append(
                store.repo.create(
                    "actualite",
                    {
                        "jeune_id": jeune,
                        "date": TODAY - timedelta(days=ACTUALITES + 100 - number),
                        "heure": "10:00",
                        "duree": 45,
                        "type": "entretien",
                        "lieu": "intra_muros",
                        "presence": "present",
                        "themes": rng.sample(
                            ["projet_pro", "emploi", "logement", "droits", "sante"], k=2
                        ),
                        "note": rng.choice(NOTES) + "\n" + rng.choice(NOTES),
                    },
                )
            )
        for record_id in ids[::10]:  # some history, as a real file has
            store.repo.update("actualite", record_id, {"duree": 60})
    for record_id in ids[::25]:
        store.repo.open_record("actualite", record_id)
    print(
        f"Dossier de test : 1 jeune, {ACTUALITES} actualités, "
        f"{store.db.conn.execute('SELECT count(*) FROM access_log').fetchone()[0]} lignes "
        f"de journal au total",
        flush=True,
    )

    collect = timed(lambda: collect_access_data(store.db, jeune), runs(5, 2))
    report("Collecte des données seule (p50)", statistics.median(collect))
    data = collect_access_data(store.db, jeune)
    json_only = timed(lambda: to_json_bytes(data), runs(5, 2))
    report("Écriture JSON seule (p50)", statistics.median(json_only))
    pdf_only = timed(lambda: render_access_pdf(data), runs(5, 2))
    pages = render_access_pdf(data).count(b"/Type /Page\n")
    report(f"Rendu PDF seul (p50, ~{pages} pages)", statistics.median(pdf_only))

    out = work / "export"
    out.mkdir()
    pdf_bytes, json_bytes = render_access_pdf(data), to_json_bytes(data)

    def write_both() -> None:
        atomic_write(out / "bench.pdf", pdf_bytes)
        atomic_write(out / "bench.json", json_bytes)

    writes = timed(write_both, runs(5, 2))
    report("Écriture atomique des 2 fichiers (fsync) (p50)", statistics.median(writes))
    total = timed(lambda: export_access(store.db, jeune, out), runs(5, 2))
    base = statistics.median(collect)
    report(
        f"Export droit d'accès, {ACTUALITES} actualités (p50)",
        statistics.median(total),
        goal=2.0,
        baseline=base,
        baseline_name="collecte seule",
    )
    report(
        f"Export droit d'accès, {ACTUALITES} actualités (max)",
        max(total),
        goal=2.0,
        baseline=base,
        baseline_name="collecte seule",
    )
    # CPU time of this process: what the export costs when the machine is shared.
    cpu = []
    for _ in range(runs(3, 1)):
        start = time.process_time()
        export_access(store.db, jeune, out)
        cpu.append(time.process_time() - start)
    report("  temps CPU du processus (médiane)", statistics.median(cpu), goal=2.0)
    store.close()


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="dd-bench-summary-"))
    try:
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} processeurs, {size_label()}")
        bench_summary(work)
        bench_access_export(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
