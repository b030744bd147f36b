"""Opening a SQLCipher database in raw-key mode, fail closed.

Never creates a database unless asked to, never opens a plaintext one, and tells a wrong key
(caught earlier, by the key file) from a damaged database (caught here).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from ..core.errors import CorruptStore, PlaintextStoreRefused, SelfTestFailed, StoreNotFound
from ..core.i18n import tr
from .files import private_umask

PLAINTEXT_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4 default; this app never changes cipher_page_size
MIN_CIPHER_MAJOR = 4
Connection = Any  # sqlcipher3.Connection has no type information


def _key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    # Raw-key mode: the 256-bit key is used as is, SQLCipher's own PBKDF2 is skipped.
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def check_file(path: Path) -> bytes:
    """Refuse a plaintext or truncated database file; returns its first 16 bytes, which are
    SQLCipher's salt (read once: the caller compares it with the key file's note)."""
    try:
        with path.open("rb") as f:
            head = f.read(len(PLAINTEXT_MAGIC))
    except FileNotFoundError:
        raise StoreNotFound() from None
    if head == PLAINTEXT_MAGIC:
        raise PlaintextStoreRefused()
    # A database file is whole pages: any other size is a truncated (or padded) file, which
    # SQLCipher would open as long as the damaged last page is not read.
    if len(head) < len(PLAINTEXT_MAGIC) or path.stat().st_size % PAGE_SIZE:
        raise CorruptStore()
    return head


SALT_SIZE = 16


def file_salt(path: Path) -> bytes:
    """SQLCipher's plaintext salt: the first 16 bytes of the database file (b"" if shorter)."""
    try:
        with path.open("rb") as f:
            head = f.read(SALT_SIZE)
    except FileNotFoundError:
        return b""
    return head if len(head) == SALT_SIZE else b""


def cipher_version(conn: Connection) -> tuple[int, ...]:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise SelfTestFailed(tr("Erreurs", "SQLCipher n'est pas disponible : refus de démarrer."))
    return tuple(int(p) for p in str(row[0]).split()[0].split(".") if p.isdigit())


def apply_security_settings(conn: Connection) -> None:
    """Settings SECURITY.md requires, checked after being set: fail closed if one did not take."""
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    if cipher_version(conn)[:1] < (MIN_CIPHER_MAJOR,):
        raise SelfTestFailed(tr("Erreurs", "SQLCipher 4 ou plus est requis : refus de démarrer."))
    if conn.execute("PRAGMA cipher_memory_security").fetchone()[0] not in (1, "1"):
        raise SelfTestFailed(tr("Erreurs", "La protection mémoire de SQLCipher est inactive."))
    if conn.execute("PRAGMA temp_store").fetchone()[0] not in (2, "2"):
        raise SelfTestFailed(tr("Erreurs", "Les fichiers temporaires ne sont pas en mémoire."))


def connect(path: Path, data_key: bytes, *, create: bool = False) -> Connection:
    """Open (or with ``create``, create) the encrypted database at ``path``."""
    if create:
        if path.exists():
            raise FileExistsError(path)
    else:
        check_file(path)
    with private_umask():
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher writes its own diagnostics (in English) to standard error: a wrong key
        # must reach the user as our French message only.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(data_key))
        apply_security_settings(conn)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise CorruptStore() from None
        with private_umask():
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise CorruptStore()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = OFF")  # sync may deliver children before parents
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def integrity_problems(conn: Connection) -> list[str]:
    """Page authentication of every page, then SQLite's own structural check."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    if problems:
        return problems
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:  # too damaged for SQLite to even list the problems
        return [str(exc)]
    return [] if [tuple(r) for r in rows] == [("ok",)] else [str(r[0]) for r in rows]
