"""The USB exchange with the office, behind one facade (SYNC.md): enrolment, export, import and
inspection of bundles, conflicts (choose, restore a record, confirm a deletion), devices (scope,
revocation), and the history of bundles.

Every function takes the open ``Store``; the GUI and the command line reach ``sync`` only from
here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..crypto.identity import Identity
from ..storage.store import Store
from ..sync import conflicts, devices, history, log_audit, scope, scope_notice
from ..sync.apply import BundleInfo, ImportResult, import_bundle, inspect_bundle, plural
from ..sync.conflict_names import choices_text, is_deletion
from ..sync.conflict_names import find_conflict as _find_conflict
from ..sync.conflicts import Conflict, ConflictValue, choose, confirm_deletion
from ..sync.conflicts import restore as restore_record
from ..sync.devices import Device
from ..sync.enrolment import (
    EnrolmentRequest,
    RequestResult,
    approve_request,
    complete_enrolment,
    create_request,
    read_request,
)
from ..sync.errors import SyncRejected
from ..sync.export import ExportResult, export_bundle
from ..sync.files import BUNDLE_SUFFIX, ENROLMENT_SUFFIX, REQUEST_SUFFIX
from ..sync.history import BundleEntry
from ..sync.log_audit import Alert as LogAlert
from ..sync.offer import EnrolmentOffer, read_offer
from ..sync.scope import DOSSIER, ScopeRule
from ..sync.scope_notice import ScopeWarning
from ..sync.stick import StickReport, addressed_to, stick_folder, synchronise

__all__ = [
    "BUNDLE_SUFFIX",
    "DOSSIER",
    "ENROLMENT_SUFFIX",
    "REQUEST_SUFFIX",
    "BundleEntry",
    "BundleInfo",
    "Conflict",
    "ConflictValue",
    "Device",
    "EnrolmentOffer",
    "EnrolmentRequest",
    "ExportResult",
    "Identity",
    "ImportResult",
    "LogAlert",
    "RequestResult",
    "ScopeRule",
    "ScopeWarning",
    "StickReport",
    "SyncRejected",
    "approve_request",
    "bundle_history",
    "bundles_for_this_installation",
    "choices_text",
    "choose",
    "complete_enrolment",
    "confirm_deletion",
    "count_conflicts",
    "create_request",
    "describe_scope",
    "ensure_identity",
    "export_bundle",
    "find_conflict",
    "find_device",
    "get_conflict",
    "import_bundle",
    "inspect_bundle",
    "is_deletion",
    "keep_on_this_laptop",
    "kept_dossiers",
    "list_conflicts",
    "list_devices",
    "load_identity",
    "log_alerts",
    "log_verified_heads",
    "office_device",
    "own_label",
    "parse_rule",
    "plural",
    "read_offer",
    "read_request",
    "restore_record",
    "revoke",
    "scope_warning_for_new_youth",
    "set_scope",
    "stick_folder",
    "synchronise",
]

# --- this installation and the devices it knows -------------------------------------------------


def load_identity(store: Store) -> Identity | None:
    """This installation's identity, if it has one yet."""
    return devices.load_identity(store.db)


def ensure_identity(store: Store, label: str | None = None) -> Identity:
    """This installation's identity, created on first use."""
    return devices.ensure_identity(store.db, label)


def own_label(store: Store) -> str:
    return devices.own_label(store.db)


def list_devices(store: Store) -> list[Device]:
    return devices.list_devices(store.db)


def find_device(store: Store, text: str) -> Device:
    """A device by its id, its name, or « bureau »; a French error otherwise."""
    return devices.find_device(store.db, text)


def office_device(store: Store) -> Device:
    return devices.office_device(store.db)


def set_scope(store: Store, device_id: str, rules: tuple[ScopeRule, ...]) -> None:
    """Office: which youths a laptop receives from now on."""
    devices.set_scope(store.db, device_id, rules)


def revoke(store: Store, device_id: str) -> None:
    """Office: refuse every bundle from this device from now on."""
    devices.revoke(store.db, device_id)


def parse_rule(store: Store, text: str) -> ScopeRule:
    """``referent:NOM`` or ``etablissement:NOM`` (an establishment by its name)."""
    return scope.parse_rule(text, store.db)


def describe_scope(store: Store, rules: Iterable[ScopeRule]) -> str:
    return scope.describe_scope(store.db, rules)


def kept_dossiers(store: Store, rules: Iterable[ScopeRule]) -> list[tuple[str, str]]:
    """The case files a laptop keeps outside its other rules (``dossier`` rules): id and the
    youth's name (the id's start when this installation does not hold the youth)."""
    ids = [r.value for r in rules if r.kind == DOSSIER]
    names = scope.youth_names(store.db, ids)
    return [(i, names.get(i, i[:8])) for i in ids]


# --- conflicts and history ----------------------------------------------------------------------


def list_conflicts(store: Store) -> list[Conflict]:
    return conflicts.list_conflicts(store.db)


def count_conflicts(store: Store) -> int:
    return conflicts.count_conflicts(store.db)


def get_conflict(store: Store, table: str, record_id: str, name: str) -> Conflict | None:
    return conflicts.get_conflict(store.db, table, record_id, name)


def bundle_history(store: Store, limit: int = 500) -> list[BundleEntry]:
    """Bundles sent and received, newest first."""
    return history.bundle_history(store.db, limit)


# --- the stick: one gesture per side ------------------------------------------------------------


def bundles_for_this_installation(store: Store, folder: Path) -> list[Path]:
    """The bundles in ``folder`` addressed to this installation, in the order to import them."""
    identity = load_identity(store)
    if identity is None:
        return []
    return [path for path, _header in addressed_to(folder, identity.device_id)]


def find_conflict(store: Store, words: Sequence[str]) -> Conflict:
    """A conflict named as a person names it: its number, or the youth and the field label."""
    return _find_conflict(store.db, words)


# --- scope: a youth created outside this laptop's scope -----------------------------------------


def scope_warning_for_new_youth(
    store: Store, values: Mapping[str, object], jeune_id: str | None = None
) -> ScopeWarning | None:
    """Said at creation: this youth is outside this laptop's scope (None when inside)."""
    return scope_notice.scope_warning_for_new_youth(store.db, values, jeune_id)


def keep_on_this_laptop(store: Store, jeune_id: str) -> None:
    """The referent keeps the youth: the office widens the scope at the next exchange."""
    scope_notice.keep_on_this_laptop(store.db, jeune_id)


# --- the laptops' access logs, verified at the office -------------------------------------------


def log_alerts(store: Store, device_id: str | None = None) -> list[LogAlert]:
    """What the office found when a laptop's access log did not extend its previous head."""
    return log_audit.alerts(store.db, device_id)


def log_verified_heads(store: Store) -> list[tuple[str, int, str]]:
    """(device id, last verified line, when) for each laptop."""
    return log_audit.verified_heads(store.db)
