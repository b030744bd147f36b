"""Opening a store that is not as it should be: each case its own error, nothing written.

Every failed open is checked against a digest of the whole data folder taken before: a failed
open must not modify, create or delete a single file (no re-created empty store, no plaintext
fallback, no -wal/-shm left behind).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from dedans_dehors_desktop.core.errors import (
    CorruptStore,
    KeyFileDamaged,
    KeyFileForeign,
    KeyFileMissing,
    KeySlotDamaged,
    PlaintextStoreRefused,
    StoreNotFound,
    StoreTooNew,
    UnknownUser,
    UserError,
    WrongPassphrase,
)
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage import migrations
from dedans_dehors_desktop.storage.keyfile import KeyFile
from dedans_dehors_desktop.storage.store import Store

PAGE = 4096  # SQLCipher 4 page size (the app keeps the default)
USER = "referent"  # the defaults of conftest's store_factory
PASSPHRASE = "phrase de passe des tests"

Refused = Callable[..., UserError]
Digest = Callable[[Path], dict[str, str]]


@pytest.fixture(autouse=True)
def _same_defaults_as_factory(user_name: str, passphrase: str) -> None:
    assert (user_name, passphrase) == (USER, PASSPHRASE)


@pytest.fixture(scope="module")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed store holding 40 youths (about 20 pages), built once and copied per test."""
    root = tmp_path_factory.mktemp("template") / "store"
    store = Store.create(
        root,
        role="laptop",
        structure_name="ML",
        user=USER,
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )
    with store, store.db.transaction():
        for i in range(40):
            jid = store.repo.create(
                "jeune",
                {
                    "nom_naissance": f"Nom{i}",
                    "prenoms": "Léa",
                    "sexe": "femme",
                    "date_naissance": "01/02/2003",
                },
            )
            store.repo.create(
                "actualite",
                {
                    "jeune_id": jid,
                    "date": "02/02/2025",
                    "type": "entretien",
                    "note": "Point d'étape " * 20,
                },
            )
    return root


@pytest.fixture
def closed_store(template_store: Path, tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(template_store, root)
    return root


@pytest.fixture
def refused(digest_tree: Digest) -> Refused:
    """``refused(root, Error, user=, passphrase=)``: open raises exactly ``Error`` (French
    message) and leaves the data folder exactly as it was."""

    def check(
        root: Path, error: type[UserError], *, user: str | None = USER, passphrase: str = PASSPHRASE
    ) -> UserError:
        before = digest_tree(root)
        with pytest.raises(UserError) as info:
            Store.open(root, user=user, passphrase=passphrase)
        assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
        message = str(info.value)
        assert message and "\n" not in message
        words = ("base", "clé", "phrase", "fichier", "version", "utilisateur", "données")
        assert any(word in message.lower() for word in words)
        assert digest_tree(root) == before, "a failed open changed the data folder"
        return info.value

    return check


def mutate_db(root: Path, change: Callable[[bytearray], bytes | bytearray]) -> None:
    path = root / "store.db"
    path.write_bytes(bytes(change(bytearray(path.read_bytes()))))


def flip(offset: int) -> Callable[[bytearray], bytearray]:
    def change(data: bytearray) -> bytearray:
        data[offset] ^= 0x01
        return data

    return change


def data_key(root: Path) -> bytes:
    return KeyFile.load(root / "store.key").unlock(USER, PASSPHRASE)[1]


# --- passphrase and users ----------------------------------------------------------------------


def test_wrong_passphrase(refused: Refused, closed_store: Path) -> None:
    err = refused(closed_store, WrongPassphrase, passphrase="ce n'est pas la bonne")
    assert err.message == WrongPassphrase.default_message
    Store.open(closed_store, user=USER, passphrase=PASSPHRASE).close()


def test_empty_passphrase_and_case_change_are_wrong(refused: Refused, closed_store: Path) -> None:
    refused(closed_store, WrongPassphrase, passphrase="")
    refused(closed_store, WrongPassphrase, passphrase=PASSPHRASE.upper())


def test_unknown_user(refused: Refused, closed_store: Path) -> None:
    refused(closed_store, UnknownUser, user="quelqu'un d'autre")


# --- the database file -------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 10, 16, 100, 2048, PAGE, 3 * PAGE + 17])
def test_truncated_store_refused(refused: Refused, closed_store: Path, size: int) -> None:
    mutate_db(closed_store, lambda data: data[:size])
    err = refused(closed_store, CorruptStore)
    assert "Rien n'a été modifié" in err.message


def test_truncated_at_every_page_boundary_refused(refused: Refused, closed_store: Path) -> None:
    original = (closed_store / "store.db").read_bytes()
    for pages in range(1, len(original) // PAGE, 2):
        (closed_store / "store.db").write_bytes(original[: pages * PAGE])
        refused(closed_store, CorruptStore)


def test_truncated_in_the_middle_of_the_store_refused(refused: Refused, closed_store: Path) -> None:
    original = (closed_store / "store.db").read_bytes()
    for size in (len(original) // 2, len(original) // 2 + 1234, len(original) - PAGE - 7):
        (closed_store / "store.db").write_bytes(original[:size])
        refused(closed_store, CorruptStore)


@pytest.mark.parametrize("cut", [1, 100, PAGE - 96])
def test_truncated_inside_the_last_page_refused(
    refused: Refused, closed_store: Path, cut: int
) -> None:
    # A database file is whole pages; a size that is not a multiple of the page size is a
    # truncated file, cheap to detect before anything is written to it.
    mutate_db(closed_store, lambda data: data[:-cut])
    refused(closed_store, CorruptStore)


def test_truncated_last_page_never_unnoticed(closed_store: Path) -> None:
    """What the code guarantees today: refused at open, or at least reported by check()."""
    mutate_db(closed_store, lambda data: data[:-1])
    try:
        store = Store.open(closed_store, user=USER, passphrase=PASSPHRASE)
    except CorruptStore:
        return
    with store:
        assert store.check() != []


@pytest.mark.parametrize("offset", [0, 15, 16, 20, 100, 2000, PAGE - 1])
def test_flipped_byte_in_page_one_refused(
    refused: Refused, closed_store: Path, offset: int
) -> None:
    mutate_db(closed_store, flip(offset))
    err = refused(closed_store, CorruptStore)
    assert err.message == CorruptStore.default_message


def test_flipped_byte_in_a_later_page_detected(closed_store: Path, digest_tree: Digest) -> None:
    """Open reads only the pages it needs: a later page may open, but check() must report it."""
    original = (closed_store / "store.db").read_bytes()
    pages = len(original) // PAGE
    assert pages >= 10
    for page in range(1, pages, 3):
        for where in (5, PAGE // 2, PAGE - 3):
            damaged = bytearray(original)
            damaged[page * PAGE + where] ^= 0x80
            (closed_store / "store.db").write_bytes(bytes(damaged))
            before = digest_tree(closed_store)
            try:
                store = Store.open(closed_store, user=USER, passphrase=PASSPHRASE)
            except CorruptStore:
                assert digest_tree(closed_store) == before
                continue
            with store:
                problems = store.check()
            assert problems, f"flipped byte in page {page + 1} went unnoticed by open and check"
            assert any("HMAC" in p or "page" in p for p in problems)


def root_page(root: Path, table: str) -> int:
    conn = sqlcipher3.connect(str(root / "store.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key(root).hex()}'\"")
        (page,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    finally:
        conn.close()
    return int(page)


@pytest.mark.parametrize("table", ["meta", "jeune_liste", "access_log", "version_vector"])
def test_flipped_byte_in_a_page_that_open_reads(
    refused: Refused, closed_store: Path, table: str
) -> None:
    """Damage in a table that open reads or writes is a CorruptStore, never a raw SQLite error."""
    page = root_page(closed_store, table)
    assert page > 1
    mutate_db(closed_store, flip((page - 1) * PAGE + PAGE // 2))
    refused(closed_store, CorruptStore)


def test_plaintext_database_in_its_place(refused: Refused, closed_store: Path) -> None:
    (closed_store / "store.db").unlink()
    with sqlite3.connect(closed_store / "store.db") as plain:
        plain.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        plain.execute("INSERT INTO meta VALUES ('store_id', 'x')")
    plain.close()
    err = refused(closed_store, PlaintextStoreRefused)
    assert err.message == PlaintextStoreRefused.default_message


def test_another_encrypted_database_in_its_place(
    refused: Refused, closed_store: Path, store_factory: Callable[..., Store]
) -> None:
    other = store_factory()
    other.close()
    shutil.copy(other.paths.db, closed_store / "store.db")
    # Told before deriving anything: the database's salt is not the one the key file knows.
    err = refused(closed_store, KeyFileForeign)
    assert "ne vont pas ensemble" in err.message


def test_random_bytes_in_its_place(refused: Refused, closed_store: Path) -> None:
    (closed_store / "store.db").write_bytes(os.urandom(8 * PAGE))
    # Random bytes look like another store's database (a random salt): the two files do not
    # go together, which is what the message says (KeyFileForeign is a CorruptStore).
    refused(closed_store, KeyFileForeign)


def test_database_missing_key_present(refused: Refused, closed_store: Path) -> None:
    (closed_store / "store.db").unlink()
    err = refused(closed_store, StoreNotFound)
    assert "sauvegarde" in err.message


def test_empty_folder(refused: Refused, tmp_path: Path) -> None:
    refused(tmp_path, StoreNotFound)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound):
        Store.open(tmp_path / "absent", user=USER, passphrase=PASSPHRASE)
    assert not (tmp_path / "absent").exists()


def test_database_written_by_a_newer_version(refused: Refused, closed_store: Path) -> None:
    conn = sqlcipher3.connect(str(closed_store / "store.db"))
    conn.execute(f"PRAGMA key = \"x'{data_key(closed_store).hex()}'\"")
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.close()
    err = refused(closed_store, StoreTooNew)
    assert err.message == StoreTooNew.default_message


# --- the key file ------------------------------------------------------------------------------


def edit_keyfile(root: Path, change: Callable[[dict[str, object]], None]) -> None:
    path = root / "store.key"
    doc = json.loads(path.read_bytes())
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")


def slot(doc: dict[str, object]) -> dict[str, object]:
    slots = doc["slots"]
    assert isinstance(slots, list)
    first = slots[0]
    assert isinstance(first, dict)
    return first


def kdf(doc: dict[str, object]) -> dict[str, object]:
    params = slot(doc)["kdf"]
    assert isinstance(params, dict)
    return params


def test_missing_key_file(refused: Refused, closed_store: Path) -> None:
    (closed_store / "store.key").unlink()
    refused(closed_store, KeyFileMissing)
    assert not (closed_store / "store.key").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b"null",
        b'{"format": "autre chose", "version": 1}',
        b"x" * (300 * 1024),
    ],
)
def test_damaged_key_file(refused: Refused, closed_store: Path, content: bytes) -> None:
    (closed_store / "store.key").write_bytes(content)
    refused(closed_store, KeyFileDamaged)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: slot(d).pop("nonce"),
        lambda d: slot(d).update(nonce="zz"),
        lambda d: slot(d).update(wrapped="00" * 10),
        lambda d: d.update(slots=[]),
        lambda d: d.update(slots="pas une liste"),
        lambda d: d.update(version="1"),
        lambda d: kdf(d).update(name="scrypt"),
        lambda d: kdf(d).update(memory_kib=64 * 1024 * 1024),  # would allocate 64 GiB
        lambda d: kdf(d).update(iterations=0),
        lambda d: kdf(d).update(lanes=0),
        lambda d: kdf(d).update(salt="00"),
    ],
    ids=[
        "no-nonce",
        "bad-nonce",
        "short-wrapped",
        "no-slot",
        "slots-not-list",
        "version-text",
        "other-kdf",
        "huge-memory",
        "zero-iterations",
        "zero-lanes",
        "short-salt",
    ],
)
def test_key_file_with_invalid_fields(
    refused: Refused, closed_store: Path, change: Callable[[dict[str, object]], None]
) -> None:
    edit_keyfile(closed_store, change)
    refused(closed_store, KeyFileDamaged)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: kdf(d).update(iterations=2),
        lambda d: kdf(d).update(memory_kib=2048),
        lambda d: kdf(d).update(lanes=2),
        lambda d: kdf(d).update(salt="11" * 16),
        lambda d: slot(d).update(user=USER),  # unchanged: control
    ],
    ids=["iterations", "memory", "lanes", "salt", "control"],
)
def test_key_file_with_altered_kdf_parameters(
    refused: Refused,
    closed_store: Path,
    change: Callable[[dict[str, object]], None],
    request: pytest.FixtureRequest,
) -> None:
    """The KDF parameters are authenticated: lowering (or raising) them never unlocks.

    The slot's check tells the alteration apart before deriving (test_key_messages.py shows
    that a forger who recomputes the checks still meets the AES-GCM tag)."""
    edit_keyfile(closed_store, change)
    if request.node.callspec.id == "control":
        Store.open(closed_store, user=USER, passphrase=PASSPHRASE).close()
        return
    refused(closed_store, KeySlotDamaged)


def test_key_file_with_altered_wrapped_key_or_identity(
    refused: Refused, closed_store: Path
) -> None:
    original = (closed_store / "store.key").read_bytes()

    def flip_hex(d: dict[str, object]) -> None:
        wrapped = str(slot(d)["wrapped"])
        slot(d)["wrapped"] = ("1" if wrapped[0] == "0" else "0") + wrapped[1:]

    for change, error in (
        (flip_hex, KeySlotDamaged),
        (lambda d: d.update(store_id="autre-base"), KeyFileDamaged),
        (lambda d: slot(d).update(user="intrus"), KeySlotDamaged),
    ):
        (closed_store / "store.key").write_bytes(original)
        edit_keyfile(closed_store, change)
        user = "intrus" if "intrus" in (closed_store / "store.key").read_text() else USER
        refused(closed_store, error, user=user)


def test_key_file_of_another_store(
    refused: Refused, closed_store: Path, store_factory: Callable[..., Store]
) -> None:
    other = store_factory()  # same user and passphrase: the key file unlocks, the key is wrong
    other.close()
    shutil.copy(other.paths.key, closed_store / "store.key")
    err = refused(closed_store, KeyFileForeign)
    assert "ne vont pas ensemble" in err.message


def test_key_file_of_another_store_other_passphrase(
    refused: Refused, closed_store: Path, store_factory: Callable[..., Store]
) -> None:
    other = store_factory(passphrase="une tout autre phrase")
    other.close()
    shutil.copy(other.paths.key, closed_store / "store.key")
    # Told before any passphrase is tried, whichever passphrase is typed.
    refused(closed_store, KeyFileForeign)
    refused(closed_store, KeyFileForeign, passphrase="une tout autre phrase")


def test_key_file_written_by_a_newer_version(refused: Refused, closed_store: Path) -> None:
    edit_keyfile(closed_store, lambda d: d.update(version=2))
    refused(closed_store, StoreTooNew)


def test_store_still_opens_after_all_refusals(refused: Refused, closed_store: Path) -> None:
    """The refusals above leave nothing behind that would break the next, correct open."""
    key = (closed_store / "store.key").read_bytes()
    (closed_store / "store.key").write_bytes(b"{")
    refused(closed_store, KeyFileDamaged)
    (closed_store / "store.key").write_bytes(key)
    refused(closed_store, WrongPassphrase, passphrase="non")
    with Store.open(closed_store, user=USER, passphrase=PASSPHRASE) as store:
        assert len(store.repo.list("jeune")) == 40
        assert store.check() == []
