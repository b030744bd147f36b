"""One gesture per side: "Synchroniser avec la clé".

Finds on the stick every bundle addressed to this installation, imports them in order (per
sender, by number), skips those already imported (saying so), writes this installation's bundle
for each peer concerned, verifies it, and says the stick can be removed. A refused bundle does
not stop the others: each refusal is reported with its own cause.
"""

from __future__ import annotations

import os
import string
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..core.errors import InputRejected
from ..core.i18n import tr
from ..crypto.bundle_format import BundleHeader
from ..crypto.bundle_peek import peek_header
from ..storage.store import Store
from . import peers
from .apply import ImportResult, import_bundle, own_identity, plural
from .devices import Device, get_device, list_devices, office_device
from .errors import SyncError
from .export import ExportResult, export_bundle
from .numbering import bundle_files
from .revocation import RevokedBefore

Progress = Callable[[int, int], None]
MOUNT_ROOTS = (Path("/media"), Path("/run/media"), Path("/Volumes"))


def _t(text: str) -> str:
    return tr("Synchronisation", text)


# --- finding the stick ---------------------------------------------------------------------


def _mounts_under(root: Path) -> list[Path]:
    """``/media/USER/LABEL`` and ``/media/LABEL`` style mount points."""
    found: list[Path] = []
    try:
        children = [c for c in root.iterdir() if c.is_dir()]
    except OSError:
        return found
    for child in children:
        if os.path.ismount(child):
            found.append(child)
            continue
        try:
            found.extend(g for g in child.iterdir() if g.is_dir() and os.path.ismount(g))
        except OSError:
            continue
    return found


def _windows_removable() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    kernel = getattr(ctypes, "windll").kernel32  # noqa: B009 - absent on other systems
    drive_removable = 2
    out = []
    for letter in string.ascii_uppercase:
        root = f"{letter}:\\"
        if kernel.GetDriveTypeW(root) == drive_removable and os.path.isdir(root):
            out.append(Path(root))
    return out


def removable_folders(roots: Iterable[Path] = MOUNT_ROOTS) -> list[Path]:
    """Mounted removable media: under /media, /run/media (Linux), /Volumes (macOS), and the
    removable drive letters on Windows."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_removable()
    found: list[Path] = []
    for root in roots:
        found.extend(_mounts_under(root))
    return sorted(set(found))


def stick_folder(explicit: Path | None, roots: Iterable[Path] = MOUNT_ROOTS) -> Path:
    """The folder given (always honoured), or the one removable medium that is mounted."""
    if explicit is not None:
        if not explicit.is_dir():
            raise SyncError(
                _t("Le dossier « {nom} » est introuvable (clé USB retirée ?).").format(
                    nom=str(explicit)[-120:]
                )
            )
        return explicit
    found = removable_folders(roots)
    if not found:
        raise SyncError(
            _t("Aucune clé USB n'a été trouvée : branchez-la, ou indiquez son dossier.")
        )
    if len(found) > 1:
        raise SyncError(
            _t(
                "Plusieurs supports amovibles sont branchés ({liste}) : indiquez le dossier "
                "de la clé."
            ).format(liste=", ".join(str(p) for p in found))
        )
    return found[0]


# --- the gesture -----------------------------------------------------------------------------


@dataclass
class StickReport:
    folder: Path
    imported: list[tuple[str, ImportResult]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    written: list[ExportResult] = field(default_factory=list)
    revoked_before: list[Path] = field(default_factory=list)
    """Bundles a since-revoked laptop wrote before its revocation: importable once confirmed."""

    def lines(self) -> list[str]:
        out: list[str] = []
        for _name, result in self.imported:
            out.append(
                _t("Importé de « {poste} » (paquet n° {n}) : {detail}").format(
                    poste=result.label, n=result.sequence, detail=result.message
                )
            )
        out.extend(self.skipped)
        for name, message in self.refused:
            out.append(_t("Refusé : {nom} — {cause}").format(nom=name, cause=message))
        if not self.imported and not self.skipped and not self.refused:
            out.append(_t("Aucun paquet pour ce poste sur la clé."))
        for written in self.written:
            out.append(
                _t("Écrit pour « {poste} » : {nom} ({fiches}), vérifié.").format(
                    poste=written.label,
                    nom=written.path.name,
                    fiches=plural(written.records, _t("fiche"), _t("fiches")),
                )
            )
        out.append(_t("Vous pouvez retirer la clé."))
        return out

    @property
    def message(self) -> str:
        return "\n".join(self.lines())


def addressed_to(folder: Path, device_id: str) -> list[tuple[Path, BundleHeader]]:
    """The bundles in ``folder`` whose header names ``device_id`` as recipient, in the order
    they must be imported: per sender, by number."""
    found = []
    for path in bundle_files(folder):
        header = peek_header(path)
        if header is not None and header.recipient == device_id:
            found.append((path, header))
    found.sort(key=lambda item: (item[1].sender, item[1].sequence, item[0].name))
    return found


def _already(store: Store, header: BundleHeader) -> str | None:
    """Skip without opening what the header says was already imported (the import checks it
    again in any case)."""
    replica = header.extra.get("replica")
    for state in peers.replicas(store.db, header.sender):
        if state.replica == replica and header.sequence <= state.last_seq:
            return (
                _t("Paquet n° {n} déjà importé : ignoré.")
                if header.sequence == state.last_seq
                else _t(
                    "Paquet n° {n} plus ancien que le dernier importé (son contenu est déjà "
                    "arrivé) : ignoré."
                )
            ).format(n=header.sequence)
    return None


def _recipients(store: Store, found: list[tuple[Path, BundleHeader]]) -> list[Device]:
    db = store.db
    if db.role == "laptop":
        return [office_device(db)]
    senders = {h.sender for _, h in found}
    devices = [d for d in (get_device(db, s) for s in sorted(senders)) if d is not None]
    chosen = [d for d in devices if d.active and d.role == "laptop"]
    return chosen or [d for d in list_devices(db) if d.active and d.role == "laptop"]


def synchronise(
    store: Store,
    folder: Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    to: list[Device] | None = None,
    confirm_revoked: bool = False,
) -> StickReport:
    identity = own_identity(store.db)
    report = StickReport(folder)
    found = addressed_to(folder, identity.device_id)
    for path, header in found:
        skip = _already(store, header)
        if skip is not None:
            report.skipped.append(f"{path.name} : {skip}")
            continue
        try:
            result = import_bundle(
                store, path, now=now, progress=progress, confirm_revoked=confirm_revoked
            )
        except InputRejected as exc:
            report.refused.append((path.name, str(exc)))
            if isinstance(exc, RevokedBefore):
                report.revoked_before.append(path)
            continue
        if result.already:
            report.skipped.append(f"{path.name} : {result.message}")
        else:
            report.imported.append((path.name, result))
    for device in to if to is not None else _recipients(store, found):
        report.written.append(
            export_bundle(store, device.device_id, folder, now=now, progress=progress)
        )
    return report
