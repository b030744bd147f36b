"""Reading, never writing: the youth list, searches, a case file and its history, the day's
appointments, reference names. The SQL lives in ``storage`` (which owns the tables); these
functions take the open ``Store`` and hold its lock while they read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..storage import reads, search
from ..storage.reads import (
    CASE_TABLES,
    REFERENCE_TABLES,
    Appointment,
    CaseFile,
    appointments,
    busiest_etablissement,
    count_youths,
    draft_ids,
    names,
    read_case_file,
    record_history,
)
from ..storage.search import YouthRow, filter_rows, terms_of
from ..storage.store import Store

__all__ = [
    "CASE_TABLES",
    "REFERENCE_TABLES",
    "Appointment",
    "CaseFile",
    "YouthRow",
    "appointments",
    "busiest_etablissement",
    "count_youths",
    "draft_ids",
    "filter_rows",
    "names",
    "open_youth",
    "read_case_file",
    "record",
    "record_history",
    "records",
    "reference_names",
    "search_names",
    "search_notes",
    "terms_of",
    "youth_list",
    "youth_rows",
]


def youth_rows(store: Store) -> list[YouthRow]:
    """Every youth's list row, in search-key order, to filter in memory with ``filter_rows``."""
    with store.db.lock:
        return search.youth_rows(store.db.conn)


def youth_list(
    store: Store,
    text: str = "",
    *,
    today: date | None = None,
    etablissement_id: str | None = None,
    milieu: str | None = None,
    en_cours: bool | None = None,
    limit: int | None = None,
) -> list[YouthRow]:
    """The youths matching every word of ``text`` and the filters, searched in the database."""
    with store.db.lock:
        return search.youth_list(
            store.db.conn,
            text,
            today=today,
            etablissement_id=etablissement_id,
            milieu=milieu,
            en_cours=en_cours,
            limit=limit,
        )


def search_names(store: Store, text: str, limit: int = 50) -> list[tuple[str, str, str]]:
    """(id, nom, prénoms) of youths whose names contain every word of ``text``."""
    with store.db.lock:
        return search.search_names(store.db.conn, text, limit)


def search_notes(store: Store, text: str, limit: int = 50) -> list[tuple[str, str, str]]:
    """(actualité id, jeune id, date) of notes containing every word of ``text``, newest first."""
    with store.db.lock:
        return search.search_notes(store.db.conn, text, limit)


def record(store: Store, table: str, record_id: str) -> dict[str, Any]:
    """One record (not deleted), or ``NotFound``."""
    with store.db.lock:
        return store.repo.require(table, record_id)


def open_youth(store: Store, jeune_id: str) -> dict[str, Any]:
    """A youth's record read for a person: a consultation in the access log."""
    with store.db.lock:
        return store.repo.open_record("jeune", jeune_id)


def records(store: Store, jeune_id: str, table: str) -> list[dict[str, Any]]:
    """The records of one table in a youth's case file, in creation order."""
    with store.db.lock:
        return store.repo.list(table, jeune_id=jeune_id)


def reference_names(store: Store) -> dict[str, list[tuple[str, str]]]:
    """(id, nom) of every reference table, by table: what a form's reference lists offer."""
    return {t: reads.names(store, t) for t in REFERENCE_TABLES}
