"""An open, unlocked database: connection, identity of this installation, transactions.

Holds the in-memory copies of the replica's counters; they are written back to ``meta`` in the
same transaction as the rows that used them, and reloaded if that transaction rolls back.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..core.entities import ENTITIES
from ..core.hlc import HybridClock
from . import access_log, meta, youth_index
from .connection import Connection
from .media_errors import media_errors
from .store_mutex import StoreMutex
from .versions import Dot


@dataclass
class _Counters:
    counter: int
    seq: int
    hlc: int


class Database:
    def __init__(self, conn: Connection, user: str) -> None:
        self.conn = conn
        self.user = user
        self.lock = StoreMutex()
        self._depth = 0
        self._fts_pending: dict[str, set[str]] = {}
        self._fts_erased: set[str] = set()
        self._youths_pending: set[str] = set()
        # Records known to exist in this transaction: a bulk write checks each parent once.
        self.known_refs: set[tuple[str, str]] = set()
        # Called before each transaction: raises when this file is no longer the store in force.
        self.guard: Callable[[], None] | None = None
        # Seals the log's head at each commit (log_chain.py); set by the Store that opened it.
        self.log_key: bytes | None = None
        self._load()

    def _load(self) -> None:
        stored = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        self.replica_id: str = stored["replica_id"]
        self.role: str = stored["role"]
        self.structure_name: str = stored.get("structure_name", "")
        self.store_id: str = stored.get("store_id", "")
        self._c = _Counters(
            int(stored.get("counter", 0)), int(stored.get("seq", 0)), int(stored.get("hlc", 0))
        )
        self.clock = HybridClock(self._c.hlc)
        self._log_head = access_log.read_head(self.conn)

    def _reload_counters(self) -> None:
        stored = dict(
            self.conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('counter', 'seq', 'hlc')"
            ).fetchall()
        )
        self._c = _Counters(
            int(stored.get("counter", 0)), int(stored.get("seq", 0)), int(stored.get("hlc", 0))
        )
        self.clock.observe(self._c.hlc)
        self._log_head = access_log.read_head(self.conn)

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        meta.put(self.conn, [(key, value)])

    @contextlib.contextmanager
    def transaction(self, *, log_only: bool = False) -> Iterator[None]:
        """One SQLite transaction; nested calls join the outer one.

        ``log_only``: only access-log lines are written, which the window's own thread may do.
        """
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            if not log_only:
                self.lock.forbid_writes_here()
            if self.guard is not None:
                self.guard()
            with media_errors():
                self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            # Another connection to this store (a second Store of this process) may have
            # committed since: continue from the counters and log head now in force.
            try:
                with media_errors():
                    self._reload_counters()
                    yield
                    self._flush_counters()
                    self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self._load()
                raise
            finally:
                self._depth = 0
                self._fts_pending.clear()
                self._fts_erased.clear()
                self._youths_pending.clear()
                self.known_refs.clear()

    def touch_fts(self, table: str, record_id: str) -> None:
        """Mark a row whose full-text entry must be refreshed when the transaction commits."""
        self._fts_pending.setdefault(table, set()).add(record_id)

    def erase_fts(self, table: str) -> None:
        """After a legal erasure in ``table``: purge the erased words from its index at commit."""
        self._fts_erased.add(table)

    def touch_youth(self, jeune_id: str) -> None:
        """Mark a youth whose list row must be recomputed when the transaction commits."""
        self._youths_pending.add(jeune_id)

    def drop_fts(self, table: str, ids_json: str) -> None:
        """Remove the index entries of these rows (a JSON list of ids) now, before a local purge
        deletes the rows themselves."""
        self.conn.execute(
            f"DELETE FROM {table}_fts WHERE rowid IN (SELECT rowid FROM {table} "
            "WHERE id IN (SELECT value FROM json_each(?)))",
            (ids_json,),
        )

    def _flush_fts(self) -> None:
        # One statement per transaction: per-row FTS5 statements are very slow with
        # cipher_memory_security on, set-based ones are not.
        for table, ids in self._fts_pending.items():
            columns = ", ".join(ENTITIES[table].fts)
            id_list = json.dumps(sorted(ids))
            # An empty index (a laptop's first bundle) has no entries to remove: deleting its
            # rows' rowids one by one would cost as much as indexing them.
            if self.conn.execute(f"SELECT 1 FROM {table}_fts LIMIT 1").fetchone() is not None:
                self.conn.execute(
                    f"DELETE FROM {table}_fts WHERE rowid IN "
                    f"(SELECT rowid FROM {table} WHERE id IN (SELECT value FROM json_each(?)))",
                    (id_list,),
                )
            self.conn.execute(
                f"INSERT INTO {table}_fts(rowid, {columns}) SELECT rowid, {columns} FROM {table} "
                f"WHERE id IN (SELECT value FROM json_each(?)) AND _deleted = 0 ORDER BY rowid",
                (id_list,),
            )
        self._fts_pending.clear()
        # A contentless index keeps a deleted row's words in its segments until they are merged:
        # after a legal erasure, merge now so the erased words leave the database pages.
        for table in self._fts_erased:
            self.conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')")
        self._fts_erased.clear()

    def rebuild_fts(self) -> None:
        """Rebuild every full-text index (after a restore: exported rows get new rowids)."""
        with self.transaction():
            for e in ENTITIES.values():
                if e.fts:
                    columns = ", ".join(e.fts)
                    self.conn.execute(f"DELETE FROM {e.table}_fts")
                    self.conn.execute(
                        f"INSERT INTO {e.table}_fts(rowid, {columns}) "
                        f"SELECT rowid, {columns} FROM {e.table} WHERE _deleted = 0 ORDER BY rowid"
                    )

    def _flush_counters(self) -> None:
        self._flush_fts()
        if self._youths_pending:
            youth_index.refresh(self.conn, self._youths_pending)
            self._youths_pending.clear()
        self._c.hlc = self.clock.last
        counters = {"counter": self._c.counter, "seq": self._c.seq, "hlc": self._c.hlc}
        meta.put(self.conn, [(k, str(v)) for k, v in counters.items()])
        meta.save_own_counter(self.conn, self.replica_id, self._c.counter)
        access_log.save_head(self.conn, self._log_head, self.log_key)

    def become_new_replica(self, replica_id: str) -> None:
        """After a restore: new identity, counter from zero; the old one stays in the vector."""
        self._require_tx()
        self.set_meta("replica_id", replica_id)
        self.replica_id = replica_id
        self._c.counter = 0

    def _require_tx(self) -> None:
        if not self._depth:
            raise RuntimeError("write outside a transaction")

    def next_dot(self) -> Dot:
        self._require_tx()
        self._c.counter += 1
        return Dot(self.replica_id, self._c.counter, self.clock.tick(), self.user)

    def next_seq(self) -> int:
        self._require_tx()
        self._c.seq += 1
        return self._c.seq

    @property
    def current_seq(self) -> int:
        return self._c.seq

    def log(self, action: str, tbl: str, record_id: str) -> None:
        """Append to the access log (inside the caller's transaction, or in its own)."""
        with self.transaction(log_only=True):
            access_log.append(self.conn, self._log_head, self.user, action, tbl, record_id)

    def close(self) -> None:
        with self.lock:
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
