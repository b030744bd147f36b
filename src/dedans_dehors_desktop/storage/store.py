"""Creating, unlocking, backing up and restoring a store (database + key file in a data folder).

Folder layout::

    store.db         SQLCipher database (raw 256-bit key), plus its -wal / -shm while open
    store.key        the data key wrapped per user (see keyfile.py)
    backups/         automatic encrypted copies (before each migration)
    replaced/        what a restore replaced, kept rather than deleted
    store.lock       the OS lock of the process that has the store open (store_lock.py)

Every operation runs under the store lock; key-file changes re-read the key file, apply the
change, write it atomically and read it back; leftovers of an interrupted operation are removed
at the next opening (leftovers.py); a full disk or read-only medium is reported as such.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import shutil
import struct
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3

from ..core.errors import (
    CorruptStore,
    DiskFull,
    InputRejected,
    KeyFileDamaged,
    KeyFileForeign,
    KeyFileMissing,
    ReadOnlyMedia,
    StoreAlreadyExists,
    StoreNotFound,
    StoreReplaced,
    StoreTooNew,
    ValidationError,
    WrongPassphrase,
)
from ..core.i18n import tr
from ..core.passphrase import check as check_passphrase
from ..crypto.keywrap import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, calibrate
from . import (
    access_log,
    backup_anchor,
    leftovers,
    log_chain,
    meta,
    migrations,
    store_lock,
    youth_index,
)
from .connection import Connection, check_file, connect, file_salt, integrity_problems
from .database import Database
from .files import atomic_write, ensure_private_dir, fsync_dir, private_umask
from .keyfile import MAX_KEYFILE_BYTES, KeyFile
from .media_errors import media_errors
from .repository import Repository
from .selftest import require_self_test

DB_NAME = "store.db"
KEY_NAME = "store.key"
RESTORE_MARKER = "restore.pending"
log = logging.getLogger(__name__)
BACKUP_MAGIC = b"DDBACKUP\x00\x02"  # with the access log's sealed head (backup_anchor.py)
BACKUP_MAGIC_V1 = b"DDBACKUP\x00\x01"  # key file, then the database: still restored
MAX_BACKUP_BYTES = 8 * 1024**3


@dataclass(frozen=True)
class StorePaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def key(self) -> Path:
        return self.root / KEY_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def replaced(self) -> Path:
        return self.root / "replaced"

    def exists(self) -> bool:
        return self.db.exists()


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _export_encrypted(conn: Connection, dest: Path, data_key: bytes) -> None:
    """Encrypted copy of the open database into ``dest`` with the same key (never an empty key)."""
    with private_umask():
        conn.execute("ATTACH DATABASE ? AS bak KEY \"x'" + data_key.hex() + "'\"", (str(dest),))
    try:
        conn.execute("SELECT sqlcipher_export('bak')")
        version = migrations.schema_version(conn)
        conn.execute(f"PRAGMA bak.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE bak")


LOG_RETENTION_DAYS = 365  # CNIL 2021 guidance on logging: keep access logs 6 to 12 months


def _kdf_for(kdf: KdfParams | None, enforce_policy: bool) -> KdfParams:
    """The given parameters, or calibrated ones; never below the floor in real use."""
    if kdf is None:
        return calibrate()[0]
    if enforce_policy and (kdf.memory_kib < FLOOR_MEMORY_KIB or kdf.iterations < FLOOR_ITERATIONS):
        raise ValueError("Argon2id parameters below the floor")
    return kdf


class Store:
    """An unlocked store. ``repo`` is the one write path; ``db`` the open database."""

    def __init__(
        self,
        paths: StorePaths,
        keyfile: KeyFile,
        db: Database,
        data_key: bytes,
        kdf_seconds: float,
        lock: store_lock.StoreLock,
    ) -> None:
        self.paths = paths
        self.keyfile = keyfile
        self.db = db
        self._data_key = data_key
        self.kdf_seconds = kdf_seconds
        self.repo = Repository(db)
        self._lock = lock
        self._identity = _file_identity(paths.db)
        db.guard = self.require_in_force

    # --- the copy in force -----------------------------------------------------------------------

    def replaced(self) -> bool:
        """Whether ``store.db`` is no longer the file this store has open (restored, copied)."""
        return _file_identity(self.paths.db) != self._identity

    def require_in_force(self) -> None:
        """Raise StoreReplaced before writing into a copy that is no longer the store in force."""
        if self.replaced():
            raise StoreReplaced()

    # --- creating and opening ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        root: Path,
        *,
        role: str,
        structure_name: str,
        user: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        enforce_policy: bool = True,
    ) -> Store:
        require_self_test()
        if role not in ("office", "laptop"):
            raise ValidationError(tr("Erreurs", "Rôle inconnu : « office » ou « laptop »."), "role")
        if not structure_name.strip():
            raise ValidationError(
                tr("Erreurs", "Le nom de la Mission Locale est obligatoire."), "name"
            )
        if enforce_policy:
            check_passphrase(passphrase)
        with media_errors():
            paths = StorePaths(ensure_private_dir(root))
        lock = store_lock.acquire(paths.root, store_user=user)
        try:
            with media_errors():
                cls._create_locked(
                    paths, role, structure_name, user, passphrase, kdf, enforce_policy
                )
            return cls.open(root, user=user, passphrase=passphrase)
        finally:
            lock.release()

    @staticmethod
    def _create_locked(
        paths: StorePaths,
        role: str,
        structure_name: str,
        user: str,
        passphrase: str,
        kdf: KdfParams | None,
        enforce_policy: bool,
    ) -> None:
        if paths.db.exists():
            raise StoreAlreadyExists()
        if paths.key.exists():  # left by an interrupted creation: keep it aside, never delete it
            paths.key.rename(paths.root / f"{KEY_NAME}.orphan-{_timestamp()}")
        kdf = _kdf_for(kdf, enforce_policy)
        data_key = os.urandom(32)
        # A key file made with parameters below the floor says so (tests, demo, self-test);
        # any other must meet the floor when it is opened.
        light = kdf.memory_kib < FLOOR_MEMORY_KIB or kdf.iterations < FLOOR_ITERATIONS
        keyfile = KeyFile(str(uuid.uuid4()), light=light)
        keyfile.add_slot(user, passphrase, data_key, kdf)
        tmp_db = paths.root / f"{DB_NAME}.creating"
        for leftover in (tmp_db, *(tmp_db.with_name(tmp_db.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        conn = connect(tmp_db, data_key, create=True)
        try:
            migrations.migrate(conn)
            now = datetime.now(UTC).isoformat(timespec="seconds")
            with contextlib.closing(conn.cursor()) as cur:
                cur.execute("BEGIN IMMEDIATE")
                meta.create(
                    cur,
                    [
                        ("store_id", keyfile.store_id),
                        ("replica_id", uuid.uuid4().hex[:16]),
                        ("role", role),
                        ("structure_name", structure_name.strip()),
                        ("created_at", now),
                        ("counter", "0"),
                        ("seq", "0"),
                        ("hlc", "0"),
                    ],
                )
                cur.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        keyfile.db_salt = file_salt(tmp_db)
        keyfile.save(paths.key)
        os.replace(tmp_db, paths.db)
        fsync_dir(paths.root)

    @classmethod
    def open(cls, root: Path, *, user: str | None, passphrase: str, wait: float = 0.0) -> Store:
        """Take the store lock (``wait`` seconds at most), clean leftovers, unlock, open."""
        require_self_test()
        paths = StorePaths(root)
        ours = (paths.db, paths.key, paths.root / RESTORE_MARKER)
        if not paths.root.is_dir() or not any(p.exists() for p in ours):
            raise StoreNotFound()  # nothing to lock in a folder that holds no store
        lock = store_lock.acquire(paths.root, store_user=user, wait=wait)
        try:
            with media_errors():
                store = cls._open_locked(paths, lock, user, passphrase)
        except BaseException:
            lock.release()
            raise
        lock.set_user(store.db.user)
        if not store.keyfile.db_salt:  # written before the salt note: add it, when possible
            with contextlib.suppress(DiskFull, ReadOnlyMedia):
                salt = file_salt(paths.db)
                store._change_keyfile(lambda candidate: setattr(candidate, "db_salt", salt))
        return store

    @classmethod
    def _open_locked(
        cls, paths: StorePaths, lock: store_lock.StoreLock, user: str | None, passphrase: str
    ) -> Store:
        pending_restore = (paths.root / RESTORE_MARKER).exists()
        leftovers.clean(paths.root, restore_pending=pending_restore)
        _finish_pending_restore(paths)
        if not paths.db.exists():
            if paths.key.exists():
                raise StoreNotFound(
                    tr(
                        "Erreurs",
                        "Le fichier de clé est là, mais la base est "
                        "introuvable. Restaurez une sauvegarde.",
                    )
                )
            raise StoreNotFound()
        if not paths.key.exists():
            raise KeyFileMissing()
        keyfile = KeyFile.load(paths.key)
        # Plaintext or truncated: told before blaming the key file. Its head is the salt.
        salt = check_file(paths.db)
        if _foreign_salt(keyfile.db_salt, salt):
            raise KeyFileForeign()
        start = time.perf_counter()
        user, data_key = keyfile.unlock(user, passphrase)
        kdf_seconds = time.perf_counter() - start
        conn = connect(paths.db, data_key)
        try:
            try:
                store_id = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
            except Exception:
                raise CorruptStore() from None
            if not store_id or store_id[0] != keyfile.store_id:
                raise CorruptStore(
                    tr(
                        "Erreurs",
                        "La base et le fichier de clé ne vont pas ensemble. Rien n'a été modifié.",
                    )
                )

            def backup_before(version: int) -> Path:
                ensure_private_dir(paths.backups)
                dest = paths.backups / f"avant-migration-v{version}-{_timestamp()}.db"
                _export_encrypted(conn, dest, data_key)
                return dest

            applied = migrations.migrate(conn, backup=backup_before)
            if applied:
                log.info("schéma migré jusqu'à la version %d", applied[-1])
            db = Database(conn, user)
            db.log_key = log_chain.derive_key(data_key)
            with db.transaction():
                stale = youth_index.stale_ids(conn, date.today())
                if stale:
                    youth_index.refresh(conn, stale)
                cutoff = datetime.now(UTC) - timedelta(days=LOG_RETENTION_DAYS)
                access_log.purge_before(conn, cutoff.isoformat(timespec="seconds"), db.log_key)
                db.log("ouverture", "store", keyfile.store_id)
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            # A page that fails its HMAC surfaces here as a plain DatabaseError ("malformed");
            # its subclasses (OperationalError...) are mistakes of ours, not a damaged file.
            if type(exc) is not sqlcipher3.DatabaseError:
                raise
            raise CorruptStore() from None
        except BaseException:
            conn.close()
            raise
        log.info("base ouverte (KDF %.2f s)", kdf_seconds)
        return cls(paths, keyfile, db, data_key, kdf_seconds, lock)

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self._data_key = b""
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- key slots -----------------------------------------------------------------------------

    def _change_keyfile(
        self, change: Callable[[KeyFile], None], check: Callable[[KeyFile], None] | None = None
    ) -> None:
        """Re-read the key file in force, apply ``change``, write it beside, verify, rename.

        Under the store lock (and one change at a time within this process): another change
        made since this store was opened is kept, never overwritten with an old copy. Until the
        rename the old key file is the one in force; after it, the file is read back and must
        be exactly the one written, or the change is reported as failed.
        """
        with self._lock.key_mutex, media_errors():
            self.require_in_force()
            current = KeyFile.load(self.paths.key)
            if current.store_id != self.keyfile.store_id:
                raise KeyFileForeign()
            candidate = current.copy()
            change(candidate)
            expected = candidate.to_bytes()
            pending = self.paths.root / f"{KEY_NAME}.new"
            atomic_write(pending, expected)
            written = KeyFile.load(pending)
            try:
                if written.to_bytes() != expected:
                    raise CorruptStore()
                if check is not None:
                    check(written)
            except BaseException:
                pending.unlink(missing_ok=True)
                raise
            os.replace(pending, self.paths.key)
            fsync_dir(self.paths.root)
            in_force = KeyFile.load(self.paths.key)
            if in_force.to_bytes() != expected:
                raise CorruptStore(
                    tr(
                        "Erreurs",
                        "Le fichier de clé relu n'est pas celui qui vient d'être écrit : la "
                        "modification n'est pas garantie. Vérifiez avec « users » et réessayez.",
                    )
                )
            self.keyfile = in_force

    def change_passphrase(
        self, old: str, new: str, *, kdf: KdfParams | None = None, enforce_policy: bool = True
    ) -> None:
        """Re-wrap only (the database is not re-encrypted); atomic, verified by unlocking."""
        user = self.db.user
        if enforce_policy:
            check_passphrase(new)
        kdf = _kdf_for(kdf, enforce_policy)
        key: list[bytes] = []

        def change(candidate: KeyFile) -> None:
            key.append(candidate.unlock(user, old)[1])  # raises WrongPassphrase
            candidate.replace_slot(user, new, key[0], kdf)

        def check(written: KeyFile) -> None:
            if written.unlock(user, new)[1] != key[0]:
                raise CorruptStore()

        self._change_keyfile(change, check)

    def add_user(
        self,
        user: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        enforce_policy: bool = True,
    ) -> None:
        if enforce_policy:
            check_passphrase(passphrase)
        params = _kdf_for(kdf, enforce_policy)
        self._change_keyfile(
            lambda candidate: candidate.add_slot(user, passphrase, self._data_key, params)
        )

    def remove_user(self, user: str) -> None:
        """Withdraw another user's access (their key slot); one's own access cannot be withdrawn."""
        if user == self.db.user:
            raise ValidationError(
                tr("Erreurs", "Vous ne pouvez pas retirer votre propre accès."), "user"
            )
        self._change_keyfile(lambda candidate: candidate.remove_slot(user))
        self.db.log("modification", "utilisateur", user)

    # --- integrity -----------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found by the database integrity check and the access-log verification."""

        with self.db.lock:
            problems = integrity_problems(self.db.conn)
            if problems:  # damaged pages: reading the log could fail, and it proves nothing
                return problems
            return access_log.verify(
                self.db.conn, self.db.log_key, retention_days=LOG_RETENTION_DAYS
            )

    # --- backup --------------------------------------------------------------------------------

    def backup(self, dest: Path) -> list[str]:
        """An encrypted copy in one file: the key file, the log's sealed head, the database.

        Restoring needs a passphrase that opened this store when the backup was made. Returns
        what the access log says about the backup this one replaces (empty: nothing wrong).
        """
        dest = dest.resolve()
        findings = self.check_against_backup(dest) if dest.is_file() else []
        with media_errors():
            self._backup(dest)
        self.db.log("sauvegarde", "store", self.keyfile.store_id)
        return findings

    def check_against_backup(self, path: Path, *, strict: bool = False) -> list[str]:
        """The live access log must still hold the head recorded in the backup ``path``.

        Not ``strict``: a file that is no readable backup is just not compared (a backup about
        to be replaced); ``strict``: its refusal is raised (the user asked for this file).
        """
        try:
            _, _, raw = _read_backup(path)
        except (InputRejected, KeyFileDamaged, StoreTooNew):
            if strict:
                raise
            return []
        if raw is None:
            return []  # written before backups carried the head
        assert self.db.log_key is not None
        with self.db.lock:
            return backup_anchor.check(
                self.db.conn, self.db.log_key, self.keyfile.store_id, backup_anchor.parse(raw)
            )

    def _backup(self, dest: Path) -> None:
        self.require_in_force()
        leftovers.clean_backup_work(self.paths.root)
        if not dest.parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, "backup destination folder missing")
        work = dest.parent / f"{leftovers.BACKUP_WORK_PREFIX}{secrets.token_hex(8)}"
        # Noted before the folder exists: a kill from here on leaves a path to clean next time.
        atomic_write(self.paths.root / leftovers.BACKUP_MARKER, str(work).encode("utf-8"))
        work.mkdir(mode=0o700)
        try:
            copy = work / "copy.db"
            with self.db.lock:
                _export_encrypted(self.db.conn, copy, self._data_key)
            check_conn = connect(copy, self._data_key)
            try:
                if integrity_problems(check_conn):
                    raise CorruptStore()
            finally:
                check_conn.close()
            key_bytes = self.keyfile.to_bytes()
            assert self.db.log_key is not None
            with self.db.lock:
                anchor = backup_anchor.make(self.db.conn, self.db.log_key, self.keyfile.store_id)
            tmp = work / "backup.part"
            with private_umask(), tmp.open("wb") as out:
                out.write(BACKUP_MAGIC + struct.pack(">I", len(key_bytes)) + key_bytes)
                out.write(struct.pack(">I", len(anchor)) + anchor)
                with copy.open("rb") as src:
                    shutil.copyfileobj(src, out, 1024 * 1024)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
            fsync_dir(dest.parent)
        finally:
            shutil.rmtree(work, ignore_errors=True)
            if not work.exists():
                (self.paths.root / leftovers.BACKUP_MARKER).unlink(missing_ok=True)


def read_backup(path: Path) -> tuple[KeyFile, int]:
    """The key file inside a backup and the offset of the database bytes; strict limits."""
    keyfile, offset, _ = _read_backup(path)
    return keyfile, offset


def _read_backup(path: Path) -> tuple[KeyFile, int, bytes | None]:
    """Key file, offset of the database, and the log's sealed head (None in a v1 backup)."""
    damaged = tr("Erreurs", "La sauvegarde est tronquée ou endommagée. Rien n'a été modifié.")
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(BACKUP_MAGIC) + 4)
            magic = head[: len(BACKUP_MAGIC)]
            if (
                size > MAX_BACKUP_BYTES
                or len(head) < len(BACKUP_MAGIC) + 4
                or magic not in (BACKUP_MAGIC, BACKUP_MAGIC_V1)
            ):
                raise InputRejected(
                    tr(
                        "Erreurs",
                        "Ce fichier n'est pas une sauvegarde Dedans-Dehors. Rien n'a été modifié.",
                    )
                )
            (key_len,) = struct.unpack(">I", head[len(BACKUP_MAGIC) :])
            if key_len > MAX_KEYFILE_BYTES or len(head) + key_len >= size:
                raise InputRejected(damaged)
            keyfile = KeyFile.from_bytes(f.read(key_len))
            offset, anchor = len(head) + key_len, None
            if magic == BACKUP_MAGIC:
                raw_len = f.read(4)
                if len(raw_len) < 4:
                    raise InputRejected(damaged)
                (anchor_len,) = struct.unpack(">I", raw_len)
                if anchor_len > backup_anchor.MAX_ANCHOR_BYTES or offset + 4 + anchor_len >= size:
                    raise InputRejected(damaged)
                anchor = f.read(anchor_len)
                backup_anchor.parse(anchor)  # a damaged record: refused like any damage
                offset += 4 + anchor_len
    except FileNotFoundError:
        raise InputRejected(tr("Erreurs", "Fichier de sauvegarde introuvable.")) from None
    return keyfile, offset, anchor


def restore(
    backup_file: Path, root: Path, *, user: str | None, passphrase: str, wait: float = 0.0
) -> None:
    """Replace the store in ``root`` by the backup, atomically; the replaced files are kept.

    The restored store gets a new replica id: its old counters are remembered in its version
    vector, and new writes can never reuse a dot the old installation already issued.
    """
    require_self_test()
    keyfile, offset = read_backup(backup_file)
    user, data_key = keyfile.unlock(user, passphrase)
    with media_errors():
        paths = StorePaths(ensure_private_dir(root))
    lock = store_lock.acquire(paths.root, store_user=user, wait=wait)
    try:
        with media_errors():
            _restore_locked(backup_file, offset, keyfile, paths, user, data_key)
    finally:
        lock.release()


def _restore_locked(
    backup_file: Path,
    offset: int,
    keyfile: KeyFile,
    paths: StorePaths,
    user: str,
    data_key: bytes,
) -> None:
    _finish_pending_restore(paths)  # an earlier restore that reached its marker comes first
    leftovers.clean(paths.root, restore_pending=False)
    new_db = paths.root / f"{DB_NAME}.restore"
    new_key = paths.root / f"{KEY_NAME}.restore"
    with private_umask(), backup_file.open("rb") as src, new_db.open("wb") as out:
        src.seek(offset)
        shutil.copyfileobj(src, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())
    try:
        conn = connect(new_db, data_key)
    except (CorruptStore, StoreNotFound):
        new_db.unlink(missing_ok=True)
        raise InputRejected(
            tr(
                "Erreurs",
                "La base contenue dans la sauvegarde est endommagée. Rien n'a été modifié.",
            )
        ) from None
    try:
        if integrity_problems(conn):
            raise InputRejected(
                tr(
                    "Erreurs",
                    "La base contenue dans la sauvegarde est endommagée. Rien n'a été modifié.",
                )
            )
        migrations.migrate(conn)
        db = Database(conn, user)
        db.log_key = log_chain.derive_key(data_key)
        with db.transaction():
            # The version vector already holds the old replica's counter (written at each commit).
            db.become_new_replica(uuid.uuid4().hex[:16])
            db.set_meta("restored_at", datetime.now(UTC).isoformat(timespec="seconds"))
        # sqlcipher_export copies rows without their rowids: the full-text index must follow.
        db.rebuild_fts()
        with db.transaction():
            youth_index.rebuild(conn)
        with db.transaction():
            db.log("restauration", "store", keyfile.store_id)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        conn.close()
        new_db.unlink(missing_ok=True)
        raise
    conn.close()
    restored_key = keyfile.copy()
    restored_key.db_salt = file_salt(new_db)  # the export wrote a database with its own salt
    atomic_write(new_key, restored_key.to_bytes())
    atomic_write(paths.root / RESTORE_MARKER, b"1")
    _finish_pending_restore(paths)


def _finish_pending_restore(paths: StorePaths) -> None:
    """Roll a restore forward: once the marker exists, both renames happen, even after a crash."""
    marker = paths.root / RESTORE_MARKER
    if not marker.exists():
        return
    new_db = paths.root / f"{DB_NAME}.restore"
    new_key = paths.root / f"{KEY_NAME}.restore"
    if new_db.exists() and new_key.exists():
        stamp = _timestamp()
        ensure_private_dir(paths.replaced)
        # The WAL first: after a crash it holds committed transactions (often everything since
        # the last close), and SQLite finds it beside the kept copy as "<name>-wal".
        wal = Path(str(paths.db) + "-wal")
        if wal.exists():
            os.replace(wal, paths.replaced / f"{DB_NAME}.{stamp}-wal")
        Path(str(paths.db) + "-shm").unlink(missing_ok=True)
        for current in (paths.db, paths.key):
            if current.exists():
                os.replace(current, paths.replaced / f"{current.name}.{stamp}")
        os.replace(new_db, paths.db)
        os.replace(new_key, paths.key)
    elif new_key.exists():  # the database was already moved in: finish with the key
        os.replace(new_key, paths.key)
    fsync_dir(paths.root)
    marker.unlink()
    fsync_dir(paths.root)


def _foreign_salt(expected: bytes, found: bytes) -> bool:
    """Another database's salt, not this one's damaged: two random salts differ in about all
    16 bytes, a damaged one in a byte or two (then the database reports its own damage)."""
    if not expected or len(found) != len(expected):
        return False
    return sum(a != b for a, b in zip(expected, found, strict=True)) >= 12


def _file_identity(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except FileNotFoundError:
        return (0, 0)
    return (st.st_dev, st.st_ino)


def store_exists(root: Path) -> bool:
    return StorePaths(root).exists()


__all__ = ["Store", "StorePaths", "WrongPassphrase", "read_backup", "restore", "store_exists"]
