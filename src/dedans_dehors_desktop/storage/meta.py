"""The installation's own bookkeeping tables: ``meta`` (key → value) and ``version_vector``
(the highest counter seen per replica). The only module that writes them.

Functions take a bare connection: the access log and store creation write ``meta`` before any
``Database`` exists.
"""

from __future__ import annotations

from collections.abc import Iterable

from .connection import Connection


def create(conn: Connection, items: Iterable[tuple[str, str]]) -> None:
    """The first keys of a new store (a key already there is an error)."""
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", list(items))


def put(conn: Connection, items: Iterable[tuple[str, str]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", list(items))


def save_own_counter(conn: Connection, replica: str, counter: int) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO version_vector(replica, counter) VALUES (?, ?)", (replica, counter)
    )


def advance_vector(conn: Connection, counters: Iterable[tuple[str, int]]) -> None:
    """Raise the counters seen of other replicas (never lowers one)."""
    conn.executemany(
        "INSERT INTO version_vector(replica, counter) VALUES (?, ?) ON CONFLICT(replica) "
        "DO UPDATE SET counter = max(counter, excluded.counter)",
        list(counters),
    )
