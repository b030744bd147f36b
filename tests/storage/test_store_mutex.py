"""The window's thread never waits long for its store and never writes case data itself.

A real store; the "long job" is a real thread holding the store (``long_job``) while the test's
thread (the one declared interactive) tries to read or write.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from dedans_dehors_desktop.core.errors import StoreInUse
from dedans_dehors_desktop.storage import reads
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.storage.store_mutex import INTERACTIVE_WAIT, WriteOnInteractiveThread

LongJobs = Callable[[Store], Any]  # the ``long_job`` fixture

YOUTH = {
    "nom_naissance": "Martin",
    "prenoms": "Lucas",
    "sexe": "homme",
    "date_naissance": "14/03/2004",
}


def _count(store: Store) -> int:
    return int(store.db.conn.execute("SELECT count(*) FROM jeune").fetchone()[0])


def _log_lines(store: Store) -> int:
    return int(store.db.conn.execute("SELECT count(*) FROM access_log").fetchone()[0])


def test_case_data_written_on_the_interactive_thread_is_refused_and_nothing_changes(
    store: Store,
) -> None:
    before, lines = _count(store), _log_lines(store)
    store.db.lock.declare_interactive(threading.get_ident())
    with pytest.raises(WriteOnInteractiveThread):
        store.repo.create("jeune", YOUTH)
    with pytest.raises(WriteOnInteractiveThread), store.db.transaction():
        pass
    assert _count(store) == before
    # Reading and the access log's own lines (a consultation, a print) stay allowed there.
    store.db.log("impression", "jeune", "x")
    assert _log_lines(store) == lines + 1
    # The same write from another thread goes through.
    done: list[str] = []
    worker = threading.Thread(target=lambda: done.append(store.repo.create("jeune", YOUTH)))
    worker.start()
    worker.join(10)
    assert len(done) == 1 and _count(store) == before + 1


def test_the_interactive_thread_gives_up_quickly_with_a_french_message(
    store: Store, long_job: LongJobs
) -> None:
    store.db.lock.declare_interactive(threading.get_ident())
    job = long_job(store)
    started = time.monotonic()
    with pytest.raises(StoreInUse) as caught:
        reads.busiest_etablissement(store, date.today())
    waited = time.monotonic() - started
    with pytest.raises(StoreInUse):
        store.db.log("consultation", "jeune", "x")
    job.join()
    assert INTERACTIVE_WAIT <= waited < INTERACTIVE_WAIT + 5  # bounded, whatever the load
    message = str(caught.value)
    assert "occupée" in message and "Rien n'a été modifié" in message
    # Once the job has ended, the same read works at once.
    reads.busiest_etablissement(store, date.today())


def test_a_save_bounded_by_its_patience_changes_nothing_and_works_afterwards(
    store: Store, long_job: LongJobs
) -> None:
    before = _count(store)
    outcome: list[BaseException | str] = []

    def save() -> None:
        try:
            with store.db.lock.patience(0.2):
                outcome.append(store.repo.create("jeune", YOUTH))
        except BaseException as exc:
            outcome.append(exc)

    job = long_job(store)
    worker = threading.Thread(target=save)
    worker.start()
    worker.join(30)
    job.join()
    assert len(outcome) == 1 and isinstance(outcome[0], StoreInUse)
    assert _count(store) == before
    outcome.clear()
    worker = threading.Thread(target=save)
    worker.start()
    worker.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], str) and _count(store) == before + 1


def test_other_threads_wait_as_long_as_needed_without_patience(
    store: Store, long_job: LongJobs
) -> None:
    """The command line and the window's own long jobs queue behind each other, unbounded."""
    before = _count(store)
    created: list[str] = []
    job = long_job(store)
    worker = threading.Thread(target=lambda: created.append(store.repo.create("jeune", YOUTH)))
    worker.start()
    worker.join(INTERACTIVE_WAIT * 2)
    assert worker.is_alive() and not created  # still waiting, not refused
    job.join()
    worker.join(10)
    assert len(created) == 1 and _count(store) == before + 1
