"""The benchmark data set and the benchmark size, both read here and nowhere else.

Real size (the default): a real encrypted store with 10,000 youths and ~200,000 actualités for
most benchmarks, 1,000 youths for the sync one, and every repetition the figures were designed
with. Small size (``DD_BENCH_SIZE=small``, what CI runs): 200 and 100 youths and a few
repetitions, so that every benchmark runs and prints its figures in a few minutes on 2 cores;
its timings say nothing about the goals.

Stores are built once through the real write path (``demo``) and kept in a cache folder, so
that each benchmark measures its own operation and not the data generation. Delete the folder
to rebuild. ``DEDANS_DEHORS_BENCH_CACHE`` moves the cache; the small size has its own folder.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dedans_dehors_desktop.core.demo import generate
from dedans_dehors_desktop.crypto.keywrap import calibrate
from dedans_dehors_desktop.storage.migrations import CURRENT_VERSION
from dedans_dehors_desktop.storage.store import Store

SIZES = ("full", "small")
SIZE = os.environ.get("DD_BENCH_SIZE", "full").strip().lower() or "full"
if SIZE not in SIZES:
    raise SystemExit(f"DD_BENCH_SIZE={SIZE!r} : valeurs possibles {', '.join(SIZES)}.")
SMALL = SIZE == "small"

#: Youths of the main data set, and of the office that sends a laptop its first bundle.
YOUTHS = 200 if SMALL else 10_000
SYNC_YOUTHS = 100 if SMALL else 1_000
ACTUALITES_PER_YOUTH = 20

USER = "bench"
PASSPHRASE = "Banc-d'essai: 7 mots pour la performance"
_BASE = Path(
    os.environ.get("DEDANS_DEHORS_BENCH_CACHE", Path.home() / ".cache" / "dedans-dehors-bench")
)
CACHE = _BASE.with_name(_BASE.name + "-small") if SMALL else _BASE


def runs(full: int, small: int | None = None) -> int:
    """Repetitions of a timed operation: ``full`` at real size, ``small`` (or a tenth, at
    least 2) at the small size."""
    if not SMALL:
        return full
    return small if small is not None else max(2, full // 10)


def size_label() -> str:
    return "taille réduite (DD_BENCH_SIZE=small)" if SMALL else "taille réelle"


@dataclass(frozen=True)
class Dataset:
    root: Path
    user: str
    passphrase: str
    youths: int
    actualites: int


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One builder at a time: a benchmark started while another builds the same store waits
    for it instead of deleting its half-built folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def bench_store(
    youths: int = YOUTHS, actualites_per_youth: int = ACTUALITES_PER_YOUTH, seed: int = 7
) -> Dataset:
    """Path of a cached store with the requested size, built on first use (a few minutes at
    real size)."""
    name = f"y{youths}-a{actualites_per_youth}-s{seed}"
    root = CACHE / name
    marker = root / "complete"
    with _exclusive(CACHE / f".{name}.lock"):
        if marker.exists():
            _migrate_once(root)
            return Dataset(root, USER, PASSPHRASE, youths, int(marker.read_text()))
        shutil.rmtree(root, ignore_errors=True)
        total = _build(root, youths, actualites_per_youth, seed)
        marker.write_text(str(total))
        (root / "schema").write_text(str(CURRENT_VERSION))
    return Dataset(root, USER, PASSPHRASE, youths, total)


def _migrate_once(root: Path) -> None:
    """A cache built by an older version is brought to the current schema once, here: otherwise
    every private copy would pay the migration and the opening figures would measure it."""
    schema = root / "schema"
    if schema.exists() and schema.read_text().strip() == str(CURRENT_VERSION):
        return
    Store.open(root, user=USER, passphrase=PASSPHRASE).close()
    schema.write_text(str(CURRENT_VERSION))


def _build(root: Path, youths: int, actualites_per_youth: int, seed: int) -> int:
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
    return total


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
