"""An office and two laptops, really enrolled, exchanging real bundle files on a "stick".

Creating three encrypted stores and enrolling the laptops takes about a second, so a template
world is built once per test module and copied (then opened) for each test or example: the copy
is a real store like any other, it just starts from a known state.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.crypto.bundle_format import DEFAULT_LIFETIME, seal
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.sync.apply import ImportResult, import_bundle
from dedans_dehors_desktop.sync.devices import get_device, load_identity, office_device
from dedans_dehors_desktop.sync.enrolment import (
    approve_request,
    complete_enrolment,
    create_request,
    read_request,
)
from dedans_dehors_desktop.sync.export import export_bundle
from dedans_dehors_desktop.sync.payload import CAPABILITIES, FORMAT_MINOR, Compressor
from dedans_dehors_desktop.sync.scope import parse_rule

PASSPHRASE = "phrase de passe des tests"
NAMES = ("office", "a", "c")


def new_store(root: Path, role: str, user: str) -> Store:
    return Store.create(
        root,
        role=role,
        structure_name="Mission Locale de test",
        user=user,
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )


def build_template(
    root: Path, scope_a: str = "referent:Alice", scope_c: str = "referent:Alice"
) -> Path:
    stick = root / "stick"
    stick.mkdir(parents=True)
    office = new_store(root / "office", "office", "bureau")
    for name, scope in (("a", scope_a), ("c", scope_c)):
        laptop = new_store(root / name, "laptop", f"referent-{name}")
        request = create_request(laptop, stick, label=f"Portable {name.upper()}")
        approval = approve_request(
            office, read_request(request.path), (parse_rule(scope, office.db),), stick
        )
        complete_enrolment(laptop, approval.export.path)
        laptop.close()
    office.close()
    shutil.rmtree(stick)
    return root


@dataclass
class World:
    root: Path
    stores: dict[str, Store] = field(default_factory=dict)
    bundles: int = 0

    @property
    def office(self) -> Store:
        return self.stores["office"]

    @property
    def a(self) -> Store:
        return self.stores["a"]

    @property
    def c(self) -> Store:
        return self.stores["c"]

    @property
    def stick(self) -> Path:
        path = self.root / "stick"
        path.mkdir(exist_ok=True)
        return path

    def device_id(self, name: str) -> str:
        identity = load_identity(self.stores[name].db)
        assert identity is not None
        return identity.device_id

    def export(self, src: str, dst: str, **kw: Any) -> Path:
        """A new bundle from ``src`` for ``dst``, in its own file on the stick."""
        self.bundles += 1
        folder = self.stick / f"{self.bundles:04d}"
        folder.mkdir()
        return export_bundle(self.stores[src], self.device_id(dst), folder, **kw).path

    def deliver(self, bundle: Path, dst: str, **kw: Any) -> ImportResult:
        return import_bundle(self.stores[dst], bundle, **kw)

    def sync(self, src: str, dst: str) -> ImportResult:
        return self.deliver(self.export(src, dst), dst)

    def settle(self) -> None:
        """Rounds of fresh bundles both ways until everyone has heard of everyone."""
        for _ in range(2):
            for laptop in ("a", "c"):
                self.sync(laptop, "office")
            for laptop in ("a", "c"):
                self.sync("office", laptop)

    def close(self) -> None:
        for store in self.stores.values():
            store.close()


def open_world(template: Path, root: Path) -> World:
    shutil.copytree(template, root)
    world = World(root)
    for name in NAMES:
        world.stores[name] = Store.open(root / name, user=None, passphrase=PASSPHRASE)
    return world


def youth(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "nom_naissance": "Martin",
        "prenoms": "Lucas",
        "sexe": "homme",
        "date_naissance": "14/03/2004",
        "referent": "Alice",
    }
    values.update(overrides)
    return values


def dump(store: Store, tables: Iterable[str] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (all columns), to prove that nothing at all changed."""
    conn = store.db.conn
    names = tables or [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
            "ORDER BY name"
        )
    ]
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in names}


def case_state(store: Store) -> dict[str, Any]:
    """What must converge: every case record (values, deletion, winning dots) and conflicts."""
    conn = store.db.conn
    out: dict[str, Any] = {}
    for e in ENTITIES.values():
        cols = ", ".join(["id", *e.column_names, "_deleted", "_v", "_extra"])
        for row in conn.execute(f"SELECT {cols} FROM {e.table}"):
            # The winning dot of every field; the order of the entries in _v is not meaningful.
            versions = sorted(
                tuple(sorted(names)) + tuple(dot) for *dot, names in json.loads(row[-2])
            )
            out[f"{e.table}:{row[0]}"] = (*row[1:-2], repr(versions), row[-1])
    for tbl, record_id, name, vals in conn.execute(
        "SELECT tbl, record_id, field, vals FROM conflict"
    ):
        out[f"conflict:{tbl}:{record_id}:{name}"] = json.loads(vals)
    return out


def craft(
    world: World,
    src: str,
    dst: str,
    lines: Iterable[bytes] | None = None,
    *,
    raw: Iterable[bytes] | None = None,
    sequence: int | None = None,
    schema_version: int = 1,
    capabilities: tuple[str, ...] = CAPABILITIES,
    extra: dict[str, Any] | None = None,
    now: datetime | None = None,
    lifetime: timedelta = DEFAULT_LIFETIME,
) -> Path:
    """A bundle signed by ``src``'s real keys with any payload: what a buggy or newer (but
    enrolled) sender could produce. ``lines`` are compressed; ``raw`` goes in as is."""
    sender = world.stores[src]
    identity = load_identity(sender.db)
    recipient = (
        get_device(sender.db, world.device_id(dst)) if src == "office" else office_device(sender.db)
    )
    assert identity is not None and recipient is not None
    if sequence is None:
        sequence = recipient.out_seq + 1
        with sender.db.transaction():
            sender.db.conn.execute(
                "UPDATE sync_device SET out_seq = ? WHERE device_id = ?",
                (sequence, recipient.device_id),
            )
    if raw is None:
        comp = Compressor()
        pieces = [comp.add(line) for line in (lines or [])]
        pieces.append(comp.finish())
        raw = pieces
    world.bundles += 1
    path = world.stick / f"crafted-{world.bundles:04d}.ddb"
    header_extra = {"kind": "data", "replica": sender.db.replica_id, "format_minor": FORMAT_MINOR}
    header_extra.update(extra or {})
    with path.open("wb") as out:
        seal(
            iter(raw),
            out,
            sender=identity,
            recipient=recipient.public,
            sequence=sequence,
            schema_version=schema_version,
            capabilities=capabilities,
            extra=header_extra,
            now=now,
            lifetime=lifetime,
        )
    return path


def iter_bytes(data: bytes, size: int = 1000) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]
