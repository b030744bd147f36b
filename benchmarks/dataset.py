"""The benchmark data set: a real encrypted store with 10,000 youths and ~200,000 actualités.

Built once through the real write path (``demo``) and kept in a cache folder, so that each
benchmark measures its own operation and not the data generation. Delete the folder to rebuild.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from dedans_dehors_desktop.core.demo import generate
from dedans_dehors_desktop.crypto.keywrap import calibrate
from dedans_dehors_desktop.storage.store import Store

USER = "bench"
PASSPHRASE = "Banc-d'essai: 7 mots pour la performance"
CACHE = Path(
    os.environ.get("DEDANS_DEHORS_BENCH_CACHE", Path.home() / ".cache" / "dedans-dehors-bench")
)


@dataclass(frozen=True)
class Dataset:
    root: Path
    user: str
    passphrase: str
    youths: int
    actualites: int


def bench_store(youths: int = 10_000, actualites_per_youth: int = 20, seed: int = 7) -> Dataset:
    """Path of a cached store with the requested size, built on first use (a few minutes)."""
    root = CACHE / f"y{youths}-a{actualites_per_youth}-s{seed}"
    marker = root / "complete"
    if marker.exists():
        count = int(marker.read_text())
        return Dataset(root, USER, PASSPHRASE, youths, count)
    shutil.rmtree(root, ignore_errors=True)
    kdf, _ = calibrate()
    start = time.perf_counter()
    with Store.create(
        root,
        role="office",
        structure_name="Mission Locale de Rennes (banc d'essai)",
        user=USER,
        passphrase=PASSPHRASE,
        kdf=kdf,
        enforce_policy=False,
    ) as store:
        done = 0
        batch = 500
        total = 0
        reference = None
        while done < youths:
            n = min(batch, youths - done)
            with store.db.transaction():
                summary = generate(
                    store.repo,
                    n,
                    seed=seed + done,
                    actualites_per_youth=actualites_per_youth,
                    reference=reference,
                )
            reference = summary.reference
            total += summary.actualites
            done += n
            print(
                f"  jeu de données : {done}/{youths} jeunes, {total} actualités "
                f"({time.perf_counter() - start:.0f} s)",
                flush=True,
            )
    marker.write_text(str(total))
    return Dataset(root, USER, PASSPHRASE, youths, total)


def copy_store(ds: Dataset, dest: Path) -> Path:
    """A private copy to write into, so that benchmarks never change the cached data set.

    Another process may have the cached store open: its -wal and -shm come and go, so copy the
    files one by one and tolerate their absence.
    """
    dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    for name in ("store.db", "store.key", "store.db-wal"):
        try:
            shutil.copy2(ds.root / name, dest / name)
        except FileNotFoundError:
            if name != "store.db-wal":
                raise
    return dest
