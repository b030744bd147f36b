"""Fixtures shared by every test folder: real encrypted stores in ``tmp_path``.

Stores are created with a light Argon2id cost (1 MiB, 1 pass) and without the passphrase policy,
so that a test creates one in a few tens of milliseconds; everything else is the real thing
(SQLCipher file, key file, write path).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.store import Store

PASSPHRASE = "phrase de passe des tests"
USER = "referent"
STRUCTURE = "Mission Locale de test"


def light_kdf_params() -> KdfParams:
    return KdfParams(os.urandom(16), 1024, 1)


@pytest.fixture
def light_kdf() -> KdfParams:
    return light_kdf_params()


@pytest.fixture
def passphrase() -> str:
    """The passphrase of the stores made by ``store_factory`` (unless told otherwise)."""
    return PASSPHRASE


@pytest.fixture
def user_name() -> str:
    """The user of the stores made by ``store_factory`` (unless told otherwise)."""
    return USER


StoreFactory = Callable[..., Store]


@pytest.fixture
def store_factory(tmp_path: Path) -> Iterator[StoreFactory]:
    """``store_factory(role="laptop", root=None, user=USER, passphrase=PASSPHRASE)`` → open Store.

    Each call creates a new store (in ``tmp_path / "store-N"`` unless ``root`` is given); the
    stores still open at the end of the test are closed.
    """
    made: list[Store] = []

    def make(
        role: str = "laptop",
        root: Path | None = None,
        *,
        user: str = USER,
        passphrase: str = PASSPHRASE,
        structure_name: str = STRUCTURE,
    ) -> Store:
        folder = root if root is not None else tmp_path / f"store-{len(made) + 1}"
        store = Store.create(
            folder,
            role=role,
            structure_name=structure_name,
            user=user,
            passphrase=passphrase,
            kdf=light_kdf_params(),
            enforce_policy=False,
        )
        made.append(store)
        return store

    yield make
    for store in made:
        try:
            store.close()  # closing twice is harmless; the test may have closed it already
        except Exception:  # a test that broke the store on purpose
            pass


@pytest.fixture
def store(store_factory: StoreFactory) -> Store:
    """An open laptop store, empty."""
    return store_factory()


def youth_values(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "nom_naissance": "Martin",
        "prenoms": "Lucas",
        "sexe": "homme",
        "date_naissance": "14/03/2004",
    }
    values.update(overrides)
    return values


@pytest.fixture
def new_youth() -> Callable[..., dict[str, Any]]:
    """``new_youth(**overrides)`` → the values of a valid youth (to pass to ``repo.create``)."""
    return youth_values


def tree_digest(root: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every file under ``root`` (folders included as markers)."""
    digests: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.is_dir():
            digests[rel] = "<dir>"
        else:
            digests[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


@pytest.fixture
def digest_tree() -> Callable[[Path], dict[str, str]]:
    """``digest_tree(folder)`` → {relative path: sha256}; compare before and after an operation."""
    return tree_digest


class LongJob:
    """Another thread holds a store, as a bundle import does, until ``finish``."""

    def __init__(self, store: Store) -> None:
        self._taken = threading.Event()
        self._finish = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(store,))

    def _run(self, store: Store) -> None:
        with store.db.transaction():
            self._taken.set()
            self._finish.wait(60)

    def start(self) -> LongJob:
        self._thread.start()
        assert self._taken.wait(10)
        return self

    def finish(self) -> None:
        self._finish.set()

    def join(self) -> None:
        self.finish()
        self._thread.join(10)


@pytest.fixture
def long_job() -> Iterator[Callable[[Store], LongJob]]:
    """``long_job(store)`` starts a thread that holds ``store`` until ``.finish()``."""
    started: list[LongJob] = []

    def start(store: Store) -> LongJob:
        job = LongJob(store).start()
        started.append(job)
        return job

    yield start
    for job in started:
        job.join()
