"""One owner per table: the only module whose SQL inserts, updates or deletes its rows.

Anyone else who needs to change a table calls a function of its owner. Case tables, their
history, drafts, conflicts, the youth list and the full-text index belong to ``storage``: case
rows to the repository (the one write path: checks, versions, history, access log; the sync
apply path stores received rows with its row helpers). The synchronisation's own tables belong
to the ``sync`` module that holds their meaning. ``tests/test_table_owners.py`` reads every module
and fails on a write statement outside its table's owner.

Module names are relative to the package (``storage.repository``). A statement whose table is
computed (``f"UPDATE {e.table} …"``) writes a case table: only the repository may do that; a
computed full-text index (``{table}_fts``) only the database object.
"""

from __future__ import annotations

from ..core.entities import ENTITIES

REPOSITORY = "storage.repository"

# The owner of a write whose table name is an expression, and of every ``*_fts`` index.
COMPUTED_TABLE = "{}"
FTS_INDEX = "*_fts"

OWNERS: dict[str, str] = {
    **dict.fromkeys(ENTITIES, REPOSITORY),
    "history": REPOSITORY,
    "draft": REPOSITORY,
    COMPUTED_TABLE: REPOSITORY,
    "conflict": "storage.conflicts",
    "jeune_liste": "storage.youth_index",
    FTS_INDEX: "storage.database",
    "meta": "storage.meta",
    "version_vector": "storage.meta",
    "access_log": "storage.access_log",
    "setting": "storage.settings",
    "sync_identity": "sync.devices",
    "sync_device": "sync.devices",
    "sync_registry": "sync.devices",
    "sync_replica": "sync.peers",
    "sync_echo": "sync.peers",
    "sync_member": "sync.scope",
    "sync_pending_purge": "sync.scope",
    "sync_bundle_log": "sync.history",
    "log_audit_head": "sync.log_audit",
    "log_audit_line": "sync.log_audit",
    "log_audit_alert": "sync.log_audit",
    "erasure_order": "storage.erasure",
    "office_peer": "sync.offices",
    "transfer_out": "sync.transfer_log",
    "transfer_in": "sync.transfer_log",
    "record_provenance": "sync.transfer_log",
    "retention_rule": "storage.retention_rules",
    "retention_run": "storage.retention_rules",
}


def owner_of(table: str) -> str | None:
    """The module allowed to write ``table`` (a name, ``{}`` when computed), None if nobody."""
    if table.endswith("_fts"):
        return OWNERS[FTS_INDEX]
    return OWNERS.get(table)
