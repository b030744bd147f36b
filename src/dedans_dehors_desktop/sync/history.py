"""The history of bundles written and read (no case data: who, when, how many)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.i18n import tr
from ..storage.database import Database


def _t(text: str) -> str:
    return tr("Synchronisation", text)


def log_bundle(
    db: Database,
    direction: str,
    device_id: str,
    sequence: int,
    kind: str,
    *,
    records: int,
    purges: int,
    size: int,
    conflicts: int = 0,
    file_name: str | None = None,
) -> None:
    """One line of the history, for a bundle written ('export') or read ('import')."""
    db.conn.execute(
        "INSERT INTO sync_bundle_log(at, direction, device_id, sequence, kind, records, "
        "conflicts, purges, size, file_name) "
        "VALUES (datetime('now'), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (direction, device_id, sequence, kind, records, conflicts, purges, size, file_name),
    )


@dataclass(frozen=True)
class BundleEntry:
    at: str
    direction: str
    device_id: str
    device: str
    sequence: int
    kind: str
    records: int
    conflicts: int
    purges: int
    size: int

    def describe(self) -> str:
        if self.direction == "export":
            text = _t("{at} — envoyé à {device} : paquet n° {seq}, {n} fiche(s)")
        else:
            text = _t(
                "{at} — reçu de {device} : paquet n° {seq}, {n} fiche(s) "
                "modifiée(s), {c} conflit(s)"
            )
        line = text.format(
            at=self.at, device=self.device, seq=self.sequence, n=self.records, c=self.conflicts
        )
        if self.kind == "enrolment":
            line += _t(" (inscription)")
        if self.purges:
            line += _t(", {p} dossier(s) retiré(s)").format(p=self.purges)
        return line


def bundle_history(db: Database, limit: int = 500) -> list[BundleEntry]:
    rows = db.conn.execute(
        "SELECT b.at, b.direction, b.device_id, coalesce(d.label, b.device_id), b.sequence, "
        "b.kind, b.records, b.conflicts, b.purges, b.size FROM sync_bundle_log b "
        "LEFT JOIN sync_device d USING (device_id) ORDER BY b.id DESC LIMIT ?",
        (limit,),
    )
    return [
        BundleEntry(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            int(r[4]),
            str(r[5]),
            int(r[6]),
            int(r[7]),
            int(r[8]),
            int(r[9]),
        )
        for r in rows
    ]
