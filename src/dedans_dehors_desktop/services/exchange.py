"""The USB exchange with the office, behind one facade (SYNC.md): enrolment, export, import and
inspection of bundles, conflicts (choose, restore, confirm a deletion), devices (scope,
revocation), and the history of bundles.

The functions are those of ``sync``; the GUI and the command line reach them only from here.
"""

from __future__ import annotations

from ..sync.apply import BundleInfo, ImportResult, import_bundle, inspect_bundle, plural
from ..sync.conflicts import (
    Conflict,
    ConflictValue,
    choose,
    confirm_deletion,
    count_conflicts,
    get_conflict,
    list_conflicts,
)
from ..sync.conflicts import restore as restore_record
from ..sync.devices import (
    Device,
    ensure_identity,
    find_device,
    list_devices,
    load_identity,
    office_device,
    own_label,
    revoke,
    set_scope,
)
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
from ..sync.history import BundleEntry, bundle_history
from ..sync.offer import EnrolmentOffer, read_offer
from ..sync.scope import ScopeRule, describe_scope, parse_rule

__all__ = [
    "BUNDLE_SUFFIX",
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
    "ImportResult",
    "RequestResult",
    "ScopeRule",
    "SyncRejected",
    "approve_request",
    "bundle_history",
    "choose",
    "complete_enrolment",
    "confirm_deletion",
    "count_conflicts",
    "create_request",
    "describe_scope",
    "ensure_identity",
    "export_bundle",
    "find_device",
    "get_conflict",
    "import_bundle",
    "inspect_bundle",
    "list_conflicts",
    "list_devices",
    "load_identity",
    "office_device",
    "own_label",
    "parse_rule",
    "plural",
    "read_offer",
    "read_request",
    "restore_record",
    "revoke",
    "set_scope",
]
