"""A youth created on a laptop outside its scope is said so at creation, with the choice to keep
it (the office then widens the laptop's scope to that case file) or to hand it over to the office
(it leaves the laptop after the next exchange, its name shown).

The laptop learns its scope from the office's bundles (``scope`` in its own entry of the device
registry the office signs, inside the encrypted payload: a referent's name never travels in
clear); the request to keep a case file travels in the signed header of the laptop's next bundle
(``keep``: random record ids only), and the office adds a ``dossier`` rule for it to that laptop's
scope, in the import's transaction.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ..core.i18n import tr
from ..core.textnorm import fold
from ..crypto.bundle_format import JSONValue
from ..storage.database import Database
from .devices import Device, load_identity, set_scope
from .scope import DOSSIER, ScopeRule, dump_scope, parse_stored_scope

OWN_SCOPE_META: Final = "sync_own_scope"
KEEP_META: Final = "sync_keep_requests"
SCOPE_KEY: Final = "scope"
KEEP_KEY: Final = "keep"
_MAX_KEEP: Final = 1000


def _t(text: str) -> str:
    return tr("Synchronisation", text)


@dataclass(frozen=True)
class ScopeWarning:
    message: str
    keep_label: str
    hand_over_label: str


def own_scope(db: Database) -> tuple[ScopeRule, ...] | None:
    """This laptop's scope as the office last sent it; None before it is known."""
    text = db.meta(OWN_SCOPE_META)
    return None if text is None else parse_stored_scope(text)


def note_own_scope(db: Database, value: object) -> None:
    """Keep the scope named in an office bundle's header (inside the import transaction)."""
    if not isinstance(value, list) or len(value) > 1000:
        return
    rules = [
        ScopeRule(str(r[0]), str(r[1])[:200])
        for r in value
        if isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r)
    ]
    db.set_meta(OWN_SCOPE_META, dump_scope(rules))


def scope_entries(db: Database) -> dict[str, JSONValue]:
    """Header entries of a laptop's bundle: the case files its referent chose to keep."""
    if db.role == "office":
        return {}
    keeps: list[JSONValue] = list(pending_keeps(db))
    return {KEEP_KEY: keeps} if keeps else {}


def receive_scope_entries(
    db: Database, device: Device, extra: Mapping[str, object], registry: object
) -> None:
    """The other half, inside the import transaction; ``registry``: the signed registry of an
    office bundle's head, already verified."""
    if db.role == "office":
        widen_for_keeps(db, device, extra.get(KEEP_KEY))
        return
    own = load_identity(db)
    if own is None or not isinstance(registry, dict):
        return
    try:
        body = json.loads(base64.b64decode(str(registry["body"])).decode("ascii"))
        entries = [d for d in body["devices"] if d.get("id") == own.device_id]
    except (ValueError, KeyError, TypeError, AttributeError):
        return
    if entries and SCOPE_KEY in entries[0]:
        note_own_scope(db, entries[0][SCOPE_KEY])
        settle_keeps(db, own_scope(db) or ())


def scope_warning_for_new_youth(
    db: Database, values: Mapping[str, Any], jeune_id: str | None = None
) -> ScopeWarning | None:
    """What to tell the person creating this youth on a laptop whose scope does not hold it."""
    if db.role != "laptop":
        return None
    rules = own_scope(db)
    if rules is None:
        return None
    if jeune_id is not None and any(r.kind == DOSSIER and r.value == jeune_id for r in rules):
        return None
    referent = fold(str(values.get("referent") or ""))
    if referent and any(r.kind == "referent" and fold(r.value) == referent for r in rules):
        return None
    places = [r for r in rules if r.kind == "etablissement"]
    name = " ".join(
        str(values[k]) for k in ("prenoms", "nom_usage", "nom_naissance") if values.get(k)
    )
    text = _t(
        "« {nom} » n'entre pas dans le périmètre de ce poste (dossiers que le bureau y "
        "envoie) : après la prochaine synchronisation, son dossier serait retiré de ce poste. "
        "Vous pouvez le garder (le bureau élargira le périmètre de ce poste à ce dossier) ou le "
        "confier au bureau (il quittera ce poste une fois arrivé au bureau)."
    ).format(nom=name or _t("Ce jeune"))
    if places:
        text += " " + _t(
            "Il restera aussi sur ce poste si son suivi judiciaire indique un établissement du "
            "périmètre."
        )
    return ScopeWarning(text, _t("Garder sur ce poste"), _t("Confier au bureau"))


def keep_on_this_laptop(db: Database, jeune_id: str) -> None:
    """The referent chose to keep the case file: ask the office in the next bundle."""
    with db.transaction():
        wanted = set(pending_keeps(db))
        wanted.add(jeune_id)
        db.set_meta(KEEP_META, json.dumps(sorted(wanted)))


def pending_keeps(db: Database) -> list[str]:
    try:
        value = json.loads(db.meta(KEEP_META, "[]") or "[]")
    except ValueError:
        return []
    return [str(v) for v in value if isinstance(v, str)][:_MAX_KEEP]


def settle_keeps(db: Database, rules: Iterable[ScopeRule]) -> None:
    """Forget the requests the office's scope now grants (laptop, inside the import)."""
    granted = {r.value for r in rules if r.kind == DOSSIER}
    left = [j for j in pending_keeps(db) if j not in granted]
    db.set_meta(KEEP_META, json.dumps(left))


def widen_for_keeps(db: Database, device: Device, value: object) -> list[str]:
    """Office: add a ``dossier`` rule per case file the laptop asked to keep (inside the
    import). Returns the ids added."""
    if not isinstance(value, list):
        return []
    have = {r.value for r in device.scope if r.kind == DOSSIER}
    added = [v for v in value[:_MAX_KEEP] if isinstance(v, str) and len(v) <= 64 and v not in have]
    if added:
        rules = (*device.scope, *(ScopeRule(DOSSIER, v) for v in sorted(set(added))))
        set_scope(db, device.device_id, rules)  # the registry goes back with the new scope
        db.log("modification", "sync_device", device.device_id)
    return added
