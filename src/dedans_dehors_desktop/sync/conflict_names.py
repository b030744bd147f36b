"""Conflicts named the way a person names them: by number in the list, or by youth and field
label ("Martin Lucas" "Téléphone"), never by table, UUID and internal field name (which still
work, for scripts)."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.entities import ENTITIES
from ..core.i18n import tr
from ..core.textnorm import fold
from ..storage.database import Database
from .conflicts import Conflict, get_conflict, list_conflicts
from .errors import SyncError


def _t(text: str) -> str:
    return tr("Synchronisation", text)


def is_deletion(conflict: Conflict) -> bool:
    """A record deleted on one side and edited on the other: confirm or restore, nothing else."""
    return conflict.record_deleted or conflict.kind in ("deleted", "orphans")


def choices_text(conflict: Conflict) -> str:
    """What the person may do with this conflict, in words."""
    if is_deletion(conflict):
        return _t(
            "Choix possibles : confirmer la suppression (--confirmer-suppression : la fiche "
            "reste supprimée partout) ou restaurer la fiche (--restaurer : elle revient avec "
            "les modifications faites sur l'autre poste)."
        )
    return _t(
        "Choix possibles : garder une des valeurs (--garder NUMÉRO) ou en saisir une autre "
        "(--valeur TEXTE)."
    )


def _matches(conflict: Conflict, youth: str, label: str | None) -> bool:
    if fold(youth) not in fold(conflict.youth):
        return False
    if label is None:
        return True
    return fold(label) in (fold(conflict.field_label), fold(conflict.field))


def find_conflict(db: Database, words: Sequence[str]) -> Conflict:
    """``[N]``, ``[youth]``, ``[youth, field label]`` or, for scripts, ``[table, id, field]``."""
    conflicts = list_conflicts(db)
    if len(words) == 3 and words[0] in ENTITIES:
        found = get_conflict(db, *words)
        if found is None:
            raise SyncError(_t("Aucun conflit ne correspond."))
        return found
    if len(words) == 1 and words[0].strip().isdigit():
        index = int(words[0])
        if not 1 <= index <= len(conflicts):
            raise SyncError(
                _t("Il n'y a pas de conflit n° {n} : la liste en compte {total}.").format(
                    n=index, total=len(conflicts)
                )
            )
        return conflicts[index - 1]
    if len(words) not in (1, 2):
        raise SyncError(
            _t("Indiquez le numéro du conflit, ou le nom du jeune suivi du nom du champ.")
        )
    youth, label = words[0], (words[1] if len(words) == 2 else None)
    matches = [c for c in conflicts if _matches(c, youth, label)]
    if not matches:
        raise SyncError(
            _t("Aucun conflit ne correspond à « {texte} ».").format(texte=" ".join(words)[:80])
        )
    if len(matches) > 1:
        raise SyncError(
            _t(
                "Plusieurs conflits correspondent : {liste}. Précisez le champ, ou le numéro."
            ).format(
                liste="; ".join(
                    f"{conflicts.index(c) + 1}. {c.youth} — {c.field_label}" for c in matches
                )
            )
        )
    return matches[0]
